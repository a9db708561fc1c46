import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs git (`/usr/bin/env git -C FOLDER …`) and reads what it prints. amigo starts git only
/// through this type; commands turn its failures into messages.
public struct Git: Sendable {
  /// The folder git runs in (`-C`).
  public let directory: String
  /// git's environment. Inside a hook it carries `GIT_DIR` and `GIT_INDEX_FILE`, which git
  /// must see to read the index being committed.
  public let environment: [String: String]

  public init(directory: String, environment: [String: String]) {
    self.directory = directory
    self.environment = environment
  }

  /// What a finished git printed.
  public struct Output: Sendable {
    public var status: Int32
    public var stdout: [UInt8]
    public var stderr: String

    public init(status: Int32, stdout: [UInt8], stderr: String) {
      self.status = status
      self.stdout = stdout
      self.stderr = stderr
    }

    public var text: String { String(decoding: stdout, as: UTF8.self) }
    /// The output without its final line break.
    public var line: String {
      var s = text
      while s.hasSuffix("\n") { s.removeLast() }
      return s
    }
  }

  /// Why a git command did not give what amigo needs.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// There is no `git` on the PATH (or no `/usr/bin/env`).
    case notInstalled
    /// The folder is not inside a git repository.
    case notARepository(String)
    /// git ran and failed: the command (without `git`), its status and what it said.
    case failed(String, status: Int32, message: String)

    public var description: String { text("en") }

