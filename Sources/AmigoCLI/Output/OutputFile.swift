import AmigoReports
import AmigoStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `--output FILE` of the commands that write what they would print (report, export).
///
/// Checked before the command does its work: a path that is (or lies in) one of a workspace's
/// own files (`trajectories/`, `amigo.yaml`, `.git/`, …; links and `..` resolved) is refused,
/// and so is a folder, a socket or a block device. A file is written atomically and readable by
/// its owner only (also when it replaces a file others could read), with a warning when it lies
/// inside a workspace; a character device or a pipe (`/dev/null`, a FIFO) is written into,
/// never replaced; `-`, `/dev/stdout` and `/dev/fd/N` are the open streams.
struct OutputFile {
  enum Destination {
    /// Standard output or standard error (`-`, `/dev/stdout`, `/dev/fd/2`).
    case stream(TextOutput)
    /// Another open file descriptor (`/dev/fd/3`).
    case descriptor(Int32)
    /// A character device or a FIFO, written into (`/dev/null`, `/dev/full`).
    case device(String)
    /// A regular file (new or replaced), written atomically.
    case file(String)
  }

  /// The path as the user typed it.
  let given: String
  let destination: Destination
  /// The workspace a file destination lies in, for the warning that git would share it.
  let insideWorkspace: Workspace?

  /// Checks `output` for `command` run on `workspace` (nil when it has none).
  static func resolve(
    _ output: String, env: Environment, workspace: Workspace?, command: String
  ) throws -> OutputFile {
    func refuse(_ hint: Hint) -> UsageError {
      UsageError.invalidValue(output, for: "--output <file>", command: command, hint: hint)
    }
    if output == "-" {
      return OutputFile(given: output, destination: .stream(env.stdout), insideWorkspace: nil)
    }
    guard !output.trimming(" ").isEmpty else {
      throw refuse(Hint(.ccOutNameAFile))
    }
    // `.` and `//` tidied for messages; `..` left to the system, which resolves it after links.
    let typed = env.resolve(output)
    let tidy = URL(fileURLWithPath: typed).standardizedFileURL.path
    let path = typed.split(separator: "/").contains("..") ? typed : tidy
    if let fd = openDescriptor(tidy) {
      let destination: Destination =
        fd == 1 ? .stream(env.stdout) : fd == 2 ? .stream(env.stderr) : .descriptor(fd)
      return OutputFile(given: output, destination: destination, insideWorkspace: nil)
    }

    // The workspaces the path could belong to: the command's, and the one it lies in.
    let resolved = FileSystem.resolvedPath(path)
    var workspaces = workspace.map { [$0] } ?? []
    if let around = Workspace.find(from: (resolved as NSString).deletingLastPathComponent),
      !workspaces.contains(where: { $0.root == around.root })
    {
      workspaces.append(around)
    }
    for ws in workspaces {
      guard let own = ws.ownFile(path) else { continue }
      let shown = env.display(ws.root)
      throw refuse(
        Hint(
          own.itself ? .ccOutIsOwn : .ccOutLiesInOwn, en: [own.what.en, shown],
          nl: [own.what.nl, shown]))
    }

    let name = (output as NSString).lastPathComponent
    let example = output.hasSuffix("/") ? output + "report.txt" : output + "/report.txt"
    let folderHint = Hint(.ccOutFolder, example)
    if output.hasSuffix("/") || name == "." || name == ".." {
      throw refuse(folderHint)
    }
    var info = stat()
    guard stat(path, &info) == 0 else {
      // A new file, or one the write will explain (a missing folder, no permission).
      return OutputFile(
        given: output, destination: .file(path),
        insideWorkspace: workspaces.first { FileSystem.resolves(resolved, inside: $0.root) })
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      throw refuse(folderHint)
    case S_IFCHR, S_IFIFO:
      return OutputFile(given: output, destination: .device(path), insideWorkspace: nil)
    case S_IFREG:
      return OutputFile(
        given: output, destination: .file(path),
        insideWorkspace: workspaces.first { FileSystem.resolves(resolved, inside: $0.root) })
    default:
      let kind = FileSystem.kind(info.st_mode)
      throw refuse(Hint(.ccOutKind, en: [kind.en], nl: [kind.nl]))
    }
  }

  /// True when git would not share the file at `path` (`git check-ignore`): the warning has
  /// been followed. False also when the workspace is no git repository or git is missing.
  static func ignoredByGit(_ path: String, in workspace: Workspace, _ env: Environment) -> Bool {
    let real = FileSystem.resolvedPath(path)
    let status = try? env.git(workspace.root).run(["check-ignore", "-q", "--", real], check: false)
      .status
    return status == 0
  }

  /// The descriptor `path` names when it is `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or
  /// `/proc/self/fd/N`. These are written to directly: reopening them fails for a socket, and
  /// for a file the shell opened it would replace that file.
  static func openDescriptor(_ path: String) -> Int32? {
    switch path {
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default: break
    }
    for prefix in ["/dev/fd/", "/proc/self/fd/", "/proc/\(getpid())/fd/"]
    where path.hasPrefix(prefix) {
      if let fd = Int32(path.dropFirst(prefix.count)), fd >= 0 { return fd }
    }
    return nil
  }

  /// Writes `text` and says where on standard error (not for a stream). Returns the absolute
  /// path of a file written, or nil.
  @discardableResult
  func write(_ text: String, env: Environment) throws -> String? {
    switch destination {
    case .stream(let stream):
      stream.write(text)
      return nil
    case .descriptor(let fd):
      var text = text
      if let code = text.withUTF8({ Descriptor.writeAll(fd, $0) }) {
        throw CommandError(
          message: env.language().text(
            .errCannotWrite, given, systemErrorText(code, env.language().code)),
          status: .ioError)
      }
    case .device(let path):
      let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
      var code = fd < 0 ? errno : nil
      if fd >= 0 {
        var text = text
        code = text.withUTF8 { Descriptor.writeAll(fd, $0) }
        if close(fd) != 0 && code == nil && errno != EINTR { code = errno }
      }
      if let code {
        throw CommandError(
          message: env.language().text(
            .errCannotWrite, path, systemErrorText(code, env.language().code)),
          status: .ioError)
      }
    case .file(let path):
      do {
        try AtomicWrite.write(Array(text.utf8), to: path, keepMode: false)
      } catch {
        throw CommandError(message: env.language().say(error), status: .ioError)
      }
    }
    env.stderr.write(env.language().text(.ccWrote, given) + "\n")
    if let insideWorkspace, case .file(let path) = destination,
      !Self.ignoredByGit(path, in: insideWorkspace, env)
    {
      let language = env.language()
      let shown =
        FileSystem.resolves(env.currentDirectory, inside: insideWorkspace.root)
        ? "" : language.text(.ccOutInWorkspaceAt, env.display(insideWorkspace.root))
      env.stderr.write(language.text(.ccOutInsideWorkspace, given, shown) + "\n")
    }
    if case .file(let path) = destination { return path }
    return nil
  }
}
