import AmigoSchema
import AmigoYAML

/// A trajectory file being changed, with domain edits that take model values: `append(session)`,
/// `rate(goal:_:)`, `add(consent)`, `update { $0.status = .closed; $0.closure = closure }`.
///
/// Every value is encoded by the one encoder (`SchemaEncoder`, from the schema's `Field.encode`
/// bindings) and spliced into the text losslessly (`TrajectoryEdits`, `YAMLEditor`): the writer
/// names the schema's declarations (the item's `ObjectSpec`, the model's fields), never a key.
/// `Store.change(path, …) { (file: inout TrajectoryEditor) in … }` reads, validates and writes.
public struct TrajectoryEditor {
  /// The text as edited so far.
  var editor: YAMLEditor
  /// The file's trajectory as read, before this change.
  public let trajectory: Trajectory
  /// The trajectory's top-level values as `update` has left them (lists are edited item by item).
  var current: Trajectory

  init(_ editor: YAMLEditor, _ trajectory: Trajectory) {
    self.editor = editor
    self.trajectory = trajectory
    self.current = trajectory
  }

  /// A file's text to edit outside `Store.change` (tests, tools): its trajectory is decoded
  /// from the text, whatever its errors.
  public init(parsing text: String) throws {
    let document = YAMLDocument(parsing: text)
    let (trajectory, _) = Validator.validateTrajectory(
      document, fileName: "", config: nil, today: nil)
    self.init(try YAMLEditor(document), trajectory ?? Trajectory())
  }

  /// The text as edited so far.
  public var text: String { editor.text }

  var document: YAMLDocument { editor.document }

  // MARK: - List items

  /// Adds a session, after every session dated on or before it.
  public mutating func append(_ session: Session) throws {
    try insert(session, into: \.sessions, date: session.date)
  }

  /// Adds a goal at the end of the goals (a new list becomes a section of its own).
  public mutating func add(_ goal: Goal) throws {
    try insert(goal, into: \.goals, date: nil)
  }

  /// True when the file has a goal with `id` (also one added in this change).
  public func hasGoal(_ id: String) -> Bool { goalIndex(id) != nil }

  /// The goal ids in the file, in file order (also those added in this change).
  public var goalIDs: [String] {
    let key = Self.identityField(of: Schemas.goal)
    return (listNode(of: Schemas.goal)?.sequence?.items ?? []).compactMap {
      $0.value.mapping?[key]?.scalar?.value
    }
  }

  /// The next free goal id: `g` and one more than the highest `g<n>` in the file (`g1` first).
  public var nextGoalID: String {
    let ids = goalIDs
    let numbers = ids.compactMap { id -> Int? in
      guard id.first == "g" else { return nil }
      return Int(id.dropFirst())
    }
    var n = (numbers.max() ?? 0) + 1
    while ids.contains("g\(n)") { n += 1 }
    return "g\(n)"
  }

  /// Adds `rating` to the goal with `id`, after its ratings dated on or before it.
  public mutating func rate(goal id: String, _ rating: Rating) throws {
    guard let index = goalIndex(id) else { throw YAMLEditError.notFound([.key(id)]) }
    try insert(
      rating, into: \Goal.ratings, of: Schemas.goal, date: rating.date,
      at: listPath(of: Schemas.goal).appending(index: index))
  }

  /// Changes the goal with `id` as `change` says (its result at closure): only the fields that
  /// change are written.
  public mutating func updateGoal(_ id: String, _ change: (inout Goal) -> Void) throws {
    guard let index = goalIndex(id) else { throw YAMLEditError.notFound([.key(id)]) }
    let old = trajectory.goals.first { $0.id == id } ?? Goal()
    var new = old
    change(&new)
    try updateItem(at: listPath(of: Schemas.goal).appending(index: index), old, new, Schemas.goal)
  }

  /// Adds a consent, after every consent given on or before it.
  public mutating func add(_ consent: Consent) throws {
    try insert(consent, into: \.consent, date: consent.date)
  }

