import AmigoStore
import Foundation
import Testing

/// `FileSystem.yamlFiles` lists names as bytes and sorts them without strings (issue 32): the
/// list and its order stay what a listing of strings sorted as strings gives.
@Suite struct YAMLFilesListingTests {
  /// The listing as it was before: every `.yaml` file below `folder` (not hidden; folders
  /// followed unless they are links; linked files listed), as strings, sorted as strings.
  static func reference(_ folder: String) -> [String] {
    let fm = FileManager.default
    var out: [String] = []
    func walk(_ dir: String) {
      for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where !name.hasPrefix(".") {
        let path = dir + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: walk(path)
        case S_IFREG: if name.hasSuffix(".yaml") { out.append(path) }
        case S_IFLNK:
          var isDir: ObjCBool = false
          if name.hasSuffix(".yaml"),
            !(fm.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue)
          {
            out.append(path)
          }
        default: break
        }
      }
    }
    walk(folder)
    return out.sorted()
  }

  func folder(_ names: [String], folders: [String] = []) throws -> String {
    try temporaryFolder("listing", names, folders: folders)
  }

  @Test func asciiNamesInByteOrderWithSubfoldersAndHiddenFiles() throws {
    let names = [
      "AOS-2026-K7Q4.yaml", "AOS-2026-K7Q.yaml", "AOS-2007-00X3.yaml", "aos-2026-a.yaml",
      "HWC-2025-ZZ99.yaml", "a.yaml", "a-b.yaml", "a/b.yaml", "a/.hidden.yaml", "a0.yaml",
      "notes.txt", "x.yml", ".hidden.yaml", "AOS.yaml.bak", "deep/er/AOS-1.yaml", ".git/x.yaml",
      "Z.yaml", "_u.yaml", "~t.yaml", "1.yaml", "10.yaml", "2.yaml", ".yaml",
    ]
    let base = try folder(names, folders: ["a", "deep/er", ".git", "dir.yaml"])
    defer { try? FileManager.default.removeItem(atPath: base) }
    // A link to a file is listed, a link to a folder is not followed nor listed.
    try FileManager.default.createSymbolicLink(
      atPath: base + "/linked.yaml", withDestinationPath: base + "/a.yaml")
    try FileManager.default.createSymbolicLink(
      atPath: base + "/folder-link.yaml", withDestinationPath: base + "/a")
    try FileManager.default.createSymbolicLink(
      atPath: base + "/folder-link", withDestinationPath: base + "/deep")
    let listed = FileSystem.yamlFiles(under: base)
    #expect(listed == Self.reference(base))
    #expect(listed.contains(base + "/linked.yaml"))
    #expect(!listed.contains(base + "/folder-link.yaml"))
    #expect(listed.contains(base + "/a/b.yaml") && listed.contains(base + "/deep/er/AOS-1.yaml"))
    #expect(!listed.contains { $0.contains("/.") || $0.hasSuffix(".txt") })
  }

  @Test func namesThatAreNotASCIISortAsStrings() throws {
    // Composed and decomposed accents, a sharp s, a name past U+FFFF: sorted as strings.
    let names = [
      "Z\u{e9}.yaml", "Ze\u{301}.yaml", "Zf.yaml", "Zz.yaml", "Za.yaml", "\u{df}.yaml",
      "\u{1F600}.yaml", "Ze.yaml", "ze\u{301}x.yaml",
    ]
    let base = try folder(names)
    defer { try? FileManager.default.removeItem(atPath: base) }
    #expect(FileSystem.yamlFiles(under: base) == Self.reference(base))
    #expect(FileSystem.yamlFiles(under: base).count == names.count)
  }

  @Test func aThousandGeneratedNamesInOrder() throws {
    var names: [String] = []
    var seed: UInt64 = 7
    let alphabet = Array("0123456789ACDEFGHJKLMNPQRTVWXYZ-")
    for _ in 0..<1000 {
      var n = "AOS-"
      for _ in 0..<(4 + Int(seed % 6)) {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        n.append(alphabet[Int(seed >> 33) % alphabet.count])
      }
      names.append(n + ".yaml")
    }
    let base = try folder(Array(Set(names)))
    defer { try? FileManager.default.removeItem(atPath: base) }
    #expect(FileSystem.yamlFiles(under: base) == Self.reference(base))
  }

  @Test func aFolderThatIsNoFolderListsNothing() throws {
    let base = try folder(["a.yaml"])
    defer { try? FileManager.default.removeItem(atPath: base) }
    #expect(FileSystem.yamlFiles(under: base + "/a.yaml").isEmpty)
    #expect(FileSystem.yamlFiles(under: base + "/missing").isEmpty)
  }

  /// What looks like a record but is not read: `.yml`, `.YAML`, a pipe named `*.yaml`; not a
  /// `.yaml` file, a hidden one, a folder named `*.yaml` (its files are listed), or other files.
  @Test func recordLikeFilesThatAreNotRead() throws {
    let root = try temporaryFolder(
      "unread",
      ["a.yaml", "b.yml", "c.YAML", ".d.yml", "notes.txt", "sub/e.yml", "x.yaml/f.yaml"],
      folders: ["sub", "x.yaml"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(mkfifo(root + "/pipe.yaml", 0o600) == 0)
    let found = FileSystem.unreadRecordLikeFiles(under: root).map {
      String($0.dropFirst(root.count + 1))
    }
    #expect(found == ["b.yml", "c.YAML", "pipe.yaml", "sub/e.yml"])
    #expect(FileSystem.unreadRecordLikeFiles(under: root + "/missing").isEmpty)
  }
}
