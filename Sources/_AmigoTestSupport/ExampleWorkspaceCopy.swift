import Foundation

/// A fresh folder in the temporary directory (`<prefix>-<UUID>`), removed with all in it when
/// it is let go or by `remove()`: the one way tests make a folder to write into.
open class TemporaryFolder {
  public let root: URL

  /// An empty folder, or with `copying`, a copy of that example workspace (see `source`).
  public init(prefix: String = "amigo-test", copying example: String? = nil) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(prefix)-\(UUID().uuidString)")
    if let example {
      try FileManager.default.copyItem(at: TemporaryFolder.source(example), to: root)
    } else {
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
  }

  /// The folder of an example workspace: `example` is a folder of `Examples/` ("caseload"), or
  /// a folder by its path from the repository root ("Examples/caseload", "Tests/Fixtures/…").
  public static func source(_ example: String) -> URL {
    Fixtures.root.appendingPathComponent(example.contains("/") ? example : "Examples/" + example)
  }

  deinit { remove() }

  /// Removes the folder and all in it.
  public func remove() { try? FileManager.default.removeItem(at: root) }

  /// Writes each text at its path inside `folder` (a path inside `root`; "" is `root`),
  /// making the folders on the way.
  public func write(_ files: [String: String], in folder: String = "") throws {
    let base = folder.isEmpty ? root : root.appendingPathComponent(folder)
    for (path, text) in files {
      let url = base.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  /// Copies the example workspace `example` (see `source`) to `name` inside `root`; with
  /// `only`, just those files of it (then `name` may be "", `root` itself). The copy's location.
  @discardableResult
  public func copyExample(
    _ example: String, to name: String, only: [String]? = nil
  ) throws
    -> URL
  {
    let fm = FileManager.default
    let source = Self.source(example)
    let target = root.appendingPathComponent(name)
    guard let only else {
      try fm.copyItem(at: source, to: target)
      return target
    }
    for file in only {
      let to = target.appendingPathComponent(file)
      try fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
      try fm.copyItem(at: source.appendingPathComponent(file), to: to)
    }
    return target
  }
}

/// A copy of an example workspace (`Examples/<name>`) at `work`, inside a fresh temporary
/// folder `root` that is removed with the copy. Tests that run commands in-process subclass it
/// and add their own `run`.
open class ExampleWorkspaceCopy: TemporaryFolder {
  public var work: URL { root.appendingPathComponent("work") }
  /// `work`'s path.
  public var path: String { work.path }

  /// `example`: see `TemporaryFolder.source`. With `only`, just those files of it (paths inside
  /// it); with `git`, `work` is a git repository whose first commit (message `git`) holds every
  /// file.
  public init(
    _ example: String = "caseload", prefix: String = "amigo-example", only: [String]? = nil,
    git: String? = nil
  ) throws {
    try super.init(prefix: prefix)
    try copyExample(example, to: "work", only: only)
    if let git {
      self.git("init", "-q")
      commitEverything(git)
    }
  }

  /// The text of the file at `path` inside `work` ("" when there is none).
  public func text(_ path: String) -> String {
    (try? String(contentsOf: work.appendingPathComponent(path), encoding: .utf8)) ?? ""
  }

  /// Runs git in `work` (output dropped; a fixed author); its exit status.
  @discardableResult public func git(_ arguments: String...) -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments =
      ["git", "-C", work.path, "-c", "user.name=t", "-c", "user.email=t@x"] + arguments
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return -1 }
    p.waitUntilExit()
    return p.terminationStatus
  }

  /// Every file in `work` committed with `message`.
  public func commitEverything(_ message: String) {
    git("add", "-A")
    git("commit", "-qm", message)
  }
}
