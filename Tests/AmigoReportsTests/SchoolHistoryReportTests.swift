import AmigoReports
import AmigoSchema
import Foundation
import Testing

/// Issue 19, school changes with a date: every report attributes a contact to the school of its
/// date (`Trajectory.school(on:)`), and a child who changed school counts once in the total.
@Suite struct SchoolHistoryReportTests {
  var config: Config {
    var c = Config()
    c.programmes = [Programme.amigosOpSchool]
    var a = School(id: "a")
    a.name = "School A"
    a.municipality = "Aadorp"
    a.agreedHours = 4
    var b = School(id: "b")
    b.name = "School B"
    b.municipality = "Beek"
    b.agreedHours = 2
    c.schools = [a, b]
    c.workers = [Worker(id: "w")]
    c.smallNumbers = 5
    return c
  }

  static func session(_ date: String, minutes: Int = 30) -> Session {
    var s = Session()
    s.date = LocalDate(date)
    s.kind = .childTalk
    s.minutes = minutes
    return s
  }

  /// A running trajectory at `school` with a child talk on each of `dates`.
  static func child(_ id: String, at school: String, talks dates: [String]) -> Trajectory {
    var t = Trajectory()
    t.id = id
    t.child.label = "Kind \(id)"
    t.programme = "amigos-op-school"
    t.school = school
    t.worker = "w"
    t.status = .active
    var r = Referral()
    r.date = LocalDate("2026-09-07")
    t.referral = r
    t.plan.start = LocalDate("2026-09-14")
    t.sessions = dates.map { session($0) }
    return t
  }

  /// A child at `a` until 2026-11-09, then at `b`, with a talk at each (60 and 90 minutes).
  static var mover: Trajectory {
    var t = child("M", at: "b", talks: [])
    t.sessions = [session("2026-10-05", minutes: 60), session("2026-11-16", minutes: 90)]
    t.schools = [
      SchoolChange(school: "a", from: LocalDate("2026-09-07")!),
      SchoolChange(school: "b", from: LocalDate("2026-11-09")!),
    ]
    return t
  }

  /// Six children at a, five at b, and the mover: twelve in all.
  static var workspace: [Trajectory] {
    (1...6).map { child("A\($0)", at: "a", talks: ["2026-10-06"]) }
      + (1...5).map { child("B\($0)", at: "b", talks: ["2026-10-06"]) } + [mover]
  }

  static let period = DateRange(
    from: LocalDate("2026-08-01")!, to: LocalDate("2027-07-31")!, name: "2026/2027")
  static let today = LocalDate("2026-11-30")!

  func period(_ ts: [Trajectory]) -> ReportDocument {
    PeriodReport(trajectories: ts, config: config, period: Self.period, today: Self.today)
      .document(.en)
  }

  func table(_ doc: ReportDocument, _ id: String) -> Table? {
    for section in doc.sections {
      for block in section.blocks {
        if case .table(let t) = block, t.id == id { return t }
      }
    }
    return nil
  }

  /// The cells of `row` in the per-school table: all schools, a, b.
  func schools(_ doc: ReportDocument, _ row: String) -> [Cell] {
    let section = doc.sections.first { $0.id == "schools" }
    let t = section?.blocks.lazy.compactMap { block -> Table? in
      if case .table(let t) = block { return t }
      return nil
    }.first
    return Array(
      (t?.rows.first {
        if case .code(row, _) = $0[0] { return true }
        return false
      } ?? []).dropFirst())
  }