  /// Changes the consent at `index` of the trajectory's consents as read (its withdrawal).
  public mutating func updateConsent(at index: Int, _ change: (inout Consent) -> Void) throws {
    try updateItem(of: Schemas.consent, \.consent, at: index, change)
  }

  /// Adds a pause, after every pause starting on or before it.
  public mutating func add(_ pause: Pause) throws {
    try insert(pause, into: \.pauses, date: pause.from)
  }

  /// Changes the pause at `index` of the trajectory's pauses as read (its end).
  public mutating func updatePause(at index: Int, _ change: (inout Pause) -> Void) throws {
    try updateItem(of: Schemas.pause, \.pauses, at: index, change)
  }

  /// Adds an entry of the sharing log, after every entry dated on or before it.
  public mutating func add(_ sharing: Sharing) throws {
    try insert(sharing, into: \.sharing, date: sharing.date)
  }

  /// Adds a meldcode step, after every step dated on or before it.
  public mutating func add(_ step: MeldcodeStep) throws {
    try insert(step, into: \.meldcode, date: step.date)
  }

  /// Adds an outcome measure, after every measure dated on or before it.
  public mutating func add(_ measure: Measure) throws {
    try insert(measure, into: \.measures, date: measure.date)
  }

  /// Adds what an activity agreed for this child, after every agreement dated on or before it.
  public mutating func add(_ agreement: Agreement) throws {
    try insert(agreement, into: \.agreements, date: agreement.date)
  }

  /// Adds a referral made to other help, after every one dated on or before it.
  public mutating func add(_ referral: ReferralMade) throws {
    try insert(referral, into: \.referrals, date: referral.date)
  }

  /// Changes the referral made at `index` of the trajectory's referrals as read (its status).
  public mutating func updateReferral(
    at index: Int, _ change: (inout ReferralMade) -> Void
  )
    throws
  {
    try updateItem(of: Schemas.referralMade, \.referrals, at: index, change)
  }

  /// Adds the family's statement, after the statements of that day or before.
  public mutating func add(_ statement: Statement) throws {
    try insert(statement, into: \.statements, date: statement.date)
  }

  /// The child attends `school` from `date` on: a dated entry in the school history (which
  /// starts from the current school since `since`, the referral date, when there is none) and
  /// the new current school. The caller checks the dates.
  public mutating func moveSchool(to school: String, on date: LocalDate, since: LocalDate) throws {
    let move = SchoolChange(school: school, from: date)
    if current.schools.isEmpty {
      var t = current
      t.schools = [SchoolChange(school: t.school, from: since), move]
      try setList(of: Schemas.schoolChange, from: t)
    } else {
      try insert(move, into: \.schools, date: date)
    }
    try update { $0.school = school }
  }

  /// Hands the trajectory over from `handover.from` to `handover.to`: `to` becomes the worker
  /// where `from` was the worker, or takes `from`'s place among the further workers; the dated
  /// handover is recorded.
  public mutating func handOver(_ handover: Handover) throws {
    let (from, to) = (handover.from, handover.to)
    let t = current
    // The further workers: the trajectory's list of worker references.
    let workers = Self.field(of: Schemas.trajectory) {
      if case .list(.reference(let target)) = $0.type { return target == "worker" }
      return false
    }
    let path: YAMLPath = [.key(workers.name)]
    if t.worker == from {
      try update { $0.worker = to }
      // The new lead was one of the further workers: now once, as the lead.
      if let i = t.workers.firstIndex(of: to) {
        try editor.remove(path.appending(index: i))
      }
    } else if let i = t.workers.firstIndex(of: from) {
      if t.worker == to || t.workers.contains(to) {
        try editor.remove(path.appending(index: i))
      } else {
        var renamed = t
        renamed.workers = [to]
        guard case .sequence(let items, _)? = workers.encode(renamed), let item = items.first
        else { return }
        try editor.set(path.appending(index: i), to: item)
      }
    }
    try insert(handover, into: \.handovers, date: handover.date)
  }

