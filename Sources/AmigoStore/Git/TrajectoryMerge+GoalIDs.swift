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
    func goals(_ d: YAMLDocument) -> [(id: String, node: YAMLNode, idScalar: YAMLScalar)] {
      (d.node(at: ["goals"])?.sequence?.items ?? []).compactMap { item in
        guard let m = item.value.mapping, case .scalar(let s)? = m["id"], !s.value.isEmpty
        else { return nil }
        return (s.value, item.value, s)
      }
    }
    let baseIDs = Set(goals(base).map(\.id))
    let ourGoals = goals(ours)
    let theirGoals = goals(theirs)
    var taken = baseIDs.union(ourGoals.map(\.id)).union(theirGoals.map(\.id))
    var renames: [String: String] = [:]
    var edits: [(start: Int, end: Int, text: String)] = []
    for goal in theirGoals where !baseIDs.contains(goal.id) && renames[goal.id] == nil {
      guard let mine = ourGoals.first(where: { $0.id == goal.id }),
        mine.node.value != goal.node.value
      else { continue }
      let new = nextFreeGoalID(taken)
      taken.insert(new)
      renames[goal.id] = new
      edits.append((goal.idScalar.start, goal.idScalar.end, new))
    }
    guard !renames.isEmpty else { return (theirs.bytes, []) }
    for item in theirs.node(at: ["sessions"])?.sequence?.items ?? [] {
      guard let refs = item.value.mapping?["goals"]?.sequence else { continue }
      for ref in refs.items {
        guard case .scalar(let s) = ref.value, s.style == .plain, let new = renames[s.value]
        else { continue }
        edits.append((s.start, s.end, new))
      }
    }
    var bytes = theirs.bytes
    for edit in edits.sorted(by: { $0.start > $1.start }) {
      bytes.replaceSubrange(edit.start..<edit.end, with: Array(edit.text.utf8))
    }
    guard YAMLDocument(bytes: bytes).isValid else { return (theirs.bytes, []) }
    return (
      bytes,
      renames.sorted { $0.key < $1.key }.map { Renumbered(from: $0.key, to: $0.value) }
    )
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
