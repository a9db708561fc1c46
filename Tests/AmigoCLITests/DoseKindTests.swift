import AmigoCLI
import AmigoSchema
import Foundation
import Testing
import _AmigoTestSupport

/// Issue 18's leftovers: the dose norm names the session kind it counts (`dose_kind:`), and
/// every report follows the profile: no child-talk norm, home visit or goals where the profile
/// has none.
@Suite struct DoseKindTests {
  final class Workspace: CommandWorkspace {

    func edit(_ path: String, _ change: (String) -> String) throws {
      try Data(change(text(path)).utf8).write(to: work.appendingPathComponent(path))
    }
  }

  /// The four programmes besides Amigo's op School set no dose norm, agree no goals and ask no
  /// home visit: no week, period or child report of theirs, and no `show`, mentions them.
  @Test(arguments: ["kansencoach", "ruggensteun", "sociaal-werker-school", "tijd-voor-toekomst"])
  func reportsFollowTheProfile(_ example: String) throws {
    let w = try Workspace(example)
    let ids = try FileManager.default.contentsOfDirectory(
      atPath: w.work.appendingPathComponent("trajectories").path
    ).filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    var outputs: [(String, String)] = []
    for lang in ["nl", "en"] {
      for week in ["2026-W45", "2026-W46", "2026-W47"] {
        let (s, out, err) = w.run(["report", "--week", week, "--lang", lang])
        #expect(s == .success, "\(err)")
        outputs.append(("week \(week) \(lang)", out))
      }
      let (s, out, err) = w.run(["report", "--period", "2026-08-01..2026-12-31", "--lang", lang])
      #expect(s == .success, "\(err)")
      outputs.append(("period \(lang)", out))
      for id in ids {
        let (s, out, err) = w.run(["report", "--child", id, "--lang", lang])
        #expect(s == .success, "\(err)")
        outputs.append(("child \(id) \(lang)", out))
        if lang == "nl" {
          let (shown, text, showErr) = w.run(["show", id])
          #expect(shown == .success, "\(showErr)")
          outputs.append(("show \(id)", text))
        }
      }
    }
    // A norm of any kind, an asked-for home visit, goals.
    let forbidden = [
      "norm", "Norm", "no home visit", "nog geen huisbezoek", "with a home visit",
      "met een huisbezoek", "no goals", "geen doelen", "Goals", "Doelen",
    ]
    for (what, out) in outputs {
      for word in forbidden {
        #expect(!out.contains(word), "\(example), \(what) mentions '\(word)':\n\(out)")
      }
    }
  }

  /// A programme whose dose counts parent talks: the validation warning, the week report's
  /// column and attention, the child report's checklist and log-session's default minutes all
  /// name parent talks.
  @Test func aDoseOfParentTalksIsNamedEverywhere() throws {
    let w = try Workspace("kansencoach")
    try w.edit("amigo.yaml") {
      $0.replacingOccurrences(
        of: "    required_contacts: [parent-talk]\n",
        with:
          "    required_contacts: [parent-talk]\n    child_sessions_per_week: 1\n    session_minutes: 45\n    dose_kind: parent-talk\n"
      )
    }
    #expect(w.text("amigo.yaml").contains("dose_kind: parent-talk"))
    let (_, out1, err1) = w.run(["validate"])
    let validated = out1 + err1
    // A norm of one: "geen oudergesprek gehouden in 2 weken", the noun in the singular.
    #expect(validated.contains("geen oudergesprek gehouden in"), "\(validated)")
    #expect(!validated.contains("kindgesprekken"), "\(validated)")

    let (s, week, err) = w.run(["report", "--week", "2026-W46", "--lang", "en"])
    #expect(s == .success, "\(err)")
    #expect(week.contains("Parent talks"), "\(week)")
    #expect(week.contains("of 1 parent talk this week"), "\(week)")
    #expect(!week.contains("hild talks"), "\(week)")
    let (_, weekNL, _) = w.run(["report", "--week", "2026-W46", "--lang", "nl"])
    #expect(weekNL.contains("Oudergesprekken"), "\(weekNL)")
    #expect(!weekNL.contains("indgesprekken"), "\(weekNL)")
    let (_, csv, _) = w.run(["report", "--week", "2026-W46", "--format", "csv", "--lang", "en"])
    #expect(
      csv.hasPrefix(
        "ISO week,Week start,Worker,Worker (name),Child,Id,School,School (name),Week,Dose kind,Dose kind (label),Parent talks,Norm"
      ), "\(csv)")
    #expect(csv.contains(",parent-talk,parent talk,"), "\(csv)")

    let running = try FileManager.default.contentsOfDirectory(
      atPath: w.work.appendingPathComponent("trajectories").path
    ).filter { w.text("trajectories/\($0)").contains("status: active") }.sorted()
    let id = String(try #require(running.first).dropLast(5))
    let (_, child, _) = w.run(["report", "--child", id, "--lang", "en"])
    #expect(child.contains("parent talks"), "\(child)")
    #expect(!child.contains("hild talks"), "\(child)")

    // The programme's minutes are a parent talk's default now, not a child talk's.
    let (logged, out, logErr) = w.run(["log-session", id, "--kind", "oudergesprek"])
    #expect(logged == .success, "\(logErr)")
    #expect(out.contains("Vastgelegd: oudergesprek op 2026-11-19, 45 min"), "\(out)")
  }

  /// The week report and the period report decide the child-talk column by one rule
  /// (`Programme.counts`): a programme without a norm that names no kinds gets neither; one
  /// that names child talks among its kinds gets both.
  @Test func weekAndPeriodReportsAgreeOnTheChildTalkColumn() throws {
    for declared in [false, true] {
      let w = try Workspace("sociaal-werker-school")
      if declared {
        try w.edit("amigo.yaml") {
          $0.replacingOccurrences(
            of: "    goals: false\n",
            with: "    goals: false\n    session_kinds: [child-talk, parent-talk, teacher-talk]\n")
        }
      }
      let (_, week, _) = w.run(["report", "--week", "2026-W46", "--lang", "en"])
      let (_, period, _) = w.run(["report", "--period", "2026-08-01..2026-12-31", "--lang", "en"])
      #expect(week.contains("Child talks") == declared, "\(week)")
      #expect(period.contains("Child talks per child reached") == declared, "\(period)")
    }
  }
}