  // MARK: - Top-level fields

  /// Changes the trajectory's own fields (`status`, `plan`, `closure`, `worker`, …) as `change`
  /// says. Only the fields whose encoded value changes are written: a new field where the
  /// schema orders it, an existing object (`plan:`, `closure:`) key by key, keeping its other
  /// keys and comments; a field the change empties is removed. Lists of items are edited item
  /// by item (the other edits), not here.
  public mutating func update(_ change: (inout Trajectory) -> Void) throws {
    var new = current
    change(&new)
    try updateFields(at: .root, current, new, Schemas.trajectory, topLevel: true)
    current = new
  }

  /// Sets the trajectory's status.
  public mutating func setStatus(_ status: TrajectoryStatus) throws {
    try update { $0.status = status }
  }

  // MARK: - Encoding and splicing

  /// Encodes `item` as the field holding `keyPath` encodes its items (the schema's `encode:`
  /// binding) and inserts it into that list of the mapping at `at` (the trajectory by
  /// default): after every item dated on or before `date`, or last without a date. A new
  /// top-level list is set off as the file sets off its sections (`sessions:` as `plan:`).
  mutating func insert<Owner: SchemaModel, Item>(
    _ item: Item, into keyPath: WritableKeyPath<Owner, [Item]>,
    of owner: ObjectSpec = Schemas.trajectory, date: LocalDate?, at path: YAMLPath = .root
  ) throws {
    guard let (field, list) = Self.encode([item], as: keyPath, of: owner),
      case .sequence(let items, _) = list, let content = items.first
    else { throw YAMLEditError.unsafeResult("\(owner.name) declares no field for the item") }
    if path.components.isEmpty {
      try TrajectoryEdits.addItem(&editor, content, date: date, list: field.name)
    } else if let date {
      try TrajectoryEdits.insertByDate(
        &editor, content, date: date, list: field.name, in: path, spec: owner)
    } else {
      try TrajectoryEdits.addItem(&editor, content, date: nil, list: field.name)
    }
  }

  /// `insert` into one of the trajectory's own lists.
  mutating func insert<Item>(
    _ item: Item, into keyPath: WritableKeyPath<Trajectory, [Item]>, date: LocalDate?
  ) throws {
    try insert(item, into: keyPath, of: Schemas.trajectory, date: date)
  }

  /// The field of `spec` that holds the model's `keyPath`, and `value` encoded by it: the field
  /// whose encoding `value` changes from an empty model's.
  static func encode<Owner: SchemaModel, Value>(
    _ value: Value, as keyPath: WritableKeyPath<Owner, Value>, of spec: ObjectSpec
  ) -> (Field, YAMLContent)? {
    let empty = Owner()
    var probe = empty
    probe[keyPath: keyPath] = value
    for field in spec.fields {
      if let content = field.encode(probe), content != field.encode(empty) {
        return (field, content)
      }
    }
    return nil
  }

  /// `updateItem` for the item at `index` of a top-level list as read (`keyPath` its values).
  mutating func updateItem<Item>(
    of spec: ObjectSpec, _ keyPath: KeyPath<Trajectory, [Item]>, at index: Int,
    _ change: (inout Item) -> Void
  ) throws {
    let items = trajectory[keyPath: keyPath]
    guard items.indices.contains(index) else { throw YAMLEditError.notFound(listPath(of: spec)) }
    var new = items[index]
    change(&new)
    let position = documentIndex(of: items, index, spec)
    try updateItem(
      at: listPath(of: spec).appending(index: position), items[index], new, spec)
  }

  /// Writes the fields of the item at `path` that differ between `old` and `new`.
  mutating func updateItem<Item>(
    at path: YAMLPath, _ old: Item, _ new: Item, _ spec: ObjectSpec
  )
    throws
  {
    try updateFields(at: path, old, new, spec, topLevel: false)
  }

