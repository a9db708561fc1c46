import AmigoSchema
import AmigoYAML

/// A three-way merge of trajectory files on the document, not on lines.
///
/// Entries of the lists that grow over time are identified by a natural key that survives
/// edits of their other fields, declared in the schema (`Field.identity`, listed in
/// `schema/README.md` §7): sessions by date and kind, consents by date, goals by id, ratings
/// by date and rater, review dates by themselves; a second entry with the same key in one list is told apart by its
/// position among those (`#2`). Entries added on both sides are all kept, in date order, each
/// once; a field changed on one side takes that change; the same field or entry changed
/// differently on both sides is a conflict, written with standard conflict markers around just
/// that entry. Bytes of entries nobody touched stay as they were in `ours`.
public enum TrajectoryMerge {
  public struct Conflict: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var description: String { "conflict at \(path)" }
  }

  public struct Result: Sendable {
    public var bytes: [UInt8]
    public var conflicts: [Conflict]
    /// What was taken from `theirs`, for messages.
    public var applied: Int
    /// Goals of `theirs` renumbered because `ours` added another goal with the same id.
    public var renumbered: [Renumbered] = []
    /// Goals one side renumbered in an earlier merge, renumbered on the other side too (what
    /// it added to the goal since moved with it).
    public var followed: [Renumbered] = []
  }

  /// Merges, or returns nil when a side is not valid YAML (callers fall back to a line merge).
  /// `labels`: the words after the conflict markers (`<<<<<<< ours`, `>>>>>>> theirs`).
  public static func merge(
    base: [UInt8], ours: [UInt8], theirs: [UInt8], spec: ObjectSpec = Schemas.trajectory,
    labels: (ours: String, theirs: String) = ("ours", "theirs")
  ) -> Result? {
    var b = YAMLDocument(bytes: base)
    var o = YAMLDocument(bytes: ours)
    var t = YAMLDocument(bytes: theirs)
    guard o.isValid, t.isValid, b.isValid || base.isEmpty else { return nil }
    // Goals both sides added under one id become two goals (trajectories only).
    var renumbered: [Renumbered] = []
    var followed: [Renumbered] = []
    if spec.field("goals") != nil && spec.field("sessions") != nil {
      // A goal one side renumbered in an earlier merge is renumbered on the base and the other
      // side too, so that what the other side added to it since follows it.
      func listed(_ renames: [String: String]) -> [Renumbered] {
        renames.sorted { $0.key < $1.key }.map { Renumbered(from: $0.key, to: $0.value) }
      }
      let byTheirs = renumberedSinceBase(base: b, side: t)
      if !byTheirs.isEmpty, let newBase = renamingGoals(b, byTheirs),
        let newOurs = renamingGoals(o, byTheirs)
      {
        (b, o) = (newBase, newOurs)
        followed += listed(byTheirs)
      }
      let byOurs = renumberedSinceBase(base: b, side: o)
      if !byOurs.isEmpty, let newBase = renamingGoals(b, byOurs),
        let newTheirs = renamingGoals(t, byOurs)
      {
        (b, t) = (newBase, newTheirs)
        followed += listed(byOurs)
      }
      let (bytes, renames) = renumberingCollidingGoals(base: b, ours: o, theirs: t)
      if !renames.isEmpty {
        t = YAMLDocument(bytes: bytes)
        renumbered = renames
      }
    }
    var planner = Planner(theirs: t, spec: spec)
    let bv = b.value ?? .mapping([])
    guard let ov = o.value, let tv = t.value else { return nil }
    planner.merge(.root, bv, ov, tv)
    var editor: YAMLEditor
    do { editor = try YAMLEditor(o) } catch { return nil }
    var applied = 0
    var conflicts = planner.conflicts
    // Field-level changes first (they do not move list items), then whole items.
    for op in planner.ops.sorted(by: { $0.phase < $1.phase }) {
      do {
        try apply(op, to: &editor, theirs: t, spec: spec)
        applied += 1
      } catch {
        conflicts.append(op.conflict)
      }
    }
    let bytes =
      conflicts.isEmpty
      ? editor.document.bytes
      : markConflicts(
        conflicts, in: editor.document, theirs: t, planner: planner, labels: labels)
    return Result(
      bytes: bytes, conflicts: conflicts.map { Conflict(path: $0.display) }, applied: applied,
      renumbered: renumbered, followed: followed)
  }

  // MARK: - Keys

  /// The list at `path` is keyed (entries matched by identity), and how: the identity the
  /// schema declares for it (`Field.identity`); `[]` for a list that is its own identity.
  static func keyFields(for path: YAMLPath, in spec: ObjectSpec) -> [String]? {
    let names = path.components.compactMap { c -> String? in
      if case .key(let k) = c { k } else { nil }
    }
    return spec.field(at: names)?.identity?.fields
  }

  /// Whether the list at `path` counts its entries (`ListIdentity.counted`).
  static func isCounted(_ path: YAMLPath, in spec: ObjectSpec) -> Bool {
    let names = path.components.compactMap { c -> String? in
      if case .key(let k) = c { k } else { nil }
    }
    return spec.field(at: names)?.identity?.isCounted ?? false
  }

  /// Keys of every item of a keyed list, with `#n` for repeats.
  static func keys(_ items: [YAMLValue], fields: [String]) -> [String] {
    var seen: [String: Int] = [:]
    return items.map { item in
      var base: String
      if fields.isEmpty, case .string(let s) = item {
        base = s
      } else if case .mapping(let entries) = item {
        base = fields.map { f in
          entries.first { $0.0 == f }.map { v in if case .string(let s) = v.1 { s } else { "?" } }
            ?? ""
        }
        .joined(separator: "|")
      } else {
        base = "?"
      }
      seen[base, default: 0] += 1
      return base + "#" + String(seen[base]!)
    }
  }

  static func date(of item: YAMLValue) -> LocalDate? {
    switch item {
    case .string(let s): return LocalDate(s)
    case .mapping(let entries):
      if case .string(let s)? = entries.first(where: { $0.0 == "date" })?.1 { return LocalDate(s) }
      return nil
    default: return nil
    }
  }

  // MARK: - Planning

  /// Where an item lives: the list's path and the item's key.
  struct ItemRef: Hashable {
    var list: YAMLPath
    var key: String
  }

  struct PlannedConflict: Hashable {
    /// A mapping entry (`path` ends in a key) or a list item (`item`).
    var path: YAMLPath
    var item: ItemRef?
    /// Where the same entry is in theirs, if it exists there.
    var theirsPath: YAMLPath?
    /// Ours deleted the entry theirs changed: the ours side of the markers is empty.
    var oursEmpty = false
    var display: String {
      item.map { "\($0.list)[\($0.key.split(separator: "#").first ?? "")]" } ?? path.description
    }
  }

  enum Op {
    case set(YAMLPath, theirs: YAMLPath)
    case addKey(YAMLPath, String, theirs: YAMLPath, after: String?)
    case removeKey(YAMLPath)
    case replaceItem(ItemRef, theirs: YAMLPath)
    case removeItem(ItemRef)
    case insertItem(ItemRef, theirs: YAMLPath, date: LocalDate?, afterKey: String?)

    var phase: Int {
      switch self {
      case .set, .addKey, .removeKey: 0
      case .replaceItem: 1
      case .removeItem: 2
      case .insertItem: 3
      }
    }

    var conflict: PlannedConflict {
      switch self {
      case .set(let p, let t): PlannedConflict(path: p, theirsPath: t)
      case .addKey(let p, let k, let t, _):
        PlannedConflict(path: p.appending(key: k), theirsPath: t)
      case .removeKey(let p): PlannedConflict(path: p)
      case .replaceItem(let r, let t): PlannedConflict(path: r.list, item: r, theirsPath: t)
      case .removeItem(let r): PlannedConflict(path: r.list, item: r)
      case .insertItem(let r, let t, _, _): PlannedConflict(path: r.list, item: r, theirsPath: t)
      }
    }
  }

  struct Planner {
    let theirs: YAMLDocument
    /// The schema of the files, which says which lists are keyed and by what.
    let spec: ObjectSpec
    var ops: [Op] = []
    var conflicts: [PlannedConflict] = []
    /// Paths in ours are expressed as they are in the original ours document.
    init(theirs: YAMLDocument, spec: ObjectSpec) {
      self.theirs = theirs
      self.spec = spec
    }

    mutating func merge(_ path: YAMLPath, _ b: YAMLValue, _ o: YAMLValue, _ t: YAMLValue) {
      guard case .mapping(let be) = b, case .mapping(let oe) = o, case .mapping(let te) = t else {
        if t != b && o != b && o != t {
          conflicts.append(PlannedConflict(path: path, theirsPath: path))
        }
        return
      }
      mergeMapping(path, theirsPath: path, be, oe, te)
    }

    mutating func mergeMapping(
      _ path: YAMLPath, theirsPath: YAMLPath, _ b: [(String, YAMLValue)],
      _ o: [(String, YAMLValue)], _ t: [(String, YAMLValue)]
    ) {
      func value(_ entries: [(String, YAMLValue)], _ k: String) -> YAMLValue? {
        entries.first { $0.0 == k }?.1
      }
      var keys = o.map(\.0)
      for (k, _) in t where !keys.contains(k) { keys.append(k) }
      for (k, _) in b where !keys.contains(k) { keys.append(k) }
      for k in keys {
        let bv = value(b, k)
        let ov = value(o, k)
        let tv = value(t, k)
        let p = path.appending(key: k)
        let tp = theirsPath.appending(key: k)
        if tv == bv || ov == tv { continue }
        if ov == bv {
          if tv == nil {
            ops.append(.removeKey(p))
          } else if ov == nil {
            // The key goes after the nearest key before it in theirs that ours has.
            let position = t.firstIndex { $0.0 == k }!
            let after = t[..<position].reversed().first { e in o.contains { $0.0 == e.0 } }?.0
            ops.append(.addKey(path, k, theirs: tp, after: after))
          } else {
            mergeChanged(p, theirsPath: tp, bv!, ov!, tv!, oursUnchanged: true)
          }
          continue
        }
        // Both changed, differently.
        guard let ov, let tv else {
          conflicts.append(PlannedConflict(path: p, theirsPath: tv == nil ? nil : tp))
          continue
        }
        mergeChanged(p, theirsPath: tp, bv, ov, tv, oursUnchanged: false)
      }
    }

    /// Merges a value both sides have, where theirs differs from base.
    mutating func mergeChanged(
      _ p: YAMLPath, theirsPath tp: YAMLPath, _ bv: YAMLValue?, _ ov: YAMLValue, _ tv: YAMLValue,
      oursUnchanged: Bool
    ) {
      switch (ov, tv) {
      case (.mapping(let oe), .mapping(let te)):
        let be: [(String, YAMLValue)] = if case .mapping(let x)? = bv { x } else { [] }
        mergeMapping(p, theirsPath: tp, be, oe, te)
      case (.sequence(let oi), .sequence(let ti)) where keyFields(for: p, in: spec) != nil:
        let bi: [YAMLValue] = if case .sequence(let x)? = bv { x } else { [] }
        mergeList(p, theirsPath: tp, bi, oi, ti)
      default:
        if oursUnchanged {
          ops.append(.set(p, theirs: tp))
        } else {
          conflicts.append(PlannedConflict(path: p, theirsPath: tp))
        }
      }
    }

    mutating func mergeList(
      _ path: YAMLPath, theirsPath: YAMLPath, _ b: [YAMLValue], _ o: [YAMLValue], _ t: [YAMLValue]
    ) {
      let fields = keyFields(for: path, in: spec)!
      let counted = isCounted(path, in: spec)
      let bk = keys(b, fields: fields)
      let ok = keys(o, fields: fields)
      let tk = keys(t, fields: fields)
      func find(_ keys: [String], _ k: String) -> Int? { keys.firstIndex(of: k) }
      for (ti, key) in tk.enumerated() {
        let te = t[ti]
        let tp = theirsPath.appending(index: ti)
        let ref = ItemRef(list: path, key: key)
        guard let bi = find(bk, key) else {
          if let oi = find(ok, key) {
            // Alike entries both sides added are one entry, unless the list counts them.
            if o[oi] == te && !counted { continue }
            // Added on both sides with the same key but other content: keep both.
            ops.append(
              .insertItem(
                ItemRef(list: path, key: key + "+theirs"), theirs: tp, date: date(of: te),
                afterKey: key))
          } else {
            let previous = ti > 0 ? tk[ti - 1] : nil
            ops.append(.insertItem(ref, theirs: tp, date: date(of: te), afterKey: previous))
          }
          continue
        }
        let be = b[bi]
        if te == be { continue }
        guard let oi = find(ok, key) else {
          // Ours deleted what theirs changed: put theirs back, between markers.
          ops.append(
            .insertItem(ref, theirs: tp, date: date(of: te), afterKey: ti > 0 ? tk[ti - 1] : nil))
          conflicts.append(PlannedConflict(path: path, item: ref, theirsPath: tp, oursEmpty: true))
          continue
        }
        let oe = o[oi]
        if oe == te { continue }
        if oe == be {
          ops.append(.replaceItem(ref, theirs: tp))
        } else if case .mapping(let om) = oe, case .mapping(let tm) = te, case .mapping(let bm) = be
        {
          mergeMapping(path.appending(index: oi), theirsPath: tp, bm, om, tm)
        } else {
          conflicts.append(
            PlannedConflict(path: path.appending(index: oi), item: ref, theirsPath: tp))
        }
      }
      for (bi, key) in bk.enumerated() where find(tk, key) == nil {
        guard let oi = find(ok, key) else { continue }
        if o[oi] == b[bi] {
          ops.append(.removeItem(ItemRef(list: path, key: key)))
        } else {
          conflicts.append(
            PlannedConflict(
              path: path.appending(index: oi), item: ItemRef(list: path, key: key), theirsPath: nil)
          )
        }
      }
    }
  }

  // MARK: - Applying

  enum ApplyError: Error { case notFound }

  static func index(
    of key: String, in list: YAMLPath, _ document: YAMLDocument, spec: ObjectSpec
  ) -> Int? {
    guard let fields = keyFields(for: list, in: spec),
      case .sequence(let s)? = document.node(at: list)
    else {
      return nil
    }
    return keys(s.items.map(\.value.value), fields: fields).firstIndex(of: key)
  }

  static func apply(
    _ op: Op, to editor: inout YAMLEditor, theirs: YAMLDocument, spec: ObjectSpec
  ) throws {
    switch op {
    case .set(let p, let tp):
      guard let node = theirs.node(at: tp) else { throw ApplyError.notFound }
      try editor.set(p, to: content(node))
    case .addKey(let parent, let key, let tp, let after):
      guard let node = theirs.node(at: tp) else { throw ApplyError.notFound }
      try editor.add(key: key, content(node), to: parent, after: after)
    case .removeKey(let p):
      try editor.remove(p)
    case .replaceItem(let ref, let tp):
      guard let i = index(of: ref.key, in: ref.list, editor.document, spec: spec) else {
        throw ApplyError.notFound
      }
      if let text = theirs.itemText(tp) {
        try editor.replace(ref.list.appending(index: i), with: text)
      } else if let node = theirs.node(at: tp) {
        try editor.remove(ref.list.appending(index: i))
        try editor.insert(content(node), into: ref.list, at: i)
      }
    case .removeItem(let ref):
      guard let i = index(of: ref.key, in: ref.list, editor.document, spec: spec) else {
        throw ApplyError.notFound
      }
      try editor.remove(ref.list.appending(index: i))
    case .insertItem(let ref, let tp, let date, let afterKey):
      guard let node = theirs.node(at: tp) else { throw ApplyError.notFound }
      let items = editor.document.node(at: ref.list)?.sequence?.items ?? []
      var position = items.count
      if let date {
        // After every item dated on or before it.
        while position > 0, let d = TrajectoryMerge.date(of: items[position - 1].value.value),
          d > date
        { position -= 1 }
      } else if let afterKey, let i = index(of: afterKey, in: ref.list, editor.document, spec: spec)
      {
        position = i + 1
      }
      if editor.document.node(at: ref.list)?.sequence?.style == .block,
        let text = theirs.itemText(tp)
      {
        try editor.insert(text, into: ref.list, at: position)
      } else if editor.document.node(at: ref.list) == nil {
        throw ApplyError.notFound
      } else {
        try editor.insert(content(node), into: ref.list, at: position)
      }
    }
  }

  /// Content that writes `node`'s value back: plain scalars stay plain where they can, flow
  /// collections stay flow.
  static func content(_ node: YAMLNode) -> YAMLContent {
    switch node {
    case .scalar(let s): s.style == .plain ? .literal(s.value) : .text(s.value)
    case .sequence(let s): .sequence(s.items.map { content($0.value) }, flow: s.style == .flow)
    case .mapping(let m):
      .mapping(m.entries.map { ($0.key.value, content($0.value)) }, flow: m.style == .flow)
    }
  }

  // MARK: - Conflict markers

  /// Writes `<<<<<<< ours` / `=======` / `>>>>>>> theirs` around just the conflicting entries
  /// (with `labels` for `ours` and `theirs`).
  static func markConflicts(
    _ conflicts: [PlannedConflict], in ours: YAMLDocument, theirs: YAMLDocument, planner: Planner,
    labels: (ours: String, theirs: String) = ("ours", "theirs")
  ) -> [UInt8] {
    let source = ours.source
    let eol = source.dominantLineEnding
    var replacements: [(Int, Int, String)] = []  // line range in ours, replacement text
    for c in conflicts {
      guard let (from, to) = lineRange(c.path, item: c.item, in: ours, spec: planner.spec) else {
        continue
      }
      let oursLines = c.oursEmpty ? [] : (from...to).map { source.lineText($0) }
      var theirsLines: [String] = []
      if c.oursEmpty {
        theirsLines = (from...to).map { source.lineText($0) }
      } else if let tp = c.theirsPath,
        let (tf, tt) = lineRange(tp, item: nil, in: theirs, spec: planner.spec)
      {
        theirsLines = (tf...tt).map { theirs.source.lineText($0) }
      }
      var text = "<<<<<<< \(labels.ours)" + eol
      text += oursLines.map { $0 + eol }.joined()
      text += "=======" + eol
      text += theirsLines.map { $0 + eol }.joined()
      text += ">>>>>>> \(labels.theirs)" + eol
      replacements.append((from, to, text))
    }
    var lines = (0..<source.lineCount).map { source.lineText($0) + eol }
    for (from, to, text) in replacements.sorted(by: { $0.0 > $1.0 }) {
      lines.replaceSubrange(from...to, with: [text])
    }
    return Array(lines.joined().utf8)
  }

  /// The lines of a mapping entry or list item: from its first line to its last.
  static func lineRange(
    _ path: YAMLPath, item: ItemRef?, in document: YAMLDocument, spec: ObjectSpec
  ) -> (Int, Int)? {
    var path = path
    if let item, let i = index(of: item.key, in: item.list, document, spec: spec) {
      path = item.list.appending(index: i)
    }
    guard let parentPath = path.parent, let parent = document.node(at: parentPath),
      let last = path.components.last
    else {
      return nil
    }
    switch (parent, last) {
    case (.mapping(let m), .key(let k)):
      guard let e = m.entries.first(where: { $0.key.value == k }) else { return nil }
      if m.style == .flow { return (m.firstLine, m.lastLine) }
      return (e.firstLine, e.lastLine)
    case (.sequence(let s), .index(let i)) where s.items.indices.contains(i):
      if s.style == .flow { return (s.firstLine, s.lastLine) }
      return (s.items[i].firstLine, s.items[i].lastLine)
    default:
      return nil
    }
  }
}
