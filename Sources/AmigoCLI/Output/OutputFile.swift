import AmigoStore
import Foundation

/// `--output FILE` of the commands that write what they would print (report, export).
enum OutputFile {
  /// Writes `text` to `output` atomically, readable by its owner only (a new file), and says so
  /// on standard error. Returns the absolute path written.
  @discardableResult
  static func write(_ text: String, to output: String, env: Environment) throws -> String {
    let path = URL(fileURLWithPath: env.resolve(output)).standardizedFileURL.path
    do {
      try AtomicWrite.write(Array(text.utf8), to: path)
    } catch {
      throw CommandError(message: error.description, status: .ioError)
    }
    env.stderr.write("Wrote \(output).\n")
    return path
  }
}