  /// Writes the fields of the mapping at `path` whose encoded values differ between `old` and
  /// `new`: removals first, then the others in schema order. At the top level an existing
  /// object (`closure:`) is changed key by key (`updateObject`); a new one becomes a section.
  mutating func updateFields<Model>(
    at path: YAMLPath, _ old: Model, _ new: Model, _ spec: ObjectSpec, topLevel: Bool
  ) throws {
    let changed = spec.fields.filter { field in
      field.identity == nil && field.encode(old) != field.encode(new)
    }
    for field in changed where field.encode(new) == nil {
      try removeIfPresent(field.name, in: path)
    }
    for field in changed {
      guard let content = field.encode(new) else { continue }
      let fieldPath = path.appending(key: field.name)
      guard topLevel, case .object(let sub) = field.type else {
        try TrajectoryEdits.set(&editor, field.name, content, in: path, spec: spec)
        continue
      }
      try TrajectoryEdits.openEmptyFlowCollection(&editor, at: fieldPath)
      switch document.node(at: fieldPath) {
      case .mapping?:
        try updateObject(at: fieldPath, field.encode(old), content, sub)
      case nil:
        try TrajectoryEdits.set(&editor, field.name, content, in: path, spec: spec)
        try TrajectoryEdits.separateSection(&editor, field.name)
      default:
        try TrajectoryEdits.set(&editor, field.name, content, in: path, spec: spec)
      }
    }
  }

  /// The keys of an existing object (`closure:`) whose encoded values differ, one by one: a key
  /// `new` no longer has is removed, a changed one set (a key the schema orders first becomes
  /// the object's first line).
  mutating func updateObject(
    at path: YAMLPath, _ old: YAMLContent?, _ new: YAMLContent, _ spec: ObjectSpec
  ) throws {
    func entries(_ c: YAMLContent?) -> [String: YAMLContent] {
      guard case .mapping(let e, _)? = c else { return [:] }
      return Dictionary(e, uniquingKeysWith: { a, _ in a })
    }
    let (before, after) = (entries(old), entries(new))
    let changed = spec.fields.filter { before[$0.name] != after[$0.name] }
    for field in changed where after[field.name] == nil {
      try removeIfPresent(field.name, in: path)
    }
    for field in changed {
      guard let content = after[field.name] else { continue }
      try TrajectoryEdits.setInOrder(&editor, field.name, content, in: path, spec: spec)
    }
  }

  /// Sets the whole list of `spec` objects to the trajectory `t`'s (a new list, where the
  /// schema orders it).
  mutating func setList(of spec: ObjectSpec, from t: Trajectory) throws {
    let field = Self.field(of: Schemas.trajectory, listing: spec)
    guard let content = field.encode(t) else { return }
    try TrajectoryEdits.set(&editor, field.name, content, spec: Schemas.trajectory)
  }

  mutating func removeIfPresent(_ key: String, in path: YAMLPath) throws {
    if case .mapping(let m)? = document.node(at: path), m[key] != nil {
      try editor.remove(path.appending(key: key))
    }
  }

  // MARK: - Where things are

  /// The field of `owner` that lists `spec` objects (`sessions` for a session).
  static func field(of owner: ObjectSpec, listing spec: ObjectSpec) -> Field {
    field(of: owner) {
      if case .list(.object(let element)) = $0.type { return element.name == spec.name }
      return false
    }
  }

  /// The field of `owner` that `matches`; a writer asks only for fields its schema declares.
  static func field(of owner: ObjectSpec, _ matches: (Field) -> Bool) -> Field {
    guard let field = owner.fields.first(where: matches) else {
      preconditionFailure("\(owner.name) declares no such field")
    }
    return field
  }

  /// The first identifying field of the trajectory's list of `spec` objects (`id` for goals).
  static func identityField(of spec: ObjectSpec) -> String {
    field(of: Schemas.trajectory, listing: spec).identity?.fields.first ?? ""
  }

