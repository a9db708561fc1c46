import AmigoYAML

/// `programme`, `school`, `worker`, `workers` and the handovers' workers name something declared
/// in `amigo.yaml`.
enum ReferenceRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    guard let config = c.config else { return [] }
    let t = c.trajectory
    var out: [Diagnostic] = []
    if !t.programme.isEmpty && config.programme(t.programme) == nil {
      out.append(
        SchemaDiagnostics.unknownReference(
          c.range(t.programmeSpan), kind: "programme", value: t.programme,
          known: config.programmes.map(\.id)))
    }
    if !t.school.isEmpty && config.school(t.school) == nil {
      out.append(
        SchemaDiagnostics.unknownReference(
          c.range(t.schoolSpan), kind: "school", value: t.school, known: config.schools.map(\.id)))
    }
    if !t.worker.isEmpty && config.worker(t.worker) == nil {
      out.append(
        SchemaDiagnostics.unknownReference(
          c.range(t.workerSpan), kind: "worker", value: t.worker, known: config.workers.map(\.id)))
    }
    // The further workers and the workers of handovers (`Model/Rights.swift`).
    func worker(_ id: String, _ span: Span) {
      guard !id.isEmpty, config.worker(id) == nil else { return }
      out.append(
        SchemaDiagnostics.unknownReference(
          c.range(span), kind: "worker", value: id, known: config.workers.map(\.id)))
    }
    for (i, id) in t.workers.enumerated() {
      worker(id, i < t.workerSpans.count ? t.workerSpans[i] : .none)
    }
    for h in t.handovers {
      worker(h.from, h.fromSpan)
      worker(h.to, h.toSpan)
    }
    return out
  }
}
