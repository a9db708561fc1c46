import AmigoReports
import AmigoSchema
import AmigoStore
import AmigoYAML
import Testing

@testable import AmigoCLI

/// The words `amigo history` and `amigo changes` print for two versions of a trajectory (in
/// English: `TrajectoryChange.text(_:)`, from the message catalogue).
@Suite struct TrajectoryChangesTests {
  static let before = """
    schema: amigo.trajectory/1
    id: T-1
    programme: amigos-op-school
    school: de-zeester
    worker: mvd
    status: referred
    child:
      label: Sam B.
      group: 5
    referral:
      date: 2026-08-28
      by: teacher
    consent:
      - date: 2026-09-03
        given_by: [parents]
    goals:
      - id: g1
        text: Speelt samen in de pauze
        ratings:
          - {date: 2026-09-08, value: 3, rater: child}
    sessions:
      - date: 2026-09-08
        kind: child-talk
        minutes: 20
        note: Kennismaking met Sam.
      - date: 2026-09-10
        kind: child-talk
        minutes: 20

    """

  func trajectory(_ text: String) -> Trajectory {
    let document = YAMLDocument(parsing: text)
    #expect(document.isValid, "\(document.diagnostics.map(\.header))")
    return SchemaDecoder.trajectory(document)
  }

  func words(_ old: String?, _ new: String?) -> [String] {
    TrajectoryChanges.compare(old.map(trajectory), new.map(trajectory)).map { $0.text(.en) }
  }

  func edit(_ text: String, _ replacements: [(String, String)]) -> String {
    var s = text
    for (a, b) in replacements {
      #expect(s.contains(a), "\(a)")
      s = s.replacingOccurrences(of: a, with: b)
    }
    return s
  }

  @Test func creationNamesTheReferrerAndDeletionIsOneLine() {
    let bare = String(Self.before[..<Self.before.range(of: "consent:")!.lowerBound])
    #expect(words(nil, bare) == ["created (referred by teacher)"])
    #expect(words(Self.before, nil) == ["deleted"])
    #expect(words(nil, nil) == [])
    let noReferral = edit(bare, [("referral:\n  date: 2026-08-28\n  by: teacher\n", "")])
    #expect(words(nil, noReferral) == ["created"])
  }

