import Foundation
import Testing
import _AmigoTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A trajectory file an attacker, a broken editor or a bad disk could produce.
struct HostileFile: CustomTestStringConvertible, Sendable {
  let name: String
  /// True when the file is valid amigo data, so `validate` must exit 0.
  let valid: Bool
  let make: @Sendable () -> [UInt8]

  var testDescription: String { name }

  /// The example trajectory up to and including its `sessions:` line.
  static let head: [UInt8] = {
    let text = Fixtures.root.appendingPathComponent(
      "Examples/caseload/trajectories/\(TempWorkspace.child).yaml")
    let all = (try? String(contentsOf: text, encoding: .utf8)) ?? ""
    let cut = all.range(of: "\nsessions:\n")!.upperBound
    return Array(all[..<cut].utf8)
  }()

  static let session: [UInt8] = Array(
    """
      - date: 2026-10-01
        kind: child-talk
        minutes: 20
        place: school

    """.utf8)

  /// A trajectory with one session whose extra lines are `extra`.
  static func withSession(_ extra: [UInt8]) -> [UInt8] {
    head + session.dropLast() + extra
  }

  static func repeated(_ text: String, toBytes size: Int) -> [UInt8] {
    let unit = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(size + unit.count)
    while out.count < size { out += unit }
    return out
  }

  static let megabyte = 1 << 20

  static let all: [HostileFile] = [
    HostileFile(name: "note-10mb-block", valid: true) {
      withSession(
        Array("\n    note: |\n".utf8)
          + repeated(
            "      Sam werkte rustig aan zijn taak en vertelde over het weekend bij opa en oma.\n",
            toBytes: 10 * megabyte))
    },
    HostileFile(name: "sessions-100000", valid: true) {
      var out = head
      out.reserveCapacity(head.count + 100_000 * session.count)
      for _ in 0..<100_000 { out += session }
      return out
    },
    HostileFile(name: "nesting-10000-compact-lists", valid: false) {
      Array("sessions:\n".utf8) + repeated("- ", toBytes: 20_000) + Array("x\n".utf8)
    },
    HostileFile(name: "nesting-10000-flow", valid: false) {
      Array("sessions: ".utf8) + repeated("[", toBytes: 10_000) + repeated("]", toBytes: 10_000)
        + [0x0A]
    },
    HostileFile(name: "nesting-2000-block-mappings", valid: false) {
      var out: [UInt8] = []
      for depth in 0..<2000 { out += [UInt8](repeating: 0x20, count: depth) + Array("k:\n".utf8) }
      return out
    },
    HostileFile(name: "line-1mb-plain-note", valid: true) {
      withSession(Array("\n    note: ".utf8) + repeated("rustig ", toBytes: megabyte) + [0x0A])
    },
    HostileFile(name: "line-1mb-double-quoted-note", valid: true) {
      withSession(
        Array("\n    note: \"".utf8) + repeated("rustig \\t \\u00e9 ", toBytes: megabyte)
          + Array("\"\n".utf8))
    },
    HostileFile(name: "line-1mb-comment", valid: true) {
      Array("# ".utf8) + repeated("commentaar ", toBytes: megabyte) + [0x0A] + head + session
    },
    HostileFile(name: "line-1mb-key", valid: false) {
      head + session + repeated("k", toBytes: megabyte) + Array(": v\n".utf8)
    },
    HostileFile(name: "line-1mb-flow-list", valid: true) {
      withSession(
        Array("\n    methods: [".utf8) + repeated("play, ", toBytes: megabyte)
          + Array("play]\n".utf8))
    },
    HostileFile(name: "invalid-utf8", valid: false) {
      // Stray continuation, overlong, surrogate, truncated sequences, 0xFF; the last one at EOF.
      var out = head
      for _ in 0..<20_000 {
        out += Array("  - note: x".utf8) + [0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xE2, 0x82, 0xFF]
        out += [0x0A]
      }
      return out + [0xF0, 0x9F, 0x98]
    },
    HostileFile(name: "nul-bytes", valid: false) {
      // A NUL inside a note, then a line of 64 KiB of NULs. (A megabyte of them on one line
      // works too, but prints 60 MB of excerpts: FUZZING.md, bug 4.)
      withSession(Array("\n    note: a\u{0}b\n".utf8)) + [UInt8](repeating: 0, count: 1 << 16)
    },
    HostileFile(name: "crlf-mixed-with-lf", valid: true) {
      var out: [UInt8] = []
      for (i, line) in lines(head + session + session).enumerated() {
        if i % 2 == 0, line.last == 0x0A {
          out += line.dropLast() + [0x0D, 0x0A]
        } else {
          out += line
        }
      }
      return out
    },
    HostileFile(name: "bare-carriage-returns", valid: false) {
      (head + session).map { $0 == 0x0A ? 0x0D : $0 }
    },
    HostileFile(name: "random-bytes-1mb", valid: false) {
      var rng = SeededRandom(seed: 74)
      return (0..<megabyte).map { _ in UInt8.random(in: 0...255, using: &rng) }
    },
  ]
}

/// `amigo validate` on hostile files: an answer (a diagnostic, or no problem) in bounded time
/// and memory, never a crash, a stack overflow or a hang.
@Suite(.enabled(if: AmigoBinary.isAvailable))
struct HostileFileTests {
  @Test(arguments: HostileFile.all)
  func validateAnswers(_ file: HostileFile) throws {
    let ws = try TempWorkspace("hostile")
    let bytes = file.make()
    try ws.write(bytes, to: ws.trajectory(TempWorkspace.child))
    let r = try amigo(
      ["validate", "--dir", ws.root, "--today", TempWorkspace.today], timeout: 60)
    print(
      "HostileFileTests: \(file.name) (\(bytes.count / 1024) KiB): \(r); \(r.stdout.utf8.count + r.stderr.utf8.count) bytes of output"
    )
    #expect(!r.timedOut, "\(file.name): no answer within 60 s")
    #expect(r.signal == nil, "\(file.name): \(r)")
    // Not a hard limit on amigo, only a guard against runaway memory use.
    #expect((r.maxRSSKiB ?? 0) < 2 * 1024 * 1024, "\(file.name): \(r)")
    if file.valid {
      #expect(r.exitCode == 0, "\(file.name): \(r)\n\(r.stdout.prefix(2000))")
    } else {
      #expect(r.exitCode == 1, "\(file.name): \(r)\n\(r.stderr.suffix(2000))")
      #expect(r.stdout.contains("error["), "\(file.name): no diagnostic")
    }
    #expect(
      r.stderr.contains("amigo: ") || r.stdout.contains("amigo: "),
      "\(file.name): no summary line")
  }
}
