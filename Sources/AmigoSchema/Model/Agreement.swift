/// What a meeting about several children (or a group meeting) agreed for one child, written in
/// that child's own file (`agreements:`): the date and id of the activity and what was agreed.
/// It carries no minutes of its own (the minutes are the activity's, counted once), so no
/// figure can count the meeting twice; the child's record stays complete, and erasable, on its
/// own.
public struct Agreement: Sendable, Hashable {
  public init() {}
  public var date: LocalDate?
  public var dateSpan = Span.none
  /// The activity id (`activities/<id>.yaml`).
  public var activity: String = ""
  public var activitySpan = Span.none
  /// What was agreed for this child, naming no other child.
  public var agreed: String?
  public var agreedSpan = Span.none
  public var span = Span.none
}

/// What checking a trajectory's `agreements:` needs to know of the workspace's activity files:
/// for each activity id, its type, the dates it was held on and the children it names.
public struct ActivityIndex: Sendable {
  public struct Entry: Sendable, Hashable {
    public var type: ActivityType?
    public var dates: Set<LocalDate>
    public var named: Set<String>
    public init(_ a: Activity) {
      type = a.type
      dates = Set(a.occasions.map(\.date))
      named = Set(a.namedChildren)
    }
  }

  /// Every activity id (file name without `.yaml`), sorted.
  public let ids: [String]
  public let entries: [String: Entry]
  let known: Set<String>

  /// `ids`: the file names of the activity files; `activities`: those that could be read.
  public init(ids: [String], activities: [Activity]) {
    self.init(ids: ids, entries: activities.map { ($0.id, Entry($0)) })
  }

  /// `entries`: each activity that could be read, by its id, in file order (a later one with
  /// the same id replaces an earlier; one without an id is left out), made by the caller (on
  /// every core).
  public init(ids: [String], entries list: [(id: String, entry: Entry)]) {
    self.ids = ids.sorted()
    known = Set(ids)
    var entries: [String: Entry] = [:]
    for (id, entry) in list where !id.isEmpty { entries[id] = entry }
    self.entries = entries
  }

  public func contains(_ id: String) -> Bool { known.contains(id) }
}
