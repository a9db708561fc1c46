import AmigoYAML
import Foundation

/// What checking an activity needs to know of the workspace's trajectories: which ids exist
/// (the file names) and, for those that could be read, the facts consent is judged by.
public struct TrajectoryIndex: Sendable {
  public struct Entry: Sendable, Hashable {
    public var consent: [Consent]
    public var born: YearMonth?
    public var label: String
    /// The trajectory's referral and closure dates: an activity names the child between them.
    public var referral: LocalDate?
    public var closure: LocalDate?
    public init(_ t: Trajectory) {
      consent = t.consent
      born = t.child.born
      label = t.child.label
      referral = t.referral?.date
      closure = t.closure?.date
    }
  }

  /// Every trajectory id (file name without `.yaml`), sorted: asked only for a suggestion
  /// (a near id for an unknown one), so sorted then, once (a week report in an archive of a
  /// hundred thousand files seldom asks).
  public var ids: [String] { sortedIDs.value }
  private let sortedIDs: SortedOnce
  let known: TrajectoryIDs
  public let entries: [String: Entry]
  /// Ids erased with `amigo erase` and the day each was (the workspace's `ErasedLedger`).
  public var erased: [String: LocalDate] = [:]
  /// The labels of the workspace's children (`validate`, the commands that write an activity;
  /// `validate --changed`: those the checked files may hold, `LabelLookup.Words`): an
  /// activity's text that names a child it does not list is found by them too.
  public var labels = LabelLookup([])

  public init(ids: [String], trajectories: [Trajectory]) {
    sortedIDs = SortedOnce { ids }
    known = TrajectoryIDs(ids)
    var entries: [String: Entry] = [:]
    for t in trajectories where !t.id.isEmpty { entries[t.id] = Entry(t) }
    self.entries = entries
  }

  /// The index of `ids`, with the facts of the trajectories in `entries` only (the children
  /// the activity files name).
  public init(ids: [String], entries: [String: Entry]) {
    sortedIDs = SortedOnce { ids }
    known = TrajectoryIDs(ids)
    self.entries = entries
  }

  /// The index of the ids `known` holds, with the facts of the trajectories in `entries`
  /// only; `ids` gives them all, asked for a suggestion only.
  public init(
    known: TrajectoryIDs, ids: @escaping @Sendable () -> [String], entries: [String: Entry]
  ) {
    sortedIDs = SortedOnce(ids)
    self.known = known
    self.entries = entries
  }

  public func contains(_ id: String) -> Bool { known.contains(id) }

  /// A list of texts made and sorted the first time it is asked for.
  private final class SortedOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (@Sendable () -> [String])?
    private var texts: [String] = []

    init(_ make: @escaping @Sendable () -> [String]) { self.make = make }

    var value: [String] {
      lock.withLock {
        if let make {
          texts = make().sorted()
          self.make = nil
        }
        return texts
      }
    }
  }
}

/// Which trajectory ids exist: a set of the ids, or, for a workspace's hundred thousand files,
/// a sorted table of a hash of each file's ASCII id bytes (made without a string per file): an
/// id whose hash is in the table is confirmed by `exact`, the id of the file at that place.
/// Ids with other bytes are kept as strings, and an id asked for with other bytes is compared
/// with every file's: what a set of all the ids answers, canonical equivalence included.
public struct TrajectoryIDs: Sendable {
  /// Every id (`init(_:)`).
  private let set: Set<String>
  /// The ids that are not ASCII (`init(hashes:exact:)`), each with the place of its first file.
  private let others: [String: Int]
  /// An open-addressing table of the ASCII ids' hashes and the places of their files (-1: an
  /// empty slot), at most half full; files of one id lie on its probe path in their order.
  private let slots: [(hash: UInt64, place: Int32)]
  private let count: Int
  private let exact: (@Sendable (Int) -> String)?

