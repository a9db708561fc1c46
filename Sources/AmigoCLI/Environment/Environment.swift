import AmigoSchema
import Foundation

/// Where a command's output goes. Tests capture it; the live one writes to the process streams.
public final class OutputStream: @unchecked Sendable {
  private let lock = NSLock()
  private var buffer: [UInt8]?
  private let handle: FileHandle?
  /// True when the stream is a terminal (colour and prompts are allowed).
  public let isTerminal: Bool

  /// A stream that collects everything written to it; `terminal` makes it behave like a
  /// terminal (for tests of colour and prompts).
  public init(terminal: Bool = false) {
    buffer = []
    handle = nil
    isTerminal = terminal
  }

  init(handle: FileHandle, isTerminal: Bool) {
    self.handle = handle
    self.isTerminal = isTerminal
    buffer = nil
  }

  public func write(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    if buffer != nil {
      buffer!.append(contentsOf: text.utf8)
    } else {
      handle?.write(Data(text.utf8))
    }
  }

  /// What was written, for a collecting stream.
  public var text: String {
    lock.lock()
    defer { lock.unlock() }
    return String(decoding: buffer ?? [], as: UTF8.self)
  }
}

/// Everything a command may know about the world: streams, variables, the working folder.
public struct Environment: Sendable {
  public var stdout: OutputStream
  public var stderr: OutputStream
  public var variables: [String: String]
  public var currentDirectory: String
  /// The date that counts as today, unless `--today` pins another.
  public var today: LocalDate
  /// Standard input: everything at once (for `--note-file -`).
  public var standardInput: @Sendable () -> Data = { Data() }
  /// True when standard input is a terminal (prompts are allowed).
  public var isInteractive = false
  /// Reads one line of standard input without its line break; nil at the end of input.
  public var readLine: @Sendable () -> String? = { nil }
  /// Hands over what a command loaded so that it is never freed: in the real process, which
  /// ends right after the command, the system takes the memory back at once instead of amigo
  /// freeing a whole workspace object by object. In process (tests) it does nothing.
  public var keepUntilExit: @Sendable (Any) -> Void = { _ in }

  public init(
    stdout: OutputStream = OutputStream(), stderr: OutputStream = OutputStream(),
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
    Environment(
      stdout: OutputStream(handle: .standardOutput, isTerminal: isatty(1) != 0),
      stderr: OutputStream(handle: .standardError, isTerminal: isatty(2) != 0),
      variables: ProcessInfo.processInfo.environment,
      currentDirectory: FileManager.default.currentDirectoryPath,
      today: localToday()
    )
    .with {
      $0.standardInput = { FileHandle.standardInput.readDataToEndOfFile() }
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

  /// Reads all of standard input.
  public func readStandardInput() -> Data { standardInput() }

  /// Today's date in the machine's time zone.
  static func localToday() -> LocalDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
  }

  /// Shows `path` relative to the working folder when it lies inside it.
  public func display(_ path: String) -> String {
    let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }

  /// Resolves a path the user typed against the working folder.
  public func resolve(_ path: String) -> String {
    path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
  }

  /// Colour on `stream` only on a terminal and never with `NO_COLOR` set.
  public func useColor(on stream: OutputStream) -> Bool {
    stream.isTerminal && (variables["NO_COLOR"] ?? "").isEmpty
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
