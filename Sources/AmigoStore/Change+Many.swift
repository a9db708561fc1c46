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
  /// get new errors, nothing is written and the first refusal is thrown. Then each file is
  /// written atomically (`amigo handover`, `amigo import`).
  public static func changeAll(
    _ edits: [Edit], in workspace: Workspace, config: Config?, today: LocalDate?
  ) throws -> [ChangeResult] {
    let lock = try wrapWrite { try WorkspaceLock(workspace) }
    defer { withExtendedLifetime(lock) {} }
    var prepared: [(path: String, result: ChangeResult)] = []
    for e in edits {
      let before: [UInt8]
      do { before = try FileSystem.read(e.path) } catch { throw ChangeError.read(error) }
      let document = YAMLDocument(bytes: before)
      let name = Workspace.id(ofFile: e.path)
      let (trajectory, diagnostics) = Validator.validateTrajectory(
        document, fileName: name, config: config, today: today)
      guard document.isValid, let trajectory else {
        throw ChangeError.invalidFile(
          path: e.display, diagnostics: diagnostics.map { $0.inFile(e.display) },
          source: document.source)
      }
      var editor: YAMLEditor
      do { editor = try YAMLEditor(document) } catch {
        throw ChangeError.edit(path: e.display, error)
      }
      do {
        try e.edit(&editor, trajectory)
      } catch let error as YAMLEditError {
        throw ChangeError.edit(path: e.display, error)
      }
      let after = editor.document
      let (newTrajectory, newDiagnostics) = Validator.validateTrajectory(
        after, fileName: name, config: config, today: today)
      let introduced = newDiagnostics.introduced(comparedTo: diagnostics)
      let newErrors = introduced.filter { $0.severity == .error }
      if !newErrors.isEmpty {
        throw ChangeError.wouldBeInvalid(
          path: e.display, diagnostics: newErrors.map { $0.inFile(e.display) },
          source: after.source)
      }
      prepared.append(
        (
          e.path,
          ChangeResult(
            trajectory: newTrajectory ?? trajectory,
            newWarnings: introduced.filter { $0.severity == .warning }.map {
              $0.inFile(e.display)
            },
            document: after, before: before)
        ))
    }
    for p in prepared {
      try wrapWrite { try AtomicWrite.write(p.result.document.bytes, to: p.path, locked: true) }
    }
    return prepared.map(\.result)
  }
}
