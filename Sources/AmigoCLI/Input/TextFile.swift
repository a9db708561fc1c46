import Foundation

/// Text a user hands amigo in a file (a CSV to import, a note, a statement): UTF-8, with or
/// without a byte order mark, or UTF-16 with its byte order mark (Excel's "Unicode text",
/// Notepad's "Unicode"). Nil for anything else: amigo does not guess an 8-bit encoding such
/// as Windows-1252, so that no wrong letter ends up in a child's file.
enum TextFile {
  static func decode(_ data: Data) -> String? {
    let bytes = [UInt8](data.prefix(3))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return String(data: data.dropFirst(3), encoding: .utf8)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return utf16(data.dropFirst(2), bigEndian: false)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return utf16(data.dropFirst(2), bigEndian: true)
    }
    return String(data: data, encoding: .utf8)
  }

  /// Strict UTF-16: nil for an odd number of bytes or a lone surrogate.
  private static func utf16(_ data: Data, bigEndian: Bool) -> String? {
    guard data.count % 2 == 0 else { return nil }
    let bytes = [UInt8](data)
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    for i in stride(from: 0, to: bytes.count, by: 2) {
      let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
      units.append(bigEndian ? a << 8 | b : b << 8 | a)
    }
    var text = ""
    var decoder = UTF16()
    var iterator = units.makeIterator()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
      case .emptyInput: return text
      case .error: return nil
      }
    }
  }
}
