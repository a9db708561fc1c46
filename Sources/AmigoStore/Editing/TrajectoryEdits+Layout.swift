import AmigoSchema
import AmigoYAML

/// The edits behind `amigo goal`, `amigo consent`, `amigo start` and `amigo close`. Like the
/// rest of `TrajectoryEdits` they splice lines: new keys go where the schema orders them, new
/// list items where their date belongs, and a new top-level section is set off by a blank line
/// when the file sets its other sections off so.
extension TrajectoryEdits {
  // MARK: - Content

  /// A goal as content, keys in schema order; `baseline` becomes its first rating.
  public static func goal(
    id: String, domain: String?, text: String, agreedWith: [String], agreedOn: LocalDate? = nil,
    target: String?, baseline: YAMLContent?
  ) -> YAMLContent {
    var entries: [(String, YAMLContent)] = [("id", .literal(id))]
    if let domain { entries.append(("domain", .literal(domain))) }
    entries.append(("text", .text(text)))
    if !agreedWith.isEmpty {
      entries.append(("agreed_with", .sequence(agreedWith.map { .literal($0) }, flow: true)))
    }
    if let agreedOn { entries.append(("agreed_on", .literal(agreedOn.description))) }
    if let target { entries.append(("target", .literal(target))) }
    if let baseline { entries.append(("ratings", .sequence([baseline]))) }
    return .mapping(entries)
  }

  /// A consent as content, keys in schema order.
  public static func consent(
    date: LocalDate, givenBy: [String], form: String?, scope: [String], exception: String? = nil,
    exceptionGround: String? = nil
  ) -> YAMLContent {
    var entries: [(String, YAMLContent)] = [
      ("date", .literal(date.description)),
      ("given_by", .sequence(givenBy.map { .literal($0) }, flow: true)),
    ]
    if let form { entries.append(("form", .literal(form))) }
    if !scope.isEmpty {
      entries.append(("scope", .sequence(scope.map { .literal($0) }, flow: true)))
    }
    if let exception { entries.append(("exception", .literal(exception))) }
    if let exceptionGround, !exceptionGround.isEmpty {
      entries.append(("exception_ground", .text(exceptionGround)))
    }
    return .mapping(entries)
  }

  /// The keys of a closure, in schema order; nil values are left out (an existing closure
  /// keeps its own). `satisfaction` is (party, score) in any order; it is written as a block
  /// mapping in the schema's order of parties.
  public static func closure(
    date: LocalDate, reason: String?, destination: String?, summary: String?,
    satisfaction: [(String, Int)], destinations: [String] = []
  ) -> [(String, YAMLContent)] {
    var entries: [(String, YAMLContent)] = [("date", .literal(date.description))]
    if let reason { entries.append(("reason", .literal(reason))) }
    if let destination { entries.append(("destination", .literal(destination))) }
    if !destinations.isEmpty {
      entries.append(("destinations", .sequence(destinations.map { .literal($0) }, flow: true)))
    }
    if let summary, !summary.isEmpty { entries.append(("summary", .text(summary))) }
    let scores = Schemas.satisfaction.fields.compactMap { field in
      satisfaction.first { $0.0 == field.name }.map {
        (field.name, YAMLContent.literal(String($0.1)))
      }
    }
    if !scores.isEmpty { entries.append(("satisfaction", .mapping(scores))) }
    return entries
  }

  // MARK: - Goals

  /// The next free goal id: `g` and one more than the highest `g<n>` in the file (`g1` first).
  public static func nextGoalID(in document: YAMLDocument) -> String {
    let ids = (document.node(at: ["goals"])?.sequence?.items ?? []).compactMap {
      $0.value.mapping?["id"]?.scalar?.value
    }
    let numbers = ids.compactMap { id -> Int? in
      guard id.first == "g" else { return nil }
      return Int(id.dropFirst())
    }
    var n = (numbers.max() ?? 0) + 1
    while ids.contains("g\(n)") { n += 1 }
    return "g\(n)"
  }

  /// Appends `goal` to `goals` (creating the list where the schema orders it).
  public static func addGoal(_ editor: inout YAMLEditor, _ goal: YAMLContent) throws {
    try addItem(&editor, goal, date: nil, list: "goals")
  }

  /// Sets (or replaces) the result of the goal with `goalID`.
  public static func setGoalResult(
    _ editor: inout YAMLEditor, goal goalID: String, _ result: String
  ) throws {
    guard let index = goalIndex(goalID, in: editor.document) else {
      throw YAMLEditError.notFound(["goals", .key(goalID)])
    }
    try set(&editor, "result", .literal(result), in: ["goals", .index(index)], spec: Schemas.goal)
  }

  // MARK: - Consent

  /// Adds a consent to `consent`, in date order.
  public static func addConsent(
    _ editor: inout YAMLEditor, _ consent: YAMLContent, date: LocalDate
  ) throws {
    try addItem(&editor, consent, date: date, list: "consent")
  }