  /// A file created with consent, goals and sessions already in it (a copy, a file written by
  /// hand, an import of many commits squashed) tells them too, never only "created"
  /// (qa-walk m13).
  @Test func aFileCreatedWithContentTellsTheContent() {
    #expect(
      words(nil, Self.before) == [
        "created (referred by teacher)", "consent given 2026-09-03", "added goal g1",
        "logged child talk 2026-09-08, 20 min", "logged child talk 2026-09-10, 20 min",
        "rated g1 3 (child)",
      ])
    let closed =
      edit(
        Self.before,
        [
          ("status: referred", "status: closed"),
          ("sessions:", "plan:\n  start: 2026-09-07\nsessions:"),
          (
            "    text: Speelt samen in de pauze\n",
            "    text: Speelt samen in de pauze\n    result: partly\n"
          ),
        ]) + "closure:\n  date: 2026-12-18\n  reason: completed\n  destination: school-support\n"
    let told = words(nil, closed)
    // The status the start and the closure bring is not told again.
    #expect(!told.contains { $0.hasPrefix("status") }, "\(told)")
    #expect(told.contains("started 2026-09-07"))
    #expect(told.contains("goal g1: result partly achieved"))
    #expect(told.last == "closed: completed as planned on 2026-12-18; next: school support")
  }

  /// A file whose first version has `imported:` came in through `amigo import`: history says
  /// "imported", not "created" (issue 33).
  @Test func anImportedFileReadsAsImportedNotCreated() {
    let imported = Self.before + "imported:\n  date: 2026-09-01\n  sessions: 4\n"
    #expect(words(nil, imported) == ["imported 2026-09-01 (4 contacts before)"])
    let one = Self.before + "imported:\n  date: 2026-09-01\n  sessions: 1\n"
    #expect(words(nil, one) == ["imported 2026-09-01 (1 contact before)"])
    let noCount = Self.before + "imported:\n  date: 2026-09-01\n"
    #expect(words(nil, noCount) == ["imported 2026-09-01"])
  }

  @Test func aSessionWithScoresReadsAsTheCommandThatLoggedIt() {
    let after = edit(
      Self.before,
      [
        ("rater: child}\n", "rater: child}\n      - {date: 2026-09-15, value: 6, rater: child}\n"),
        (
          "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20\n",
          "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20\n"
            + "  - date: 2026-09-15\n    kind: child-talk\n    minutes: 20\n"
            + "  - date: 2026-09-24\n    kind: home-visit\n    status: no-show\n"
        ),
      ])
    #expect(
      words(Self.before, after) == [
        "logged child talk 2026-09-15, 20 min",
        "logged home visit 2026-09-24 (not held: no-show)", "rated g1 6 (child)",
      ])
  }

  @Test func theLifecycleInWords() {
    let started = edit(
      Self.before,
      [
        ("status: referred", "status: active"),
        ("sessions:", "plan:\n  start: 2026-09-07\n  reviews: [2026-10-15]\nsessions:"),
        (
          "    given_by: [parents]\n",
          "    given_by: [parents]\n  - date: 2026-09-20\n    given_by: [parents, child]\n"
        ),
      ])
    // The status that follows from the start is not repeated.
    #expect(
      words(Self.before, started) == [
        "consent given 2026-09-20", "started 2026-09-07", "review planned 2026-10-15",
      ])

    let withGoal = edit(
      started,
      [
        ("status: active", "status: closing"),
        (
          "      - {date: 2026-09-08, value: 3, rater: child}\n",
          "      - {date: 2026-09-08, value: 3, rater: child}\n"
            + "  - id: g3\n    text: Vraagt om hulp\n    result: partly\n"
        ),
        (
          "    text: Speelt samen in de pauze\n",
          "    text: Speelt samen in de pauze\n    result: achieved\n"
        ),
      ])
    #expect(
      words(started, withGoal) == [
        "status active → closing", "added goal g3", "goal g1: result achieved",
        "goal g3: result partly achieved",
      ])

    let closed =
      edit(
        withGoal,
        [
          ("status: closing", "status: closed"),
          (
            "    given_by: [parents, child]\n",
            "    given_by: [parents, child]\n    withdrawn: 2026-12-01\n"
          ),
        ]) + "closure:\n  date: 2026-12-18\n  reason: completed\n  destination: none\n"
    #expect(
      words(withGoal, closed) == [
        "consent withdrawn 2026-12-01",
        "closed: completed as planned on 2026-12-18; next: no further help",
      ])
    // A result changed says what it was (qa-walk m13).
    let changedResult = edit(withGoal, [("    result: achieved\n", "    result: partly\n")])
    #expect(
      words(withGoal, changedResult) == ["goal g1: result achieved → partly achieved"])
    #expect(
      words(closed, withGoal) == [
        "changed consent 2026-09-20 (withdrawn)", "status closed → closing",
        "reopened (closure removed)",
      ])
  }

  @Test func changedAndRemovedEntriesAreNamedByTheirKeysNeverByTheirText() {
    let after = edit(
      Self.before,
      [
        (
          "    minutes: 20\n    note: Kennismaking met Sam.\n",
          "    minutes: 25\n    note: Sam B. vertelde over thuis.\n"
        ),
        ("  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20\n", ""),
        (
          "{date: 2026-09-08, value: 3, rater: child}", "{date: 2026-09-08, value: 4, rater: child}"
        ),
        ("  label: Sam B.", "  label: Samira B."),
        ("text: Speelt samen in de pauze", "text: Speelt samen met Noor"),
      ])
    let lines = words(Self.before, after)
    #expect(
      lines == [
        "changed child (label)", "changed goal g1 (text)",
        "changed session 2026-09-08 (minutes, note)", "removed session 2026-09-10",
        "changed rating g1 2026-09-08 (child): 3 → 4",
      ])
    for secret in ["Sam", "Noor", "thuis", "Speelt"] {
      #expect(!lines.joined().contains(secret))
    }
  }

  @Test func aDayWithSessionsOfSeveralKindsNamesTheKind() {
    let after = edit(
      Self.before,
      [
        (
          "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20\n",
          "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 30\n"
            + "  - date: 2026-09-10\n    kind: parent-talk\n    minutes: 45\n"
            + "  - date: 2026-09-10\n    kind: parent-talk\n    minutes: 15\n"
        )
      ])
    #expect(
      words(Self.before, after) == [
        "changed session 2026-09-10, child talk (minutes)",
        "logged parent talk 2026-09-10, 45 min", "logged parent talk 2026-09-10, 15 min",
      ])
  }

  @Test func layoutCommentsAndOrderOfKeysAreNoChange() {
    let reformatted = edit(
      Self.before,
      [
        ("status: referred", "status: referred   # still waiting"),
        (
          "    kind: child-talk\n    minutes: 20\n    note:",
          "    minutes: 20\n    kind: child-talk\n    note:"
        ),
        (
          "{date: 2026-09-08, value: 3, rater: child}", "{rater: child, date: 2026-09-08, value: 3}"
        ),
        ("given_by: [parents]", "given_by:\n      - parents"),
      ])
    #expect(words(Self.before, reformatted) == [])
  }

  @Test func idsOfTheTrajectoryAndRemovedThings() {
    let after = edit(
      Self.before,
      [
        ("worker: mvd", "worker: jk"),
        ("  - date: 2026-09-03\n    given_by: [parents]\n", ""),
      ])
    #expect(
      words(Self.before, after) == ["worker mvd → jk", "removed consent 2026-09-03"])
    let noGoals = edit(
      Self.before,
      [
        (
          "  - id: g1\n    text: Speelt samen in de pauze\n    ratings:\n      - {date: 2026-09-08, value: 3, rater: child}\n",
          ""
        )
      ])
    #expect(words(Self.before, noGoals) == ["removed goal g1"])
  }

  @Test func configChangesNameIdsNotNames() {
    let config = """
      schema: amigo.config/1
      organisation: Stichting Zuid
      programmes:
        amigos-op-school: {label: Amigo's op School, session_minutes: 20}
      schools:
        de-zeester: {name: OBS De Zeester}
      workers:
        mvd: {name: Mila van Dijk}

      """
    let after = edit(
      config,
      [
        ("session_minutes: 20", "session_minutes: 25"),
        ("  mvd: {name: Mila van Dijk}\n", "  jk: {name: Jan Klaassen}\n"),
        ("organisation: Stichting Zuid", "organisation: Stichting Zuid-West"),
      ])
    func decode(_ text: String) -> Config { SchemaDecoder.config(YAMLDocument(parsing: text)) }
    let lines = TrajectoryChanges.compare(config: decode(config), decode(after)).map {
      $0.text(.en)
    }
    #expect(
      lines == [
        "changed organisation", "changed programme amigos-op-school", "added worker jk",
        "removed worker mvd",
      ])
    #expect(!lines.joined().contains("Jan"))
    // Read with the two files, a changed entry names its changed keys, never their values
    // (qa-walk m13).
    let withKeys = TrajectoryChanges.compare(
      config: decode(config), decode(after), oldBytes: Array(config.utf8),
      newBytes: Array(after.utf8)
    ).map { $0.text(.nl) }
    #expect(withKeys[1] == "programma amigos-op-school gewijzigd (session_minutes)")
    let renamed = edit(config, [("{name: OBS De Zeester}", "{name: OBS De Zeester-Noord}")])
    #expect(
      TrajectoryChanges.compare(
        config: decode(config), decode(renamed), oldBytes: Array(config.utf8),
        newBytes: Array(renamed.utf8)
      ).map { $0.text(.en) } == ["changed school de-zeester (name)"])
    let dutch = TrajectoryChanges.compare(config: decode(config), decode(after)).map {
      $0.text(.nl)
    }
    #expect(
      dutch == [
        "organisation gewijzigd", "programma amigos-op-school gewijzigd",
        "medewerker jk toegevoegd", "medewerker mvd verwijderd",
      ])
  }
}

