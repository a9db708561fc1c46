import AmigoSchema
import AmigoStore
import AmigoYAML
import Foundation
import Testing
import _AmigoTestSupport

let mergeBase = """
  schema: amigo.trajectory/1
  id: T-1
  programme: amigos-op-school
  school: de-zeester
  worker: mvd
  status: active   # since the start

  child:
    label: Sam B.

  consent:
    - date: 2026-09-03
      given_by: [parents]

  plan:
    start: 2026-09-07

  goals:
    - id: g1
      text: Speelt samen in de pauze
      ratings:
        - {date: 2026-09-08, value: 3, rater: child}

  sessions:
    # the first talk
    - date: 2026-09-08
      kind: child-talk
      minutes: 20

    - date: 2026-09-10
      kind: child-talk
      minutes: 20

  """

func session(_ date: String, minutes: Int = 20, kind: String = "child-talk") -> String {
  "\n  - date: \(date)\n    kind: \(kind)\n    minutes: \(minutes)\n"
}

func merged(_ ours: String, _ theirs: String, base: String = mergeBase) -> (String, [String]) {
  let r = TrajectoryMerge.merge(
    base: Array(base.utf8), ours: Array(ours.utf8), theirs: Array(theirs.utf8))!
  return (String(decoding: r.bytes, as: UTF8.self), r.conflicts.map(\.path))
}

func sessionDates(_ text: String) -> [String] {
  YAMLDocument(parsing: text).node(at: ["sessions"])?.sequence?.items.compactMap {
    $0.value.mapping?["date"]?.scalar?.value
  } ?? []
}

