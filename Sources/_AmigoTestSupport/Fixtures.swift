import Foundation

/// Locations of the repository's test fixtures, found from this file's path (no resource bundles).
public enum Fixtures {
  /// The repository root.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/Fixtures/<relative>`.
  public static func url(_ relative: String) -> URL {
    root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative)
  }

  /// The immediate subfolders of `Tests/Fixtures/<relative>`, sorted by name.
  public static func cases(in relative: String) -> [String] {
    let dir = url(relative)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { name in
      var isDir: ObjCBool = false
      return FileManager.default.fileExists(
        atPath: dir.appendingPathComponent(name).path, isDirectory: &isDir) && isDir.boolValue
    }.sorted()
  }

  public static func data(_ relative: String) -> Data? {
    FileManager.default.contents(atPath: url(relative).path)
  }

  public static func text(_ relative: String) -> String? {
    data(relative).map { String(decoding: $0, as: UTF8.self) }
  }

  public static func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: url(relative).path)
  }
}
