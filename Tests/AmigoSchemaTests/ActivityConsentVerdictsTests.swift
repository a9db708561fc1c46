import AmigoSchema
import Testing
import _AmigoTestSupport

@testable import AmigoSchema

/// `ActivityValidator.ConsentVerdicts` remembers a child's verdict per stretch of consent and
/// age: on seeded consent histories (given, withdrawn wholly or per scope, exceptions, ages
/// around the 12th and 16th birthdays), asked in random order of dates, roles and children, it
/// answers exactly as `consentProblem` asked on its own.
@Suite struct ActivityConsentVerdictsTests {
  @Test func remembersOnlyWhatCannotDiffer() {
    var r = RandomConsent(seed: 2_026_120_7)
    var asked = 0
    var problems = 0
    var remembered = 0
    for round in 0..<300 {
      // A few children, each with a consent history.
      let children = (0..<Int.random(in: 1...5, using: &r.random)).map {
        k -> (String, TrajectoryIndex.Entry) in
        let t = r.child("T-\(k)")
        return (t.id, TrajectoryIndex.Entry(t))
      }
      let type = ActivityType.allCases.randomElement(using: &r.random)!
      let bothParents = round % 2 == 0
      var verdicts = ActivityValidator.ConsentVerdicts(type: type, bothParents: bothParents)
      // Few role sets, so that some are asked again.
      let roleSets = (0..<2).map { _ in r.some(r.participants, upTo: 3) } + [["child"]]
      for _ in 0..<40 {
        let (id, entry) = children.randomElement(using: &r.random)!
        let date = r.day(0...420)
        let roles = roleSets.randomElement(using: &r.random)!
        let expected = ActivityValidator.consentProblem(
          entry, type: type, on: date, with: roles, bothParents: bothParents)
        let got = verdicts.problem(entry, id: id, on: date, with: roles)
        #expect(got?.needed == expected?.needed, "round \(round) \(id) \(date)")
        #expect(got?.problem == expected?.problem, "round \(round) \(id) \(date)")
        asked += 1
        if expected != nil { problems += 1 }
      }
      remembered += verdicts.count
    }
    // Every kind of answer was reached, and most questions were answered from memory.
    #expect(problems > 1_000 && problems < asked)
    #expect(remembered < asked / 2)
  }
}

/// `Activity.addNamedChildren(to:)` adds exactly the ids `namedChildren` lists.
@Suite struct NamedChildrenTests {
  @Test func addsWhatTheListNames() {
    var random = SeededGenerator(seed: 77)
    let ids = (0..<12).map { "T-\($0)" }
    func some() -> [String] {
      (0..<Int.random(in: 0...4, using: &random)).map { _ in ids.randomElement(using: &random)! }
    }
    for _ in 0..<200 {
      var a = Activity()
      a.children = some()
      a.participants = some()
      a.meetings = (0..<Int.random(in: 0...3, using: &random)).map { _ in
        var m = GroupMeeting()
        m.present = some()
        m.absent = some()
        m.excused = some()
        return m
      }
      var named: Set<String> = ["T-already"]
      a.addNamedChildren(to: &named)
      #expect(named == Set(a.namedChildren).union(["T-already"]))
    }
  }
}

/// `concurrentPair` runs both pieces of work, the second on a thread of its own while the
/// first may itself work on every core, and returns both results.
@Suite struct ConcurrentPairTests {
  @Test func bothResultsComeBack() {
    for n in [0, 1, 7, 10_000] {
      let (sums, listed) = concurrentPair(
        { concurrentMap(n) { $0 * 2 } }, { (0..<n).map(String.init) })
      #expect(sums == (0..<n).map { $0 * 2 })
      #expect(listed == (0..<n).map(String.init))
    }
  }
}
