import AmigoSchema
import AmigoYAML
import Foundation

/// `amigo-bench generate --activities N`: N activity files (`activities/`) about the generated
/// trajectories, about 70 % meetings about several children and 30 % group modules, each
/// naming only children whose consent is in force on every date it names them (so they
/// validate). Read back from the trajectory files written, so they follow any generator change.
enum ActivityMaker {
  struct Child {
    var trajectory: Trajectory
    var talks: [LocalDate]
  }

  /// Writes `count` activity files under `dir`; returns how many were written and the first
  /// file that could not be.
  static func write(
    count: Int, workspace dir: String, seed: UInt64
  ) -> (written: Int, meetings: Int, groups: Int, failure: String?) {
    let configBytes = (try? Data(contentsOf: URL(fileURLWithPath: dir + "/amigo.yaml"))) ?? Data()
    let config = Validator.validateConfig(YAMLDocument(bytes: [UInt8](configBytes))).0
    let bothParents = config?.consentBothParents ?? false
    let folder = dir + "/trajectories"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    var children: [Child] = []
    for name in names where name.hasSuffix(".yaml") {
      guard let data = FileManager.default.contents(atPath: folder + "/" + name),
        let t = Validator.validateTrajectory(
          bytes: [UInt8](data), fileName: nil, config: nil, today: nil, warnings: false,
          keep: .facts
        ).0
      else { continue }
      let talks = t.sessions.filter { $0.isHeld && $0.kind == .childTalk }.compactMap(\.date)
      if !talks.isEmpty { children.append(Child(trajectory: t, talks: talks)) }
    }
    guard !children.isEmpty else { return (0, 0, 0, nil) }
    var bySchool: [String: [Int]] = [:]
    for i in children.indices { bySchool[children[i].trajectory.school, default: []].append(i) }
    let out = dir + "/activities"
    try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    var random = SplitMix64(seed: seed &+ 0x5EED_AC71)
    func below(_ n: Int) -> Int { Int(random.next() % UInt64(max(n, 1))) }
    func consents(_ c: Child, on date: LocalDate, kind: SessionKind, with roles: [String]) -> Bool {
      let adult =
        c.trajectory.child.born.map { ConsentLaw.Age(born: $0, on: date).mayBeAdult } ?? false
      let needed = ConsentLaw.scopes(kind: kind, with: roles, adult: adult)
      return ConsentLaw.problems(
        needing: needed, on: date, consents: c.trajectory.consent, born: c.trajectory.child.born,
        bothParents: bothParents
      ).isEmpty
    }
    // A child is named only within its trajectory: from the referral to the closure.
    func within(_ c: Child, _ date: LocalDate) -> Bool {
      if let referral = c.trajectory.referral?.date, date < referral { return false }
      if let closure = c.trajectory.closure?.date, date > closure { return false }
      return true
    }
    var taken = Set<String>()
    var written = 0
    var meetings = 0
    var groups = 0
    for _ in 0..<count {
      let base = children[below(children.count)]
      let school = bySchool[base.trajectory.school] ?? []
      var a = Activity()
      a.programme = base.trajectory.programme
      a.school = base.trajectory.school
      a.workers = [base.trajectory.worker]
      let group = below(10) < 3
      let inside = base.talks.filter { within(base, $0) }
      let talks = inside.isEmpty ? base.talks : inside
      if group {
        // Up to six weekly meetings on the base child's talk days.
        let first = below(talks.count)
        let dates = Array(talks[first...].prefix(6))
        var chosen = [base]
        for i in school.shuffledPrefix(12, &random)
        where chosen.count < 6 && children[i].trajectory.id != base.trajectory.id
          && dates.allSatisfy({
            within(children[i], $0)
              && consents(children[i], on: $0, kind: .groupSession, with: ["child"])
          })
        {
          chosen.append(children[i])
        }
        a.type = .group
        a.name =
          ["Sterk in je schoenen", "Kinderen in scheiding", "Rots en water", "Brussengroep"][
            below(4)]
        a.theme = ["anxiety", "divorce", "self-confidence", "home-situation"][below(4)]
        a.participants = chosen.map(\.trajectory.id)
        for d in dates {
          var m = GroupMeeting()
          m.date = d
          m.minutes = [60, 75, 90][below(3)]
          for c in chosen {
            switch below(10) {
            case 0: m.absent.append(c.trajectory.id)
            case 1: m.excused.append(c.trajectory.id)
            default: m.present.append(c.trajectory.id)
            }
          }
          a.meetings.append(m)
        }
        groups += 1
      } else {
        let date = talks[below(talks.count)]
        let roles = [["social-team"], ["social-team", "youth-health"], ["mother"]][below(3)]
        var chosen = [base]
        let wanted = 2 + below(4)
        for i in school.shuffledPrefix(20, &random)
        where chosen.count < wanted && children[i].trajectory.id != base.trajectory.id
          && within(children[i], date)
          && consents(children[i], on: date, kind: .networkTalk, with: roles)
        {
          chosen.append(children[i])
        }
        a.type = .meeting
        a.date = date
        a.minutes = [30, 45, 60, 90][below(4)]
        a.with = roles
        a.children = chosen.map(\.trajectory.id)
        if below(3) == 0 { a.unnamed = 1 + below(4) }
        meetings += 1
      }
      let year = (a.date ?? a.meetings.first?.date)?.year ?? 2026
      // `<prefix>-<year>-<4 characters>`, at least one a digit (as amigo's ids).
      let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
      var id = ""
      repeat {
        let code = String((0..<4).map { _ in alphabet[Int(random.next() >> 59)] })
        if code.contains(where: \.isNumber) { id = "\(a.type!.policy.idPrefix)-\(year)-\(code)" }
      } while id.isEmpty || taken.contains(id)
      taken.insert(id)
      a.id = id
      guard let text = try? SchemaEncoder.document(a, Schemas.activity) else { continue }
      let path = out + "/" + id + ".yaml"
      if !writeFile(Array(text.utf8), to: path) { return (written, meetings, groups, path) }
      written += 1
    }
    return (written, meetings, groups, nil)
  }
}

extension Array where Element == Int {
  /// Up to `n` elements in a seeded random order (a partial Fisher-Yates shuffle).
  func shuffledPrefix(_ n: Int, _ random: inout SplitMix64) -> [Int] {
    var copy = self
    var out: [Int] = []
    var end = copy.count
    while out.count < n && end > 0 {
      let j = Int(random.next() % UInt64(end))
      out.append(copy[j])
      copy.swapAt(j, end - 1)
      end -= 1
    }
    return out
  }
}
