import Foundation

/// `NSString`'s `deletingLastPathComponent` and `lastPathComponent` + `deletingPathExtension`
/// for the paths a whole-workspace pass reads, ten thousand at a time: the common shape
/// (`folder/NAME.yaml`, no doubled or trailing slash) is cut on the bytes; any other path goes
/// to `NSString`, which normalizes slashes first. Both give the same text for every path
/// (`PathTextTests`); `NSString` took ~5 % of `validate`'s instructions.
public enum PathText {
  /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it.
  public static func folder(of path: String) -> String {
    var path = path
    if let folder = path.withUTF8({ u -> String? in
      guard let cut = simpleCut(u), cut.slash > 0 else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: u[..<cut.slash]), as: UTF8.self)
    }) {
      return folder
    }
    return (path as NSString).deletingLastPathComponent
  }

  /// The last component of `path`, as `NSString.lastPathComponent` gives it.
  public static func name(of path: String) -> String {
    var path = path
    if let name = path.withUTF8({ u -> String? in
      guard let cut = simpleCut(u) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: u[(cut.slash + 1)...]), as: UTF8.self)
    }) {
      return name
    }
    return (path as NSString).lastPathComponent
  }

  /// The file name of `path` without its extension, as `NSString`'s `lastPathComponent` and then
  /// `deletingPathExtension` give it.
  public static func stem(of path: String) -> String {
    var path = path
    if let stem = path.withUTF8({ u -> String? in
      guard let cut = simpleCut(u), let dot = cut.dot else { return nil }
      return String(
        decoding: UnsafeBufferPointer(rebasing: u[(cut.slash + 1)..<dot]), as: UTF8.self)
    }) {
      return stem
    }
    return ((path as NSString).lastPathComponent as NSString).deletingPathExtension
  }

  /// For a path without `//`, not ending in `/`, with a `/` before its last component: the index
  /// of that `/`, and of the dot before the extension when the name is `STEM.EXT` with STEM
  /// neither empty nor starting or ending with `.` and EXT not empty. Nil for any other path.
  private static func simpleCut(_ u: UnsafeBufferPointer<UInt8>) -> (slash: Int, dot: Int?)? {
    var slash = -1
    var dot = -1
    var previous: UInt8 = 0
    for i in 0..<u.count {
      let c = u[i]
      if c == UInt8(ascii: "/") {
        if previous == UInt8(ascii: "/") { return nil }
        slash = i
        dot = -1
      } else if c == UInt8(ascii: ".") {
        dot = i
      }
      previous = c
    }
    guard slash >= 0, previous != UInt8(ascii: "/") else { return nil }
    guard dot > slash + 1, dot < u.count - 1, u[slash + 1] != UInt8(ascii: "."),
      u[dot - 1] != UInt8(ascii: ".")
    else { return (slash, nil) }
    return (slash, dot)
  }
}
