import AmigoSchema
import AmigoYAML

/// Goals added on both sides of a merge with the same id (two workers each running `goal add`
/// get `g2`): before merging, the goal of `theirs` gets the next id free on every side, and
/// everything in `theirs` that names it moves with it (its ratings are inside it; the sessions'
/// `goals` lists are rewritten). Goals are then two different goals, merged as any other.
extension TrajectoryMerge {
  /// One goal renumbered in `theirs`.
  public struct Renumbered: Sendable, Hashable, CustomStringConvertible {
    public var from: String
    public var to: String
    public var description: String {
      "goal '\(from)' was added on both sides; theirs is now '\(to)' (its ratings and sessions moved with it)"
    }
  }

  /// `theirs` with its goals that collide with another goal of the same id added in `ours`
  /// renumbered, and what was renumbered; `theirs` unchanged when nothing collides or the
  /// rewrite would not give a valid document.
  static func renumberingCollidingGoals(
    base: YAMLDocument, ours: YAMLDocument, theirs: YAMLDocument
  ) -> (bytes: [UInt8], renumbered: [Renumbered]) {
    func goals(_ d: YAMLDocument) -> [(id: String, node: YAMLNode)] {
      (d.node(at: ["goals"])?.sequence?.items ?? []).compactMap { item in
        guard let m = item.value.mapping, case .scalar(let s)? = m["id"], !s.value.isEmpty
        else { return nil }
        return (s.value, item.value)
      }
    }
    let baseIDs = Set(goals(base).map(\.id))
    let ourGoals = goals(ours)
    let theirGoals = goals(theirs)
    var taken = baseIDs.union(ourGoals.map(\.id)).union(theirGoals.map(\.id))
    var renames: [String: String] = [:]
    for goal in theirGoals where !baseIDs.contains(goal.id) && renames[goal.id] == nil {
      guard let mine = ourGoals.first(where: { $0.id == goal.id }),
        mine.node.value != goal.node.value
      else { continue }
      let new = nextFreeGoalID(taken)
      taken.insert(new)
      renames[goal.id] = new
    }
    // Its id and the sessions' references to it (the goal's ratings are inside it).
    guard !renames.isEmpty, let renamed = renamingGoals(theirs, renames) else {
      return (theirs.bytes, [])
    }
    return (
      renamed.bytes,
      renames.sorted { $0.key < $1.key }.map { Renumbered(from: $0.key, to: $0.value) }
    )
  }

  /// The goals a side renumbered since the base (an earlier merge gave a colleague's goal a
  /// new id because another goal took its id): base goal `X` is `Y` on that side when `Y` is
  /// new there, has `X`'s text, and `X` there is another goal (other text) or gone. By id
  /// alone the merge would take the other goal for `X` and hang the ratings and sessions the
  /// other side added to `X` on it (QA, twelfth session).
  static func renumberedSinceBase(base: YAMLDocument, side: YAMLDocument) -> [String: String] {
    func goals(_ d: YAMLDocument) -> [(id: String, text: String)] {
      (d.node(at: ["goals"])?.sequence?.items ?? []).compactMap { item in
        guard let m = item.value.mapping, case .scalar(let id)? = m["id"], !id.value.isEmpty,
          case .scalar(let text)? = m["text"], !text.value.isEmpty
        else { return nil }
        return (id.value, text.value)
      }
    }
    let before = goals(base)
    let after = goals(side)
    let baseIDs = Set(before.map(\.id))
    var renames: [String: String] = [:]
    for goal in before {
      // Still there with its text: not renumbered.
      if after.contains(where: { $0.id == goal.id && $0.text == goal.text }) { continue }
      let moved = after.filter { !baseIDs.contains($0.id) && $0.text == goal.text }
      if moved.count == 1 { renames[goal.id] = moved[0].id }
    }
    return renames
  }

  /// `document` with goals renamed by `renames` (their ids and the sessions' references), or
  /// nil when a new id is taken there already or the rewrite would not be valid.
  static func renamingGoals(
    _ document: YAMLDocument, _ renames: [String: String]
  )
    -> YAMLDocument?
  {
    var edits: [(start: Int, end: Int, text: String)] = []
    let items = document.node(at: ["goals"])?.sequence?.items ?? []
    let ids = items.compactMap { $0.value.mapping?["id"]?.scalar?.value }
    if renames.values.contains(where: ids.contains) { return nil }
    for item in items {
      guard case .scalar(let s)? = item.value.mapping?["id"], let new = renames[s.value] else {
        continue
      }
      edits.append((s.start, s.end, new))
    }
    for item in document.node(at: ["sessions"])?.sequence?.items ?? [] {
      guard let refs = item.value.mapping?["goals"]?.sequence else { continue }
      for ref in refs.items {
        guard case .scalar(let s) = ref.value, s.style == .plain, let new = renames[s.value]
        else { continue }
        edits.append((s.start, s.end, new))
      }
    }
    guard !edits.isEmpty else { return document }
    var bytes = document.bytes
    for edit in edits.sorted(by: { $0.start > $1.start }) {
      bytes.replaceSubrange(edit.start..<edit.end, with: Array(edit.text.utf8))
    }
    let renamed = YAMLDocument(bytes: bytes)
    return renamed.isValid ? renamed : nil
  }

  /// `g<n>` after the highest `g<n>` in `taken`, and not in it.
  static func nextFreeGoalID(_ taken: Set<String>) -> String {
    let numbers = taken.compactMap { id -> Int? in
      guard id.first == "g" else { return nil }
      return Int(id.dropFirst())
    }
    var n = (numbers.max() ?? 0) + 1
    while taken.contains("g\(n)") { n += 1 }
    return "g\(n)"
  }
}
