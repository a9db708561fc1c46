import AmigoYAML
import Foundation

/// Creates a new workspace on disk: the folder, `trajectories/` (kept in git by a `.gitkeep`),
/// `.gitignore`, `.gitattributes` and, last, `amigo.yaml`. New files are readable by their
/// owner only (0600), new folders 0700. Existing `.gitignore` and `.gitattributes` files (a
/// workspace inside an existing git repository) keep their lines; amigo adds what it needs.
public enum WorkspaceCreation {
  /// What happened to one path.
  public enum Action: String, Sendable {
    case created
    /// An existing file got the lines amigo needs.
    case updated
    /// An existing file or folder already had what amigo needs.
    case kept
    /// An existing file had what amigo needs, and a line an earlier amigo wrote was taken out.
    case tidied
  }

  public struct Step: Sendable, Equatable {
    /// The path, relative to the workspace folder (`trajectories/` for the folder).
    public let path: String
    public let action: Action
  }

  /// Why a workspace was not created.
  public enum Failure: Error, Sendable {
    /// `amigo.yaml` is there already.
    case exists(String)
    case write(WriteError)
    case read(FileSystem.ReadError)
  }

  /// Creates the workspace in `root` with the given file contents. Refuses, before writing
  /// anything, when `root` already holds `amigo.yaml`. `amigo.yaml` is written last and only
  /// if it still does not exist, so a failed or interrupted run can simply be repeated.
  public static func create(
    at root: String, config: String, gitignore: String, gitattributes: String,
    ignoredPatterns: [String], attributesLines: [String]
  ) throws(Failure) -> [Step] {
    let configPath = root + "/" + Workspace.configName
    if FileSystem.exists(configPath) { throw .exists(configPath) }
    var steps: [Step] = []
    do {
      try AtomicWrite.makeFolder(root)
      let trajectories = root + "/" + Workspace.trajectoriesFolder
      let folderExisted = FileSystem.isDirectory(trajectories)
      try AtomicWrite.makeFolder(trajectories)
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: trajectories)) ?? []
      if entries.isEmpty {
        try AtomicWrite.write([], to: trajectories + "/.gitkeep", createOnly: true)
      }
      steps.append(
        Step(path: Workspace.trajectoriesFolder + "/", action: folderExisted ? .kept : .created))
      steps.append(
        try merge(root + "/.gitignore", new: gitignore, needed: ignoredPatterns, name: ".gitignore")
      )
      steps.append(
        try merge(
          root + "/.gitattributes", new: gitattributes, needed: attributesLines,
          name: ".gitattributes"))
      try AtomicWrite.write(Array(config.utf8), to: configPath, createOnly: true)
      steps.insert(Step(path: Workspace.configName, action: .created), at: 0)
    } catch let error as WriteError {
      if FileSystem.exists(configPath)
        && !steps.contains(where: { $0.path == Workspace.configName })
      {
        throw .exists(configPath)
      }
      throw .write(error)
    } catch let error as FileSystem.ReadError {
      throw .read(error)
    } catch {
      throw .write(WriteError(root, .untranslated("\(error)")))
    }
    return steps
  }

  /// Gives the workspace in `root` a `.gitattributes` with the `lines` amigo needs (for
  /// workspaces created before amigo merged trajectories, or set up by hand): creates it from
  /// `gitattributes`, or appends the lines it lacks.
  /// `obsolete`: lines an earlier amigo wrote, taken out (with nothing else).
  public static func addGitAttributes(
    at root: String, gitattributes: String, lines: [String], obsolete: [String] = []
  ) throws -> Step {
    try merge(
      root + "/.gitattributes", new: gitattributes, needed: lines, name: ".gitattributes",
      obsolete: obsolete)
  }

  /// Gives the workspace in `root` a `.gitignore` with the `patterns` amigo needs (a workspace
  /// made before amigo wrote one, or set up by hand): creates it from `gitignore`, or appends
  /// the lines it lacks; the file's own lines stay.
  public static func addGitIgnore(
    at root: String, gitignore: String, patterns: [String]
  ) throws -> Step {
    try merge(root + "/.gitignore", new: gitignore, needed: patterns, name: ".gitignore")
  }

  /// Writes `new` to `path`. When the file exists and lacks one of the `needed` lines, appends
  /// the lines of `new` it does not have (comments included), in the file's own line ending.
  static func merge(
    _ path: String, new: String, needed: [String], name: String, obsolete: [String] = []
  ) throws -> Step {
    guard FileSystem.exists(path) else {
      try AtomicWrite.write(Array(new.utf8), to: path, createOnly: true)
      return Step(path: name, action: .created)
    }
    var bytes = try FileSystem.read(path)
    var text = String(decoding: bytes, as: UTF8.self)
    var dropped = false
    if !obsolete.isEmpty {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let kept = lines.filter {
        !obsolete.contains(String($0).trimmingCharacters(in: .whitespacesAndNewlines))
      }
      if kept.count != lines.count {
        dropped = true
        text = kept.joined(separator: "\n")
        bytes = Array(text.utf8)
      }
    }
    let present = Set(
      text.split(separator: "\n", omittingEmptySubsequences: true).map {
        String($0).trimmingCharacters(in: .whitespacesAndNewlines)
      })
    let missing = needed.filter { !present.contains($0) }
    guard !missing.isEmpty else {
      if dropped { try AtomicWrite.write(bytes, to: path) }
      return Step(path: name, action: dropped ? .tidied : .kept)
    }
    let eol = text.contains("\r\n") ? "\r\n" : "\n"
    var added = text.isEmpty || text.hasSuffix("\n") ? "" : eol
    // The missing lines of `new`, each with the comments just above it; a final block of
    // comments comes along when anything does.
    var lines: [String] = []
    var comments: [String] = []
    for line in new.split(separator: "\n").map(String.init) {
      if line.hasPrefix("#") {
        comments.append(line)
      } else {
        if !present.contains(line) { lines += comments.filter { !present.contains($0) } + [line] }
        comments = []
      }
    }
    lines += comments.filter { !present.contains($0) }
    added += lines.map { $0 + eol }.joined()
    try AtomicWrite.write(bytes + Array(added.utf8), to: path)
    return Step(path: name, action: .updated)
  }
}
