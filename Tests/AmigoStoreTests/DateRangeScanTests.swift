import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoStore

/// `WorkspaceIndex.dateRange` skips ahead where no date can start; it must find exactly the
/// dates a scan of every byte finds (the scan it replaced, kept here as the reference).
@Suite struct DateRangeScanTests {
  static func reference(_ bytes: [UInt8]) -> (LocalDate?, LocalDate?) {
    var lo: Int?
    var hi: Int?
    let n = bytes.count
    var i = 0
    func digit(_ k: Int) -> Int? {
      let c = bytes[k]
      return c >= 0x30 && c <= 0x39 ? Int(c) - 0x30 : nil
    }
    while i + 10 <= n {
      if bytes[i + 4] == 0x2D, bytes[i + 7] == 0x2D,
        let y0 = digit(i), let y1 = digit(i + 1), let y2 = digit(i + 2), let y3 = digit(i + 3),
        let m0 = digit(i + 5), let m1 = digit(i + 6), let d0 = digit(i + 8), let d1 = digit(i + 9),
        i == 0 || digit(i - 1) == nil, i + 10 == n || digit(i + 10) == nil
      {
        if let date = LocalDate(
          year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
        {
          let k = date.dayNumber
          if lo.map({ k < $0 }) ?? true { lo = k }
          if hi.map({ k > $0 }) ?? true { hi = k }
        }
        i += 10
      } else {
        i += 1
      }
    }
    return (lo.map(LocalDate.init(dayNumber:)), hi.map(LocalDate.init(dayNumber:)))
  }

  static func same(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let (a, b) = WorkspaceIndex.dateRange(in: bytes)
    let (c, d) = reference(bytes)
    return a == c && b == d
  }

  @Test func chosenTextsGiveTheSameRange() {
    let texts = [
      "", "2026-11-19", "x2026-11-19", "2026-11-19x", "12026-11-19", "2026-11-190",
      "date: 2026-11-19\nclosed: 2025-02-30\n", "2026-02-29 2024-02-29", "2026-11-192026-11-18",
      "--------------", "2026-11-1", "1999-01-01-2000-01-01", "0000-01-01 9999-12-31",
      "a 2026-1-19 2026-11-19-", "- date: 2026-09-01\n  kind: child-talk\n- date: 2026-09-08",
      "11-11-11-11-11-11", "20262026-11-19", "2026-11-19\r\n2026-11-20",
    ]
    for text in texts { #expect(Self.same(text), "\(text)") }
  }

  @Test func randomTextsGiveTheSameRange() {
    var rng = SeededGenerator(seed: 32)
    // Mostly digits and dashes (where dates may hide), some letters, spaces and line breaks.
    let alphabet = Array("0123456789012345678901234567890123456789----- \n ab:".utf8)
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...40, using: &rng)
      var bytes: [UInt8] = (0..<count).map { _ in alphabet.randomElement(using: &rng)! }
      if Bool.random(using: &rng), count > 10 {
        // Plant a date somewhere.
        let date = Array(
          String(
            format: "%04d-%02d-%02d", Int.random(in: 0...9999, using: &rng),
            Int.random(in: 0...13, using: &rng), Int.random(in: 0...32, using: &rng)
          ).utf8)
        let at = Int.random(in: 0...(count - 10), using: &rng)
        bytes.replaceSubrange(at..<(at + 10), with: date)
      }
      let (a, b) = WorkspaceIndex.dateRange(in: bytes)
      let (c, d) = Self.reference(bytes)
      #expect(a == c && b == d, "\(String(decoding: bytes, as: UTF8.self))")
    }
  }

  @Test func repositoryFilesGiveTheSameRange() {
    for (path, bytes) in Fixtures.yamlFiles() {
      let (a, b) = WorkspaceIndex.dateRange(in: bytes)
      let (c, d) = Self.reference(bytes)
      #expect(a == c && b == d, "\(path)")
    }
  }
}
