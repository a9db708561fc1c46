import Foundation

/// A copy of an example workspace (`Examples/<name>`) at `work`, inside a fresh temporary
/// folder `root` that is removed with the copy. Tests that run commands in-process subclass it
/// and add their own `run`.
open class ExampleWorkspaceCopy {
  public let root: URL
  public var work: URL { root.appendingPathComponent("work") }

  public init(_ example: String = "caseload", prefix: String = "amigo-example") throws {
    let fm = FileManager.default
    root = fm.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try fm.createDirectory(at: root, withIntermediateDirectories: true)
    try fm.copyItem(
      at: Fixtures.root.appendingPathComponent("Examples/" + example),
      to: root.appendingPathComponent("work"))
  }

  deinit { try? FileManager.default.removeItem(at: root) }
}