@Suite struct MergeTests {
  @Test func sessionsAddedOnBothSidesAreAllKeptInDateOrder() {
    let ours = mergeBase + session("2026-09-15")
    let theirs = mergeBase + session("2026-09-14", minutes: 25) + session("2026-09-17")
    let (text, conflicts) = merged(ours, theirs)
    #expect(conflicts.isEmpty)
    #expect(
      sessionDates(text) == ["2026-09-08", "2026-09-10", "2026-09-14", "2026-09-15", "2026-09-17"])
    // Untouched bytes stay: the comment, the status line with its comment.
    #expect(text.contains("status: active   # since the start\n"))
    #expect(text.contains("  # the first talk\n  - date: 2026-09-08"))
    #expect(YAMLDocument(parsing: text).isValid)
  }

  @Test func theSameSessionAddedOnBothSidesIsKeptOnce() {
    let added = mergeBase + session("2026-09-15")
    let (text, conflicts) = merged(added, added)
    #expect(conflicts.isEmpty)
    #expect(sessionDates(text) == ["2026-09-08", "2026-09-10", "2026-09-15"])
  }

  @Test func twoDifferentSessionsOnTheSameDayAreBothKept() {
    let (text, conflicts) = merged(
      mergeBase + session("2026-09-15", minutes: 20), mergeBase + session("2026-09-15", minutes: 30)
    )
    #expect(conflicts.isEmpty)
    #expect(sessionDates(text) == ["2026-09-08", "2026-09-10", "2026-09-15", "2026-09-15"])
  }

  @Test func ratingsAndFieldsFromBothSidesCombine() {
    let ours = mergeBase.replacingOccurrences(
      of: "      - {date: 2026-09-08, value: 3, rater: child}\n",
      with:
        "      - {date: 2026-09-08, value: 3, rater: child}\n      - {date: 2026-09-22, value: 5, rater: child}\n"
    )
    let theirs = mergeBase.replacingOccurrences(
      of: "      - {date: 2026-09-08, value: 3, rater: child}\n",
      with:
        "      - {date: 2026-09-08, value: 3, rater: child}\n      - {date: 2026-09-15, value: 4, rater: teacher}\n"
    ).replacingOccurrences(of: "status: active   # since the start", with: "status: closing")
    let (text, conflicts) = merged(ours, theirs)
    #expect(conflicts.isEmpty)
    let ratings = YAMLDocument(parsing: text).node(at: ["goals", 0, "ratings"])?.sequence?.items.map
    { $0.value.mapping!["date"]!.scalar!.value }
    #expect(ratings == ["2026-09-08", "2026-09-15", "2026-09-22"])
    #expect(text.contains("status: closing   # since the start\n"))
  }

  @Test func aFieldChangedDifferentlyOnBothSidesIsAConflictOnThatEntryOnly() {
    let ours =
      mergeBase.replacingOccurrences(
        of: "status: active   # since the start", with: "status: paused") + session("2026-09-15")
    let theirs =
      mergeBase.replacingOccurrences(
        of: "status: active   # since the start", with: "status: closing") + session("2026-09-17")
    let (text, conflicts) = merged(ours, theirs)
    #expect(conflicts == ["status"])
    #expect(
      text.contains("<<<<<<< ours\nstatus: paused\n=======\nstatus: closing\n>>>>>>> theirs\n"))
    // Everything else merged.
    #expect(text.contains("- date: 2026-09-15") && text.contains("- date: 2026-09-17"))
  }

  @Test func aSessionChangedDifferentlyIsAConflictOnThatSessionOnly() {
    let ours = mergeBase.replacingOccurrences(
      of: "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20",
      with: "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 25")
    let theirs = mergeBase.replacingOccurrences(
      of: "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20",
      with: "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 30")
    let (text, conflicts) = merged(ours, theirs)
    #expect(conflicts.count == 1)
    #expect(
      text.contains("<<<<<<< ours\n    minutes: 25\n=======\n    minutes: 30\n>>>>>>> theirs\n"))
  }

  @Test func fieldsOfOneSessionChangedOnBothSidesMerge() {
    let ours = mergeBase.replacingOccurrences(
      of: "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20",
      with: "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 25")
    let theirs = mergeBase.replacingOccurrences(
      of: "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20",
      with: "  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20\n    place: school")
    let (text, conflicts) = merged(ours, theirs)
    #expect(conflicts.isEmpty)
    #expect(text.contains("    minutes: 25\n    place: school\n"))
  }

  @Test func aSessionDeletedOnOneSideIsDeleted() {
    let theirs = mergeBase.replacingOccurrences(
      of: "\n  - date: 2026-09-10\n    kind: child-talk\n    minutes: 20\n", with: "\n")
    let ours = mergeBase + session("2026-09-15")
    let (text, conflicts) = merged(ours, theirs)
    #expect(conflicts.isEmpty)
    #expect(sessionDates(text) == ["2026-09-08", "2026-09-15"])
  }

  @Test func invalidYAMLIsLeftToALineMerge() {
    #expect(
      TrajectoryMerge.merge(
        base: Array(mergeBase.utf8), ours: Array("a: &x 1\n".utf8), theirs: Array(mergeBase.utf8))
        == nil)
  }

  /// Many seeded interleavings: two clones each log sessions and ratings on the same child;
  /// every entry from both sides is present exactly once after the merge, and the file is valid.
  @Test func randomisedInterleavingsNeverLoseOrDuplicate() throws {
    var rng = SplitMix(seed: 424_242)
    let baseDoc = try TrajectoryEditor(parsing: mergeBase)
    for round in 0..<60 {
      var ours = baseDoc
      var theirs = baseDoc
      var expectedSessions = Set(["2026-09-08|20", "2026-09-10|20"])
      var expectedRatings = Set(["2026-09-08|child"])
      for side in 0..<2 {
        for _ in 0..<Int.random(in: 0...6, using: &rng) {
          let day = Int.random(in: 11...30, using: &rng)
          let minutes = [15, 20, 25, 30, 45].randomElement(using: &rng)!
          let date = LocalDate(year: 2026, month: 9, day: day)!
          let key = "\(date)|\(minutes)"
          if Bool.random(using: &rng) {
            var session = Session()
            (session.date, session.kind, session.minutes) = (date, .childTalk, minutes)
            if side == 0 {
              if expectedSessions.insert(key).inserted || !sessionsContain(ours, key) {
                try ours.append(session)
              }
            } else if !sessionsContain(theirs, key) {
              expectedSessions.insert(key)
              try theirs.append(session)
            }
          } else {
            let rater = ["child", "teacher", "parents"].randomElement(using: &rng)!
            let rkey = "\(date)|\(rater)"
            let target = side == 0 ? ours : theirs
            if ratingsContain(target, rkey) { continue }
            expectedRatings.insert(rkey)
            var editor = target
            var rating = Rating()
            (rating.date, rating.value, rating.rater) = (date, 5, rater)
            try editor.rate(goal: "g1", rating)
            if side == 0 { ours = editor } else { theirs = editor }
          }
        }
      }
      let (text, conflicts) = merged(ours.text, theirs.text)
      #expect(conflicts.isEmpty, "round \(round)")
      let doc = YAMLDocument(parsing: text)
      #expect(doc.isValid, "round \(round)")
      let sessions = (doc.node(at: ["sessions"])?.sequence?.items ?? []).map {
        "\($0.value.mapping!["date"]!.scalar!.value)|\($0.value.mapping!["minutes"]!.scalar!.value)"
      }
      #expect(Set(sessions) == expectedSessions, "round \(round)")
      #expect(sessions.count == Set(sessions).count, "round \(round): duplicates")
      #expect(
        sessions.map { $0.prefix(10) } == sessions.map { $0.prefix(10) }.sorted(),
        "round \(round): date order")
      let ratings = (doc.node(at: ["goals", 0, "ratings"])?.sequence?.items ?? []).map {
        "\($0.value.mapping!["date"]!.scalar!.value)|\($0.value.mapping!["rater"]!.scalar!.value)"
      }
      #expect(
        Set(ratings) == expectedRatings && ratings.count == expectedRatings.count, "round \(round)")
    }
  }

  func sessionsContain(_ e: TrajectoryEditor, _ key: String) -> Bool {
    (YAMLDocument(parsing: e.text).node(at: ["sessions"])?.sequence?.items ?? []).contains {
      "\($0.value.mapping!["date"]!.scalar!.value)|\($0.value.mapping!["minutes"]?.scalar?.value ?? "")"
        == key
    }
  }

  func ratingsContain(_ e: TrajectoryEditor, _ key: String) -> Bool {
    (YAMLDocument(parsing: e.text).node(at: ["goals", 0, "ratings"])?.sequence?.items ?? [])
      .contains {
        "\($0.value.mapping!["date"]!.scalar!.value)|\($0.value.mapping!["rater"]!.scalar!.value)"
          == key
      }
  }
}

struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
