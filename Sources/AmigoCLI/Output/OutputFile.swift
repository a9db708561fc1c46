import AmigoStore
import Foundation

/// `--output FILE` of the commands that write what they would print (report, export).
enum OutputFile {
  /// Writes `text` to `output` atomically, readable by its owner only (also when it replaces a
  /// file that others could read), and says so on standard error; `-` is standard output.
  /// Returns the absolute path written, or nil for standard output.
  @discardableResult
  static func write(
    _ text: String, to output: String, env: Environment, command: String
  ) throws
    -> String?
  {
    if output == "-" {
      env.stdout.write(text)
      return nil
    }
    guard !output.trimming(" ").isEmpty else {
      throw UsageError.invalidValue(
        output, for: "--output <file>", command: command,
        hint: "Please name a file, or '-' for standard output.")
    }
    let path = URL(fileURLWithPath: env.resolve(output)).standardizedFileURL.path
    do {
      try AtomicWrite.write(Array(text.utf8), to: path, keepMode: false)
    } catch {
      throw CommandError(message: error.description, status: .ioError)
    }
    env.stderr.write("Wrote \(output).\n")
    return path
  }
}
