import AmigoSchema

extension PeriodReport {
  /// The ids of the period report's rows that more than one place names, declared once: the
  /// rows themselves, their suppression, the programmes' profiles (`profileFigure`), the CSV's
  /// units (`unit(of:)`) and the charts read them from here. They are the `indicator` codes
  /// of the CSV and JSON output, so renaming one changes the output.
  ///
  /// The aggregate file's keys are its own (`PeriodAggregate.Key`), even where they are spelled
  /// the same: a row renamed here leaves the format `amigo.aggregate/1` as it is.
  enum Indicator {
    // MARK: - The indicator rows (table `indicators`)

    static let reached = "reached"
    static let families = "families"
    static let new = "new"
    static let running = "running"
    static let closed = "closed"
    static let referrals = "referrals"
    static let daysToStart = "days_to_start"
    static let waiting = "waiting"
    static let waitMedian = "wait_median"
    static let waitLongest = "wait_longest"
    static let durationMedian = "duration_median"
    static let durationIQR = "duration_iqr"
    static let childTalks = "child_talks"
    static let contactMinutes = "contact_minutes"
    static let networkTalks = "network_talks"
    static let dropOut = "drop_out"
    static let withoutHelp = "without_help"
    static let goalsAchieved = "goals_achieved"
    /// The mean satisfaction of `party` at the closure (`satisfaction_child`, …).
    static func satisfaction(_ party: Party) -> String { satisfactionPrefix + party.rawValue }
    static let satisfactionPrefix = "satisfaction_"

    // MARK: - Information sharing (table `sharing_figures`)

    static let schoolInformed = "school_informed"
    static let daysToSchool = "days_to_school"
    static let meldcode = "meldcode"
    /// The outcome of a meldcode procedure without a decision yet (table `meldcode_outcome`).
    static let meldcodeOpen = "open"

    // MARK: - Contact hours (tables `worker_hours`, `school_hours`, `municipality_hours`)

    static let contactHours = "contact_hours"
    static let hoursPerWeek = "hours_per_week"
    static let agreedHoursPerWeek = "agreed_hours_per_week"

    // MARK: - Work without a child file (table `light_work`)

    static let themeMeetings = "theme_meetings"
    static let themeMeetingMinutes = "theme_meeting_minutes"
    static let themeAttendance = "theme_attendance"
    static let teacherSupport = "teacher_support"
    static let teacherSupportMinutes = "teacher_support_minutes"
    static let teacherSupportHours = "teacher_support_hours"
    static let lightContacts = "light_contacts"
    static let lightContactMinutes = "light_contact_minutes"
    static let parentsReached = "parents_reached"
    /// The prefixes of the breakdowns' rows (`audience:parents`, `asked_by:parent`, …).
    static let audience = "audience"
    static let askedBy = "asked_by"
    static let outcome = "outcome"
    static let theme = "theme"
    /// The row of `value` in the breakdown `prefix` (`audience:parents`).
    static func breakdown(_ prefix: String, _ value: String) -> String { prefix + ":" + value }

    // MARK: - Meetings and groups (table `activities`)

    static let meetingMinutes = "meeting_minutes"
    static let groupMinutes = "group_minutes"
    static let groupParticipants = "group_participants"
    static let attendanceRate = "attendance_rate"
    static let activityMinutes = "activity_minutes"

    // MARK: - After the trajectory (table `after_trajectory`)

    static let referralsMade = "referrals_made"
    static let referredYouthCare = "referred_youth_care"
    static let referredYouthMentalHealth = "referred_youth_mental_health"
    static let repeatRequests = "repeat_requests"
    static let followUp = "follow_up"

    // MARK: - Outcome measures (tables `measures`, `follow_up_measures`: their columns)

    static let pairs = "pairs"
    static let meanChange = "mean_change"
    static let outsideNormal = "outside_normal"
    static let toNormal = "to_normal"
  }

  /// The ids of the period report's tables that more than one place names (the `table` code of
  /// the CSV, and of a hidden figure's `Suppression.Key`), declared once.
  enum TableID {
    static let indicators = "indicators"
    static let referralSource = "referral_source"
    static let closureReason = "closure_reason"
    static let destination = "destination"
    static let activities = "activities"
    static let lightWork = "light_work"
  }
}
