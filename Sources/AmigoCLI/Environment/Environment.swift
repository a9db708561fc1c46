import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where a command's output goes. Tests capture it; the live one writes to the process streams.
///
/// A write that fails (a full disk, a closed pipe while SIGPIPE is ignored, a device that
/// refuses) never stops the process: the stream remembers the first error, drops what is
/// written after it, and `Amigo.run` ends with exit status 74 (`failure`).
public final class TextOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var buffer: [UInt8]?
  private let descriptor: Int32?
  private var error: Int32?
  private var width: Int?
  private var column = 0
  /// What the stream is, for an error message ("standard output").
  public let name: String
  /// True when the stream is a terminal (colour and prompts are allowed).
  public let isTerminal: Bool

  /// A stream that collects everything written to it; `terminal` makes it behave like a
  /// terminal (for tests of colour and prompts).
  public init(terminal: Bool = false) {
    buffer = []
    descriptor = nil
    isTerminal = terminal
    name = "output"
  }

  /// A stream whose every write fails with `errno` `code` (for tests of write errors).
  public init(failingWith code: Int32, name: String = "standard output") {
    buffer = nil
    descriptor = nil
    error = code
    isTerminal = false
    self.name = name
  }

  /// A stream that writes to the open file descriptor `fd`.
  init(descriptor fd: Int32, name: String) {
    descriptor = fd
    isTerminal = isatty(fd) != 0
    buffer = nil
    self.name = name
  }

  public func write(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    var text = text
    if let width { text = LineFolding.fold(text, width: width, column: &column) }
    if buffer != nil {
      buffer!.append(contentsOf: text.utf8)
    } else if error == nil, let descriptor {
      error = text.withUTF8 { Descriptor.writeAll(descriptor, $0) }
    }
  }

  /// The terminal's cursor is at the start of a line although the stream wrote none there:
  /// the user typed an answer and Enter (`Environment.readAnswer`).
  func lineStarted() {
    lock.withLock { column = 0 }
  }

  /// The widest a line written to the stream may get, in terminal columns; nil (files, pipes,
  /// machine formats) for no limit. Longer lines are folded (`LineFolding`). `Amigo.run` sets
  /// it from `Environment.terminalWidth(of:)` for text output.
  public var lineWidth: Int? {
    get { lock.withLock { width } }
    set {
      lock.withLock {
        width = newValue
        column = 0
      }
    }
  }

  /// The columns of the terminal the stream writes to (`TIOCGWINSZ`), or nil when it is not a
  /// terminal.
  var terminalColumns: Int? {
    guard let descriptor, isTerminal else { return nil }
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// What was written, for a collecting stream.
  public var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: buffer ?? [], as: UTF8.self)
  }

  /// The `errno` of the first write that failed, or nil while every write succeeded.
  public var failure: Int32? {
    lock.lock()
    defer { lock.unlock() }
    return error
  }

  /// Where the stream leads, when it is a file or device (`/dev/full`, `/tmp/list.txt`), for
  /// an error message; nil for a pipe, a socket or a collecting stream.
  var target: String? {
    guard let descriptor, !Descriptor.closedAtStart.contains(descriptor) else { return nil }
    var bytes = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/fd/\(descriptor)", &bytes, bytes.count - 1)
    guard n > 0 else { return nil }
    let path = String(decoding: bytes[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return path.hasPrefix("/") ? path : nil
  }
}

/// Writing to file descriptors without traps (`FileHandle.write` traps on any error).
enum Descriptor {
  /// The standard descriptors (0, 1, 2) that were closed when amigo started (`amigo list >&-`),
  /// each now held by /dev/null opened the other way round: reading or writing it still fails
  /// with EBADF, as on a closed descriptor, but no file amigo opens can take its number, so
  /// that no output or diagnostic goes into a trajectory file, the lock or a cache, and no
  /// note is read from one.
  static let closedAtStart: Set<Int32> = {
    var closed: Set<Int32> = []
    for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      let held = open("/dev/null", (fd == 0 ? O_WRONLY : O_RDONLY) | O_CLOEXEC)
      guard held >= 0 else { continue }
      if held != fd {
        dup2(held, fd)
        close(held)
      }
      closed.insert(fd)
    }
    return closed
  }()

  /// Writes all of `bytes` to `fd`, retrying after interruptions and short writes, and waiting
  /// when a non-blocking descriptor is full. Returns nil, or the `errno` of the failure.
  static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    var written = 0
    while written < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
      if n < 0 {
        let code = errno
        if code == EINTR { continue }
        if code == EAGAIN || code == EWOULDBLOCK {
          var waiting = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
          _ = poll(&waiting, 1, -1)
          continue
        }
        return code
      }
      written += n
    }
    return nil
  }

  /// Reads `fd` to its end, retrying after interruptions. Returns what was read, or the
  /// `errno` of a failed read (`FileHandle.readDataToEndOfFile` traps instead).
  static func readAll(_ fd: Int32) -> Result<Data, ReadFailure> {
    var data = Data()
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(ReadFailure(code: errno))
      }
      if n == 0 { return .success(data) }
      data.append(contentsOf: chunk[0..<n])
    }
  }

  /// A failed read(2), by its `errno`.
  struct ReadFailure: Error {
    let code: Int32
    var reason: String { String(cString: strerror(code)) }
  }
}

