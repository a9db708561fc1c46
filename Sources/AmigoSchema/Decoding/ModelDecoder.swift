import AmigoYAML

/// Reads the model from a parsed document, leniently: a missing or invalid field is left nil or
/// empty (the `SchemaChecker` reports it), so rules and reports always get what is usable.
public enum ModelDecoder {
  // MARK: Trajectory

  public static func trajectory(_ document: YAMLDocument) -> Trajectory {
    var t = Trajectory()
    guard case .mapping(let m)? = document.root else { return t }
    for entry in m.entries {
      let v = entry.value
      switch entry.key.value {
      case "id": (t.id, t.idSpan) = text(v)
      case "programme": (t.programme, t.programmeSpan) = text(v)
      case "school": (t.school, t.schoolSpan) = text(v)
      case "worker": (t.worker, t.workerSpan) = text(v)
      case "status":
        t.status = scalar(v).flatMap { TrajectoryStatus(rawValue: $0.value) }
        t.statusSpan = span(v)
      case "child": t.child = child(v)
      case "referral": t.referral = mapping(v).map(referral)
      case "consent": t.consent = items(v).compactMap { mapping($0).map(consent) }
      case "plan": if let pm = mapping(v) { t.plan = plan(pm) }
      case "goals": t.goals = items(v).compactMap { item in mapping(item).map { goal($0, item) } }
      case "sessions":
        t.sessions = items(v).compactMap { item in mapping(item).map { session($0, item) } }
      case "closure": t.closure = mapping(v).map { closure($0, v) }
      default: break
      }
    }
    return t
  }

  static func child(_ node: YAMLNode) -> Child {
    var c = Child()
    guard let m = mapping(node) else { return c }
    for e in m.entries {
      switch e.key.value {
      case "label": (c.label, c.labelSpan) = text(e.value)
      case "born":
        c.born = scalar(e.value).flatMap { YearMonth($0.value) }
        c.bornSpan = span(e.value)
      case "gender": c.gender = scalar(e.value)?.value
      case "group": c.group = int(e.value)
      default: break
      }
    }
    return c
  }

  static func referral(_ m: YAMLMapping) -> Referral {
    var r = Referral()
    for e in m.entries {
      switch e.key.value {
      case "date": (r.date, r.dateSpan) = date(e.value)
      case "by": r.by = scalar(e.value)?.value
      case "concerns": r.concerns = strings(e.value)
      case "request":
        r.request = scalar(e.value)?.value
        r.requestSpan = span(e.value)
      default: break
      }
    }
    return r
  }

  static func consent(_ m: YAMLMapping) -> Consent {
    var c = Consent()
    for e in m.entries {
      switch e.key.value {
      case "date": (c.date, c.dateSpan) = date(e.value)
      case "given_by": c.givenBy = strings(e.value)
      case "form": c.form = scalar(e.value)?.value
      case "scope": c.scope = strings(e.value)
      case "withdrawn": (c.withdrawn, c.withdrawnSpan) = date(e.value)
      default: break
      }
    }
    return c
  }

  static func plan(_ m: YAMLMapping) -> Plan {
    var p = Plan()
    for e in m.entries {
      switch e.key.value {
      case "start": (p.start, p.startSpan) = date(e.value)
      case "weeks": p.weeks = int(e.value)
      case "reviews":
        p.reviews = items(e.value).compactMap { scalar($0).flatMap { LocalDate($0.value) } }
      default: break
      }
    }
    return p
  }

  static func goal(_ m: YAMLMapping, _ node: YAMLNode) -> Goal {
    var g = Goal()
    g.span = span(node)
    for e in m.entries {
      switch e.key.value {
      case "id": (g.id, g.idSpan) = text(e.value)
      case "domain": g.domain = scalar(e.value)?.value
      case "text": (g.text, g.textSpan) = text(e.value)
      case "agreed_with": g.agreedWith = strings(e.value)
      case "target": g.target = number(e.value)
      case "ratings":
        g.ratings = items(e.value).compactMap { item in
          guard let rm = mapping(item) else { return nil }
          var r = Rating()
          r.span = span(item)
          for re in rm.entries {
            switch re.key.value {
            case "date": r.date = date(re.value).0
            case "value": r.value = number(re.value)
            case "rater": r.rater = scalar(re.value).flatMap { Party(rawValue: $0.value) }
            default: break
            }
          }
          return r
        }
      case "result": g.result = scalar(e.value).flatMap { GoalResult(rawValue: $0.value) }
      default: break
      }
    }
    return g
  }

  static func session(_ m: YAMLMapping, _ node: YAMLNode) -> Session {
    var s = Session()
    s.span = span(node)
    for e in m.entries {
      switch e.key.value {
      case "date": (s.date, s.dateSpan) = date(e.value)
      case "kind": s.kind = scalar(e.value).flatMap { SessionKind(rawValue: $0.value) }
      case "minutes": s.minutes = int(e.value)
      case "place": s.place = scalar(e.value)?.value
      case "status":
        if let st = scalar(e.value).flatMap({ SessionStatus(rawValue: $0.value) }) { s.status = st }
      case "with": s.with = strings(e.value)
      case "methods": s.methods = strings(e.value)
      case "goals":
        for item in items(e.value) {
          if let sc = scalar(item) {
            s.goals.append(sc.value)
            s.goalSpans.append(Span(sc.start, sc.end))
          }
        }
      case "note":
        s.note = scalar(e.value)?.value
        s.noteSpan = span(e.value)
      default: break
      }
    }
    return s
  }