  public init(_ ids: [String]) {
    set = Set(ids)
    others = [:]
    slots = []
    count = ids.count
    exact = nil
  }

  /// `hashes.count` files, the `i`th with id `exact(i)` and `hashes[i]` the hash of its
  /// bytes (`hash(_:)`; nil: not ASCII).
  public init(hashes: [UInt64?], exact: @escaping @Sendable (Int) -> String) {
    var size = 16
    while size < hashes.count * 2 { size *= 2 }
    var slots = [(hash: UInt64, place: Int32)](repeating: (0, -1), count: size)
    var others: [String: Int] = [:]
    for (i, h) in hashes.enumerated() {
      guard let h else {
        let id = exact(i)
        if others[id] == nil { others[id] = i }
        continue
      }
      var k = Int(truncatingIfNeeded: h) & (size - 1)
      while slots[k].place >= 0 { k = (k + 1) & (size - 1) }
      slots[k] = (h, Int32(truncatingIfNeeded: i))
    }
    self.slots = slots
    set = []
    self.others = others
    count = hashes.count
    self.exact = exact
  }

  /// FNV-1a of the bytes of an id, mixed; nil when one is not ASCII.
  @inline(__always) public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      guard b < 0x80 else { return nil }
      h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
    }
    return h ^ (h >> 29)
  }

  public func contains(_ id: String) -> Bool {
    guard exact != nil else { return set.contains(id) }
    return place(of: id) != nil
  }

  /// The place (in the files `init(hashes:exact:)` was given) of the first file whose id is
  /// `id`; nil when there is none, or for an index made of ids (`init(_:)`).
  public func place(of id: String) -> Int? {
    guard let exact else { return nil }
    if let place = others[id] { return place }
    var id = id
    guard let h = id.withUTF8(Self.hash) else {
      return (0..<count).first { exact($0) == id }
    }
    return place(hash: h) { id }
  }

  /// The id `word` (ASCII bytes: a run of a text's id characters) is, made a string only when
  /// a file's id hashes alike; nil when it is none.
  public func id(matching word: UnsafeBufferPointer<UInt8>) -> String? {
    guard exact != nil, let h = Self.hash(word) else {
      let text = String(decoding: word, as: UTF8.self)
      return contains(text) ? text : nil
    }
    // An ASCII word may still equal a non-ASCII id canonically (the Kelvin sign is a K).
    if !others.isEmpty {
      let text = String(decoding: word, as: UTF8.self)
      if others[text] != nil { return text }
    }
    var text: String?
    return place(hash: h) {
      if text == nil { text = String(decoding: word, as: UTF8.self) }
      return text!
    } != nil ? text : nil
  }

  private func place(hash h: UInt64, _ id: () -> String) -> Int? {
    guard let exact, !slots.isEmpty else { return nil }
    var k = Int(truncatingIfNeeded: h) & (slots.count - 1)
    while slots[k].place >= 0 {
      if slots[k].hash == h && exact(Int(slots[k].place)) == id() { return Int(slots[k].place) }
      k = (k + 1) & (slots.count - 1)
    }
    return nil
  }
}

