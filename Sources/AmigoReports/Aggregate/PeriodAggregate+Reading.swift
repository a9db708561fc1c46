import AmigoSchema
import Foundation

/// What is wrong with an aggregate file: the key path and what to do.
public struct AggregateError: Error, Sendable, CustomStringConvertible {
  /// In English.
  public var description: String
  /// In Dutch.
  public var dutch: String

  public init(description: String, dutch: String) {
    self.description = description
    self.dutch = dutch
  }

  /// The text in `language`.
  public func text(_ language: Language) -> String { language.code == "nl" ? dutch : description }
}

extension PeriodAggregate {
  /// Reads an aggregate written by `json()`. Strict: an unknown key, a missing one, a count
  /// that is not a whole number from 0, or another format is refused, naming the key.
  public static func parse(_ data: Data) throws(AggregateError) -> PeriodAggregate {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data, options: [])
    } catch {
      let why = (error as NSError).localizedDescription
      throw AggregateError(
        description:
          "it is no JSON (\(why)); write it anew with 'amigo report --period P --aggregate --output FILE'",
        dutch:
          "het is geen JSON (\(why)); schrijf het opnieuw met 'amigo report --period P --aggregate --output BESTAND'"
      )
    }
    let root = try Reader(object, path: "")
    let format = try root.string("format")
    guard format == PeriodAggregate.format else {
      throw AggregateError(
        description:
          "'format' is '\(format)', not '\(PeriodAggregate.format)': an aggregate of another format (a newer amigo's?) cannot be read; write it anew with this amigo",
        dutch:
          "'format' is '\(format)', niet '\(PeriodAggregate.format)': een aggregaat van een ander formaat (van een nieuwere amigo?) is niet te lezen; schrijf het opnieuw met deze amigo"
      )
    }
    let periodObject = try root.object("period")
    let from = try periodObject.date("from")
    let to = try periodObject.date("to")
    guard from <= to else { throw periodObject.error("to", "is before 'from'", "ligt voor 'from'") }
    let period = DateRange(from: from, to: to, name: try periodObject.string("name"))
    try periodObject.only(["name", "from", "to", "ended"])
    let smallNumbers = try root.int("small_numbers")
    guard smallNumbers >= 1 else {
      throw root.error("small_numbers", "must be 1 or more", "moet 1 of meer zijn")
    }
    var programmes: [Programme] = []
    for (i, item) in try root.array("programmes").enumerated() {
      programmes.append(try programme(try Reader(item, path: "programmes[\(i)]")))
    }
    let total = try figures(try root.object("total"))
    var perProgramme: [String: PeriodReport.Figures] = [:]
    let per = try root.object("per_programme")
    for key in per.keys {
      guard programmes.contains(where: { $0.id == key }) else {
        throw per.error(
          key, "names no programme of 'programmes'", "noemt geen programma uit 'programmes'")
      }
      perProgramme[key] = try figures(try per.object(key))
    }
    let aggregate = PeriodAggregate(
      organisation: try root.string("organisation"), language: try root.string("language"),
      smallNumbers: smallNumbers, period: period, ended: try periodObject.bool("ended"),
      programmes: programmes, total: total,
      perProgramme: perProgramme)
    try root.only([
      "format", "organisation", "language", "small_numbers", "period", "programmes", "total",
      "per_programme",
    ])
    return aggregate
  }

  static func programme(_ r: Reader) throws(AggregateError) -> Programme {
    var p = Programme(id: try r.string("id"))
    p.label = try r.string("label")
    p.age = try r.range("age")
    p.weeks = try r.range("weeks")
    p.childSessionsPerWeek = try r.optionalInt("child_sessions_per_week")
    p.sessionMinutes = try r.optionalInt("session_minutes")
    p.doseKind = try r.kind("dose_kind")
    p.requiredContacts = try r.kinds("required_contacts")
    p.sessionKinds = r.isNull("session_kinds") ? nil : try r.kinds("session_kinds")
    p.goalsExpected = try r.bool("goals")
    p.retentionYears = try r.optionalInt("retention_years")
    p.followUpMonths = try r.optionalInt("follow_up_months")
    p.referrers = try r.strings("referred_by")
    p.notRecorded = try r.strings("not_recorded")
    // Whether the parents must consent at every age (`parents_consent:`; absent in aggregates
    // written before the key: false).
    p.parentsConsent = r.dict["parents_consent"] == nil ? false : try r.bool("parents_consent")
    // The optional figures the programme's report shows (`figures:`; null: every one).
    p.figures = r.dict["figures"] == nil || r.isNull("figures") ? nil : try r.strings("figures")
    try r.only([
      "id", "label", "age", "weeks", "child_sessions_per_week", "session_minutes", "dose_kind",
      "required_contacts", "session_kinds", "goals", "retention_years", "follow_up_months",
      "referred_by", "not_recorded", "parents_consent", "figures",
    ])
    return p
  }

  static func figures(_ r: Reader) throws(AggregateError) -> PeriodReport.Figures {
    var f = PeriodReport.Figures()
    f.reached = try r.int("reached")
    f.reachedFamilies = familyTokens(try r.int("families"), source: 0)
    f.new = try r.int("started")
    f.running = try r.int("running")
    f.closed = try r.int("closed")
    f.referrals = try r.int("referrals")
    f.referralSources = try r.counts("referral_sources")
    f.waiting = try r.int("waiting")
    f.waitingDays = try r.distribution("days_waiting")
    f.daysToStart = try r.distribution("days_to_start", negative: true)
    f.durationWeeks = try r.distribution("duration_days", negative: true).map { $0 / 7 }
    f.childTalks = try r.distribution("child_talks")
    f.contactMinutes = try r.distribution("contact_minutes")
    // Written since amigo counts network talks: an older aggregate has none, and its children's
    // network talks are unknown (not zero).
    if r.dict["network_talks"] != nil {
      f.networkTalks = try r.distribution("network_talks")
    } else {
      f.networkTalksKnown = false
    }
    for (k, v) in try r.counts("closed_with") {
      guard let kind = SessionKind(rawValue: k) else {
        throw r.error(
          "closed_with", "names '\(k)', no session kind", "noemt '\(k)', geen soort contact")
      }
      f.closedWith[kind] = v
    }
    for (k, v) in try r.counts("closure_reasons") {
      guard let reason = ClosureReason(rawValue: k) else {
        throw r.error(
          "closure_reasons", "names '\(k)', no closure reason",
          "noemt '\(k)', geen reden van afsluiten")
      }
      f.reasons[reason] = v
    }
    f.destinations = try r.counts("destinations")
    f.withoutHelp = try r.int("without_help")
    f.goalsWithResult = try r.int("goals_with_result")
    f.goalsAchieved = try r.int("goals_achieved")
    f.closedWithGoalResults = try r.int("closed_with_goal_results")
    let satisfaction = try r.object("satisfaction")
    for key in satisfaction.keys {
      guard let party = Party(rawValue: key) else {
        throw satisfaction.error(
          key, "is no party (child, parents, teacher)", "is geen partij (child, parents, teacher)")
      }
      f.satisfaction[party] = try satisfaction.distribution(key)
    }
    try r.only([
      "reached", "families", "started", "running", "closed", "referrals", "referral_sources",
      "waiting", "days_waiting", "days_to_start", "duration_days", "child_talks",
      "contact_minutes", "network_talks", "closed_with", "closure_reasons", "destinations",
      "without_help",
      "goals_with_result", "goals_achieved", "closed_with_goal_results", "satisfaction",
    ])
    return f
  }

  /// A JSON object read key by key; each error names the key's path.
  struct Reader {
    let dict: [String: Any]
    let path: String

    init(_ value: Any, path: String) throws(AggregateError) {
      guard let dict = value as? [String: Any] else {
        throw AggregateError(
          description: "\(path.isEmpty ? "the file" : "'\(path)'") is not a JSON object",
          dutch: "\(path.isEmpty ? "het bestand" : "'\(path)'") is geen JSON-object")
      }
      self.dict = dict
      self.path = path
    }

    var keys: [String] { dict.keys.sorted() }
    func name(_ key: String) -> String { path.isEmpty ? key : path + "." + key }
    func error(_ key: String, _ what: String, _ dutch: String) -> AggregateError {
      AggregateError(description: "'\(name(key))' \(what)", dutch: "'\(name(key))' \(dutch)")
    }
    func value(_ key: String) throws(AggregateError) -> Any {
      guard let v = dict[key] else { throw error(key, "is missing", "ontbreekt") }
      return v
    }
    func isNull(_ key: String) -> Bool { dict[key] is NSNull }
    func only(_ allowed: Set<String>) throws(AggregateError) {
      if let extra = keys.first(where: { !allowed.contains($0) }) {
        throw error(
          extra, "is not a key of \(PeriodAggregate.format)",
          "is geen sleutel van \(PeriodAggregate.format)")
      }
    }
    func string(_ key: String) throws(AggregateError) -> String {
      guard let s = try value(key) as? String else {
        throw error(key, "must be a string", "moet een tekst zijn")
      }
      return s
    }
    func date(_ key: String) throws(AggregateError) -> LocalDate {
      guard let d = LocalDate(try string(key)) else {
        throw error(key, "must be a date YYYY-MM-DD", "moet een datum JJJJ-MM-DD zijn")
      }
      return d
    }
    func bool(_ key: String) throws(AggregateError) -> Bool {
      let v = try value(key)
      guard Reader.isBool(v), let n = v as? NSNumber else {
        throw error(key, "must be true or false", "moet true of false zijn")
      }
      return n.boolValue
    }
    /// JSON's true and false (Foundation reads them as a boolean kind of NSNumber).
    static func isBool(_ v: Any) -> Bool {
      String(describing: type(of: v)).contains("Boolean") || type(of: v) == Bool.self
    }
    static func whole(_ v: Any) -> Int? {
      guard !isBool(v), let n = v as? NSNumber else { return nil }
      let d = n.doubleValue
      guard d == d.rounded(), abs(d) < 1e15 else { return nil }
      return Int(d)
    }
    func int(_ key: String) throws(AggregateError) -> Int {
      guard let n = Reader.whole(try value(key)), n >= 0 else {
        throw error(key, "must be a whole number from 0", "moet een geheel getal vanaf 0 zijn")
      }
      return n
    }
    func optionalInt(_ key: String) throws(AggregateError) -> Int? {
      isNull(key) ? nil : try int(key)
    }
    func range(_ key: String) throws(AggregateError) -> ClosedRange<Int>? {
      if isNull(key) { return nil }
      guard let a = try value(key) as? [Any], a.count == 2, let lo = Reader.whole(a[0]),
        let hi = Reader.whole(a[1]), lo <= hi
      else {
        throw error(
          key, "must be null or [from, to] with from ≤ to",
          "moet null zijn of [van, tot] met van ≤ tot")
      }
      return lo...hi
    }
    func array(_ key: String) throws(AggregateError) -> [Any] {
      guard let a = try value(key) as? [Any] else {
        throw error(key, "must be a list", "moet een lijst zijn")
      }
      return a
    }
    func strings(_ key: String) throws(AggregateError) -> [String] {
      guard let a = try array(key) as? [String] else {
        throw error(key, "must be a list of strings", "moet een lijst van teksten zijn")
      }
      return a
    }
    func kind(_ key: String) throws(AggregateError) -> SessionKind {
      let s = try string(key)
      guard let k = SessionKind(rawValue: s) else {
        throw error(key, "names '\(s)', no session kind", "noemt '\(s)', geen soort contact")
      }
      return k
    }
    func kinds(_ key: String) throws(AggregateError) -> [SessionKind] {
      var out: [SessionKind] = []
      for s in try strings(key) {
        guard let k = SessionKind(rawValue: s) else {
          throw error(key, "names '\(s)', no session kind", "noemt '\(s)', geen soort contact")
        }
        out.append(k)
      }
      return out
    }
    func object(_ key: String) throws(AggregateError) -> Reader {
      try Reader(try value(key), path: name(key))
    }
    /// `{"value": count}` with whole counts from 0.
    func counts(_ key: String) throws(AggregateError) -> [String: Int] {
      let o = try object(key)
      var out: [String: Int] = [:]
      for k in o.keys { out[k] = try o.int(k) }
      return out
    }
    /// Counts per whole value (`{"12": 3}`), as the values themselves.
    func distribution(_ key: String, negative: Bool = false) throws(AggregateError) -> [Double] {
      let o = try object(key)
      var out: [Double] = []
      var total = 0
      for k in o.keys {
        guard let v = Int(k), negative || v >= 0, String(v) == k else {
          throw o.error(
            k, "is no whole number\(negative ? "" : " from 0") (a value counted)",
            "is geen geheel getal\(negative ? "" : " vanaf 0") (een getelde waarde)")
        }
        let n = try o.int(k)
        total += n
        // More trajectories than any service has: a damaged file, not figures.
        guard n <= 10_000_000, total <= 10_000_000 else {
          throw o.error(
            k, "counts more than 10,000,000 trajectories", "telt meer dan 10.000.000 trajecten")
        }
        out += Array(repeating: Double(v), count: n)
      }
      return out.sorted()
    }
  }
}
