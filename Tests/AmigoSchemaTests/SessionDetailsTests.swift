import AmigoSchema
import Testing

/// A session keeps its place, participants, methods, goal references and note apart, in one
/// shared box (`SessionDetails`), so that a workspace's hundreds of thousands of sessions take a
/// third of the memory once reports drop the details. The box must not show: a session behaves
/// as a plain value.
@Suite struct SessionDetailsTests {
  static func detailed() -> Session {
    var s = Session()
    s.date = LocalDate("2026-11-18")
    s.kind = .childTalk
    s.minutes = 45
    s.place = "school"
    s.with = ["child", "mother"]
    s.withSpan = Span(10, 20)
    s.methods = ["talk"]
    s.methodsSpan = Span(30, 40)
    s.goals = ["g1"]
    s.goalSpans = [Span(50, 52)]
    s.note = "Spoke about the break."
    s.noteSpan = Span(60, 80)
    return s
  }

  @Test func aSessionIsSmallWithoutItsDetails() {
    // Was 160 bytes with the details inline, 56 with the minutes in a whole word.
    #expect(MemoryLayout<Session>.stride <= 48)
  }

  @Test func minutesReadBackAsWritten() {
    var s = Session()
    #expect(s.minutes == nil)
    for m in [0, 20, 600, -5, Int(Int32.max)] {
      s.minutes = m
      #expect(s.minutes == m)
    }
    s.minutes = nil
    #expect(s.minutes == nil)
    // Beyond 32 bits (a schema error either way) a value is kept at the bound, never as none.
    s.minutes = Int.max
    #expect(s.minutes == Int(Int32.max))
    s.minutes = Int.min
    #expect(s.minutes == Int(Int32.min) + 1)
  }

  @Test func detailsReadBackAsWritten() {
    let s = Self.detailed()
    #expect(s.place == "school")
    #expect(s.with == ["child", "mother"])
    #expect(s.withSpan == Span(10, 20))
    #expect(s.methods == ["talk"])
    #expect(s.methodsSpan == Span(30, 40))
    #expect(s.goals == ["g1"])
    #expect(s.goalSpans == [Span(50, 52)])
    #expect(s.note == "Spoke about the break.")
    #expect(s.noteSpan == Span(60, 80))
  }

  @Test func aChangedCopyLeavesTheOriginalAlone() {
    let original = Self.detailed()
    var copy = original
    copy.with.append("teacher")
    copy.note = nil
    #expect(original.with == ["child", "mother"])
    #expect(original.note == "Spoke about the break.")
    #expect(copy.with == ["child", "mother", "teacher"])
    #expect(copy.note == nil)
    #expect(copy != original)
    var array = [original, original]
    array[1].place = "home"
    #expect(array[0].place == "school")
    #expect(array[1].place == "home")
  }

  @Test func noDetailsEqualsEmptyDetails() {
    var set = Session()
    set.with = []
    set.place = nil
    set.noteSpan = .none
    #expect(set == Session())
    #expect(set.hashValue == Session().hashValue)
    var dropped = Self.detailed()
    dropped.dropDetails()
    #expect(dropped.place == nil && dropped.with.isEmpty && dropped.withSpan == .none)
    #expect(dropped.methods.isEmpty && dropped.methodsSpan == .none)
    #expect(dropped.goals.isEmpty && dropped.goalSpans.isEmpty)
    #expect(dropped.note == nil && dropped.noteSpan == .none)
    #expect(dropped.minutes == 45 && dropped.kind == .childTalk)
    #expect(
      Set([
        dropped,
        {
          var d = Self.detailed(); d.dropDetails(); return d
        }(),
      ]).count == 1)
  }

  /// Whether a contact reached the child or its parents outlives `dropDetails()` (reports drop
  /// the participants but count the children reached, DOMAIN.md).
  @Test func reachingTheFamilyOutlivesTheDetails() {
    func session(_ kind: SessionKind, with: [String], status: SessionStatus = .held) -> Session {
      var s = Session()
      s.kind = kind
      s.with = with
      s.status = status
      s.dropDetails()
      return s
    }
    #expect(session(.phoneCall, with: ["mother"]).reachesChildOrParents)
    #expect(session(.consultation, with: ["child", "teacher"]).reachesChildOrParents)
    #expect(session(.childTalk, with: []).reachesChildOrParents)
    #expect(session(.parentTalk, with: []).reachesChildOrParents)
    #expect(!session(.teacherTalk, with: ["teacher"]).reachesChildOrParents)
    #expect(!session(.consultation, with: ["teacher", "care-coordinator"]).reachesChildOrParents)
    #expect(!session(.phoneCall, with: []).reachesChildOrParents)
    #expect(!session(.childTalk, with: [], status: .noShow).reachesChildOrParents)
    var changed = session(.phoneCall, with: ["mother"])
    changed.with = ["teacher"]
    #expect(!changed.reachesChildOrParents)
  }

  @Test func sessionsDifferingOnlyInADetailDiffer() {
    var other = Self.detailed()
    other.methods = ["play"]
    #expect(other != Self.detailed())
    #expect(Self.detailed() == Self.detailed())
  }
}