/// Checks activity files (`amigo.activity/1`): syntax, schema, the type's fields, references to
/// `amigo.yaml` and to trajectories, attendance, consent on each date, the privacy lint.
/// `validate(bytes:…)` takes the fast path where it can (a file in canonical layout without a
/// syntax or schema problem, read by `CanonicalScanner` and decoded strictly), as trajectory
/// files do, and gives exactly the diagnostics of the full path (`ActivityFastPathTests`).
public enum ActivityValidator {
  /// Checks one activity file. `index` nil: trajectory references and consent are not checked
  /// (no workspace).
  public static func validate(
    _ document: YAMLDocument, fileName: String?, config: Config?, index: TrajectoryIndex?,
    today: LocalDate?, warnings: Bool = true
  ) -> (Activity?, [Diagnostic]) {
    var diagnostics = document.diagnostics
    guard document.isCheckable else {
      return (nil, Validator.capped(diagnostics, parserStopped: document.stoppedCounting))
    }
    diagnostics += SchemaChecker.check(document, against: Schemas.activity)
    guard case .mapping(let root)? = document.root else {
      return (nil, Validator.capped(diagnostics, parserStopped: document.stoppedCounting))
    }
    let activity = SchemaDecoder.activity(document)
    diagnostics += Validator.controlCharacters(
      in: .mapping(root), document, lines: Activity.multilineKeys)
    diagnostics += checks(
      activity, Syntax(document, root), fileName: fileName, config: config, index: index,
      today: today, warnings: warnings)
    return (
      document.isValid ? activity : nil,
      Validator.capped(
        diagnostics.sortedByLocation(), parserStopped: document.stoppedCounting,
        syntax: document.diagnostics)
    )
  }

  /// Checks one activity file from its bytes, with the result of `validate(_:…)` on the parsed
  /// document: a file in canonical layout without syntax or schema problems is decoded from
  /// `CanonicalScanner`'s tree without building a syntax tree; any other file is parsed in
  /// full. The parsed document is returned when there was one.
  public static func validate(
    bytes: [UInt8], fileName: String?, config: Config?, index: TrajectoryIndex?,
    today: LocalDate?, warnings: Bool = true
  ) -> (Activity?, [Diagnostic], YAMLDocument?) {
    if let tree = CanonicalScanner.scan(bytes),
      let activity: Activity = SchemaDecoder.decode(
        tree, .activity, strict: true, freeText: true, descriptions: true)
    {
      var diagnostics = controlCharacters(tree)
      diagnostics += checks(
        activity, Syntax(tree), fileName: fileName, config: config, index: index, today: today,
        warnings: warnings)
      return (activity, Validator.capped(diagnostics.sortedByLocation(), parserStopped: false), nil)
    }
    let document = YAMLDocument(bytes: bytes)
    let (activity, diagnostics) = validate(
      document, fileName: fileName, config: config, index: index, today: today,
      warnings: warnings)
    return (activity, diagnostics, document)
  }

  /// The activity in a file's bytes: from the fast path when it can, else from the parsed
  /// document (lenient, like `SchemaDecoder.activity`).
  public static func decode(_ bytes: [UInt8]) -> Activity {
    if let tree = CanonicalScanner.scan(bytes),
      let activity: Activity = SchemaDecoder.decode(
        tree, .activity, strict: true, freeText: true, descriptions: true)
    {
      return activity
    }
    return SchemaDecoder.activity(YAMLDocument(bytes: bytes))
  }

  /// Every check after syntax and schema, on either path.
  static func checks(
    _ activity: Activity, _ syntax: Syntax, fileName: String?, config: Config?,
    index: TrajectoryIndex?, today: LocalDate?, warnings: Bool
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let c = Context(
      syntax: syntax, activity: activity, config: config, index: index, today: today)
    if let fileName, !activity.id.isEmpty, activity.id != fileName {
      diagnostics.append(
        SchemaDiagnostics.idMismatch(
          c.range(activity.idSpan), id: activity.id, fileName: fileName + ".yaml"))
    }
    // Ids are unique across the workspace: an activity with a trajectory's id would make
    // `history`, `agree` and the erasure ledger ambiguous.
    if let index, !activity.id.isEmpty, index.contains(activity.id) {
      diagnostics.append(
        SchemaDiagnostics.activityIDOfTrajectory(c.range(activity.idSpan), id: activity.id))
    }
    diagnostics += typeFields(c)
    diagnostics += theme(c)
    diagnostics += references(c)
    diagnostics += children(c)
    diagnostics += meetingDates(c)
    diagnostics += consent(c)
    diagnostics += period(c)
    diagnostics += texts(c, warnings: warnings)
    diagnostics += futureDates(c)
    diagnostics += lightWork(c)
    if warnings { diagnostics += zeroMinutes(c) }
    return diagnostics
  }

