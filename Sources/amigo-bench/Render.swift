import AmigoSchema
import AmigoYAML

/// A single-line scalar as amigo writes it: plain when every YAML reader agrees, else quoted.
func emit(_ text: String) -> String { ScalarEmitter.emit(text) }

/// Writes a trajectory in the layout of the example workspace.
enum Render {
  static func trajectory(_ t: GTrajectory) -> String {
    var o = ""
    o.reserveCapacity(12_288)
    o += "# yaml-language-server: $schema=../../../schema/trajectory.schema.json\n"
    o += "schema: amigo.trajectory/1\n"
    o += "id: " + t.id + "\n"
    o += "programme: " + t.programme + "\n"
    o += "school: " + t.school + "\n"
    o += "worker: " + t.worker + "\n"
    o += "status: " + t.status + "\n"

    o += "\nchild:\n"
    o += "  label: " + emit(t.label) + "\n"
    o += "  born: " + t.born + "\n"
    o += "  gender: " + t.gender + "\n"
    o += "  group: \(t.group)\n"

    o += "\nreferral:\n"
    o += "  date: \(t.referralDate)\n"
    o += "  by: " + t.referralBy + "\n"
    o += "  concerns: " + flowList(t.concerns) + "\n"
    if let request = t.request { text(&o, "  request:", request, indent: 4) }

    if !t.consents.isEmpty {
      o += "\nconsent:\n"
      for c in t.consents {
        o += "  - date: \(c.date)\n"
        o += "    given_by: " + flowList(c.givenBy) + "\n"
        o += "    form: " + c.form + "\n"
        o += "    scope: " + flowList(c.scope) + "\n"
        if let w = c.withdrawn { o += "    withdrawn: \(w)\n" }
      }
    }

    if let plan = t.plan {
      o += "\nplan:\n"
      o += "  start: \(plan.start)\n"
      o += "  weeks: \(plan.weeks)\n"
      if !plan.reviews.isEmpty {
        o += "  reviews: [" + plan.reviews.map(\.description).joined(separator: ", ") + "]\n"
      }
    }

    if !t.goals.isEmpty {
      o += "\ngoals:\n"
      for (i, g) in t.goals.enumerated() {
        if i > 0 && t.style.blankLines { o += "\n" }
        o += "  - id: " + g.id + "\n"
        o += "    domain: " + g.domain + "\n"
        o += "    text: " + emit(g.text) + "\n"
        o += "    agreed_with: " + flowList(g.agreedWith) + "\n"
        o += "    target: " + score(g.targetHalves) + "\n"
        if !g.ratings.isEmpty {
          o += "    ratings:\n"
          for r in g.ratings {
            o +=
              "      - {date: \(r.date), value: " + score(r.halves) + ", rater: " + r.rater + "}\n"
          }
        }
        if let result = g.result { o += "    result: " + result + "\n" }
      }
    }

    if !t.sessions.isEmpty {
      o += "\nsessions:\n"
      for (i, s) in t.sessions.enumerated() {
        if i > 0 && t.style.blankLines { o += "\n" }
        o += "  - date: \(s.date)\n"
        o += "    kind: " + s.kind + "\n"
        if let status = s.status { o += "    status: " + status + "\n" }
        if let minutes = s.minutes { o += "    minutes: \(minutes)\n" }
        if let place = s.place { o += "    place: " + place + "\n" }
        if !s.with.isEmpty { o += "    with: " + flowList(s.with) + "\n" }
        if !s.methods.isEmpty { o += "    methods: " + flowList(s.methods) + "\n" }
        if !s.goals.isEmpty { o += "    goals: " + flowList(s.goals) + "\n" }
        if let note = s.note { text(&o, "    note:", note, indent: 6) }
      }
    }

    if let c = t.closure {
      o += "\nclosure:\n"
      o += "  date: \(c.date)\n"
      o += "  reason: " + c.reason + "\n"
      o += "  destination: " + c.destination + "\n"
      if let summary = c.summary { text(&o, "  summary:", summary, indent: 4) }
      if !c.satisfaction.isEmpty {
        if t.style.flowSatisfaction {
          o +=
            "  satisfaction: {"
            + c.satisfaction.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}\n"
        } else {
          o += "  satisfaction:\n"
          for (who, value) in c.satisfaction { o += "    \(who): \(value)\n" }
        }
      }
    }
    return o
  }

  static func flowList(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
  }

  /// A score in half points as written: `7`, `4.5`.
  static func score(_ halves: Int) -> String {
    halves % 2 == 0 ? "\(halves / 2)" : "\(halves / 2).5"
  }

  /// `key: value`, or a literal block scalar for text with line breaks.
  static func text(_ o: inout String, _ key: String, _ value: String, indent: Int) {
    if value.contains("\n") && !value.hasSuffix("\n\n") && ScalarEmitter.canBeLiteralBlock(value) {
      let pad = String(repeating: " ", count: indent)
      let clip = value.hasSuffix("\n")
      let body = clip ? Substring(value).dropLast() : Substring(value)
      o += key + (clip ? " |\n" : " |-\n")
      for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
        o += line.isEmpty ? "\n" : pad + line + "\n"
      }
    } else {
      o += key + " " + emit(value) + "\n"
    }
  }
}
