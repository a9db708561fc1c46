import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

/// `warnings: false` (reports, `list`, the index's entries) drops warnings, never an error: the
/// rules it skips and the free text it leaves undecoded must not change which errors a file
/// has. Checked on every fixture and example file, with the generated config as it is, with
/// strict privacy (the privacy lint's findings are errors then) and with programmes that do not
/// record the free-text fields (the not-recorded check reads them), on both paths and for every
/// detail a caller keeps.
@Suite struct WarningsOffTests {
  static let base: Config? = {
    guard let data = Fixtures.data("generated/amigo.yaml") else { return nil }
    return Validator.validateConfig(YAMLDocument(bytes: [UInt8](data))).0
  }()
  static let today = LocalDate("2026-11-19")

  static let corpus: [(path: String, bytes: [UInt8])] = Fixtures.yamlFiles().filter {
    !$0.bytes.starts(with: Array("schema: amigo.config/".utf8))
      && !$0.bytes.starts(with: Array("schema: amigo.activity/".utf8))
  }

  /// The configs to check under: as generated, strict, and leaving out every free-text field
  /// the not-recorded check knows.
  static var configs: [(String, Config?)] {
    guard let base else { return [("none", nil)] }
    var strict = base
    strict.strictPrivacy = true
    var sparing = base
    for i in sparing.programmes.indices {
      sparing.programmes[i].notRecorded = ["referral.request", "closure.summary"]
    }
    return [("none", nil), ("generated", base), ("strict", strict), ("not-recorded", sparing)]
  }

  static func errors(_ d: [Diagnostic]) -> [String] {
    d.filter { $0.severity == .error }.map { "\($0.code) \($0.range.map(\.description) ?? "")" }
  }

  static func capped(_ d: [Diagnostic]) -> Bool {
    d.contains { $0.code == SchemaDiagnostics.tooManyProblemsCode }
  }

  @Test func skippingWarningsKeepsEveryError() throws {
    #expect(Self.corpus.count > 50)
    for (name, config) in Self.configs {
      for file in Self.corpus {
        let fileName = String(file.path.split(separator: "/").last!.dropLast(5))
        for keep in [TrajectoryDetail.everything, .facts, .nothing] {
          let (_, all, _) = Validator.validateTrajectory(
            bytes: file.bytes, fileName: fileName, config: config, today: Self.today,
            warnings: true, keep: keep)
          let (_, some, _) = Validator.validateTrajectory(
            bytes: file.bytes, fileName: fileName, config: config, today: Self.today,
            warnings: false, keep: keep)
          // A file with more problems than are shown (`Diagnostic.maximumPerFile`) keeps the
          // first ones: without the warnings, errors further on are among them.
          if Self.capped(all) { continue }
          #expect(
            Self.errors(some) == Self.errors(all), "\(file.path), config \(name), keep \(keep)")
        }
        let document = YAMLDocument(bytes: file.bytes)
        let (_, all) = Validator.validateTrajectory(
          document, fileName: fileName, config: config, today: Self.today, warnings: true)
        let (_, some) = Validator.validateTrajectory(
          document, fileName: fileName, config: config, today: Self.today, warnings: false)
        if Self.capped(all) { continue }
        #expect(Self.errors(some) == Self.errors(all), "\(file.path), config \(name), parsed")
      }
    }
  }

  /// The two errors `warnings: false` used to lose (a generated file, which takes the fast
  /// path, with an e-mail address in its request): under strict privacy, and when the
  /// programme does not record the request.
  @Test func theErrorsOnceLost() throws {
    var config = try #require(Self.base)
    let file = try #require(
      Fixtures.yamlFiles(under: ["Tests/Fixtures/generated/trajectories"]).first)
    let text = String(decoding: file.bytes, as: UTF8.self)
    let request = try #require(text.range(of: "  request: "))
    let edited = text.replacingCharacters(
      in: request, with: "  request: Mail sam@example.org over het plan. ")
    let bytes = Array(edited.utf8)
    #expect(FastDecoder.trajectory(bytes) != nil)
    let fileName = String(file.path.split(separator: "/").last!.dropLast(5))
    func codes(_ keep: TrajectoryDetail) -> [String] {
      Validator.validateTrajectory(
        bytes: bytes, fileName: fileName, config: config, today: Self.today, warnings: false,
        keep: keep
      ).1.filter { $0.severity == .error }.map(\.code)
    }
    #expect(codes(.facts) == [])
    config.strictPrivacy = true
    #expect(codes(.facts) == ["possible-email"])
    #expect(codes(.nothing) == ["possible-email"])
    config.strictPrivacy = false
    for i in config.programmes.indices { config.programmes[i].notRecorded = ["referral.request"] }
    #expect(codes(.facts) == ["field-not-recorded"])
    #expect(codes(.nothing) == ["field-not-recorded"])
  }
}
