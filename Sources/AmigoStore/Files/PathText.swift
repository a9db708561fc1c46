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

  /// `body` of the bytes of `stem(of: path)`, without making it a string where the path is
  /// simple (as `stem(of:)` finds it).
  public static func withStem<R>(
    of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    var path = path
    if let result = path.withUTF8({ u -> R? in
      guard let cut = simpleCut(u), let dot = cut.dot else { return nil }
      return body(UnsafeBufferPointer(rebasing: u[(cut.slash + 1)..<dot]))
    }) {
      return result
    }
    var stem = stem(of: path)
    return stem.withUTF8(body)
  }

  /// `withStem(of:_:)` for a path given as its UTF-8 bytes (a `PathListing`'s).
  public static func withStem<R>(
    ofBytes u: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    if let cut = simpleCut(u), let dot = cut.dot {
      return body(UnsafeBufferPointer(rebasing: u[(cut.slash + 1)..<dot]))
    }
    return withStem(of: String(decoding: u, as: UTF8.self), body)
  }

  /// For a path without `//`, not ending in `/`, with a `/` before its last component: the index
  /// of that `/`, and of the dot before the extension when the name is `STEM.EXT` with STEM
  /// neither empty nor starting or ending with `.` and EXT not empty. Nil for any other path.
  private static func simpleCut(_ u: UnsafeBufferPointer<UInt8>) -> (slash: Int, dot: Int?)? {
    let n = u.count
    guard n > 0, let base = u.baseAddress, u[n - 1] != UInt8(ascii: "/") else { return nil }
    // A doubled slash anywhere: from slash to slash (`memchr`), not byte by byte.
    var at = 0
    while at < n, let found = memchr(base + at, Int32(UInt8(ascii: "/")), n - at) {
      let i = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      if i + 1 < n && u[i + 1] == UInt8(ascii: "/") { return nil }
      at = i + 1
    }
    // From the end: the last slash, and the last dot after it.
    var slash = n - 1
    var dot = -1
    while slash >= 0 && u[slash] != UInt8(ascii: "/") {
      if dot < 0 && u[slash] == UInt8(ascii: ".") { dot = slash }
      slash -= 1
    }
    guard slash >= 0 else { return nil }
    guard dot > slash + 1, dot < n - 1, u[slash + 1] != UInt8(ascii: "."),
      u[dot - 1] != UInt8(ascii: ".")
    else { return (slash, nil) }
    return (slash, dot)
  }
}
