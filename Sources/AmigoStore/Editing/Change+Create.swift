import AmigoSchema
import AmigoYAML
import Foundation

extension Store {
  /// Writes a new trajectory file from its model, encoded through the schema's `encode:`
  /// bindings (`SchemaEncoder.newFile`) under `header` (the editor's schema line); refuses if
  /// the file exists or if the trajectory has errors.
  public static func create(
    _ trajectory: Trajectory, header: [String] = [], path: String, display: String,
    in workspace: Workspace, config: Config?, today: LocalDate?
  ) throws -> ChangeResult {
    try create(
      path, display: display, text: text(of: trajectory, header: header), in: workspace,
      config: config, today: today)
  }

  /// A new trajectory file's text, laid out as amigo writes new files.
  public static func text(of trajectory: Trajectory, header: [String] = []) throws -> String {
    do {
      return try SchemaEncoder.newFile(trajectory, Schemas.trajectory, header: header)
    } catch {
      throw ChangeError.write(WriteError("\(trajectory.id).yaml", .untranslated("\(error)")))
    }
  }
}

extension Store {
  /// A change to a trajectory file `Store.change` runs: the editor on the file's text and the
  /// trajectory as read, for commands that name the edit without the YAML layer.
  public typealias TrajectoryEdit = (inout YAMLEditor, Trajectory) throws -> Void
}