    /// The message in `language` (`nl` or `en`); what git itself said stays as git said it.
    public func text(_ language: String) -> String {
      let nl = language == "nl"
      switch self {
      case .notInstalled:
        return nl
          ? "git is niet geïnstalleerd (of niet te vinden op het PATH); installeer git en probeer het opnieuw"
          : "git is not installed (or not on the PATH); install git and try again"
      case .notARepository(let folder):
        return nl
          ? "'\(folder)' staat niet in een git-repository; voer daar eerst 'git init' uit"
          : "'\(folder)' is not in a git repository; run 'git init' there first"
      case .failed(let command, let status, let message):
        let said =
          message.isEmpty ? "" : ": " + message.trimmingCharacters(in: .whitespacesAndNewlines)
        return nl
          ? "'git \(command)' is mislukt (status \(status))" + said
          : "'git \(command)' failed (status \(status))" + said
      }
    }
  }

  /// Runs `git ARGUMENTS`; with `check`, a non-zero status is a failure. `input` becomes git's
  /// standard input (through a temporary file, so a git that stops early cannot hurt amigo);
  /// without it git reads nothing.
  @discardableResult
  public func run(
    _ arguments: [String], input: [UInt8]? = nil, check: Bool = true
  ) throws(Failure)
    -> Output
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", directory] + arguments
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    var inputHandle: FileHandle?
    if let input {
      guard let handle = Git.temporaryInput(input) else {
        throw .failed(arguments.joined(separator: " "), status: -1, message: "no temporary file")
      }
      inputHandle = handle
      process.standardInput = handle
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    defer { try? inputHandle?.close() }
    do {
      try process.run()
    } catch {
      throw .notInstalled
    }
    // Read standard error on another thread, so neither pipe can fill up and block git.
    let errors = Collected()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      errors.set(err.fileHandleForReading.readDataToEndOfFile())
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    let output = Output(
      status: process.terminationStatus, stdout: [UInt8](data),
      stderr: String(decoding: errors.get(), as: UTF8.self))
    // `env` exits with 127 when it finds no git.
    if output.status == 127 { throw .notInstalled }
    if check && output.status != 0 {
      if output.stderr.contains("not a git repository") { throw .notARepository(directory) }
      throw .failed(arguments.joined(separator: " "), status: output.status, message: output.stderr)
    }
    return output
  }

  /// An unlinked temporary file holding `bytes`, open for reading from its start.
  static func temporaryInput(_ bytes: [UInt8]) -> FileHandle? {
    var template = Array((NSTemporaryDirectory() + "/amigo-git-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes {
        Glibc.write(fd, $0.baseAddress! + written, bytes.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        close(fd)
        return nil
      }
      written += n
    }
    lseek(fd, 0, SEEK_SET)
    return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
  }

  /// Bytes collected on another thread.
  final class Collected: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    func set(_ d: Data) { lock.withLock { data = d } }
    func get() -> Data { lock.withLock { data } }
  }

  // MARK: - The repository

  /// The repository's top folder, or `notARepository`.
  public func topLevel() throws(Failure) -> String {
    let output = try run(["rev-parse", "--show-toplevel"], check: false)
    guard output.status == 0 else { throw .notARepository(directory) }
    return output.line
  }

  /// True when `directory` lies in a git repository (false also when git is missing).
  public func isRepository() -> Bool {
    (try? run(["rev-parse", "--git-dir"], check: false).status) == 0
  }

  /// `directory` relative to the top folder, with a final `/` (empty at the top).
  public func prefix() throws(Failure) -> String {
    let output = try run(["rev-parse", "--show-prefix"], check: false)
    guard output.status == 0 else { throw .notARepository(directory) }
    return output.line
  }

  /// The absolute path of a file in the repository's git folder (`hooks/pre-commit`), where git
  /// itself looks for it (respecting `core.hooksPath` and worktrees).
  public func gitPath(_ name: String) throws(Failure) -> String {
    let path = try run(["rev-parse", "--git-path", name]).line
    let absolute = path.hasPrefix("/") ? path : directory + "/" + path
    return URL(fileURLWithPath: absolute).standardizedFileURL.path
  }

  /// `git init` in `directory`.
  public func initRepository() throws(Failure) {
    try run(["init", "--quiet"])
  }

  /// The repository's own (local) value of `key`, or nil.
  public func localConfig(_ key: String) throws(Failure) -> String? {
    let output = try run(["config", "--local", "--get", key], check: false)
    if output.status == 0 { return output.line }
    if output.status == 1 { return nil }  // not set
    throw .failed("config --get \(key)", status: output.status, message: output.stderr)
  }

  /// Sets `key` in the repository's own config.
  public func setLocalConfig(_ key: String, _ value: String) throws(Failure) {
    try run(["config", "--local", key, value])
  }

  /// True when `revision` names a commit.
  public func isCommit(_ revision: String) -> Bool {
    (try? run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"], check: false).status)
      == 0
  }

  /// The best common ancestor of two commits, or nil when they have none.
  public func mergeBase(_ a: String, _ b: String) throws(Failure) -> String? {
    let output = try run(["merge-base", a, b], check: false)
    return output.status == 0 ? output.line : nil
  }

  /// The object name of the empty tree (to compare against before the first commit).
  public func emptyTree() throws(Failure) -> String {
    try run(["hash-object", "-t", "tree", "/dev/null"]).line
  }

  // MARK: - Contents

  /// The contents of each object named like `REV:path` or `:path` (the index), nil for those
  /// that do not exist or are not files. One git process for all of them.
  public func blobs(_ names: [String]) throws(Failure) -> [[UInt8]?] {
    guard !names.isEmpty else { return [] }
    // git reads the names a line at a time. A name with a line break (a file name may hold
    // one: the pre-commit hook crashed on such a staged file) is turned into its object id
    // first, given as an argument; one that names nothing asks for the null object, which git
    // reports missing.
    var asked = names
    for i in asked.indices where asked[i].contains("\n") {
      let output = try run(["rev-parse", "--verify", "--quiet", asked[i]], check: false)
      asked[i] =
        output.status == 0 && !output.line.isEmpty && !output.line.contains("\n")
        ? output.line : String(repeating: "0", count: 40)
    }
    let request = Array(asked.map { $0 + "\n" }.joined().utf8)
    let output = try run(["cat-file", "--batch"], input: request)
    var results: [[UInt8]?] = []
    let bytes = output.stdout
    var i = 0
    for _ in names {
      // The header line: `<oid> <type> <size>` or `<name> missing` / `ambiguous`.
      guard let end = bytes[i...].firstIndex(of: 0x0A) else { break }
      let header = String(decoding: bytes[i..<end], as: UTF8.self).split(separator: " ")
      i = end + 1
      guard header.count == 3, let size = Int(header[2]) else {
        results.append(nil)
        continue
      }
      let content = Array(bytes[i..<min(i + size, bytes.count)])
      i = min(i + size + 1, bytes.count)  // the content and its line break
      results.append(header[1] == "blob" ? content : nil)
    }
    while results.count < names.count { results.append(nil) }
    return results
  }

  // MARK: - Listing

  /// A NUL-separated list of paths printed by git.
  public static func paths(_ output: Output) -> [String] {
    output.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  }

  /// One changed path of `git diff --name-status -z`.
  public struct FileChange: Sendable, Hashable {
    /// `A`, `M`, `D`, `R`, `C`, `T`…
    public var status: Character
    /// The path before (for renames and copies: the old path; otherwise the path).
    public var oldPath: String
    public var path: String

    public init(status: Character, oldPath: String, path: String) {
      self.status = status
      self.oldPath = oldPath
      self.path = path
    }
  }

  /// Parses `--name-status -z` output: `STATUS\0PATH\0` or `R100\0OLD\0NEW\0`.
  public static func fileChanges(_ fields: ArraySlice<String>) -> [FileChange] {
    var out: [FileChange] = []
    var i = fields.startIndex
    while i < fields.endIndex {
      let status = fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
      i += 1
      guard let letter = status.first, i < fields.endIndex else { break }
      if letter == "R" || letter == "C", i + 1 < fields.endIndex {
        out.append(FileChange(status: letter, oldPath: fields[i], path: fields[i + 1]))
        i += 2
      } else {
        out.append(FileChange(status: letter, oldPath: fields[i], path: fields[i]))
        i += 1
      }
    }
    return out
  }

  /// One commit of a file's history.
  public struct Commit: Sendable, Hashable {
    public var hash: String
    public var parents: [String]
    public var author: String
    /// The author date, `YYYY-MM-DD`.
    public var date: String
    /// The commit time (seconds since 1970), for ordering.
    public var timestamp: Int
    /// The change to the file in this commit (status, old and new path); nil for a merge.
    public var change: FileChange?

    public init(
      hash: String, parents: [String], author: String, date: String, timestamp: Int,
      change: FileChange?
    ) {
      (self.hash, self.parents, self.author, self.date) = (hash, parents, author, date)
      (self.timestamp, self.change) = (timestamp, change)
    }
  }

  /// The commits that changed the file at `path` (relative to `directory`), newest first,
  /// following moves to another folder under the same name (`git log --follow`, then
  /// `Git.ownHistory`). Merges are not listed: each side's commits are. Paths in the changes
  /// are relative to the top folder.
  public func log(following path: String) throws(Failure) -> [Commit] {
    var commits = try log(following: path, from: nil)
    // A move that also changed most of the file (git's similarity below one half) is not
    // followed by git: where the file began with a commit that deleted a file of its name in
    // another folder, its history goes on there.
    var seen = Set<String>()
    while let last = commits.last, let change = last.change, change.status == "A",
      let parent = last.parents.first, seen.insert(last.hash).inserted,
      let old = try deleted(named: PathText.name(of: change.path), in: last.hash),
      old != change.path
    {
      commits[commits.count - 1].change = FileChange(
        status: "R", oldPath: old, path: change.path)
      commits += try log(following: ":(top)" + old, from: parent)
    }
    return commits
  }

  /// `log(following:)` from `revision` (nil: `HEAD`), without looking past an addition.
  private func log(following path: String, from revision: String?) throws(Failure) -> [Commit] {
    let output = try run(
      ["log"] + (revision.map { [$0] } ?? []) + [
        "--follow", "--name-status", "-z", "--date=short",
        "--format=%x1e%H%x1f%P%x1f%an%x1f%ad%x1f%ct", "--", path,
      ])
    return Git.ownHistory(Git.commits(output.stdout))
  }

  /// The path (from the top folder) of a file named `name` that `commit` deleted, if any.
  private func deleted(named name: String, in commit: String) throws(Failure) -> String? {
    let output = try run([
      "diff-tree", "-r", "--no-commit-id", "--no-renames", "--name-status", "-z", commit,
    ])
    return Git.fileChanges(ArraySlice(Git.paths(output))).first {
      $0.status == "D" && PathText.name(of: $0.path) == name
    }?.path
  }

  /// A file's own commits from `git log --follow` (newest first). git follows a file into any
  /// other file it resembles: a copy of any file in the tree (`--follow` looks for copies in
  /// every file) or a file deleted in the same commit. Files of different children made from
  /// one template resemble each other, so that would tell one child's story as another's.
  /// A record's name is its id: the history follows a move to another folder under the same
  /// name (`git mv`), and a copy or a rename to another name is where the file began (its
  /// change an addition; the commits before it are the other file's).
  public static func ownHistory(_ commits: [Commit]) -> [Commit] {
    func name(_ path: String) -> Substring { path.split(separator: "/").last ?? "" }
    var out: [Commit] = []
    for var commit in commits {
      if let change = commit.change,
        change.status == "C" || (change.status == "R" && name(change.oldPath) != name(change.path))
      {
        commit.change = FileChange(status: "A", oldPath: change.path, path: change.path)
        out.append(commit)
        break
      }
      out.append(commit)
    }
    return out
  }

  /// Merge commits whose file at `path` (relative to `directory`; no rename following) differs
  /// from at least one parent, newest first: also those that kept one side's version
  /// (`--full-history`; git's default simplification hides them).
  public func merges(of path: String) throws(Failure) -> [Commit] {
    let output = try run([
      "log", "--merges", "--full-history", "--date=short", "-z",
      "--format=%x1e%H%x1f%P%x1f%an%x1f%ad%x1f%ct", "--", path,
    ])
    return Git.commits(output.stdout)
  }

  static func commits(_ bytes: [UInt8]) -> [Commit] {
    var out: [Commit] = []
    for record in bytes.split(separator: 0x1E) {
      let fields = record.split(separator: 0, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
      guard let header = fields.first else { continue }
      let parts = header.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(
        String.init)
      guard parts.count >= 5 else { continue }
      let rest = fields.dropFirst().filter { !$0.isEmpty }
      out.append(
        Commit(
          hash: parts[0], parents: parts[1].split(separator: " ").map(String.init),
          author: parts[2], date: parts[3], timestamp: Int(parts[4]) ?? 0,
          change: Git.fileChanges(ArraySlice(rest)).first))
    }
    return out
  }
}
