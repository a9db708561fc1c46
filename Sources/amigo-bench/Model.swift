import AmigoSchema

/// A programme as the generator needs it: the norms its trajectories are made to meet.
struct BenchProgramme {
  let id: String
  let label: String
  let age: ClosedRange<Int>
  let weeks: ClosedRange<Int>
  let childTalksPerWeek: Int
  let minutes: Int
  let requiredContacts: [String]
  let retentionYears: Int
}

struct BenchSchool {
  let id: String
  let name: String
  let municipality: String
  let area: String
  /// Indexes into the workers who work at this school.
  let workers: [Int]
  /// Relative number of referrals.
  let weight: Int
}

/// How a worker writes files: habits that vary layout between files, as in a real team.
struct WriterStyle {
  /// A blank line between list items (goals, sessions), as amigo's examples do.
  var blankLines = true
  /// `minutes:` on child talks, though the programme gives the default.
  var childTalkMinutes = true
  /// `methods:` on child talks.
  var methods = true
  /// Satisfaction as a flow mapping on one line rather than a block.
  var flowSatisfaction = false
}

struct BenchWorker {
  let id: String
  let name: String
  let style: WriterStyle
}

struct GSession {
  var date: LocalDate
  /// Order among sessions on the same day (intake first, then child talks, then the rest).
  var order: Int
  var kind: String
  var minutes: Int?
  var place: String?
  var status: String?
  var with: [String] = []
  var methods: [String] = []
  var goals: [String] = []
  var note: String?

  init(_ date: LocalDate, _ kind: String, order: Int = 2) {
    self.date = date
    self.kind = kind
    self.order = order
  }
}

struct GRating {
  var date: LocalDate
  /// The score in half points (0-20), so 4.5 is 9.
  var halves: Int
  var rater: String
}

struct GGoal {
  var id: String
  var domain: String
  var text: String
  var agreedWith: [String]
  var targetHalves: Int
  var ratings: [GRating] = []
  var result: String?
}

struct GConsent {
  var date: LocalDate
  var givenBy: [String]
  var form: String
  var scope: [String]
  var withdrawn: LocalDate?
}

struct GPlan {
  var start: LocalDate
  var weeks: Int
  var reviews: [LocalDate]
}

struct GClosure {
  var date: LocalDate
  var reason: String
  var destination: String
  var summary: String?
  var satisfaction: [(String, Int)] = []
}

struct GTrajectory {
  var id = ""
  var programme = ""
  var school = ""
  var worker = ""
  var status = ""
  var label = ""
  var born = ""
  var gender = ""
  var group = 0
  var referralDate = LocalDate(dayNumber: 0)
  var referralBy = ""
  var concerns: [String] = []
  var request: String?
  var consents: [GConsent] = []
  var plan: GPlan?
  var goals: [GGoal] = []
  var sessions: [GSession] = []
  var closure: GClosure?
  var style = WriterStyle()
}
