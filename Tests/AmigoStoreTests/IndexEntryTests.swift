import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoStore

/// An index entry must not depend on the command that made it: `report --week` (no warnings)
/// writes the same summaries, `clean` included, as `validate --changed` (every rule), and a file
/// it leaves unread by its new summary is summarised as one it keeps.
@Suite struct IndexEntryTests {
  static let today = LocalDate("2026-11-19")

  /// The caseload's config as it is, with strict privacy (the privacy lint's findings are
  /// errors) and with programmes that do not record the request and the closing summary (the
  /// not-recorded check reads free text).
  static func configs() -> [(String, Config?)] {
    let workspace = Workspace(root: Fixtures.root.appendingPathComponent("Examples/caseload").path)
    guard let base = Loader.loadConfig(workspace, display: { $0 }).0 else { return [] }
    var strict = base
    strict.strictPrivacy = true
    var sparing = base
    for i in sparing.programmes.indices {
      sparing.programmes[i].notRecorded = ["referral.request", "closure.summary"]
    }
    return [("none", nil), ("caseload", base), ("strict", strict), ("not-recorded", sparing)]
  }

  @Test func summariesDoNotDependOnWarnings() throws {
    let paths = FactsLoadingTests.paths()
    #expect(paths.count > 100)
    let configs = Self.configs()
    #expect(configs.count == 4)
    let display: @Sendable (String) -> String = { $0 }
    for (name, config) in configs {
      let all = Loader.loadForIndex(paths, config, Self.today, true, .facts, display)
      let some = Loader.loadForIndex(paths, config, Self.today, false, .facts, display)
      let leaving = Loader.loadForIndex(
        paths, config, Self.today, false, .facts, display,
        mayLeave: paths.map { _ in true }, leaveUnread: { $0.isArchived })
      #expect(all.contains { !$0.summary.clean }, "\(name)")
      #expect(all.contains { $0.summary.clean } || name != "caseload", "\(name)")
      for k in paths.indices {
        let note = "\(paths[k]), config \(name)"
        // A file with more problems than are shown (`Diagnostic.maximumPerFile`) keeps the
        // first ones: without the warnings, errors further on are among them.
        if all[k].file.diagnostics.contains(where: {
          $0.code == SchemaDiagnostics.tooManyProblemsCode
        }) {
          continue
        }
        #expect(some[k].summary == all[k].summary, "\(note)")
        #expect(leaving[k].summary == all[k].summary, "\(note)")
        #expect(
          some[k].file.diagnostics == all[k].file.diagnostics.filter { $0.severity == .error },
          "\(note)")
        #expect(some[k].file.trajectory == all[k].file.trajectory, "\(note)")
        #expect(!all[k].leftUnread && !some[k].leftUnread)
        if all[k].summary.standing.isArchived {
          #expect(leaving[k].leftUnread, "\(note)")
          #expect(leaving[k].file.trajectory == nil, "\(note)")
        } else {
          #expect(!leaving[k].leftUnread, "\(note)")
          #expect(leaving[k].file.trajectory == some[k].file.trajectory, "\(note)")
          #expect(leaving[k].file.diagnostics == some[k].file.diagnostics, "\(note)")
        }
      }
    }
  }
}

@Suite struct IndexTextTests {
  /// Texts read back from the index's bytes: as written (ASCII or not, empty or long), and
  /// refused (nil) when the bytes are not UTF-8, however the invalid bytes lie.
  @Test func textsReadBackOrAreRefused() {
    let texts = ["", "AOS-2026-QFMG", "Zoë", "ĳsbeer 🧊", "日本語", String(repeating: "é", count: 500)]
    var writer = ByteWriter()
    for t in texts { writer.string(t) }
    let invalid: [[UInt8]] = [
      [0xFF], [0x41, 0xC3], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80],
      [0xF8, 0x88, 0x80, 0x80],
      [0xC0, 0xAF], Array("abc".utf8) + [0x80] + Array("def".utf8),
    ]
    for bytes in invalid {
      writer.int32(Int32(bytes.count))
      writer.bytes += bytes
    }
    // A valid encoding of U+FFFD itself is a text like any other.
    writer.string("\u{FFFD}x")
    writer.bytes.withUnsafeBufferPointer { buffer in
      var reader = ByteReader(buffer, at: 0)
      for t in texts { #expect(reader.string() == t) }
      for bytes in invalid { #expect(reader.string() == nil, "\(bytes)") }
      #expect(reader.string() == "\u{FFFD}x")
      #expect(reader.atEnd)
    }
  }
}
