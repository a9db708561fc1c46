import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 19: the period report shows contact hours per school and per worker beside the hours
/// agreed in `amigo.yaml` (`Examples/kansencoach`: two hours a week at each of two schools, one
/// coach), hidden from fewer children than the small-numbers threshold.
@Suite struct PeriodHoursTests {
  typealias Workspace = DoseKindTests.Workspace

  static func run(_ w: Workspace, _ format: String) -> String {
    let (s, out, err) = w.run(
      ["report", "--period", "2026-08-01..2026-12-31", "--lang", "en", "--format", format])
    #expect(s == .success, "\(err)")
    return out
  }

  @Test func contactHoursStandBesideTheAgreedHours() throws {
    let w = try Workspace("kansencoach")
    // Few children per school: the hours are hidden, the agreed hours shown.
    let hidden = Self.run(w, "text")
    #expect(hidden.contains("Contact hours and agreed hours"), "\(hidden)")
    let schoolRow = try #require(
      hidden.split(separator: "\n").first {
        $0.contains("OBS De Brink") && $0.contains("Veldhoven-Oost")
      })
    #expect(schoolRow.contains("n<5") && schoolRow.hasSuffix("2"), "\(schoolRow)")

    // With a threshold of 2 they show; the coach's hours are the two schools' together.
    try w.edit("amigo.yaml") {
      $0.replacingOccurrences(of: "small_numbers: 5", with: "small_numbers: 2")
    }
    let csv = Self.run(w, "csv")
    func hours(_ table: String, _ group: String, _ indicator: String) -> Double? {
      let row = csv.split(whereSeparator: \.isNewline).first {
        $0.contains(",\(table),") && $0.contains(",\(group),") && $0.contains(",\(indicator),")
      }
      guard let row else { return nil }
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      let i = fields.firstIndex { $0 == indicator }!
      return Double(fields[i + 2])
    }
    let brink = try #require(hours("school_hours", "obs-de-brink", "contact_hours"), "\(csv)")
    let anker = try #require(hours("school_hours", "cbs-het-anker", "contact_hours"), "\(csv)")
    let coach = try #require(hours("worker_hours", "lw", "contact_hours"), "\(csv)")
    #expect(brink > 0 && anker > 0)
    #expect(abs(coach - (brink + anker)) <= 0.15, "\(coach) vs \(brink) + \(anker)")
    #expect(hours("school_hours", "obs-de-brink", "agreed_hours_per_week") == 2)
    #expect(hours("worker_hours", "lw", "hours_per_week") == 4)
    // Beside, never as a share.
    let text = Self.run(w, "text")
    let section = try #require(text.components(separatedBy: "Contact hours and agreed hours").last)
    #expect(!section.contains("%"), "\(section)")
  }

  @Test func municipalityHoursAreItsSchoolsTogether() throws {
    // Both schools of Examples/kansencoach are in Veldhoven-Oost: its agreed hours are their
    // sum, its contact hours theirs, hidden from fewer children than the threshold.
    let w = try Workspace("kansencoach")
    let hidden = Self.run(w, "text")
    let row = try #require(
      hidden.split(separator: "\n").first {
        $0.hasPrefix("  Veldhoven-Oost") && !$0.contains("OBS")
      }, "\(hidden)")
    #expect(row.contains("n<5") && row.hasSuffix("4"), "\(row)")
    try w.edit("amigo.yaml") {
      $0.replacingOccurrences(of: "small_numbers: 5", with: "small_numbers: 2")
    }
    let csv = Self.run(w, "csv")
    func hours(_ table: String, _ group: String) -> Double? {
      let row = csv.split(whereSeparator: \.isNewline).first {
        $0.contains(",\(table),") && $0.contains(",\(group),") && $0.contains(",contact_hours,")
      }
      guard let row else { return nil }
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      let i = fields.firstIndex { $0 == "contact_hours" }!
      return Double(fields[i + 2])
    }
    let brink = try #require(hours("school_hours", "obs-de-brink"), "\(csv)")
    let anker = try #require(hours("school_hours", "cbs-het-anker"), "\(csv)")
    let town = try #require(hours("municipality_hours", "Veldhoven-Oost"), "\(csv)")
    #expect(abs(town - (brink + anker)) <= 0.15, "\(town) vs \(brink) + \(anker)")
  }

  @Test func noHoursSectionWithoutHoursOrContacts() throws {
    // Examples/caseload declares no hours; in 2020 nobody had a contact.
    let w = try Workspace("caseload")
    let (s, out, err) = w.run(["report", "--period", "2020-01-01..2020-12-31", "--lang", "en"])
    #expect(s == .success, "\(err)")
    #expect(!out.contains("Contact hours"), "\(out)")
  }
}
