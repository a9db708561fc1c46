import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// A light contact counts for the programme and school it was for: in a workspace with more
/// than one of either, each has a tally of its own per worker and month (QA: the second
/// programme's contacts landed in the first one's tally).
@Suite struct LightContactOwnerTests {
  static func run(_ dir: URL, _ args: [String]) -> (AmigoCLI.ExitStatus, String) {
    let env = Environment(currentDirectory: dir.path, today: LocalDate("2026-11-19")!)
    let status = Amigo.run(args, environment: env)
    return (status, env.stdout.text + env.stderr.text)
  }

  static func contact(_ who: String, _ programme: String, _ school: String) -> [String] {
    [
      "contact", "--light", "--who", who, "--theme", "parenting", "--minutes", "15",
      "--programme", programme, "--school", school, "--worker", "sk",
    ]
  }

  static func tally(_ dir: URL, _ name: String) -> Activity? {
    let url = dir.appendingPathComponent("activities/\(name).yaml")
    guard let data = try? Data(contentsOf: url) else { return nil }
    return SchemaDecoder.activity(bytes: [UInt8](data))
  }

  @Test func eachProgrammeAndSchoolHasATallyOfItsOwn() throws {
    let copy = try ExampleWorkspaceCopy("caseload")
    let dir = copy.work
    let first = Self.run(dir, Self.contact("parent", "amigos-op-school", "de-zeester"))
    #expect(first.0 == .success, "\(first.1)")
    let second = Self.run(dir, Self.contact("teacher", "kansencoach", "het-havenlicht"))
    #expect(second.0 == .success, "\(second.1)")
    #expect(second.1.contains("L-2026-11-sk-kansencoach-het-havenlicht.yaml"), "\(second.1)")
    let aos = try #require(Self.tally(dir, "L-2026-11-sk-amigos-op-school-de-zeester"))
    #expect(aos.id == "L-2026-11-sk-amigos-op-school-de-zeester")
    #expect(aos.programme == "amigos-op-school" && aos.school == "de-zeester")
    #expect(aos.contacts.map(\.who) == ["parent"])
    let kc = try #require(Self.tally(dir, "L-2026-11-sk-kansencoach-het-havenlicht"))
    #expect(kc.programme == "kansencoach" && kc.school == "het-havenlicht")
    #expect(kc.contacts.map(\.who) == ["teacher"])
    // A third contact for the first programme joins its tally.
    #expect(Self.run(dir, Self.contact("child", "amigos-op-school", "de-zeester")).0 == .success)
    #expect(
      Self.tally(dir, "L-2026-11-sk-amigos-op-school-de-zeester")?.contacts.map(\.who)
        == ["parent", "child"])
    let check = Self.run(dir, ["validate"])
    #expect(check.0 == .success, "\(check.1)")
  }

  @Test func aTallyUnderTheEarlierNameKeepsItsOwnProgrammeOnly() throws {
    let copy = try ExampleWorkspaceCopy("caseload")
    let dir = copy.work
    let activities = dir.appendingPathComponent("activities")
    try FileManager.default.createDirectory(at: activities, withIntermediateDirectories: true)
    try """
    schema: amigo.activity/1
    id: L-2026-11-sk
    type: light-contacts
    programme: amigos-op-school
    school: de-zeester
    workers: [sk]
    contacts:
      - {date: 2026-11-02, who: parent, theme: parenting, minutes: 10}

    """.write(
      to: activities.appendingPathComponent("L-2026-11-sk.yaml"), atomically: true,
      encoding: .utf8)
    #expect(Self.run(dir, Self.contact("child", "amigos-op-school", "de-zeester")).0 == .success)
    #expect(Self.tally(dir, "L-2026-11-sk")?.contacts.map(\.who) == ["parent", "child"])
    #expect(Self.tally(dir, "L-2026-11-sk-amigos-op-school-de-zeester") == nil)
    #expect(Self.run(dir, Self.contact("teacher", "kansencoach", "de-zeester")).0 == .success)
    #expect(Self.tally(dir, "L-2026-11-sk")?.contacts.count == 2)
    #expect(
      Self.tally(dir, "L-2026-11-sk-kansencoach-de-zeester")?.contacts.map(\.who) == ["teacher"])
  }

  @Test func aTallyOfAnotherProgrammeUnderItsNameIsRefused() throws {
    let copy = try ExampleWorkspaceCopy("caseload")
    let dir = copy.work
    #expect(Self.run(dir, Self.contact("parent", "kansencoach", "de-zeester")).0 == .success)
    let url = dir.appendingPathComponent("activities/L-2026-11-sk-kansencoach-de-zeester.yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(of: "school: de-zeester", with: "school: het-havenlicht")
      .write(to: url, atomically: true, encoding: .utf8)
    let r = Self.run(dir, Self.contact("child", "kansencoach", "de-zeester"))
    #expect(r.0 == .dataError, "\(r.1)")
    #expect(r.1.contains("kansencoach"), "\(r.1)")
    #expect(Self.tally(dir, "L-2026-11-sk-kansencoach-de-zeester")?.contacts.count == 1)
  }
}
