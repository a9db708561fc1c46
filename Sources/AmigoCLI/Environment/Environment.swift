import Foundation

/// Where a command's output goes. Tests capture it; the live one writes to the process streams.
public final class OutputStream: @unchecked Sendable {
  private let lock = NSLock()
  private var buffer: [UInt8]?
  private let handle: FileHandle?
  /// True when the stream is a terminal (colour and prompts are allowed).
  public let isTerminal: Bool

  /// A stream that collects everything written to it.
  public init() {
    buffer = []
    handle = nil
    isTerminal = false
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

  public init(
    stdout: OutputStream = OutputStream(), stderr: OutputStream = OutputStream(),
    variables: [String: String] = [:], currentDirectory: String = "/"
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.variables = variables
    self.currentDirectory = currentDirectory
  }

  /// The process's own streams, variables and working folder.
  public static var live: Environment {
    Environment(
      stdout: OutputStream(handle: .standardOutput, isTerminal: isatty(1) != 0),
      stderr: OutputStream(handle: .standardError, isTerminal: isatty(2) != 0),
      variables: ProcessInfo.processInfo.environment,
      currentDirectory: FileManager.default.currentDirectoryPath)
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
