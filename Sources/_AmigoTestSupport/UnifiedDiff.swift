import Foundation

/// A minimal unified diff (no context lines) between two texts, for golden files that show
/// exactly which lines a command added, removed or changed.
public enum UnifiedDiff {
  public static func lines(_ text: String) -> [String] {
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// Hunks `@@ -a,b +c,d @@` with `-` and `+` lines; "" when the texts are equal.
  public static func diff(_ old: String, _ new: String) -> String {
    let a = lines(old)
    let b = lines(new)
    // Longest common subsequence table (files here are small).
    let n = a.count
    let m = b.count
    var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    if n > 0 && m > 0 {
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
      }
    }
    var out = ""
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n && j < m && a[i] == b[j] {
        i += 1
        j += 1
        continue
      }
      let (i0, j0) = (i, j)
      var removed: [String] = []
      var added: [String] = []
      while (i < n || j < m) && !(i < n && j < m && a[i] == b[j]) {
        if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
          added.append(b[j])
          j += 1
        } else {
          removed.append(a[i])
          i += 1
        }
      }
      let oldStart = removed.isEmpty ? i0 : i0 + 1
      let newStart = added.isEmpty ? j0 : j0 + 1
      out += "@@ -\(oldStart),\(removed.count) +\(newStart),\(added.count) @@\n"
      for line in removed { out += "-" + line + "\n" }
      for line in added { out += "+" + line + "\n" }
    }
    return out
  }

  /// The diff of two folders: every file added, removed or changed, by relative path.
  public static func diff(folder before: URL, _ after: URL) -> String {
    let fm = FileManager.default
    func files(_ root: URL) -> [String: String] {
      var out: [String: String] = [:]
      for path in (fm.subpaths(atPath: root.path) ?? []).sorted() {
        let url = root.appendingPathComponent(path)
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else {
          continue
        }
        if (path as NSString).lastPathComponent.hasPrefix(".amigo.lock") { continue }
        // The workspace index: a cache with the files' timestamps (its own tests check it).
        if path.hasPrefix(".amigo/cache/") { continue }
        out[path] = String(decoding: fm.contents(atPath: url.path) ?? Data(), as: UTF8.self)
      }
      return out
    }
    let a = files(before)
    let b = files(after)
    var out = ""
    for path in Set(a.keys).union(b.keys).sorted() {
      let old = a[path]
      let new = b[path]
      if old == new { continue }
      out += "--- " + (old == nil ? "/dev/null" : path) + "\n"
      out += "+++ " + (new == nil ? "/dev/null" : path) + "\n"
      // The editors' schemas follow every change to amigo's schema: their content is tested
      // where they are made (EditorsAndServerTests), not in every command's golden.
      if path.hasPrefix(".amigo/schema/") || path.contains("/.amigo/schema/") {
        out += "(a generated JSON Schema, not shown)\n"
        continue
      }
      out += diff(old ?? "", new ?? "")
    }
    return out
  }
}
