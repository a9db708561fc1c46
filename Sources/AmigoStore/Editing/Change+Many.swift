import AmigoSchema
import AmigoYAML
import Foundation

extension Store {
  /// One file's edit for `changeAll`: the path, its name as users see it, and the edit.
  public struct Edit {
    public let path: String
    public let display: String
    public let edit: (inout YAMLEditor, Trajectory) throws -> Void
    public init(
      _ path: String, display: String,
      _ edit: @escaping (inout YAMLEditor, Trajectory) throws -> Void
    ) {
      self.path = path
      self.display = display
      self.edit = edit
    }
  }

  /// Applies every edit under one workspace lock, all or nothing as far as validation goes:
  /// every file is read, edited and re-validated first; when any of them cannot be read or would
  /// get new errors (or give an activity file naming the child new errors), nothing is written and the first refusal is thrown. Then each file is
  /// written atomically (`amigo handover`, `amigo import`).
  public static func changeAll(
    _ edits: [Edit], in workspace: Workspace, config: Config?, today: LocalDate?
  ) throws -> [ChangeResult] {
    let lock = try wrapWrite { try WorkspaceLock(workspace) }
    defer { withExtendedLifetime(lock) {} }
    let prepared = try edits.map { e in
      (
        path: e.path,
        result: try prepare(e.path, display: e.display, config: config, today: today, e.edit)
      )
    }
    for (p, e) in zip(prepared, edits) {
      try refuseBrokenActivities(
        p.result, path: p.path, display: e.display, in: workspace, config: config, today: today)
    }
    for p in prepared {
      try wrapWrite { try AtomicWrite.write(p.result.document.bytes, to: p.path, locked: true) }
    }
    return prepared.map(\.result)
  }
}
