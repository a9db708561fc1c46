import AmigoSchema
import AmigoStore
import Testing

@testable import AmigoCLI

/// The week report checks, and counts, only the activity files it can count: an occasion in
/// the week, or a child it shows. A broken meeting of years ago about children it does not
/// show is not its business (`validate` names it).
@Suite struct WeekRelevanceTests {
  let week = LocalDate("2026-11-18")!.isoWeek  // Monday 2026-11-16 to Sunday 2026-11-22

  func meeting(_ date: String, _ children: [String]) -> Activity {
    var a = Activity()
    a.type = .meeting
    a.date = LocalDate(date)
    a.minutes = 60
    a.children = children
    return a
  }

  @Test func anOccasionInTheWeekOrAChildShownCounts() {
    let relevance = ReportCommand.weekRelevance(week, shown: ["T-OPEN"])
    // What counts, and what the activity file index lets the report leave unread: never a
    // file that counts, and every one that does not (its facts decide alone here).
    func relevant(_ a: Activity, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
      let counts = relevance.counts(a)
      let passedOver = relevance.passOver(ActivityFileIndex.Facts(a))
      #expect(counts != passedOver, sourceLocation: sourceLocation)
      return counts
    }
    // In the week, on its first and last day, naming nobody shown.
    #expect(relevant(meeting("2026-11-16", ["T-OLD"])))
    #expect(relevant(meeting("2026-11-22", ["T-OLD"])))
    // Outside the week: only when it names a child the report shows (its last contact).
    #expect(!relevant(meeting("2026-11-15", ["T-OLD"])))
    #expect(!relevant(meeting("2026-11-23", ["T-OLD"])))
    #expect(relevant(meeting("2023-03-01", ["T-OLD", "T-OPEN"])))
    // A group: any of its meetings in the week; a participant shown.
    var group = Activity()
    group.type = .group
    group.participants = ["T-OLD"]
    var m = GroupMeeting()
    m.date = LocalDate("2025-01-10")
    group.meetings = [m]
    #expect(!relevant(group))
    m.date = LocalDate("2026-11-19")
    group.meetings.append(m)
    #expect(relevant(group))
    group.meetings = [group.meetings[0]]
    group.participants = ["T-OPEN"]
    #expect(relevant(group))
    // Light contacts tallied in the week (no child named).
    var tally = Activity()
    tally.type = .lightContacts
    var c = LightContact()
    c.date = LocalDate("2026-11-20")
    tally.contacts = [c]
    #expect(relevant(tally))
    tally.contacts[0].date = LocalDate("2026-10-20")
    #expect(!relevant(tally))
  }

  /// A group whose meetings lie before and after the week but none in it does not count; its
  /// facts (first and last date) cannot tell, so the index has it read: never the other way.
  @Test func aFileIsPassedOverOnlyWhenItCannotCount() {
    let relevance = ReportCommand.weekRelevance(week, shown: ["T-OPEN"])
    var group = Activity()
    group.type = .group
    group.participants = ["T-OLD"]
    for date in ["2026-11-09", "2026-11-30"] {
      var m = GroupMeeting()
      m.date = LocalDate(date)
      group.meetings.append(m)
    }
    #expect(!relevance.counts(group))
    #expect(!relevance.passOver(ActivityFileIndex.Facts(group)))
    // No occasion at all and nobody shown: passed over.
    var empty = Activity()
    empty.type = .meeting
    empty.children = ["T-OLD"]
    #expect(!relevance.counts(empty))
    #expect(relevance.passOver(ActivityFileIndex.Facts(empty)))
  }
}