  struct Context {
    let syntax: Syntax
    let activity: Activity
    let config: Config?
    let index: TrajectoryIndex?
    let today: LocalDate?
    var source: SourceText { syntax.source }
    func range(_ span: Span) -> SourceRange { source.range(span.start, span.end) }
  }

  /// A group's theme is a concern, and a meeting's roles (`with`) are participants: built-in
  /// ones or ones the workspace declares (`vocabularies: {concerns: …}`, `{participants: …}`),
  /// as `VocabularyRule` judges trajectories.
  static func theme(_ c: Context) -> [Diagnostic] {
    var out: [Diagnostic] = []
    if let theme = c.activity.theme, !theme.isEmpty {
      let spec = c.config?.vocabulary(Schemas.domain) ?? Schemas.domain
      if !spec.contains(theme), let range = c.syntax.valueRange("theme") {
        out.append(VocabularyRule.unknown(range, theme, spec))
      }
    }
    let roles = c.config?.vocabulary(Schemas.participant) ?? Schemas.participant
    for (i, role) in c.activity.with.enumerated() where !role.isEmpty && !roles.contains(role) {
      let span = i < c.activity.withSpans.count ? c.activity.withSpans[i] : c.activity.typeSpan
      out.append(VocabularyRule.unknown(c.range(span), role, roles))
    }
    return out
  }

  /// A type has its own fields: one of another type is an error, a required one missing too.
  static func typeFields(_ c: Context) -> [Diagnostic] {
    guard let type = c.activity.type else { return [] }
    let policy = type.policy
    let allowed = ActivityType.allowedFields[type] ?? []
    var out: [Diagnostic] = []
    for key in c.syntax.keys
    where Schemas.activity.field(key.name) != nil && !allowed.contains(key.name) {
      out.append(SchemaDiagnostics.fieldNotForType(c.syntax.range(key.at), key.name, type: type))
    }
    for name in policy.required where !c.syntax.has(name) {
      if let field = Schemas.activity.field(name) {
        out.append(
          SchemaDiagnostics.missingField(
            c.range(c.activity.typeSpan), field,
            in: Bilingual(policy.value.en, policy.value.nl), empty: false))
      }
    }
    return out
  }

  /// `programme`, `school` and `workers` name what `amigo.yaml` declares.
  static func references(_ c: Context) -> [Diagnostic] {
    guard let config = c.config else { return [] }
    let a = c.activity
    var out: [Diagnostic] = []
    if !a.programme.isEmpty && config.programme(a.programme) == nil {
      out.append(
        SchemaDiagnostics.unknownReference(
          c.range(a.programmeSpan), kind: "programme", value: a.programme,
          known: config.programmes.map(\.id)))
    }
    if !a.school.isEmpty && config.school(a.school) == nil {
      out.append(
        SchemaDiagnostics.unknownReference(
          c.range(a.schoolSpan), kind: "school", value: a.school, known: config.schools.map(\.id)))
    }
    for (i, worker) in a.workers.enumerated() where config.worker(worker) == nil {
      out.append(
        SchemaDiagnostics.unknownReference(
          c.range(i < a.workerSpans.count ? a.workerSpans[i] : a.idSpan), kind: "worker",
          value: worker, known: config.workers.map(\.id)))
    }
    return out
  }

