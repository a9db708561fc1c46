import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// The unit beside each figure of the period's long table (CSV, JSON `data`): a script or a
/// spreadsheet reads it to know what the number is. The tables of meetings and groups and of
/// work without a child file hold minutes, hours and a rate, not only counts (the
/// programme-fit audit: Tijd voor Toekomst's attendance rate of 88 went out as a count).
@Suite struct PeriodUnitTests {
  final class Copy: CommandWorkspace {}

  /// The unit code of every row of `table` in the period report's JSON `data`, by indicator.
  static func units(_ example: String, table: String) throws -> [String: Set<String>] {
    let copy = try Copy(example)
    let (status, out, err) = copy.run([
      "report", "--period", "2026", "--format", "json", "--lang", "en",
    ])
    #expect(status == .success, "\(err)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let data = try #require(json["data"] as? [String: Any])
    let rows = try #require(data["rows"] as? [[String: Any]])
    var units: [String: Set<String>] = [:]
    for row in rows {
      guard (row["table"] as? [String: Any])?["code"] as? String == table,
        let indicator = (row["indicator"] as? [String: Any])?["code"] as? String,
        let unit = (row["unit"] as? [String: Any])?["code"] as? String
      else { continue }
      units[indicator, default: []].insert(unit)
    }
    return units
  }

  @Test func meetingsAndGroupsGiveMinutesAndARate() throws {
    let units = try Self.units("tijd-voor-toekomst", table: "activities")
    #expect(units["attendance_rate"] == ["percent"])
    for minutes in ["meeting_minutes", "group_minutes", "activity_minutes"] {
      #expect(units[minutes] == ["minutes"], "\(minutes)")
    }
    for count in ["meetings", "groups", "group_meetings", "group_participants"] {
      #expect(units[count] == ["count"], "\(count)")
    }
  }

  @Test func workWithoutAChildFileGivesMinutesAndHours() throws {
    let units = try Self.units("sociaal-werker-school", table: "light_work")
    for minutes in ["theme_meeting_minutes", "teacher_support_minutes", "light_contact_minutes"] {
      #expect(units[minutes] == ["minutes"], "\(minutes)")
    }
    #expect(units["teacher_support_hours"] == ["hours"])
    for count in ["theme_meetings", "theme_attendance", "light_contacts", "parents_reached"] {
      #expect(units[count] == ["count"], "\(count)")
    }
    #expect(units["asked_by:parent"] == ["count"])
  }
}
