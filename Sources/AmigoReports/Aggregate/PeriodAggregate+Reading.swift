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
    var p = Programme(id: try r.string(Key.programmeID))
    p.label = try r.string(Programme.Key.label)
    p.age = try r.range(Programme.Key.age)
    p.weeks = try r.range(Programme.Key.weeks)
    p.childSessionsPerWeek = try r.optionalInt(Programme.Key.childSessionsPerWeek)
    p.sessionMinutes = try r.optionalInt(Programme.Key.sessionMinutes)
    p.doseKind = try r.kind(Programme.Key.doseKind)
    p.requiredContacts = try r.kinds(Programme.Key.requiredContacts)
    p.sessionKinds =
      r.isNull(Programme.Key.sessionKinds) ? nil : try r.kinds(Programme.Key.sessionKinds)
    p.goalsExpected = try r.bool(Programme.Key.goals)
    p.retentionYears = try r.optionalInt(Programme.Key.retentionYears)
    p.followUpMonths = try r.optionalInt(Programme.Key.followUpMonths)
    p.referrers = try r.strings(Programme.Key.referredBy)
    p.notRecorded = try r.strings(Programme.Key.notRecorded)
    // Whether the parents must consent at every age (`parents_consent:`; absent in aggregates
    // written before the key: false).
    p.parentsConsent =
      r.dict[Programme.Key.parentsConsent] == nil ? false : try r.bool(Programme.Key.parentsConsent)
    // The optional figures the programme's report shows (`figures:`; null: every one).
    p.figures =
      r.dict[Programme.Key.figures] == nil || r.isNull(Programme.Key.figures)
      ? nil : try r.strings(Programme.Key.figures)
    try r.only([
      Key.programmeID, Programme.Key.label, Programme.Key.age, Programme.Key.weeks,
      Programme.Key.childSessionsPerWeek, Programme.Key.sessionMinutes, Programme.Key.doseKind,
      Programme.Key.requiredContacts, Programme.Key.sessionKinds, Programme.Key.goals,
      Programme.Key.retentionYears, Programme.Key.followUpMonths,
      Programme.Key.referredBy, Programme.Key.notRecorded, Programme.Key.parentsConsent,
      Programme.Key.figures,
    ])
    return p
  }

  static func figures(_ r: Reader) throws(AggregateError) -> PeriodReport.Figures {
    var f = PeriodReport.Figures()
    f.reached = try r.int(Key.reached)
    f.reachedFamilies = familyTokens(try r.int(Key.families), source: 0)
    f.new = try r.int(Key.started)
    f.running = try r.int(Key.running)
    f.closed = try r.int(Key.closed)
    f.referrals = try r.int(Key.referrals)
    f.referralSources = try r.counts(Key.referralSources)
    f.waiting = try r.int(Key.waiting)
    f.waitingDays = try r.distribution(Key.daysWaiting)
    f.daysToStart = try r.distribution(Key.daysToStart, negative: true)
    f.durationWeeks = try r.distribution(Key.durationDays, negative: true).map { $0 / 7 }
    f.childTalks = try r.distribution(Key.childTalks)
    f.contactMinutes = try r.distribution(Key.contactMinutes)
    // Written since amigo counts network talks: an older aggregate has none, and its children's
    // network talks are unknown (not zero).
    if r.dict[Key.networkTalks] != nil {
      f.networkTalks = try r.distribution(Key.networkTalks)
    } else {
      f.networkTalksKnown = false
    }
    for (k, v) in try r.counts(Key.closedWith) {
      guard let kind = SessionKind(rawValue: k) else {
        throw r.error(
          Key.closedWith, "names '\(k)', no session kind", "noemt '\(k)', geen soort contact")
      }
      f.closedWith[kind] = v
    }
    for (k, v) in try r.counts(Key.closureReasons) {
      guard let reason = ClosureReason(rawValue: k) else {
        throw r.error(
          Key.closureReasons, "names '\(k)', no closure reason",
          "noemt '\(k)', geen reden van afsluiten")
      }
      f.reasons[reason] = v
    }
    f.destinations = try r.counts(Key.destinations)
    f.withoutHelp = try r.int(Key.withoutHelp)
    f.goalsWithResult = try r.int(Key.goalsWithResult)
    f.goalsAchieved = try r.int(Key.goalsAchieved)
    f.closedWithGoalResults = try r.int(Key.closedWithGoalResults)
    let satisfaction = try r.object(Key.satisfaction)
    for key in satisfaction.keys {
      guard let party = Party(rawValue: key) else {
        throw satisfaction.error(
          key, "is no party (child, parents, teacher)", "is geen partij (child, parents, teacher)")
      }
      f.satisfaction[party] = try satisfaction.distribution(key)
    }
    try r.only([
      Key.reached, Key.families, Key.started, Key.running, Key.closed, Key.referrals,
      Key.referralSources,
      Key.waiting, Key.daysWaiting, Key.daysToStart, Key.durationDays, Key.childTalks,
      Key.contactMinutes, Key.networkTalks, Key.closedWith, Key.closureReasons, Key.destinations,
      Key.withoutHelp,
      Key.goalsWithResult, Key.goalsAchieved, Key.closedWithGoalResults, Key.satisfaction,
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