/// Everything a command may know about the world: streams, variables, the working folder.
public struct Environment: Sendable {
  public var stdout: TextOutput
  public var stderr: TextOutput
  public var variables: [String: String]
  public var currentDirectory: String
  /// The date that counts as today, unless `--today` pins another.
  public var today: LocalDate
  /// Standard input: everything at once (for `--note-file -`); throws a `CommandError` (exit
  /// 74) when it cannot be read.
  public var standardInput: @Sendable () throws -> Data = { Data() }
  /// True when standard input is a terminal (prompts are allowed).
  public var isInteractive = false
  /// Reads one line of standard input without its line break; nil at the end of input.
  public var readLine: @Sendable () -> String? = { nil }
  /// Hands over what a command loaded so that it is never freed: in the real process, which
  /// ends right after the command, the system takes the memory back at once instead of amigo
  /// freeing a whole workspace object by object. In process (tests) it does nothing.
  public var keepUntilExit: @Sendable (Any) -> Void = { _ in }
  /// The language of prompts and messages: the workspace's `language:` (or `--lang`), set by
  /// `Amigo.run` for the command's arguments; English outside a workspace.
  public var language: @Sendable () -> Language = { .en }
  /// The workspace language once known for this run (`UILanguage.Cache`): set by the command
  /// when it loads the config, so that messages do not read amigo.yaml a second time.
  var languageCache: UILanguage.Cache?

  public init(
    stdout: TextOutput = TextOutput(), stderr: TextOutput = TextOutput(),
    variables: [String: String] = [:], currentDirectory: String = "/",
    today: LocalDate = LocalDate(year: 2026, month: 1, day: 1)!
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.variables = variables
    self.currentDirectory = currentDirectory
    self.today = today
  }

  /// The process's own streams, variables and working folder.
  public static var live: Environment {
    _ = Descriptor.closedAtStart
    return Environment(
      stdout: TextOutput(descriptor: 1, name: "standard output"),
      stderr: TextOutput(descriptor: 2, name: "standard error"),
      variables: ProcessInfo.processInfo.environment,
      currentDirectory: FileManager.default.currentDirectoryPath,
      today: localToday()
    )
    .with {
      $0.standardInput = {
        switch Descriptor.readAll(0) {
        case .success(let data): return data
        case .failure(let failure):
          throw CommandError(.ccCannotReadInput, errno: failure.code, status: .ioError)
        }
      }
      $0.isInteractive = isatty(0) != 0
      $0.readLine = { Swift.readLine(strippingNewline: true) }
      $0.keepUntilExit = { ProcessLifetime.keep($0) }
    }
  }