  /// Every child named is a trajectory of the workspace, named once per list; attendance names
  /// participants only, each once per meeting.
  static func children(_ c: Context) -> [Diagnostic] {
    let a = c.activity
    var out: [Diagnostic] = []
    func span(_ spans: [Span], _ i: Int) -> Span { i < spans.count ? spans[i] : a.idSpan }
    func check(_ ids: [String], _ spans: [Span], _ list: Bilingual) {
      var seen = Set<String>()
      for (i, id) in ids.enumerated() {
        if let index = c.index, !index.contains(id) {
          out.append(
            SchemaDiagnostics.unknownTrajectory(
              c.range(span(spans, i)), id, suggestion: Suggestions.nearest(id, in: index.ids),
              erasedOn: index.erased[id]))
        }
        if !seen.insert(id).inserted {
          out.append(SchemaDiagnostics.childNamedTwice(c.range(span(spans, i)), id, in: list))
        }
      }
    }
    check(a.children, a.childSpans, Bilingual("children", "children"))
    check(a.participants, a.participantSpans, Bilingual("participants", "participants"))
    let participants = Set(a.participants)
    for meeting in a.meetings {
      var seen = Set<String>()
      for row in meeting.attendance {
        if !seen.insert(row.id).inserted {
          out.append(
            SchemaDiagnostics.childNamedTwice(
              c.range(row.span), row.id,
              in: meeting.date.map {
                Bilingual("the attendance of \($0)", "de aanwezigheid van \($0)")
              } ?? Bilingual("the attendance of a meeting", "de aanwezigheid van een bijeenkomst")))
        } else if !participants.contains(row.id) {
          out.append(SchemaDiagnostics.notAParticipant(c.range(row.span), row.id, activity: a.id))
        }
        if let index = c.index, !index.contains(row.id) {
          out.append(
            SchemaDiagnostics.unknownTrajectory(
              c.range(row.span), row.id, suggestion: Suggestions.nearest(row.id, in: index.ids),
              erasedOn: index.erased[row.id]))
        }
      }
    }
    return out
  }

  /// A group meets once a day: `date` identifies a meeting (the schema's identity), so its
  /// minutes are counted once. Two on one date (both sides of a merge added one) is an error.
  static func meetingDates(_ c: Context) -> [Diagnostic] {
    var seen = Set<LocalDate>()
    var out: [Diagnostic] = []
    for m in c.activity.meetings {
      guard let d = m.date, !seen.insert(d).inserted else { continue }
      out.append(SchemaDiagnostics.meetingTwice(c.range(m.dateSpan), d))
    }
    return out
  }

  /// Naming a child needs its consent in force on the date (`ConsentLaw`): for a meeting, that
  /// of a contact with the roles present; for a group, that of a group session, on each
  /// meeting whose attendance names the child (present, absent or excused: each names the
  /// child on that day), and on `today` for a participant no meeting names yet.
  static func consent(_ c: Context) -> [Diagnostic] {
    guard let index = c.index, let type = c.activity.type else { return [] }
    let a = c.activity
    let bothParents = c.config?.consentBothParents ?? false
    var out: [Diagnostic] = []
    // A group names each child at every meeting: the verdict is worked out once per child,
    // stretch of consent and age (`ConsentVerdicts`).
    var verdicts = ConsentVerdicts(type: type, bothParents: bothParents)
    func judge(
      _ id: String, _ span: Span, on date: LocalDate, with roles: [String],
      as naming: SchemaDiagnostics.Naming
    ) {
      guard let entry = index.entries[id],
        let problem = verdicts.problem(entry, id: id, on: date, with: roles)
      else { return }
      out.append(
        SchemaDiagnostics.activityWithoutConsent(
          c.range(span), id, type: type, date: date, needed: problem.needed,
          problem: problem.problem, born: entry.born, consents: entry.consent, naming: naming))
    }
    switch type {
    case .meeting:
      guard let date = a.date else { return [] }
      for (i, id) in a.children.enumerated() {
        judge(
          id, i < a.childSpans.count ? a.childSpans[i] : a.idSpan, on: date, with: a.with,
          as: .discussed)
      }
    case .group:
      var named = Set<String>()
      for meeting in a.meetings {
        guard let date = meeting.date else { continue }
        for row in meeting.attendance {
          named.insert(row.id)
          judge(row.id, row.span, on: date, with: ["child"], as: .attendance(row.attendance))
        }
      }
      // A participant no meeting names yet is named by the list itself, today.
      if let today = c.today {
        for (i, id) in a.participants.enumerated() where !named.contains(id) {
          judge(
            id, i < a.participantSpans.count ? a.participantSpans[i] : a.idSpan, on: today,
            with: ["child"], as: .participant)
        }
      }
    case .themeMeeting, .teacherSupport, .lightContacts:
      break  // They name no child.
    }
    return out
  }

