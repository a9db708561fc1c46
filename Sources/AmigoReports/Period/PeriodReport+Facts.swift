import AmigoSchema

extension PeriodReport {
  /// Drops from `t` what no figure of the period report reads (nor the coordinator's views or
  /// the aggregate, which come from the same trajectories), so that a whole workspace is held
  /// in less memory: the goals' texts and domains, whom they were agreed with, their ratings
  /// but the follow-up ones (`PeriodReport+FollowUp`), the referral's concerns and the plan's
  /// review dates. For trajectories whose details are dropped already
  /// (`Trajectory.dropDetails()`); the reports are the same with it or without (a test
  /// compares).
  public static func dropUnread(_ t: inout Trajectory) {
    for i in t.goals.indices {
      t.goals[i].text = ""
      t.goals[i].domain = nil
      t.goals[i].agreedWith = []
      if t.goals[i].ratings.contains(where: { !$0.followUp }) {
        t.goals[i].ratings = t.goals[i].ratings.filter(\.followUp)
      }
    }
    if t.referral != nil { t.referral!.concerns = [] }
    t.plan.reviews = []
  }
}
