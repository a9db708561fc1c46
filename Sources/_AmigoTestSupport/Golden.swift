import Foundation

/// Golden-file comparison. With `AMIGO_RECORD_GOLDEN=1` the expected file is (re)written and the
/// comparison reports a failure, so a recording never passes silently.
public enum Golden {
  public static var recording: Bool {
    ProcessInfo.processInfo.environment["AMIGO_RECORD_GOLDEN"] == "1"
  }

  /// Returns nil when `actual` equals the golden file at `Tests/Fixtures/<relative>`, else a
  /// message describing the difference (or that a recording was made).
  public static func check(_ actual: String, against relative: String) -> String? {
    let url = Fixtures.url(relative)
    if recording {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: url)
      return "recorded \(relative); rerun without AMIGO_RECORD_GOLDEN"
    }
    guard let expected = Fixtures.text(relative) else {
      return "missing golden file \(relative); record it with AMIGO_RECORD_GOLDEN=1"
    }
    if expected == actual { return nil }
    return "\(relative) differs:\n" + LineDiff.describe(expected: expected, actual: actual)
  }
}

/// A small line diff for failure messages.
public enum LineDiff {
  public static func describe(expected: String, actual: String) -> String {
    let e = expected.components(separatedBy: "\n")
    let a = actual.components(separatedBy: "\n")
    var out = ""
    for i in 0..<max(e.count, a.count) {
      let x = i < e.count ? e[i] : nil
      let y = i < a.count ? a[i] : nil
      if x != y {
        if let x { out += "- \(i + 1): \(x)\n" }
        if let y { out += "+ \(i + 1): \(y)\n" }
      }
    }
    return out
  }
}
