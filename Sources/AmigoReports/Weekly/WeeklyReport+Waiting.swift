import AmigoSchema

/// The week report's waiting list (issue 25): per worker, the children referred and not yet
/// started at the week's end (or today, in a week under way), with the days each has waited
/// (`WaitingList`). Longest wait first.
extension WeeklyReport {
  public struct WaitingRow: Sendable, Hashable {
    public var id: String
    public var label: String
    public var status: TrajectoryStatus?
    public var referral: LocalDate
    public var days: Int
  }

  /// The waiting rows of `indices` in `trajectories` as of `day`, longest wait first (then by
  /// id).
  static func waitingRows(
    _ trajectories: [Trajectory], _ indices: [Int], on day: LocalDate
  )
    -> [WaitingRow]
  {
    var rows: [WaitingRow] = []
    for i in indices {
      let t = trajectories[i]
      guard let days = WaitingList.daysWaiting(t, on: day), let referral = t.referral?.date
      else { continue }
      rows.append(
        WaitingRow(id: t.id, label: t.child.label, status: t.status, referral: referral, days: days)
      )
    }
    return rows.sorted { ($1.days, $0.id) < ($0.days, $1.id) }
  }

  /// The subsection "Waiting list" of a worker's part.
  func waitingSection(_ rows: [WaitingRow], _ lang: Language) -> Section {
    Section(
      id: "waiting", title: lang("Waiting list", "Wachtlijst"),
      blocks: [
        .table(
          Table(
            id: "waiting",
            columns: [
              Column("child", lang("Child", "Kind")), Column("id", "Id"),
              Column("status", lang("Status", "Status")),
              Column("referral", lang("Referred", "Aangemeld")),
              Column("days_waiting", lang("Days waiting", "Dagen wachtend"), numeric: true),
            ],
            rows: rows.map { r in
              [
                .text(r.label), .text(r.id),
                r.status.map { .code($0.rawValue, label: lang.label($0.rawValue, Schemas.status)) }
                  ?? .empty,
                .text(r.referral.description), .int(r.days),
              ]
            }))
      ])
  }
}