  /// A meeting or group meeting names a child only within its trajectory: not before the
  /// referral, not after the closure (`DateOrderRule`'s `contact-before-referral` and
  /// `session-after-closure` for activities). A participant no meeting names yet is not dated.
  static func period(_ c: Context) -> [Diagnostic] {
    guard let index = c.index, let type = c.activity.type else { return [] }
    let a = c.activity
    var out: [Diagnostic] = []
    func judge(_ id: String, _ span: Span, on date: LocalDate) {
      guard let entry = index.entries[id], let outside = outside(entry, on: date) else { return }
      out.append(
        SchemaDiagnostics.activityOutsideTrajectory(
          c.range(span), id, type: type, date: date, outside: outside))
    }
    switch type {
    case .meeting:
      guard let date = a.date else { return [] }
      for (i, id) in a.children.enumerated() {
        judge(id, i < a.childSpans.count ? a.childSpans[i] : a.idSpan, on: date)
      }
    case .group:
      for meeting in a.meetings {
        guard let date = meeting.date else { continue }
        for row in meeting.attendance { judge(row.id, row.span, on: date) }
      }
    case .themeMeeting, .teacherSupport, .lightContacts:
      break  // They name no child.
    }
    return out
  }

  /// Whether `date` lies before the referral or after the closure of `entry`'s trajectory.
  public static func outside(
    _ entry: TrajectoryIndex.Entry, on date: LocalDate
  ) -> SchemaDiagnostics.Outside? {
    if let referral = entry.referral, date < referral { return .beforeReferral(referral) }
    if let closure = entry.closure, date > closure { return .afterClosure(closure) }
    return nil
  }

  /// What is missing for naming the child of `entry` in an activity of `type` on `date` with
  /// `roles` present: nil when its consent in force covers it (`ConsentLaw`).
  /// `consentProblem` for the children one activity file names, remembered per child, roles,
  /// stretch of consent and age: the consent in force changes only on the dates consent is
  /// given or withdrawn (the entries given by a date and the withdrawals before it, counted,
  /// tell which stretch it lies in), and the verdict reads the date only through the child's
  /// age (`ConsentRule` does the same per file). A group of six children meeting ten times
  /// asked sixty times for the same few verdicts, each building the consent in force anew.
  struct ConsentVerdicts {
    let type: ActivityType
    let bothParents: Bool
    private var table = ConsentRule.SmallTable<
      Key, (needed: [String], problem: ConsentLaw.Problem)?
    >()

    struct Key: Equatable {
      let id: String
      let roles: [String]
      let stretch: ConsentRule.Stretch
      let low: Int
      let high: Int
    }

    init(type: ActivityType, bothParents: Bool) {
      self.type = type
      self.bothParents = bothParents
    }

    /// The verdicts worked out so far.
    var count: Int { table.keys.count }

    mutating func problem(
      _ entry: TrajectoryIndex.Entry, id: String, on date: LocalDate, with roles: [String]
    ) -> (needed: [String], problem: ConsentLaw.Problem)? {
      let age = entry.born.map { ConsentLaw.Age(born: $0, on: date) }
      let key = Key(
        id: id, roles: roles, stretch: ConsentRule.Stretch(entry.consent, on: date),
        low: age?.low ?? Int.min, high: age?.high ?? Int.min)
      let (type, bothParents) = (type, bothParents)
      let i = table.index(of: key) {
        ActivityValidator.consentProblem(
          entry, type: type, on: date, with: roles, bothParents: bothParents)
      }
      return table.values[i]
    }
  }

