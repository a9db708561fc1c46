import AmigoSchema
import AmigoStore

extension WorkspaceContext {
  /// Runs a change made of domain edits (`TrajectoryEditor`: model values in, encoded by the
  /// schema) and maps its failures to messages and exit statuses.
  @discardableResult
  func change(
    _ path: String, edit: (inout TrajectoryEditor) throws -> Void
  ) throws
    -> ChangeResult
  {
    do {
      return try Store.change(
        path, display: display(path), in: workspace, config: config, today: today, edit: edit)
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
  }

  /// `change` without writing: refuses what `edit` would make invalid, apart from errors with a
  /// code in `settled` (what the questions still to come will mend).
  func check(
    _ path: String, settled: Set<String>, edit: (inout TrajectoryEditor) throws -> Void
  ) throws {
    do {
      try Store.check(
        path, display: display(path), config: config, today: today, settled: settled, edit: edit)
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
  }

  /// The errors `edit` would bring to the file, without writing it (empty: it could be written):
  /// for an answer typed at a prompt, checked before it is taken.
  func errors(
    of path: String, edit: (inout TrajectoryEditor) throws -> Void
  ) throws -> [Diagnostic] {
    do {
      try Store.check(
        path, display: display(path), config: config, today: today, settled: [], edit: edit)
      return []
    } catch ChangeError.wouldBeInvalid(_, let diagnostics, _) {
      return diagnostics
    } catch let error as ChangeError {
      throw DiagnosticsError(error, env.language())
    }
  }
}
