import AmigoYAML

/// A worker who left (`end:` in `amigo.yaml`) keeps their old files valid, but gets no new
/// children or contacts: a trajectory of theirs referred, started or with a contact after
/// their last working day is an error. Commands write through validation, so they refuse too.
enum FormerWorkerRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard let worker = c.config?.worker(t.worker), let end = worker.end else { return [] }
    var out: [Diagnostic] = []
    func check(_ date: LocalDate?, _ span: Span, _ what: Bilingual) {
      guard let date, date > end else { return }
      // Only a message names the workers who take over.
      let current = c.config!.currentWorkers(on: end.adding(days: 1)).map(\.id)
      out.append(
        workerEnded(
          c.range(span), worker: worker.id, end: end, date: date, what: what, current: current))
    }
    check(t.referral?.date, t.referral?.dateSpan ?? .none, Bilingual("referral", "deze aanmelding"))
    check(t.plan.start, t.plan.startSpan, Bilingual("start", "deze start"))
    for s in t.sessions { check(s.date, s.dateSpan, Bilingual("contact", "dit contact")) }
    return out
  }

  static func workerEnded(
    _ r: SourceRange, worker: String, end: LocalDate, date: LocalDate, what: Bilingual,
    current: [String]
  ) -> Diagnostic {
    Diagnostic(
      code: "worker-ended",
      message: Bilingual(
        "worker '\(Diagnostic.quoted(worker))' left on \(end) (end: in amigo.yaml); this \(what.en) on \(date) is after it",
        "medewerker '\(Diagnostic.quoted(worker))' is vertrokken op \(end) (end: in amigo.yaml); \(what.nl) op \(date) valt daarna"
      ),
      range: r,
      help: Bilingual(
        "a former worker's old files stay valid, but new children and contacts go to a current worker: set 'worker:' to "
          + (current.isEmpty
            ? "a worker declared in amigo.yaml without an end date"
            : SchemaDiagnostics.listJoined(current.map { "'\($0)'" }, "or"))
          + " (what happened up to \(end) stays as it is), or correct the end date in amigo.yaml",
        "de oude bestanden van een vertrokken medewerker blijven geldig, maar nieuwe kinderen en contacten gaan naar een huidige medewerker: zet 'worker:' op "
          + (current.isEmpty
            ? "een medewerker in amigo.yaml zonder einddatum"
            : SchemaDiagnostics.listJoined(current.map { "'\($0)'" }, "of"))
          + " (wat tot en met \(end) gebeurde, blijft zoals het is), of verbeter de einddatum in amigo.yaml"
      ))
  }
}
