import AmigoReports
import AmigoSchema
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

@testable import AmigoCLI
@testable import AmigoStore

/// The week report's inputs cached per file in the index (`WorkspaceIndex.WeekFacts`, issue
/// 32): what they decode to is what the report's load decodes from the file
/// (`LoadDetail.week`), and every week report is the same from those as from whole
/// trajectories.
@Suite struct WeekFactsTests {
  /// Every trajectory-like file of the fixtures and examples (configs and activity files left
  /// out; files that do not decode as trajectories are skipped by the tests).
  static func trajectoryFiles() -> [String] {
    var out: [String] = []
    for top in ["Tests/Fixtures", "Examples"] {
      let base = Fixtures.root.appendingPathComponent(top).path
      guard let walk = FileManager.default.enumerator(atPath: base) else { continue }
      for case let relative as String in walk
      where relative.hasSuffix(".yaml") && !relative.hasSuffix("amigo.yaml")
        && !relative.contains("activities/")
      {
        out.append(base + "/" + relative)
      }
    }
    return out.sorted()
  }

  static let today = LocalDate(year: 2026, month: 11, day: 19)!

  @Test func everyFixtureAndExampleRoundTrips() throws {
    var decoded = 0
    var cached = 0
    var trustedChecked = 0
    for path in Self.trajectoryFiles() {
      // As the week report's load decodes it: the rules run, the projection kept.
      let loaded = try #require(
        Loader.loadForIndex([path], nil, Self.today, false, .week, { $0 }).first)
      guard let week = loaded.file.trajectory else { continue }
      decoded += 1
      #expect(week == week.weekFacts, "\(path): the load keeps the projection")
      let bytes = try #require(WorkspaceIndex.WeekFacts.encode(week), "\(path)")
      #expect(WorkspaceIndex.WeekFacts.decode(bytes) == week, "\(path)")
      if !loaded.week.isEmpty {
        cached += 1
        #expect(loaded.week == bytes, "\(path)")
      } else {
        #expect(!loaded.summary.clean, "\(path): a clean file gets its inputs cached")
      }
      // Decoded without the rules (a file trusted today): the same projection.
      if loaded.summary.clean {
        let trusted = try #require(
          Loader.loadForIndex(
            [path], nil, Self.today, false, .week, { $0 }, trusted: [loaded.summary]
          ).first)
        if trusted.trusted {
          trustedChecked += 1
          #expect(trusted.file.trajectory == week, "\(path): trusted decode")
          #expect(trusted.week == bytes, "\(path): trusted decode's bytes")
        }
      }
      // A cut or a changed length never decodes to something else silently.
      #expect(WorkspaceIndex.WeekFacts.decode(Array(bytes.dropLast())) == nil, "\(path)")
      #expect(WorkspaceIndex.WeekFacts.decode(bytes + [0]) == nil, "\(path)")
    }
    #expect(decoded > 300)
    #expect(cached > 100)
    #expect(trustedChecked > 100)
  }

  @Test func randomTrajectoriesRoundTrip() throws {
    var rng = SeededGenerator(seed: 2026)
    func date() -> LocalDate? {
      switch Int.random(in: 0..<6, using: &rng) {
      case 0: return nil
      case 1: return LocalDate(year: 1, month: 1, day: 1)
      case 2: return LocalDate(year: 9999, month: 12, day: 31)
      default:
        return LocalDate(dayNumber: Int.random(in: -700_000...2_900_000, using: &rng))
      }
    }
    func text() -> String {
      let pieces = ["", "a", "é", "Sam B.", "\t\n", "👩‍👧", String(repeating: "x", count: 300)]
      return pieces[Int.random(in: 0..<pieces.count, using: &rng)]
    }
    func maybe<T>(_ make: () -> T) -> T? { Bool.random(using: &rng) ? make() : nil }
    func list<T>(_ most: Int, _ make: () -> T) -> [T] {
      (0..<Int.random(in: 0...most, using: &rng)).map { _ in make() }
    }
    for round in 0..<300 {
      var t = Trajectory()
      t.id = text()
      t.idSpan = Span(
        Int.random(in: 0...100_000, using: &rng), Int.random(in: 0...100_000, using: &rng))
      t.programme = text()
      t.school = text()
      t.worker = text()
      t.family = maybe(text)
      t.status = maybe { TrajectoryStatus.allCases.randomElement(using: &rng)! }
      t.workers = list(4, text)
      t.schools = list(3) {
        var s = SchoolChange()
        s.school = text()
        s.from = date()
        s.span = Span(1, 2)
        return s
      }
      t.child.label = text()
      t.child.born = maybe {
        YearMonth(
          year: Int.random(in: 1...9999, using: &rng), month: Int.random(in: 1...12, using: &rng))!
      }
      t.child.gender = maybe(text)
      if Bool.random(using: &rng) {
        var r = Referral()
        r.date = date()
        r.by = maybe(text)
        r.request = maybe(text)
        r.concerns = list(3, text)
        t.referral = r
      }
      t.consent = list(3) {
        var c = Consent()
        c.date = date()
        c.givenBy = list(3, text)
        c.form = maybe(text)
        c.scope = list(3, text)
        c.exception = maybe(text)
        c.exceptionGround = maybe(text)
        c.withdrawn = date()
        c.withdrawnScope = list(2, text)
        c.dateSpan = Span(3, 4)
        return c
      }
      t.plan.start = date()
      t.plan.weeks = maybe { Int.random(in: -1000...1000, using: &rng) }
      t.plan.reviews = list(3) { date() ?? LocalDate(dayNumber: 0) }
      t.pauses = list(3) {
        var p = Pause()
        p.from = date()
        p.to = date()
        return p
      }
      t.goals = list(4) {
        var g = Goal()
        g.id = text()
        g.text = text()
        g.domain = maybe(text)
        g.agreedOn = date()
        g.target = maybe { Double(Int.random(in: 0...10, using: &rng)) }
        g.ratings = list(5) {
          var r = Rating()
          r.date = date()
          r.value = maybe { Double(Int.random(in: -5...100, using: &rng)) / 4 }
          r.rater = maybe(text)
          r.followUp = Bool.random(using: &rng)
          return r
        }
        return g
      }
      // Many sessions in some rounds.
      t.sessions = list(round % 10 == 0 ? 3000 : 20) {
        var s = Session()
        s.date = date()
        s.kind = maybe { SessionKind.allCases.randomElement(using: &rng)! }
        s.status = SessionStatus.allCases.randomElement(using: &rng)!
        s.minutes = maybe { Int.random(in: -5000...5000, using: &rng) }
        s.note = maybe(text)
        s.place = maybe(text)
        return s
      }
      if Bool.random(using: &rng) {
        var c = Closure()
        c.date = date()
        c.reason = maybe { ClosureReason.allCases.randomElement(using: &rng)! }
        c.summary = maybe(text)
        t.closure = c
      }
      let week = t.weekFacts
      let bytes = try #require(WorkspaceIndex.WeekFacts.encode(t))
      // The whole trajectory and its projection make the same bytes.
      #expect(WorkspaceIndex.WeekFacts.encode(week) == bytes, "round \(round)")
      #expect(WorkspaceIndex.WeekFacts.decode(bytes) == week, "round \(round)")
    }
    // Values beyond the format are not cached (the file is read instead).
    var big = Trajectory()
    big.plan.weeks = Int(Int32.max) + 1
    #expect(WorkspaceIndex.WeekFacts.encode(big) == nil)
    var many = Trajectory()
    many.workers = Array(repeating: "a", count: Int(UInt16.max) + 1)
    #expect(WorkspaceIndex.WeekFacts.encode(many) == nil)
  }

  static let workspaces = [
    "Examples/caseload", "Examples/kansencoach", "Examples/ruggensteun",
    "Examples/sociaal-werker-school", "Examples/tijd-voor-toekomst",
    "Tests/Fixtures/generated",
  ]

  /// Every week report (every worker's and the whole team's, several weeks and todays, both
  /// languages, text, JSON and CSV), with the workspace's activity files checked against the
  /// trajectories, is the same from the projections as from the whole trajectories.
  @Test(arguments: workspaces)
  func weekReportsAreTheSameFromTheProjection(_ name: String) throws {
    let root = Fixtures.root.appendingPathComponent(name).path
    let workspace = Workspace(root: root)
    let configData = try #require(FileManager.default.contents(atPath: root + "/amigo.yaml"))
    let config = try #require(Validator.validateConfig(YAMLDocument(bytes: [UInt8](configData))).0)
    let full = try workspace.trajectoryPaths().map { path in
      let data = try #require(FileManager.default.contents(atPath: path))
      return SchemaDecoder.trajectory(YAMLDocument(bytes: [UInt8](data)))
    }
    #expect(full.count >= 3)
    let lean = full.map(\.weekFacts)
    #expect(lean != full)
    let env = Environment(variables: [:], currentDirectory: root, today: Self.today)
    var weeks: [ISOWeek] = []
    var week = ISOWeek(year: 2024, week: 30)
    while week.monday < LocalDate(year: 2027, month: 3, day: 1)! {
      weeks.append(week)
      week = week.adding(weeks: 5)
    }
    for today in [Self.today, LocalDate(year: 2025, month: 2, day: 12)!] {
      let fullActivities = ReportCommand.loadCheckedActivities(
        workspace, config: config, today: today, env, loaded: full)
      let leanActivities = ReportCommand.loadCheckedActivities(
        workspace, config: config, today: today, env, loaded: lean)
      #expect(fullActivities.activities == leanActivities.activities, "\(name) activities")
      #expect(fullActivities.leftOut.paths == leanActivities.leftOut.paths, "\(name) left out")
      for week in weeks + [today.isoWeek] {
        for worker in [nil] + config.workers.map(\.id) {
          let a = WeeklyReport(
            trajectories: full, activities: fullActivities.activities, config: config,
            week: week, today: today, worker: worker)
          let b = WeeklyReport(
            trajectories: lean, activities: leanActivities.activities, config: config,
            week: week, today: today, worker: worker)
          for lang in worker == nil ? [Language.en, .nl] : [.en] {
            for format in [ReportFormat.json, .text, .csv] {
              #expect(
                ReportRenderer.render(a.document(lang), as: format)
                  == ReportRenderer.render(b.document(lang), as: format),
                "\(name) \(week) today \(today) worker \(worker ?? "all") \(format)")
            }
          }
        }
      }
    }
  }

  /// The configuration of a copied workspace.
  static func config(of w: WorkspaceIndexTests.Copy) throws -> Config {
    try #require(
      Validator.validateConfig(
        YAMLDocument(
          bytes: [UInt8](FileManager.default.contents(atPath: w.path + "/amigo.yaml")!))
      ).0)
  }

  /// `report --week` run twice on the same day reads no unchanged open file the second time:
  /// their entries give their inputs, and the trajectories are those a read gives.
  @Test func aSecondWeekReportReadsNoUnchangedFile() throws {
    let w = try WorkspaceIndexTests.Copy()
    let workspace = Workspace(root: w.path)
    let config = try Self.config(of: w)
    let day = Self.today
    func load() -> IndexedFiles {
      Loader.loadTrajectories(
        indexed: workspace, version: Amigo.version, config: config, today: day, warnings: false,
        detail: .week, trustClean: true, leaveUnread: { _ in false }, display: { $0 })
    }
    let first = load()
    #expect(first.readCount == w.paths().count)
    let second = load()
    #expect(second.readCount == 0)
    #expect(second.files.map(\.trajectory) == first.files.map(\.trajectory))
    #expect(second.files.map(\.diagnostics) == first.files.map(\.diagnostics))
    // The index was not written again: nothing changed.
    let before = FileManager.default.contents(atPath: w.index)
    _ = load()
    #expect(FileManager.default.contents(atPath: w.index) == before)
    // A `list`, which makes no week inputs, keeps them for the files it reads again.
    let path = w.paths()[0]
    w.write(w.read(path) + "\n", path)
    _ = w.run(["list", "--all"])
    let third = load()
    #expect(third.readCount <= 1)
    #expect(third.files.map(\.trajectory) == first.files.map(\.trajectory))
  }

  /// The week report takes its load as facts (`shape: .facts`): the same trajectories in the
  /// same order as the files a full result holds, the files with diagnostics or without a
  /// trajectory alone as files, no unread entries, and the same files read, index written and
  /// rebuild; with the index cold, warm (the cached inputs) and with files that have errors.
  @Test func theFactsShapeHoldsWhatTheFilesShapeHolds() throws {
    let w = try WorkspaceIndexTests.Copy()
    let workspace = Workspace(root: w.path)
    let config = try Self.config(of: w)
    let day = Self.today
    // Closed files stay unread (the week report's own rule asks for more; any rule will do).
    func load(_ shape: IndexedFiles.Shape) -> (IndexedFiles, Data?) {
      let files = Loader.loadTrajectories(
        indexed: workspace, version: Amigo.version, config: config, today: day, warnings: false,
        detail: .week, trustClean: true, leaveUnread: { $0.isArchived }, shape: shape,
        display: { $0 })
      return (files, FileManager.default.contents(atPath: w.index))
    }
    func compare(_ situation: String, cold: Bool) {
      if cold { try? FileManager.default.removeItem(atPath: w.index) }
      let (kept, keptIndex) = load(.files)
      if cold { try? FileManager.default.removeItem(atPath: w.index) }
      let (lean, leanIndex) = load(.facts)
      #expect(!kept.unread.isEmpty, "\(situation): the fixture has closed files")
      #expect(lean.unread.isEmpty && lean.readSummaries.isEmpty, "\(situation)")
      #expect(kept.trajectories.isEmpty, "\(situation)")
      #expect(lean.trajectories == kept.files.compactMap(\.trajectory), "\(situation)")
      let flagged = kept.files.filter { $0.trajectory == nil || !$0.diagnostics.isEmpty }
      #expect(lean.files.map(\.path) == flagged.map(\.path), "\(situation)")
      #expect(lean.files.map(\.trajectory) == flagged.map(\.trajectory), "\(situation)")
      #expect(lean.files.map(\.diagnostics) == flagged.map(\.diagnostics), "\(situation)")
      #expect(lean.rebuilt == kept.rebuilt, "\(situation)")
      #expect(lean.readCount == kept.readCount, "\(situation)")
      #expect(leanIndex == keptIndex, "\(situation): the same index written")
    }
    compare("cold", cold: true)
    compare("warm", cold: false)
    #expect(load(.facts).0.readCount == 0, "warm: the open files' inputs come from the index")
    // Files with something to say: a repeated id (both files named, the original from the
    // index's inputs) and a file that is no trajectory at all.
    let open = try #require(w.paths().first { w.read($0).contains("status: active") })
    w.write(w.read(open), w.trajectories + "/AAA-copy.yaml")
    w.write("id: [unclosed\n", w.trajectories + "/ZZZ-broken.yaml")
    compare("flagged, cold", cold: true)
    compare("flagged, warm", cold: false)
    let (lean, _) = load(.facts)
    // The copy sorts first (its id is not its name: an error), its original is the repeat.
    #expect(lean.files.count == 3, "the copy, its original and the broken file")
    #expect(
      lean.files.contains { $0.path == open && $0.diagnostics.map(\.code).contains("duplicate-id") }
    )
    #expect(lean.files.contains { $0.path.hasSuffix("ZZZ-broken.yaml") && $0.trajectory == nil })
  }

  /// A file from the index's inputs that repeats the id of a file read anew is named with its
  /// error at its id, as a full read names it.
  @Test func aRepeatedIDOnTheCachedPathIsSeen() throws {
    let w = try WorkspaceIndexTests.Copy()
    let args = ["report", "--week", "2026-W47", "--format", "json"]
    _ = w.run(args)
    _ = w.run(args)
    // An open file copied under a name that sorts first: the original, from the index, is the
    // repeat.
    let open = try #require(w.paths().first { w.read($0).contains("status: active") })
    w.write(w.read(open), w.trajectories + "/AAA-copy.yaml")
    let warm = w.run(args)
    #expect(warm == w.full(args))
    // The copy is left out (the trajectory counts once, from its original) and named.
    #expect(warm.contains("1 bestand herhaalt de traject-id van een ander bestand"))
    #expect(warm.contains("AAA-copy.yaml"))
    _ = w.run(args)
    #expect(w.run(["report", "--week", "2026-W47"]) == w.full(["report", "--week", "2026-W47"]))
  }
}