  static func closure(_ m: YAMLMapping, _ node: YAMLNode) -> Closure {
    var c = Closure()
    c.span = span(node)
    for e in m.entries {
      switch e.key.value {
      case "date": (c.date, c.dateSpan) = date(e.value)
      case "reason":
        c.reason = scalar(e.value).flatMap { ClosureReason(rawValue: $0.value) }
        c.reasonSpan = span(e.value)
      case "destination": c.destination = scalar(e.value)?.value
      case "summary":
        c.summary = scalar(e.value)?.value
        c.summarySpan = span(e.value)
      case "satisfaction":
        for se in mapping(e.value)?.entries ?? [] {
          if let party = Party(rawValue: se.key.value), let n = int(se.value) {
            c.satisfaction[party] = n
          }
        }
      default: break
      }
    }
    return c
  }

  // MARK: Config

  public static func config(_ document: YAMLDocument) -> Config {
    var c = Config()
    guard case .mapping(let m)? = document.root else { return c }
    for e in m.entries {
      switch e.key.value {
      case "organisation": c.organisation = text(e.value).0
      case "language": if let l = scalar(e.value)?.value, l == "nl" || l == "en" { c.language = l }
      case "small_numbers": if let n = int(e.value), n >= 2 { c.smallNumbers = n }
      case "id_prefix": if let p = scalar(e.value)?.value, Identifier.isValid(p) { c.idPrefix = p }
      case "programmes":
        c.programmes = (mapping(e.value)?.entries ?? []).map { pe in
          var p = Programme(id: pe.key.value)
          for f in mapping(pe.value)?.entries ?? [] {
            switch f.key.value {
            case "label": p.label = text(f.value).0
            case "age": p.age = range(f.value)
            case "weeks": p.weeks = range(f.value)
            case "child_sessions_per_week": p.childSessionsPerWeek = int(f.value)
            case "session_minutes": p.sessionMinutes = int(f.value)
            case "required_contacts":
              p.requiredContacts = strings(f.value).compactMap(SessionKind.init(rawValue:))
            case "retention_years": p.retentionYears = int(f.value)
            default: break
            }
          }
          return p
        }
      case "schools":
        c.schools = (mapping(e.value)?.entries ?? []).map { se in
          var s = School(id: se.key.value)
          for f in mapping(se.value)?.entries ?? [] {
            switch f.key.value {
            case "name": s.name = text(f.value).0
            case "municipality": s.municipality = scalar(f.value)?.value
            case "area": s.area = scalar(f.value)?.value
            default: break
            }
          }
          return s
        }
      case "workers":
        c.workers = (mapping(e.value)?.entries ?? []).map { we in
          var w = Worker(id: we.key.value)
          if let name = mapping(we.value)?["name"] { w.name = text(name).0 }
          return w
        }
      case "holidays":
        c.holidays = items(e.value).compactMap { item in
          guard let hm = mapping(item), let from = hm["from"].flatMap({ date($0).0 }),
            let to = hm["to"].flatMap({ date($0).0 })
          else { return nil }
          return Holiday(label: hm["label"].map { text($0).0 } ?? "", from: from, to: to)
        }
      case "privacy":
        c.strictPrivacy = mapping(e.value)?["strict"].flatMap { scalar($0)?.value } == "true"
      default: break
      }
    }
    return c
  }

  // MARK: Node helpers

  @inline(__always) static func scalar(_ node: YAMLNode?) -> YAMLScalar? {
    guard case .scalar(let s)? = node, !s.isEmptyValue else { return nil }
    return s
  }

  @inline(__always) static func mapping(_ node: YAMLNode) -> YAMLMapping? {
    if case .mapping(let m) = node { return m }
    return nil
  }

  @inline(__always) static func items(_ node: YAMLNode) -> [YAMLNode] {
    if case .sequence(let s) = node { return s.items.map(\.value) }
    return []
  }

  static func strings(_ node: YAMLNode) -> [String] {
    items(node).compactMap { scalar($0)?.value }
  }

  @inline(__always) static func span(_ node: YAMLNode) -> Span { Span(node.start, node.end) }

  static func text(_ node: YAMLNode) -> (String, Span) {
    (scalar(node)?.value ?? "", span(node))
  }

  static func date(_ node: YAMLNode) -> (LocalDate?, Span) {
    (scalar(node).flatMap { LocalDate($0.value) }, span(node))
  }

  static func int(_ node: YAMLNode) -> Int? {
    guard let s = scalar(node)?.value, s.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    return Int(s)
  }

  static func number(_ node: YAMLNode) -> Double? {
    scalar(node).flatMap { Decimal.parse($0.value) }
  }

  static func range(_ node: YAMLNode) -> ClosedRange<Int>? {
    guard let m = mapping(node), let lo = m["min"].flatMap(int), let hi = m["max"].flatMap(int),
      lo <= hi
    else {
      return nil
    }
    return lo...hi
  }
}
