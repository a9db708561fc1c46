import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 31 (sixth session): the rules' shortcuts give what the plain forms gave. The consent
/// law's party check without a set of ages, the open lists' lookup by length, the goal ids in a
/// short list, and the control-character rule skipped on the fast path (whose scanner lets no
/// control character through) are each held to the plain form here.
@Suite struct RuleShortcutTests {
  // MARK: Consent law

  /// The party check as it was written before (a set of the two ages, sorted; each giver
  /// looked up per age): the reference for `ConsentLaw.partyProblem`.
  static func referenceParty(
    givers: Set<String>, exceptions: Set<String>, age: ConsentLaw.Age, bothParents: Bool
  ) -> ConsentLaw.Party? {
    for years in Set([age.low, age.high]).sorted() {
      let parent: Bool
      let child: Bool
      switch years {
      case ..<12: (parent, child) = (true, false)
      case 12..<16:
        if exceptions.contains("not-competent") {
          (parent, child) = (true, false)
        } else if exceptions.contains("without-parents") {
          (parent, child) = (false, true)
        } else {
          (parent, child) = (true, true)
        }
      default:
        (parent, child) = exceptions.contains("not-competent") ? (true, false) : (false, true)
      }
      let fullParents = givers.contains("parents") || givers.contains("guardian")
      let parentOK =
        fullParents || (givers.contains("parent") && !(bothParents && years < 16))
      if parent, !parentOK {
        if givers.contains("parent") { return .bothParents }
        return years < 12 ? .childUnder12 : .parentMissing
      }
      if child, !givers.contains("child") { return .childMissing }
    }
    return nil
  }

  @Test func partyCheckMatchesThePlainForm() {
    let giverSets: [[String]] = [
      [], ["parents"], ["parent"], ["guardian"], ["child"], ["parent", "child"],
      ["parents", "child"], ["guardian", "child"], ["parent", "guardian"],
    ]
    let exceptionSets: [[String]] = [
      [], ["not-competent"], ["without-parents"], ["not-competent", "without-parents"],
    ]
    var compared = 0
    for givers in giverSets {
      for exceptions in exceptionSets {
        // The consent in force, made from entries as a file holds them.
        var consent = Consent()
        consent.date = LocalDate("2020-01-01")
        consent.givenBy = givers
        consent.scope = ["support"]
        var entries = [consent]
        for e in exceptions {
          var other = Consent()
          other.date = LocalDate("2020-01-01")
          other.givenBy = givers.isEmpty ? [] : [givers[0]]
          other.exception = e
          entries.append(other)
        }
        let inForce = ConsentLaw.InForce(entries, on: LocalDate("2021-01-01")!)
        for low in 8...18 {
          for high in [low, low + 1] {
            for bothParents in [false, true] {
              let age = ConsentLaw.Age(low, high)
              let got = ConsentLaw.partyProblem(inForce, age: age, bothParents: bothParents)
              let want = Self.referenceParty(
                givers: inForce.givers, exceptions: inForce.exceptions, age: age,
                bothParents: bothParents)
              #expect(got == want, "\(givers) \(exceptions) \(low)-\(high) both: \(bothParents)")
              compared += 1
            }
          }
        }
      }
    }
    #expect(compared == 9 * 4 * 11 * 2 * 2)
  }

  // MARK: Open lists