/// Issue 28: the words for activity files in both languages, from the catalogue.
@Suite struct ActivityChangeTextTests {
  static let group = Array(
    """
    schema: amigo.activity/1
    id: G-2026-608B
    type: group
    programme: tijd-voor-toekomst
    school: kc-de-esch
    workers: [ih]
    name: Kinderen in scheiding
    participants: [T-1, T-2]
    meetings:
      - date: 2026-09-22
        minutes: 60
        present: [T-1, T-2]

    """.utf8)

  static func edited(_ a: String, _ b: String) -> [UInt8] {
    Array(String(decoding: group, as: UTF8.self).replacingOccurrences(of: a, with: b).utf8)
  }

  @Test func groupChangesInEnglishAndDutch() {
    let new = Self.edited(
      "participants: [T-1, T-2]\nmeetings:\n  - date: 2026-09-22\n    minutes: 60\n    present: [T-1, T-2]\n",
      "participants: [T-1, T-2, T-3]\nmeetings:\n  - date: 2026-09-22\n    minutes: 45\n    present: [T-1]\n    absent: [T-2]\n  - date: 2026-09-29\n    minutes: 60\n    present: [T-1, T-3]\n"
    )
    #expect(
      ChangeWords.activityLines(old: Self.group, new: new, .en) == [
        "child added to group: T-3", "group meeting 2026-09-22: minutes 60 → 45",
        "attendance changed 2026-09-22: T-2 present → absent",
        "group meeting added 2026-09-29 (60 min, present 2)",
      ])
    #expect(
      ChangeWords.activityLines(old: Self.group, new: new, .nl) == [
        "kind toegevoegd aan de groep: T-3", "groepsbijeenkomst 2026-09-22: minuten 60 → 45",
        "aanwezigheid gewijzigd 2026-09-22: T-2 aanwezig → afwezig",
        "groepsbijeenkomst 2026-09-29 toegevoegd (60 min, aanwezig 2)",
      ])
    #expect(
      ChangeWords.activityLines(old: nil, new: Self.group, .nl) == [
        "groepsmodule aangemaakt (2 deelnemers, 1 bijeenkomst)"
      ])
  }
}
