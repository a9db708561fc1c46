import AmigoReports
import AmigoSchema
import Testing

@Suite struct SHA256Tests {
  /// FIPS 180-4 / NIST CAVP examples.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
    (
      "The quick brown fox jumps over the lazy dog",
      "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
    ),
  ])
  func vectors(_ message: String, _ digest: String) {
    #expect(hexString(SHA256.hash(Array(message.utf8))) == digest)
  }

  @Test func aMillionAs() {
    var h = SHA256()
    let chunk = [UInt8](repeating: 0x61, count: 1000)
    for _ in 0..<1000 { h.update(chunk) }
    #expect(
      hexString(h.finalize())
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Messages of every length around the padding boundaries agree with hashing in pieces.
  @Test func lengthsAroundTheBlockBoundary() {
    for n in 50...130 {
      let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 7) }
      var pieces = SHA256()
      pieces.update(bytes.prefix(n / 3))
      pieces.update(bytes.dropFirst(n / 3))
      #expect(pieces.finalize() == SHA256.hash(bytes), "length \(n)")
    }
    // 55, 56 and 64 bytes: the padding needs one or two blocks.
    #expect(
      hexString(SHA256.hash([UInt8](repeating: 0x61, count: 56)))
        == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
  }

  /// RFC 4231 test cases 1, 2, 3, 4, 6 and 7.
  @Test func hmacVectors() {
    func hex(_ s: String) -> [UInt8] {
      var out: [UInt8] = []
      var i = s.startIndex
      while i < s.endIndex {
        let j = s.index(i, offsetBy: 2)
        out.append(UInt8(s[i..<j], radix: 16)!)
        i = j
      }
      return out
    }
    let cases: [([UInt8], [UInt8], String)] = [
      (
        [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
      ),
      (
        Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
      ),
      (
        [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
      ),
      (
        hex("0102030405060708090a0b0c0d0e0f10111213141516171819"),
        [UInt8](repeating: 0xcd, count: 50),
        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
      ),
      (
        [UInt8](repeating: 0xaa, count: 131),
        Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
      ),
      (
        [UInt8](repeating: 0xaa, count: 131),
        Array(
          "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."
            .utf8),
        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
      ),
    ]
    for (key, message, expected) in cases {
      #expect(hexString(HMACSHA256.authenticationCode(key: key, message: message)) == expected)
    }
  }
}

/// A closed trajectory with every kind of free text, to check none of it is exported.
func exportTrajectory() -> Trajectory {
  var t = Trajectory()
  t.id = "AOS-2026-K7Q4"
  t.programme = "amigos-op-school"
  t.school = "de-zeester"
  t.worker = "mvd"
  t.status = .closed
  t.child.label = "Sam B."
  t.child.born = YearMonth("2016-05")
  t.child.gender = "boy"
  t.child.group = 5
  var r = Referral()
  r.date = LocalDate("2026-01-12")
  r.by = "teacher"
  r.concerns = ["concentration", "self-confidence"]
  r.request = "Sam raakt snel afgeleid"
  t.referral = r
  var c = Consent()
  c.date = LocalDate("2026-01-20")
  c.givenBy = ["parents"]
  c.scope = ["support", "research"]
  t.consent = [c]
  t.plan.start = LocalDate("2026-01-26")
  t.plan.weeks = 14
  var g = Goal()
  g.id = "sam-stilzitten"
  g.domain = "concentration"
  g.text = "Ik werk een kwartier zonder op te staan"
  g.target = 7
  g.result = .achieved
  for (date, value, rater) in [("2026-01-27", 3.0, Party.child), ("2026-03-09", 5.5, .teacher)] {
    var rating = Rating()
    rating.date = LocalDate(date)
    rating.value = value
    rating.rater = rater.rawValue
    g.ratings.append(rating)
  }
  t.goals = [g]
  for (date, kind, minutes, held) in [
    ("2026-01-26", SessionKind.childTalk, 20, true), ("2026-01-29", .homeVisit, 60, true),
    ("2026-02-03", .classroomObservation, 45, true), ("2026-02-05", .childTalk, 20, false),
    ("2026-02-10", .childTalk, 25, true),
  ] {
    var s = Session()
    s.date = LocalDate(date)
    s.kind = kind
    s.minutes = minutes
    s.status = held ? .held : .noShow
    s.note = "Notitie over Sam op \(date)"
    t.sessions.append(s)
  }
  var closure = Closure()
  closure.date = LocalDate("2026-04-30")
  closure.reason = .completed
  closure.destination = "none"
  closure.summary = "Sam werkt zelfstandig"
  closure.satisfaction = [.child: 8, .parents: 7]
  t.closure = closure
  return t
}

@Suite struct ResearchExportTests {
  let salt = Array("a long secret salt for the tests".utf8)

  func export(_ ts: [Trajectory], period: DateRange? = nil) -> ResearchExport {
    ResearchExport(trajectories: ts, config: Config(), period: period, salt: salt, stable: true)
  }

  func value(_ table: Table, _ row: Int, _ key: String) -> Cell {
    table.rows[row][table.columns.firstIndex { $0.key == key }!]
  }

  @Test(arguments: [
    (7, "6-7"), (8, "8-9"), (9, "8-9"), (10, "10-11"), (11, "10-11"), (12, "12-13"), (13, "12-13"),
    (0, "0-1"),
  ])
  func ageBands(_ age: Int, _ band: String) {
    #expect(ResearchExport.ageBand(age) == band)
  }

  @Test func ageBandIsTakenAtTheStartElseAtTheReferral() {
    var t = exportTrajectory()
    // Born 2016-05, started 2026-01-26: 9 years old.
    #expect(ResearchExport.ageBand(of: t) == "8-9")
    t.plan.start = LocalDate("2026-06-01")
    #expect(ResearchExport.ageBand(of: t) == "10-11")
    t.plan.start = nil
    #expect(ResearchExport.ageBand(of: t) == "8-9")
    t.child.born = nil
    #expect(ResearchExport.ageBand(of: t) == nil)
  }

  @Test func datesBecomeDaysSinceTheStart() {
    let table = export([exportTrajectory()]).trajectoryTable()
    #expect(value(table, 0, "referral_day") == .int(-14))
    #expect(value(table, 0, "consent_day") == .int(-6))
    #expect(value(table, 0, "closure_day") == .int(94))
    #expect(value(table, 0, "last_contact_day") == .int(15))
    #expect(value(table, 0, "weeks") == .int(14))
    let ratings = export([exportTrajectory()]).measurementTable()
    #expect(ratings.rows.map { $0[5] } == [.int(1), .int(42)])
    // Without a start there are no day offsets.
    var open = exportTrajectory()
    open.plan.start = nil
    let t2 = export([open]).trajectoryTable()
    #expect(value(t2, 0, "referral_day") == .empty)
    #expect(value(t2, 0, "closure_day") == .empty)
  }

  @Test func doseFidelityAndOutcomes() {
    let table = export([exportTrajectory()]).trajectoryTable()
    #expect(value(table, 0, "child_talks") == .int(2))
    #expect(value(table, 0, "child_talk_minutes") == .int(45))
    #expect(value(table, 0, "contact_minutes") == .int(150))
    #expect(value(table, 0, "home_visits") == .int(1))
    #expect(value(table, 0, "sessions_not_held") == .int(1))
    #expect(value(table, 0, "had_home_visit") == .int(1))
    #expect(value(table, 0, "had_classroom_observation") == .int(1))
    #expect(value(table, 0, "had_parent_talk") == .int(0))
    #expect(value(table, 0, "concerns") == .text("concentration;self-confidence"))
    #expect(value(table, 0, "goals_total") == .int(1))
    #expect(value(table, 0, "goals_achieved") == .int(1))
    #expect(value(table, 0, "satisfaction_child") == .int(8))
    #expect(value(table, 0, "satisfaction_teacher") == .empty)
    #expect(table.columns.map(\.key) == ResearchExport.trajectoryColumns)
    #expect(table.rows[0].count == table.columns.count)
  }

  /// Issue 23: follow-up contacts stay out of the dose columns and have their own; referrals
  /// made are counted; several destinations are one 0/1 column each (format 3).
  @Test func followUpReferralsMadeAndSeveralDestinations() {
    var t = exportTrajectory()
    for (date, held) in [("2026-06-10", true), ("2026-07-01", false)] {
      var f = Session()
      f.date = LocalDate(date)
      f.kind = .parentTalk
      f.minutes = 30
      f.status = held ? .held : .cancelledByFamily
      f.followUp = true
      t.sessions.append(f)
    }
    for to in ["youth-care", "youth-mental-health", "youth-care", "social-team"] {
      var r = ReferralMade()
      r.date = LocalDate("2026-03-01")
      r.to = to
      t.referrals.append(r)
    }
    t.closure?.destination = nil
    t.closure?.destinations = ["youth-care", "own-network"]
    let table = export([t]).trajectoryTable()
    // The dose as without the follow-up.
    #expect(value(table, 0, "parent_talks") == .int(0))
    #expect(value(table, 0, "had_parent_talk") == .int(0))
    #expect(value(table, 0, "contact_minutes") == .int(150))
    #expect(value(table, 0, "sessions_not_held") == .int(1))
    #expect(value(table, 0, "follow_up_contacts") == .int(1))
    #expect(value(table, 0, "follow_up_minutes") == .int(30))
    // The last contact is the follow-up (retention counts from it).
    #expect(value(table, 0, "last_contact_day") == .int(135))
    #expect(value(table, 0, "referrals_made") == .int(4))
    #expect(value(table, 0, "referrals_made_youth_care") == .int(2))
    #expect(value(table, 0, "referrals_made_youth_mental_health") == .int(1))
    #expect(value(table, 0, "destination") == .text("several"))
    #expect(value(table, 0, "destination_youth_care") == .int(1))
    #expect(value(table, 0, "destination_own_network") == .int(1))
    #expect(value(table, 0, "destination_none") == .int(0))
    // One destination: its code, and its column 1; not closed: the columns empty.
    let one = export([exportTrajectory()]).trajectoryTable()
    #expect(value(one, 0, "destination") == .text("none"))
    #expect(value(one, 0, "destination_none") == .int(1))
    var open = exportTrajectory()
    open.closure = nil
    open.status = .active
    let openTable = export([open]).trajectoryTable()
    #expect(value(openTable, 0, "destination_none") == .empty)
    #expect(ResearchExport.formatVersion == "amigo.research/3")
  }

  @Test func noLabelFreeTextDateOrBirthMonthIsExported() {
    let doc = export([exportTrajectory()]).document(csv: nil)
    let text = ReportRenderer.render(doc, as: .json)
    for secret in [
      "Sam", "AOS-2026-K7Q4", "K7Q4", "mvd", "afgeleid", "kwartier", "Notitie", "zelfstandig",
      "sam-stilzitten", "2016", "2026-01", "2026-04-30",
    ] {
      #expect(!text.contains(secret), "the export contains '\(secret)'")
    }
  }

  @Test func pseudonymsDependOnTheSalt() {
    let a = export([exportTrajectory()])
    let b = ResearchExport(
      trajectories: [exportTrajectory()], config: Config(), period: nil,
      salt: Array("another secret salt for the test".utf8), stable: true)
    #expect(a.pseudonym("AOS-2026-K7Q4") == a.pseudonym("AOS-2026-K7Q4"))
    #expect(a.pseudonym("AOS-2026-K7Q4") != b.pseudonym("AOS-2026-K7Q4"))
    #expect(a.pseudonym("AOS-2026-K7Q4") != a.pseudonym("AOS-2026-K7Q5"))
    #expect(a.pseudonym("AOS-2026-K7Q4").count == 16)
    // HMAC-SHA-256(salt, id), cut to 16 hexadecimal digits.
    let full = hexString(
      HMACSHA256.authenticationCode(key: salt, message: Array("AOS-2026-K7Q4".utf8)))
    #expect(a.pseudonym("AOS-2026-K7Q4") == String(full.prefix(16)))
  }

  @Test func thePeriodKeepsOverlappingTrajectories() {
    let t = exportTrajectory()  // 2026-01-12 .. 2026-04-30
    #expect(ResearchExport.overlaps(t, PeriodSpec.parse("2026-Q1")!))
    #expect(ResearchExport.overlaps(t, PeriodSpec.parse("2026-04-30..2026-05-31")!))
    #expect(!ResearchExport.overlaps(t, PeriodSpec.parse("2026-05")!))
    #expect(!ResearchExport.overlaps(t, PeriodSpec.parse("2025")!))
    var open = t
    open.status = .active
    open.closure = nil
    #expect(ResearchExport.overlaps(open, PeriodSpec.parse("2030")!))
    #expect(export([t, open], period: PeriodSpec.parse("2026-06")!).trajectories.count == 1)
  }

  @Test func ratingsNameGoalsByPosition() {
    let table = export([exportTrajectory()]).measurementTable()
    #expect(table.columns.map(\.key) == ResearchExport.measurementColumns)
    #expect(table.rows.map { $0[1] } == [.int(1), .int(1)])
    #expect(table.rows.map { $0[7] } == [.number(3, decimals: 0), .number(5.5, decimals: 1)])
    #expect(table.rows.map { $0[6] } == [.text("child"), .text("teacher")])
  }

  @Test func csvHoldsOneTableWithKeysAsHeader() {
    let csv = ReportRenderer.render(
      export([exportTrajectory()]).document(csv: .measurements), as: .csv)
    #expect(csv.hasPrefix("id,goal,domain,target,result,day,rater,value\r\n"))
    #expect(csv.split(separator: "\r\n").count == 3)
  }
}

@Suite struct RetentionTests {
  @Test(arguments: [
    ("2026-04-30", 20, "2046-04-30"), ("2024-02-29", 1, "2025-02-28"),
    ("2024-02-29", 4, "2028-02-29"), ("2026-12-31", 15, "2041-12-31"),
  ])
  func destroyAfter(_ closure: String, _ years: Int, _ expected: String) {
    #expect(
      Retention.destroyAfter(closure: LocalDate(closure)!, years: years).description == expected)
  }

  @Test(arguments: [
    ("90d", "2026-11-19", "2027-02-17"), ("2w", "2026-11-19", "2026-12-03"),
    ("6m", "2026-08-31", "2027-02-28"), ("1y", "2026-11-19", "2027-11-19"),
    ("1j", "2024-02-29", "2025-02-28"), ("12M", "2026-01-31", "2027-01-31"),
  ])
  func durations(_ text: String, _ from: String, _ expected: String) throws {
    let d = try #require(Duration(text))
    #expect(d.after(LocalDate(from)!).description == expected)
  }

  // `retention` says how far off a date is in a unit a reader takes in: never "7145 days".
  @Test(arguments: [
    ("2026-11-19", "2026-11-19", "0d"), ("2026-11-19", "2027-01-17", "59d"),
    ("2026-11-19", "2027-01-18", "1m"), ("2026-01-31", "2026-03-30", "58d"),
    ("2026-01-31", "2026-04-29", "2m"), ("2026-11-19", "2028-11-18", "23m"),
    ("2026-11-19", "2028-11-19", "2y"), ("2026-11-19", "2046-06-12", "19y"),
    ("2026-11-19", "2026-11-01", "0d"),
  ])
  func spans(_ from: String, _ to: String, _ expected: String) {
    #expect(Duration.span(from: LocalDate(from)!, to: LocalDate(to)!).description == expected)
  }

  @Test(arguments: ["", "y", "1", "1.5y", "-1y", "1 y", "10x", "1000000d"])
  func invalidDurations(_ text: String) {
    #expect(Duration(text) == nil)
  }

  @Test func entriesAreOverdueDueOrUnknown() {
    var config = Config()
    var p = Programme(id: "p")
    p.retentionYears = 1
    config.programmes = [p, Programme(id: "no-retention")]
    func closed(_ id: String, _ date: String?, programme: String = "p") -> Trajectory {
      var t = Trajectory()
      t.id = id
      t.programme = programme
      t.status = .closed
      if let date {
        var c = Closure()
        c.date = LocalDate(date)
        t.closure = c
      }
      return t
    }
    var running = closed("running", nil)
    running.status = .active
    let ts = [
      closed("old", "2025-01-01"), closed("older", "2024-06-01"), closed("soon", "2025-12-01"),
      closed("later", "2026-06-01"), closed("free", "2020-01-01", programme: "no-retention"),
      closed("undeclared", "2020-01-01", programme: "gone"), closed("dateless", nil), running,
    ]
    let today = LocalDate("2026-11-19")!
    let plain = Retention.entries(ts, config: config, today: today)
    #expect(plain.map(\.id) == ["older", "old", "free", "undeclared", "dateless"])
    #expect(plain[0].state == .overdue(days: today.days(since: LocalDate("2025-06-01")!)))
    #expect(plain[1].destroyAfter == LocalDate("2026-01-01"))
    #expect(plain[2].state == .noRetentionPeriod)
    #expect(plain[4].state == .noClosureDate)
    let within = Retention.entries(
      ts, config: config, today: today, horizon: Duration("1m")!.after(today))
    #expect(within.map(\.id) == ["older", "old", "soon", "free", "undeclared", "dateless"])
    #expect(within[2].state == .due(days: 12))
    // The last day is not past yet: due today.
    let onTheDay = Retention.entries(
      [closed("x", "2025-11-19")], config: config, today: today, horizon: today)
    #expect(onTheDay.map(\.state) == [.due(days: 0)])
    #expect(Retention.entries([closed("x", "2025-11-19")], config: config, today: today).isEmpty)
  }
}
