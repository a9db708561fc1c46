/// School changes with a date (issue 19): `school:` is the current school; the optional
/// `schools:` lists every school the child attended during the trajectory, each from a date,
/// oldest first, the last one equal to `school:`. Declared in the schema in
/// `Schema+V1+Schools.swift`, checked by `SchoolHistoryRule`.
///
/// The rule, defined once here for validation and every report: a contact counts for the school
/// of its date (`school(on:)`); a trajectory counts for every school it attended in a period
/// (`schools(from:through:)`), once in the total.

/// One entry of `schools:`: the child attends `school` from `from` on.
public struct SchoolChange: Sendable, Hashable {
  public init() {}
  public init(school: String, from: LocalDate) {
    self.school = school
    self.from = from
  }
  public var school: String = ""
  public var schoolSpan = Span.none
  public var from: LocalDate?
  public var fromSpan = Span.none
  public var span = Span.none
}

extension Trajectory {
  /// The dated entries of `schools:`, oldest first (undated ones are left out: the schema
  /// reports them).
  var datedSchools: [(school: String, from: LocalDate)] {
    schools.compactMap { s in s.from.map { (s.school, $0) } }
      .filter { !$0.school.isEmpty }
      .sorted { $0.from < $1.from }
  }

  /// The school the child attended on `date`: the last entry of `schools:` from on or before
  /// it. Before the first entry, the first school; without a history, `school:`.
  public func school(on date: LocalDate) -> String {
    let dated = datedSchools
    guard let first = dated.first else { return school }
    return dated.last { $0.from <= date }?.school ?? first.school
  }

  /// The schools the child attended on some day from `start` through `end` (nil: open), in
  /// the order attended, each once; without a history, `[school]`.
  public func schools(from start: LocalDate?, through end: LocalDate?) -> [String] {
    let dated = datedSchools
    guard !dated.isEmpty else { return [school] }
    var out: [String] = []
    for (i, entry) in dated.enumerated() {
      // The entry holds from its date to the day before the next one's (the first: from the
      // beginning of time, so contacts before it are not lost).
      let next = i + 1 < dated.count ? dated[i + 1].from : nil
      if let end, i > 0, entry.from > end { continue }
      if let start, let next, next <= start { continue }
      if !out.contains(entry.school) { out.append(entry.school) }
    }
    return out.isEmpty ? [school(on: end ?? start ?? dated[0].from)] : out
  }

  /// Every school of the trajectory, in the order attended, each once (`[school]` without a
  /// history).
  public var allSchools: [String] {
    var out: [String] = []
    for s in datedSchools.map(\.school) + [school] where !s.isEmpty && !out.contains(s) {
      out.append(s)
    }
    return out.isEmpty ? [school] : out
  }

  /// The moves: each change from one school to another with its date, oldest first.
  public var schoolMoves: [(from: String, to: String, date: LocalDate)] {
    let dated = datedSchools
    guard dated.count > 1 else { return [] }
    return (1..<dated.count).compactMap { i in
      dated[i - 1].school == dated[i].school
        ? nil : (dated[i - 1].school, dated[i].school, dated[i].from)
    }
  }
}