  /// The generated file the checks below change.
  static func sample() throws -> (name: String, text: String) {
    let file = try #require(
      Fixtures.yamlFiles(under: ["Tests/Fixtures/generated/trajectories"]).first {
        $0.path.hasSuffix("AOS-2022-2F3A.yaml")
      })
    return ("AOS-2022-2F3A", String(decoding: file.bytes, as: UTF8.self))
  }

  /// The diagnostics of `text` on line `line` (1-based), after checking that both paths agree.
  func diagnostics(_ text: String, name: String, onLine line: Int? = nil) -> [Diagnostic] {
    let bytes = Array(text.utf8)
    let full = Validator.validateTrajectory(
      YAMLDocument(bytes: bytes), fileName: name, config: nil, today: nil)
    let quick = Validator.validateTrajectory(bytes: bytes, fileName: name, config: nil, today: nil)
    #expect(quick.1 == full.1)
    guard let line else { return full.1 }
    return full.1.filter { $0.range?.start.line == line }
  }

  /// A session's participants and methods: every built-in value passes, and nothing else does
  /// (near misses, other case, accents, a Kelvin sign for a `k`).
  @Test func openListsAcceptTheBuiltInValuesOnly() throws {
    let (name, text) = try Self.sample()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let at = try #require(lines.firstIndex { $0 == "    with: [mother, father]" })
    func check(_ values: [String], _ key: String) -> [Diagnostic] {
      var changed = lines
      changed[at] = Substring("    \(key): [\(values.joined(separator: ", "))]")
      return diagnostics(changed.joined(separator: "\n"), name: name, onLine: at + 1)
    }
    let participants = Schemas.participant.values.map(\.value)
    let methods = Schemas.method.values.map(\.value)
    // The lookup by length assumes lowercase ASCII words (`VocabularyRule.BuiltIn`).
    let lists: [EnumSpec] = [
      Schemas.domain, Schemas.goalParty, Schemas.rater, Schemas.participant, Schemas.method,
    ]
    for list in lists {
      for value in list.values {
        let word = value.value.utf8.allSatisfy { c in
          (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D
        }
        #expect(word, "\(value.value)")
      }
    }
    #expect(check(participants, "with").map(\.code) == [])
    #expect(check(methods, "methods").map(\.code) == [])
    for (key, values) in [("with", participants), ("methods", methods)] {
      var strangers: Set<String> = ["k\u{212A}", "\u{212A}", "x"]
      for v in values {
        strangers.formUnion([
          v + "s", String(v.dropLast()), v.uppercased(),
          v.replacingOccurrences(of: "-", with: "_"), v.replacingOccurrences(of: "e", with: "é"),
          v.replacingOccurrences(of: "e", with: "e\u{301}"),
        ])
      }
      for stranger in strangers.subtracting(values).sorted() {
        #expect(!check([stranger], key).isEmpty, "\(key): \(stranger.debugDescription) passed")
      }
    }
  }

  // MARK: Goals

  /// Repeated goal ids and references to undeclared goals, with few goals (searched in a list,
  /// up to 16) and many (a dictionary): the first occurrence is the one named, and each unknown reference
  /// is reported.
  @Test func goalIdsAreCheckedAlikeInShortAndLongLists() throws {
    let (name, text) = try Self.sample()
    let head = try #require(text.range(of: "goals:\n"))
    let tail = try #require(text.range(of: "\nsessions:\n"))
    let references = text.components(separatedBy: "    goals: [g1, g2]\n").count - 1
    #expect(references > 0)
    for count in [5, 16, 17, 40] {
      // g0 … g(count-2), then g0 again (the file refers to g1 … g3).
      var goals = "goals:\n"
      for k in 0..<count {
        goals += "  - id: g\(k % (count - 1))\n    text: Doel \(k).\n\n"
      }
      let changed =
        String(text[..<head.lowerBound]) + goals
        + String(text[tail.lowerBound...])
        .replacingOccurrences(
          of: "    goals: [g1, g2]\n", with: "    goals: [g1, x, g2, g\(count)]\n")
      let all = diagnostics(changed, name: name)
      let firstLine =
        changed.components(separatedBy: "\n").firstIndex(of: "  - id: g0").map { $0 + 1 }
      let duplicates = all.filter { $0.code == "duplicate-goal" }
      #expect(duplicates.count == 1, "\(count) goals")
      #expect(
        duplicates.first?.message.contains("first on line \(firstLine ?? 0))") == true,
        "\(count) goals: \(duplicates.map(\.message))")
      let unknown = all.filter { $0.code == "unknown-goal" }
      #expect(unknown.count == 2 * references, "\(count) goals: \(unknown.map(\.message))")
    }
  }

  // MARK: Control characters

  /// The control-character rule is skipped for files the fast path decodes: the scanner refuses
  /// every control character (written as itself or as an escape) but a block text's line
  /// breaks, so such a file goes the full way, where the rules and the YAML layer report it,
  /// with the same result on both entries.
  @Test func controlCharactersNeverTakeTheFastPath() throws {
    let file = try #require(
      Fixtures.yamlFiles(under: ["Tests/Fixtures/generated/trajectories"]).first)
    let text = String(decoding: file.bytes, as: UTF8.self)
    let line = try #require(text.split(separator: "\n").first { $0.contains("    note: ") })
    #expect(FastDecoder.trajectory(file.bytes) != nil)
    var controls: [String] = (0..<0x20).filter { $0 != 0x0A }.map {
      String(UnicodeScalar(UInt8($0)))
    }
    controls += ["\u{7F}", "\u{80}", "\u{85}", "\u{9F}"]
    var escapes = ["\\e", "\\t", "\\0", "\\x07", "\\u001B", "\\x85", "\\N", "\\u009B"]
    escapes += controls.map { c in String(format: "\\x%02X", c.unicodeScalars.first!.value) }
    var variants: [String] = []
    for c in controls {
      variants.append(line.replacingOccurrences(of: "note: ", with: "note: a\(c)b "))
    }
    for e in escapes {
      variants.append("    note: \"a\(e)b\"")
    }
    for variant in variants {
      let changed = Array(text.replacingOccurrences(of: String(line), with: variant).utf8)
      #expect(FastDecoder.trajectory(changed) == nil, "\(variant.debugDescription)")
      let name = String(file.path.split(separator: "/").last!.dropLast(5))
      let full = Validator.validateTrajectory(
        YAMLDocument(bytes: changed), fileName: name, config: nil, today: nil)
      let quick = Validator.validateTrajectory(
        bytes: changed, fileName: name, config: nil, today: nil)
      #expect(quick.1 == full.1, "\(variant.debugDescription)")
      #expect(!full.1.isEmpty, "\(variant.debugDescription)")
    }
  }

  // MARK: Privacy

  /// The word-at-a-time test for a digit or `@` answers as the byte-by-byte one, on every
  /// byte value at every place of texts of every length up to 24, and on random texts.
  @Test func digitOrAtScanMatchesTheByteLoop() {
    func plain(_ u: [UInt8]) -> Bool { u.contains { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x40 } }
    func fast(_ u: [UInt8]) -> Bool { u.withUnsafeBufferPointer(IdentifierLint.hasDigitOrAt) }
    for length in 0...24 {
      for place in 0..<max(length, 1) {
        for byte in 0...255 {
          var u = [UInt8](repeating: 0x61, count: length)
          if length > 0 { u[place] = UInt8(byte) }
          #expect(fast(u) == plain(u), "\(length) \(place) \(byte)")
        }
      }
    }
    var rng = SeededGenerator(seed: 31)
    for _ in 0..<20_000 {
      let u = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
        [
          UInt8(0x2F), 0x30, 0x39, 0x3A, 0x3F, 0x40, 0x41, 0xC0, 0xB0, 0xB9, 0xBA, 0x20, 0x61, 0x61,
          0x61, 0x61,
        ].randomElement(
          using: &rng)!
      }
      #expect(fast(u) == plain(u), "\(u)")
    }
  }

  /// The full-name check as it was written (words split as characters): the reference for
  /// `IdentifierLint.looksLikeFullName`, which reads an ASCII label as bytes.
  static func referenceFullName(_ label: String) -> Bool {
    let words = label.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard words.count >= 2, let last = words.last, !last.contains(".") else { return false }
    return last.filter(\.isLetter).count > 2
  }

  @Test func fullNameCheckMatchesThePlainForm() {
    var labels = [
      "", " ", "\t", "Sam", "Sam B.", "Sam Bo", "Sam Bos", "Timothy Jansen", "Noor El",
      " Sam  Bos ", "Sam\tBos", "Sam Bos\t", "Sam B0s", "Sam Bo5s", "Sam Bos.", "Sam .Bos",
      "Zoë Jansen", "Sam Zoë", "Sam \u{301}Bos", "Sam\r\nBos", "A B C", "a-b cd-e", "x y1z2w",
      "Sam Bos\r\n", "1 2345",
    ]
    var rng = SeededGenerator(seed: 3131)
    let pieces = ["a", "B", " ", "\t", ".", "1", "é", "-", "\r\n", "xy"]
    for _ in 0..<5_000 {
      labels.append(
        (0..<Int.random(in: 0...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
          .joined())
    }
    for label in labels {
      #expect(
        IdentifierLint.looksLikeFullName(label) == Self.referenceFullName(label),
        "\(label.debugDescription)")
    }
  }

  /// The kinds fit the bit mask the fidelity rule keeps the kinds held in.
  @Test func sessionKindsFitOneWord() {
    #expect(SessionKind.allCases.count <= 64)
    #expect(SessionKind.allCases.allSatisfy { $0.ordinal < 64 })
    #expect(Set(SessionKind.allCases.map(\.ordinal)).count == SessionKind.allCases.count)
  }
}
