import AmigoSchema
import AmigoYAML
import Foundation

/// Why a change was not written. The file on disk is untouched whenever this is thrown.
public enum ChangeError: Error, Sendable {
  /// The file has errors already; fix them first (the diagnostics say which).
  case invalidFile(path: String, diagnostics: [Diagnostic], source: SourceText)
  /// The change would introduce these errors (positions refer to the changed text).
  case wouldBeInvalid(path: String, diagnostics: [Diagnostic], source: SourceText)
  /// The edit itself could not be made.
  /// The change to the trajectory file at `path` would make these activity files, which name
  /// the child, invalid.
  case wouldBreakActivities(path: String, [ActivityBreak])
  case edit(path: String, YAMLEditError)
  case read(FileSystem.ReadError)
  case write(WriteError)
}

/// The outcome of a written change.
public struct ChangeResult: Sendable {
  public let trajectory: Trajectory
  /// Warnings the change introduced (norm breaks), to show without refusing.
  public let newWarnings: [Diagnostic]
  public let document: YAMLDocument
  public let before: [UInt8]
  /// The trajectory before the change (nil for a new file).
  var previous: Trajectory? = nil
}

/// Every write of a trajectory file goes through here: lock the workspace, read, edit the text
/// surgically, re-validate, refuse if the result has new errors, and write atomically (over
/// what an interrupted earlier write of the file left behind).
public enum Store {
  /// Applies `edit` to the trajectory file at `path`. `display` is the path as users see it.
  @discardableResult
  public static func change(
    _ path: String, display: String, in workspace: Workspace, config: Config?, today: LocalDate?,
    _ edit: (inout YAMLEditor, Trajectory) throws -> Void
  ) throws -> ChangeResult {
    let lock = try wrapWrite { try WorkspaceLock(workspace) }
    defer { withExtendedLifetime(lock) {} }
    let result = try prepare(path, display: display, config: config, today: today, edit)
    try refuseBrokenActivities(
      result, path: path, display: display, in: workspace, config: config, today: today)
    try wrapWrite { try AtomicWrite.write(result.document.bytes, to: path, locked: true) }
    return result
  }

  /// Reads the trajectory file at `path`, applies `edit` and re-validates, writing nothing:
  /// the result to write, or the refusal (the file has errors already, the edit failed, or it
  /// would introduce errors). The caller holds the workspace lock.
  static func prepare(
    _ path: String, display: String, config: Config?, today: LocalDate?,
    _ edit: (inout YAMLEditor, Trajectory) throws -> Void
  ) throws -> ChangeResult {
    let before: [UInt8]
    do { before = try FileSystem.read(path) } catch { throw ChangeError.read(error) }
    let document = YAMLDocument(bytes: before)
    let name = Workspace.id(ofFile: path)
    let (trajectory, diagnostics) = Validator.validateTrajectory(
      document, fileName: name, config: config, today: today)
    guard document.isValid, let trajectory else {
      throw ChangeError.invalidFile(
        path: display, diagnostics: diagnostics.map { $0.inFile(display) }, source: document.source)
    }
    // A file of a format this amigo does not know (written by a newer one, `amigo.trajectory/2`)
    // may give its fields other meanings: amigo changes nothing in it.
    let unknownFormat = diagnostics.filter { $0.code == "wrong-schema" }
    guard unknownFormat.isEmpty else {
      throw ChangeError.invalidFile(
        path: display, diagnostics: unknownFormat.map { $0.inFile(display) },
        source: document.source)
    }
    var editor: YAMLEditor
    do { editor = try YAMLEditor(document) } catch { throw ChangeError.edit(path: display, error) }
    do {
      try edit(&editor, trajectory)
    } catch let error as YAMLEditError {
      throw ChangeError.edit(path: display, error)
    }
    let after = editor.document
    let (newTrajectory, newDiagnostics) = Validator.validateTrajectory(
      after, fileName: name, config: config, today: today)
    let introduced = newDiagnostics.introduced(comparedTo: diagnostics)
    let newErrors = introduced.filter { $0.severity == .error }
    if !newErrors.isEmpty {
      throw ChangeError.wouldBeInvalid(
        path: display, diagnostics: newErrors.map { $0.inFile(display) }, source: after.source)
    }
    return ChangeResult(
      trajectory: newTrajectory ?? trajectory,
      newWarnings: introduced.filter { $0.severity == .warning }.map { $0.inFile(display) },
      document: after, before: before, previous: trajectory)
  }

  /// Writes a new trajectory file; refuses if it exists or if its text has errors.
  public static func create(
    _ path: String, display: String, text: String, in workspace: Workspace, config: Config?,
    today: LocalDate?
  ) throws -> ChangeResult {
    guard workspace.contains(resolving: path) else {
      throw ChangeError.write(
        WriteError(
          display, .linkOutOfWorkspace))
    }
    let lock = try wrapWrite { try WorkspaceLock(workspace) }
    defer { withExtendedLifetime(lock) {} }
    let document = YAMLDocument(parsing: text)
    let (trajectory, diagnostics) = Validator.validateTrajectory(
      document, fileName: Workspace.id(ofFile: path), config: config, today: today)
    let errors = diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let trajectory else {
      throw ChangeError.wouldBeInvalid(
        path: display, diagnostics: errors.map { $0.inFile(display) }, source: document.source)
    }
    try wrapWrite { try AtomicWrite.makeFolder((path as NSString).deletingLastPathComponent) }
    try wrapWrite {
      try AtomicWrite.write(document.bytes, to: path, createOnly: true, locked: true)
    }
    return ChangeResult(
      trajectory: trajectory,
      newWarnings: diagnostics.filter { $0.severity == .warning }.map { $0.inFile(display) },
      document: document, before: [])
  }

  static func wrapWrite<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as WriteError { throw ChangeError.write(error) }
  }
}