  /// The position in `consent` of the latest consent in force on `date` (given on or before
  /// it, not wholly withdrawn by then: one with only some scopes withdrawn still counts), or
  /// nil.
  public static func consentInForce(on date: LocalDate, in document: YAMLDocument) -> Int? {
    let items = document.node(at: ["consent"])?.sequence?.items ?? []
    var best: (index: Int, given: LocalDate)?
    for (i, item) in items.enumerated() {
      guard let m = item.value.mapping,
        let given = m["date"]?.scalar.flatMap({ LocalDate($0.value) }),
        given <= date
      else { continue }
      if let withdrawn = m["withdrawn"]?.scalar.flatMap({ LocalDate($0.value) }), withdrawn <= date,
        (m["withdrawn_scope"]?.sequence?.items ?? []).isEmpty
      {
        continue
      }
      if best == nil || given >= best!.given { best = (i, given) }
    }
    return best?.index
  }

  /// Sets `withdrawn` on the consent at `index`; with `scopes`, also `withdrawn_scope` (only
  /// those scopes were withdrawn).
  public static func withdrawConsent(
    _ editor: inout YAMLEditor, at index: Int, on date: LocalDate, scopes: [String] = []
  ) throws {
    try set(
      &editor, "withdrawn", .literal(date.description), in: ["consent", .index(index)],
      spec: Schemas.consent)
    if !scopes.isEmpty {
      try set(
        &editor, "withdrawn_scope", .sequence(scopes.map { .literal($0) }, flow: true),
        in: ["consent", .index(index)], spec: Schemas.consent)
    }
  }

  // MARK: - Start and close

  /// Sets `plan.start` (and `plan.weeks` when given) and `status: active`.
  public static func start(_ editor: inout YAMLEditor, on date: LocalDate, weeks: Int?) throws {
    var plan: [(String, YAMLContent)] = [("start", .literal(date.description))]
    if let weeks { plan.append(("weeks", .literal(String(weeks)))) }
    try setSection(&editor, "plan", plan, spec: Schemas.plan)
    try set(&editor, "status", .literal("active"), spec: Schemas.trajectory)
  }

  /// Writes `closure` (keys from `closure(date:…)`) and `status: closed`. An existing closure
  /// keeps its other keys and comments.
  public static func close(_ editor: inout YAMLEditor, _ closure: [(String, YAMLContent)]) throws {
    try set(&editor, "status", .literal("closed"), spec: Schemas.trajectory)
    // One destination replaces a list written earlier, and a list a single one: a closure has
    // one of the two keys (`DestinationRule`).
    let keys = Set(closure.map(\.0))
    for (new, old) in [("destination", "destinations"), ("destinations", "destination")]
    where keys.contains(new) && editor.document.node(at: ["closure", .key(old)]) != nil {
      try editor.remove(["closure", .key(old)])
    }
    try setSection(&editor, "closure", closure, spec: Schemas.closure)
  }

  // MARK: - Layout

  /// Sets keys of the top-level mapping `key`: key by key when it exists, else as a new
  /// section where the schema orders it.
  static func setSection(
    _ editor: inout YAMLEditor, _ key: String, _ entries: [(String, YAMLContent)],
    spec: ObjectSpec
  ) throws {
    let path: YAMLPath = [.key(key)]
    try openEmptyFlowCollection(&editor, at: path)
    switch editor.document.node(at: path) {
    case .mapping?:
      for (k, v) in entries { try setInOrder(&editor, k, v, in: path, spec: spec) }
    case nil:
      try set(&editor, key, .mapping(entries), spec: Schemas.trajectory)
      try separateSection(&editor, key)
    default:
      try set(&editor, key, .mapping(entries), spec: Schemas.trajectory)
    }
  }

  /// `set`, but a new key that the schema orders before every existing key of a block mapping
  /// becomes its first entry (above the comments of the entry that was first), not its last.
  static func setInOrder(
    _ editor: inout YAMLEditor, _ key: String, _ content: YAMLContent, in path: YAMLPath,
    spec: ObjectSpec
  ) throws {
    guard case .mapping(let before)? = editor.document.node(at: path), before.style == .block,
      before[key] == nil, !before.entries.isEmpty,
      keyBefore(key, in: .mapping(before), spec: spec) == nil,
      let oldValue = editor.document.node(at: path)?.value, case .mapping(let oldEntries) = oldValue
    else {
      try set(&editor, key, content, in: path, spec: spec)
      return
    }
    try set(&editor, key, content, in: path, spec: spec)
    // The new entry was added last; move its line up when it is a single line.
    let source = editor.document.source
    guard case .mapping(let after)? = editor.document.node(at: path),
      let added = after.entries.last, added.key.value == key, added.firstLine == added.lastLine,
      source.lineEnd(added.firstLine) > source.lineContentEnd(added.firstLine),
      let root = editor.document.value
    else { return }
    var first = after.entries[0].firstLine
    while first > 0 {
      let text = source.lineText(first - 1)
      let indent = text.prefix { $0 == " " }.count
      guard text.dropFirst(indent).first == "#", indent >= after.indent else { break }
      first -= 1
    }
    let line = Array(
      source.bytes[source.lineStart(added.firstLine)..<source.lineEnd(added.firstLine)])
    var bytes = source.bytes
    bytes.removeSubrange(source.lineStart(added.firstLine)..<source.lineEnd(added.firstLine))
    bytes.insert(contentsOf: line, at: source.lineStart(first))
    let expected = replacing(
      path, in: root, with: .mapping([(key, content.value)] + oldEntries))
    let document = YAMLDocument(bytes: bytes)
    guard document.isValid, let expected, document.value == expected else { return }
    editor = try YAMLEditor(document)
  }