  @Test func theModelGivesTheSchoolOfADate() {
    let t = Self.mover
    #expect(t.school(on: LocalDate("2026-09-01")!) == "a")  // before the first entry
    #expect(t.school(on: LocalDate("2026-11-08")!) == "a")
    #expect(t.school(on: LocalDate("2026-11-09")!) == "b")
    #expect(t.school(on: LocalDate("2027-03-01")!) == "b")
    #expect(Self.child("X", at: "a", talks: []).school(on: LocalDate("2026-11-09")!) == "a")
    #expect(t.schools(from: LocalDate("2026-08-01"), through: LocalDate("2026-10-31")) == ["a"])
    #expect(t.schools(from: LocalDate("2026-11-10"), through: LocalDate("2026-12-31")) == ["b"])
    #expect(
      t.schools(from: LocalDate("2026-08-01"), through: LocalDate("2026-12-31")) == ["a", "b"])
    #expect(t.schoolMoves.map { "\($0.from)>\($0.to) \($0.date)" } == ["a>b 2026-11-09"])
  }

  @Test func aMoverCountsAtBothSchoolsAndOnceInTheTotal() throws {
    let doc = period(Self.workspace)
    let reached = schools(doc, "reached")
    #expect(reached == [.int(12), .int(7), .int(6)], "\(reached)")
    // Started and running are dated: the start at a, running at b on the period's end.
    #expect(schools(doc, "new") == [.int(12), .int(7), .int(5)])
    #expect(schools(doc, "running") == [.int(12), .int(6), .int(6)])
    // The notes say that the schools need not add up.
    let notes = doc.sections.first { $0.id == "notes" }
    #expect("\(String(describing: notes))".contains("changed school"))
    // Without the move the mover is counted at b only, and no note.
    var still = Self.workspace
    still[11].schools = []
    let before = period(still)
    #expect(schools(before, "reached") == [.int(12), .int(6), .int(6)])
    #expect(
      !"\(String(describing: before.sections.first { $0.id == "notes" }))".contains(
        "changed school"))
  }

  @Test func aMoverAfterThePeriodCountsAtItsOldSchool() {
    let autumn = DateRange(
      from: LocalDate("2026-09-01")!, to: LocalDate("2026-10-31")!, name: "autumn")
    let doc = PeriodReport(
      trajectories: Self.workspace, config: config, period: autumn, today: Self.today
    ).document(.en)
    #expect(schools(doc, "reached") == [.int(12), .int(7), .int(5)])
  }

  @Test func contactHoursCountAtTheSchoolOfTheirDate() throws {
    let doc = period(Self.workspace)
    let hours = try #require(table(doc, "school_hours"))
    // a: six children × 30 minutes + the mover's 60 = 240 minutes; b: five × 30 + 90 = 240.
    #expect(hours.rows.map { $0[2] } == [.number(4, decimals: 1), .number(4, decimals: 1)])
  }

  /// A sum of the schools that happens to equal the total (a mover, and a child at a school
  /// not in amigo.yaml) is no sum a reader knows: the small count at b stays `<5`, nothing is
  /// withheld through it.
  @Test func aBreakdownWithMoversIsNotASum() {
    var ts = (1...7).map { Self.child("A\($0)", at: "a", talks: ["2026-10-06"]) }
    ts += (1...3).map { Self.child("B\($0)", at: "b", talks: ["2026-10-06"]) }
    ts.append(Self.child("X", at: "elsewhere", talks: ["2026-10-06"]))
    ts.append(Self.mover)
    // 12 reached; a: 7 + the mover = 8; b: 3 + the mover = 4: 8 + 4 = 12.
    let reached = schools(period(ts), "reached")
    #expect(reached.count == 3)
    #expect(reached[0] == .int(12))
    #expect(reached[1] == .int(8))
    if case .hidden(let h) = reached[2] {
      #expect(h.reason == .smallCount, "\(h)")
    } else {
      Issue.record("b's 4 should be hidden as small, is \(reached[2])")
    }
  }

  @Test func theWeekReportShowsTheSchoolOfTheWeek() {
    func school(_ week: Int) -> String? {
      WeeklyReport(
        trajectories: [Self.mover], config: config, week: ISOWeek(year: 2026, week: week),
        today: Self.today
      ).workers.first?.rows.first?.schoolID
    }
    #expect(school(41) == "a")
    #expect(school(46) == "b")
  }

  @Test func theResearchExportListsEverySchool() {
    let export = ResearchExport(
      trajectories: [Self.mover, Self.child("A1", at: "a", talks: [])], config: config,
      period: nil, salt: Array("salt".utf8), stable: true)
    let column = ResearchExport.trajectoryColumns.firstIndex(of: "school")!
    #expect(export.row(Self.mover)[column] == .text("a;b"))
    #expect(export.row(Self.child("A1", at: "a", talks: []))[column] == .text("a"))
  }
}
