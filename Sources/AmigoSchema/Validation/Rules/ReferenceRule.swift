import AmigoYAML

/// `programme`, `school` and `worker` name something declared in `amigo.yaml`.
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
    return out
  }
}