  /// Adds `item` to the top-level list `key`: after the items dated on or before `date`, or
  /// last when `date` is nil. A missing list becomes a new section; `key: []` a block list.
  static func addItem(
    _ editor: inout YAMLEditor, _ item: YAMLContent, date: LocalDate?, list key: String
  ) throws {
    let path: YAMLPath = [.key(key)]
    let existed = editor.document.node(at: path) != nil
    try openEmptyFlowCollection(&editor, at: path)
    if let date {
      try insertByDate(&editor, item, date: date, list: key, spec: Schemas.trajectory)
    } else if existed {
      try editor.append(item, to: path)
    } else {
      try set(&editor, key, .sequence([item]), spec: Schemas.trajectory)
    }
    if !existed { try separateSection(&editor, key) }
  }

  /// Turns an empty flow collection (`key: []`, `key: {}`) into an empty value (`key:`), so that
  /// block content can be written under it. A comment on the line stays.
  static func openEmptyFlowCollection(_ editor: inout YAMLEditor, at path: YAMLPath) throws {
    let start: Int
    let end: Int
    switch editor.document.node(at: path) {
    case .sequence(let s)? where s.style == .flow && s.items.isEmpty:
      (start, end) = (s.start, s.end)
    case .mapping(let m)? where m.style == .flow && m.entries.isEmpty:
      (start, end) = (m.start, m.end)
    default:
      return
    }
    let bytes = editor.document.bytes
    // Take the space between `key:` and `[]` along.
    let from = start > 0 && bytes[start - 1] == 0x20 ? start - 1 : start
    let expected = editor.document.value.flatMap { replacing(path, in: $0, with: .string("")) }
    try resplice(&editor, from, end, "", expecting: expected)
  }

  /// Puts a blank line above the top-level entry `key` when the file sets its other multi-line
  /// sections off with blank lines (as the example files do) and the line above is not blank.
  static func separateSection(_ editor: inout YAMLEditor, _ key: String) throws {
    guard case .mapping(let root)? = editor.document.root, root.style == .block,
      let index = root.index(ofKey: key), index > 0
    else { return }
    let source = editor.document.source
    func isBlank(_ line: Int) -> Bool {
      source.lineText(line).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    }
    func isComment(_ line: Int) -> Bool {
      source.lineText(line).drop { $0 == " " }.first == "#"
    }
    let entry = root.entries[index]
    guard entry.lastLine > entry.firstLine, entry.firstLine > 0, !isBlank(entry.firstLine - 1)
    else { return }
    let fileSeparatesSections = root.entries.indices.contains { i in
      let other = root.entries[i]
      guard i > 0, i != index, other.lastLine > other.firstLine else { return false }
      var line = other.firstLine - 1
      while line >= 0 && isComment(line) { line -= 1 }
      return line >= 0 && isBlank(line)
    }
    guard fileSeparatesSections else { return }
    let at = source.lineStart(entry.firstLine)
    try resplice(&editor, at, at, editor.style.lineEnding, expecting: editor.document.value)
  }

  /// Replaces bytes `start..<end` with `text` and checks that the result parses to `expected`.
  static func resplice(
    _ editor: inout YAMLEditor, _ start: Int, _ end: Int, _ text: String,
    expecting expected: YAMLValue?
  ) throws {
    var bytes = editor.document.bytes
    bytes.replaceSubrange(start..<end, with: Array(text.utf8))
    let document = YAMLDocument(bytes: bytes)
    guard document.isValid, let expected, document.value == expected else {
      throw YAMLEditError.unsafeResult("the file would not read back as intended")
    }
    editor = try YAMLEditor(document)
  }

  /// `value` with the node at `path` replaced by `new`, or nil when there is no such node.
  static func replacing(_ path: YAMLPath, in value: YAMLValue, with new: YAMLValue) -> YAMLValue? {
    guard let first = path.components.first else { return new }
    let rest = YAMLPath(Array(path.components.dropFirst()))
    switch (value, first) {
    case (.mapping(var entries), .key(let k)):
      guard let i = entries.firstIndex(where: { $0.0 == k }),
        let child = replacing(rest, in: entries[i].1, with: new)
      else { return nil }
      entries[i].1 = child
      return .mapping(entries)
    case (.sequence(var items), .index(let i)) where items.indices.contains(i):
      guard let child = replacing(rest, in: items[i], with: new) else { return nil }
      items[i] = child
      return .sequence(items)
    default:
      return nil
    }
  }
}