  /// A copy changed by `body`.
  public func with(_ body: (inout Environment) -> Void) -> Environment {
    var copy = self
    body(&copy)
    return copy
  }

  /// Reads the answer to a question (`readLine`). The Enter that ends it starts a new line on
  /// the terminal, so what is written next is folded from the line's start, not from the end
  /// of the question.
  func readAnswer() -> String? {
    let line = readLine()
    if line != nil {
      stdout.lineStarted()
      stderr.lineStarted()
    }
    return line
  }

  /// Reads all of standard input.
  public func readStandardInput() throws -> Data { try standardInput() }

  /// The bytes of a file the user names as input (`--note-file`, `import`, `statement --file`;
  /// `export --salt-file` asks `FileSystem.readInput` itself, for its error), read to its end:
  /// a pipe such as `/dev/stdin` or bash's `<(…)` (`/dev/fd/63`) has no size, and was read as
  /// empty or refused. nil when it cannot be opened, is a folder, or gives more than
  /// `FileSystem.readInput` takes (`/dev/zero` never ends).
  public func readInputFile(_ path: String) -> Data? {
    (try? FileSystem.readInput(resolve(path))).map { Data($0) }
  }

  /// Today's date in the machine's time zone (`TZ`, else the system's), in the Gregorian
  /// calendar, from the C library: `Calendar.current` loaded the ICU calendar and time-zone
  /// data on every start (milliseconds of a command that answers in twenty), and would follow
  /// a locale's own calendar.
  static func localToday() -> LocalDate {
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil,
      let date = LocalDate(
        year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    else {
      let parts = Calendar(identifier: .gregorian).dateComponents(
        [.year, .month, .day], from: Date())
      return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
    return date
  }

  /// Shows `path` relative to the working folder when it lies inside it, for a terminal: its
  /// control characters as symbols (`SafeText.shown`), since a name from a colleague's clone
  /// can hold anything and no message may recolour the terminal or break a line with it.
  public func display(_ path: String) -> String { SafeText.shown(relative(path)) }

  /// `path` relative to the working folder when it lies inside it, as it is: what machine
  /// output (JSON, CSV) names a file by, escaped by its own format's rules. Text for a
  /// terminal shows it through `display` (or a renderer that does the same).
  public func relative(_ path: String) -> String {
    let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }

  /// Resolves a path the user typed against the working folder.
  public func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
  }

  /// The width text output to `stream` should keep to: `COLUMNS` when it is set to a number
  /// (at least 20 is used), else the terminal's width when `stream` is a terminal, else nil (a
  /// pipe or a file: lines as long as they are).
  public func terminalWidth(of stream: TextOutput) -> Int? {
    if let text = variables["COLUMNS"], let n = Int(text.trimmingCharacters(in: .whitespaces)),
      n > 0
    {
      return max(n, 20)
    }
    return stream.terminalColumns
  }

  /// The system's temporary folder: `TMPDIR` when it is an absolute path, else `/tmp`, without
  /// a trailing slash. `amigo edit` falls back to it for its private copy, recovery files to a
  /// folder in it, and `amigo erase` looks there for what of the child they left.
  public var temporaryFolder: String {
    var folder = variables["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
    while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
    return folder
  }

  /// Colour on `stream` only on a terminal, never with `NO_COLOR` set or on `TERM=dumb`;
  /// `CLICOLOR_FORCE` set and not `0` gives it anyway (through a pipe to `less -R`), unless
  /// `NO_COLOR` is set.
  public func useColor(on stream: TextOutput) -> Bool {
    guard (variables["NO_COLOR"] ?? "").isEmpty else { return false }
    if let force = variables["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
    return stream.isTerminal && variables["TERM"] != "dumb"
  }
}

/// Values kept until the process exits (see `Environment.keepUntilExit`).
enum ProcessLifetime {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var kept: [Any] = []

  static func keep(_ value: Any) {
    lock.withLock { kept.append(value) }
  }
}