  public static func consentProblem(
    _ entry: TrajectoryIndex.Entry, type: ActivityType, on date: LocalDate, with roles: [String],
    bothParents: Bool
  ) -> (needed: [String], problem: ConsentLaw.Problem)? {
    let adult = entry.born.map { ConsentLaw.Age(born: $0, on: date).mayBeAdult } ?? false
    let needed = ConsentLaw.scopes(kind: type.policy.consentKind, with: roles, adult: adult)
    let problems = ConsentLaw.problems(
      needing: needed, on: date, consents: entry.consent, born: entry.born,
      bothParents: bothParents)
    return problems.first.map { (needed, $0) }
  }

  /// The privacy lint on the free text and the group's name; no name starting like a formula.
  static func texts(_ c: Context, warnings: Bool) -> [Diagnostic] {
    let a = c.activity
    var out: [Diagnostic] = []
    if let name = a.name, FormulaLabelRule.startsLikeFormula(name) {
      out.append(SchemaDiagnostics.formulaLabel(c.range(a.nameSpan), name))
    }
    // A zero-width character in the group's name is an error, as in a child's label: the name
    // finds the group (`group GROUP`) and shows in reports; in a note it is a warning.
    if let name = a.name, let scalar = ControlCharacterRule.firstInvisible(in: name) {
      out.append(
        SchemaDiagnostics.controlCharacterInValue(
          c.range(a.nameSpan), field: "name", scalar, name: true))
    }
    guard warnings else { return out }
    func invisible(_ text: String?, _ span: Span, _ field: Bilingual) {
      guard let text, let scalar = ControlCharacterRule.firstInvisible(in: text) else { return }
      out.append(SchemaDiagnostics.invisibleCharacter(c.range(span), field: field, scalar))
    }
    invisible(a.note, a.noteSpan, Bilingual("note", "notitie"))
    for m in a.meetings {
      invisible(m.note, m.noteSpan, Bilingual("meeting note", "notitie bij de bijeenkomst"))
    }
    let strict = c.config?.strictPrivacy ?? false
    let source = c.source
    func lint(_ text: String?, _ span: Span) {
      guard let text, !text.isEmpty else { return }
      for finding in IdentifierLint.findings(in: text) {
        let at = PrivacyRule.locate(finding, in: text, span, source.bytes) ?? span
        out.append(
          SchemaDiagnostics.privacy(finding.code, c.range(at), what: finding.what, strict: strict))
      }
    }
    lint(a.name, a.nameSpan)
    lint(a.note, a.noteSpan)
    for m in a.meetings { lint(m.note, m.noteSpan) }
    out += labels(c, strict: strict)
    out += idsInText(c, strict: strict)
    return out
  }

  /// A meeting is recorded once it was held: not dated after today.
  static func futureDates(_ c: Context) -> [Diagnostic] {
    guard let today = c.today else { return [] }
    var out: [Diagnostic] = []
    let help = Bilingual(
      "record a meeting on or after its day (in a file, correct the date by hand and run 'amigo validate')",
      "leg een bijeenkomst vast op of na haar dag (in een bestand verbeter je de datum met de hand en voer je 'amigo validate' uit)"
    )
    if let d = c.activity.date, d > today {
      out.append(
        SchemaDiagnostics.dateInFuture(
          c.range(c.activity.dateSpan), what: Bilingual("a meeting", "een overleg"), date: d,
          today: today, help: help))
    }
    for m in c.activity.meetings {
      if let d = m.date, d > today {
        out.append(
          SchemaDiagnostics.dateInFuture(
            c.range(m.dateSpan), what: Bilingual("a group meeting", "een groepsbijeenkomst"),
            date: d, today: today, help: help))
      }
    }
    return out
  }
}
