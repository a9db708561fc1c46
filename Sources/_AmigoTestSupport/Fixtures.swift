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

extension Fixtures {
  /// Every `.yaml` file under the given folders of the repository (default: the fixtures that
  /// hold amigo files and the examples), each distinct content once, in path order.
  public static func yamlFiles(
    under roots: [String] = [
      "Tests/Fixtures/generated", "Tests/Fixtures/edits", "Tests/Fixtures/cli",
      "Tests/Fixtures/errors", "Examples",
    ]
  ) -> [(path: String, bytes: [UInt8])] {
    var out: [(String, [UInt8])] = []
    var seen = Set<[UInt8]>()
    for root in roots {
      let url = Fixtures.root.appendingPathComponent(root)
      guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
      var paths: [String] = []
      for case let path as String in walker where path.hasSuffix(".yaml") { paths.append(path) }
      for path in paths.sorted() {
        guard let data = FileManager.default.contents(atPath: url.path + "/" + path) else {
          continue
        }
        let bytes = [UInt8](data)
        if bytes.count < 100_000 && seen.insert(bytes).inserted {
          out.append((root + "/" + path, bytes))
        }
      }
    }
    return out
  }
}