  func listPath(of spec: ObjectSpec) -> YAMLPath {
    [.key(Self.field(of: Schemas.trajectory, listing: spec).name)]
  }

  func listNode(of spec: ObjectSpec) -> YAMLNode? { document.node(at: listPath(of: spec)) }

  func goalIndex(_ id: String) -> Int? {
    let key = Self.identityField(of: Schemas.goal)
    return listNode(of: Schemas.goal)?.sequence?.items.firstIndex {
      $0.value.mapping?[key]?.scalar?.value == id
    }
  }

  /// The position in the file's list of the item `items[index]` (as read): the item with the
  /// same identity (`Field.identity`), the n-th when several share it; `index` when the list
  /// declares none or no item matches.
  func documentIndex<Item>(of items: [Item], _ index: Int, _ spec: ObjectSpec) -> Int {
    let list = Self.field(of: Schemas.trajectory, listing: spec)
    guard let identity = list.identity, let nodes = listNode(of: spec)?.sequence?.items
    else { return index }
    let key = SchemaEncoder.identity(of: items[index], identity, element: list.elementType)
    let nth = items[..<index].filter {
      SchemaEncoder.identity(of: $0, identity, element: list.elementType) == key
    }.count
    let matching = nodes.indices.filter { i in
      let values = identity.fields.map { name in
        nodes[i].value.mapping?[name]?.scalar?.value ?? ""
      }
      return values.joined(separator: "|") == key
    }
    return matching.count > nth ? matching[nth] : index
  }
}

extension Field {
  /// The element type of a list field, or the field's own type.
  var elementType: FieldType {
    if case .list(let element) = type { return element }
    return type
  }
}

extension Store {
  /// `change` with the domain edits of `TrajectoryEditor`: `{ file in try file.append(session) }`.
  @discardableResult
  public static func change(
    _ path: String, display: String, in workspace: Workspace, config: Config?, today: LocalDate?,
    edit: (inout TrajectoryEditor) throws -> Void
  ) throws -> ChangeResult {
    try change(path, display: display, in: workspace, config: config, today: today) {
      editor, trajectory in
      try TrajectoryEditor.apply(edit, &editor, trajectory)
    }
  }
}

extension Store {
  /// Runs `edit` on the file without writing it (and without the lock): throws what `change`
  /// would, except errors with a code in `settled` (what answers still to be given will mend).
  /// A command that asks questions first uses it to refuse what no answer can mend before
  /// asking anything.
  public static func check(
    _ path: String, display: String, config: Config?, today: LocalDate?,
    settled: Set<String>, edit: (inout TrajectoryEditor) throws -> Void
  ) throws {
    do {
      _ = try prepare(path, display: display, config: config, today: today) { editor, trajectory in
        try TrajectoryEditor.apply(edit, &editor, trajectory)
      }
    } catch ChangeError.wouldBeInvalid(let path, let diagnostics, let source) {
      let left = diagnostics.filter { !settled.contains($0.code) }
      if !left.isEmpty {
        throw ChangeError.wouldBeInvalid(path: path, diagnostics: left, source: source)
      }
    }
  }
}

extension Store.Edit {
  /// One file's domain edits for `changeAll`.
  public init(
    _ path: String, display: String, edit: @escaping (inout TrajectoryEditor) throws -> Void
  ) {
    self.init(path, display: display) { editor, trajectory in
      try TrajectoryEditor.apply(edit, &editor, trajectory)
    }
  }
}

extension TrajectoryEditor {
  /// Runs `edit` on the text in `editor` (the file read as `trajectory`), leaving the result
  /// in `editor`.
  static func apply(
    _ edit: (inout TrajectoryEditor) throws -> Void, _ editor: inout YAMLEditor,
    _ trajectory: Trajectory
  ) throws {
    var file = TrajectoryEditor(editor, trajectory)
    try edit(&file)
    editor = file.editor
  }
}
