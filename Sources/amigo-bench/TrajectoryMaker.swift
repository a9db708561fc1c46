import AmigoSchema

/// Makes one trajectory from its own random stream, consistent with amigo's validation rules:
/// referral ≤ consent ≤ start ≤ every held session ≤ closure, no child talk without consent,
/// two child talks in every school week (one for the Kansencoach), every required contact
/// before a completed closure, a baseline score for every goal, ages inside the programme's
/// band, and lengths inside its weeks.
struct TrajectoryMaker {
  let org: Organisation
  let today: LocalDate
  let seed: UInt64
  /// The weights statuses are drawn with: `statusWeights`, or those of `--closed-share`.
  var weights: [(Status, Int)] = TrajectoryMaker.statusWeights

  /// `statusWeights` with the closed weight set so that `share` of the trajectories are closed
  /// on average; the other statuses keep their proportions.
  static func weights(closedShare share: Double) -> [(Status, Int)] {
    let others = statusWeights.filter { $0.0 != .closed }.reduce(0) { $0 + $1.1 }
    let closed = Int((Double(others) * share / (1 - share)).rounded())
    return statusWeights.map { $0.0 == .closed ? ($0.0, closed) : $0 }
  }

  typealias Status = TrajectoryStatus

  static let statusWeights: [(Status, Int)] = [
    (.closed, 800), (.notStarted, 30), (.active, 85), (.closing, 20), (.paused, 15),
    (.intake, 15), (.waiting, 20), (.referred, 15),
  ]

  static let reasonWeights: [(String, Int)] = [
    ("completed", 84), ("ended-by-agreement", 5), ("ended-by-client", 6),
    ("ended-by-provider", 2), ("external-circumstances", 3),
  ]

  static let concernWeights: [(String, Int)] = [
    ("concentration", 10), ("playing-together", 8), ("self-confidence", 14),
    ("emotion-regulation", 9), ("anxiety", 10), ("low-mood", 7), ("behaviour", 10),
    ("bullying", 6), ("home-situation", 6), ("divorce", 5), ("poverty", 3), ("parenting", 3),
    ("absenteeism", 3), ("other", 1),
  ]

  static let methodWeights: [(String, Int)] = [
    ("solution-focused", 30), ("scaling", 10), ("role-play", 12), ("drawing", 8), ("play", 8),
    ("compliments", 10), ("psycho-education", 8), ("behavioural", 6), ("motivational", 6),
  ]

  /// The id's random part: a bijection of the index onto 20 bits, so ids never collide
  /// (up to a million trajectories) yet look random.
  static func idPart(_ index: Int, seed: UInt64) -> String {
    let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    var x = (UInt64(index) &* 0x9E3B5 &+ (seed &* 0x5851F42D)) & 0xFFFFF
    x ^= x >> 11
    x = (x &* 0x6F4F3) & 0xFFFFF
    x ^= x >> 9
    var s = ""
    for k in (0..<4).reversed() { s.append(alphabet[Int((x >> (5 * UInt64(k))) & 31)]) }
    return s
  }

  func make(_ index: Int) -> GTrajectory {
    var r = SplitMix64(seed: seed, stream: UInt64(index) &+ 1)
    var t = GTrajectory()
    let programme = r.chance(0.05) ? Organisation.kansencoach : Organisation.aos
    t.programme = programme.id
    let school = org.schools[r.weighted(org.schoolWeights)]
    t.school = school.id
    let worker = org.workers[r.pick(school.workers)]
    t.worker = worker.id
    t.style = worker.style
    let status = r.weighted(weights)
    t.status = status.rawValue

    // The child.
    t.gender = r.weighted([("girl", 47), ("boy", 49), ("other", 2), ("unknown", 2)])
    let first: String
    switch t.gender {
    case "girl": first = r.pick(Vocabulary.girls)
    case "boy": first = r.pick(Vocabulary.boys)
    default: first = r.chance(0.5) ? r.pick(Vocabulary.girls) : r.pick(Vocabulary.boys)
    }
    t.label = first + " " + r.pick(Vocabulary.initials) + "."
    let n = first
    let age =
      programme.id == Organisation.aos.id
      ? r.weighted([(8, 15), (9, 22), (10, 25), (11, 22), (12, 13), (13, 3)])
      : r.weighted([(8, 25), (9, 25), (10, 25), (11, 15), (12, 10)])

    // Referral concerns.
    var concerns: [String] = []
    for _ in 0..<r.weighted([(1, 30), (2, 50), (3, 20)]) {
      let c = r.weighted(TrajectoryMaker.concernWeights)
      if !concerns.contains(c) { concerns.append(c) }
    }
    t.concerns = concerns
    t.referralBy = r.weighted([
      ("teacher", 35), ("care-coordinator", 35), ("parent", 12), ("director", 5),
      ("youth-health", 5), ("social-team", 5), ("other", 3),
    ])
    if r.chance(0.92) { t.request = fill(r.pick(Vocabulary.requests), n) }

    switch status {
    case .referred, .waiting, .intake, .notStarted:
      makeUnstarted(&t, status, &r, name: n, age: age)
    case .closed, .active, .closing, .paused:
      makeStarted(&t, status, programme, &r, name: n, age: age)
    }
    t.id = "AOS-\(t.referralDate.year)-" + TrajectoryMaker.idPart(index, seed: seed)
    return t
  }

  // MARK: - Before the start

  func makeUnstarted(
    _ t: inout GTrajectory, _ status: Status, _ r: inout SplitMix64, name n: String, age: Int
  ) {
    let yesterday = today.adding(days: -1)
    let referral: LocalDate
    switch status {
    case .referred: referral = weekday(today.adding(days: -r.int(0...14)), &r, back: true)
    case .waiting: referral = weekday(today.adding(days: -r.int(14...84)), &r, back: true)
    case .intake: referral = weekday(today.adding(days: -r.int(10...40)), &r, back: true)
    default:
      referral = weekday(
        LocalDate(
          dayNumber: r.int(org.earliestStart.dayNumber...(today.dayNumber - 30))), &r,
        back: true)
    }
    t.referralDate = referral
    setBirth(&t, age: age, on: referral, &r)
    var sessions: [GSession] = []
    func on(_ days: Int) -> LocalDate? {
      let d = weekday(referral.adding(days: days), &r, back: false)
      return d <= yesterday ? d : nil
    }
    switch status {
    case .waiting:
      if let d = on(r.int(1...5)) {
        var s = GSession(d, "phone-call")
        s.minutes = r.pick([10, 15])
        s.with = [r.pick(["mother", "father"])]
        s.note = fill(r.pick(Vocabulary.waitingCall), n)
        sessions.append(s)
      }
      if r.chance(0.4), let d = on(r.int(7...13)) {
        t.consents.append(consent(d, age: age, &r))
      }
    case .intake:
      if let d = on(r.int(4...10)) {
        var s = GSession(d, "parent-talk")
        s.minutes = 45
        s.place = "school"
        s.with = parents(&r)
        s.note = fill(r.pick(Vocabulary.parentTalk), n)
        sessions.append(s)
        if r.chance(0.5), let d2 = on(r.int(12...20)), d2 > d {
          var p = GSession(d2, "phone-call")
          p.minutes = 10
          p.with = [r.pick(["mother", "father"])]
          p.note = fill(r.pick(Vocabulary.phoneCall), n)
          sessions.append(p)
        }
        if r.chance(0.3), let d3 = on(r.int(14...24)), d3 > d {
          t.consents.append(consent(d3, age: age, &r))
        }
      }
    case .notStarted:
      var day = r.int(5...12)
      for kind in ["parent-talk", "phone-call", "consultation"].prefix(r.int(1...3)) {
        guard let d = on(day) else { break }
        var s = GSession(d, kind)
        s.minutes = kind == "parent-talk" ? 45 : kind == "phone-call" ? 10 : 20
        if kind != "phone-call" { s.place = "school" }
        // Before any consent the care coordinator hears only whether help starts: a contact
        // with the referrer about the referral, which needs no consent (`ConsentLaw`).
        s.with = kind == "consultation" ? ["referrer"] : parents(&r)
        s.note = fill(
          kind == "consultation"
            ? r.pick(Vocabulary.consultationColon) : r.pick(Vocabulary.notStarted), n)
        sessions.append(s)
        day += r.int(3...10)
      }
    default:
      break
    }
    t.sessions = sessions
  }

  // MARK: - Started trajectories

  func makeStarted(
    _ t: inout GTrajectory, _ status: Status, _ programme: BenchProgramme,
    _ r: inout SplitMix64, name n: String, age: Int
  ) {
    let maxWeeks = programme.weeks.upperBound
    let planWeeks =
      programme.id == Organisation.aos.id
      ? r.weighted([
        (12, 5), (13, 5), (14, 10), (15, 10), (16, 20), (17, 10), (18, 15), (19, 10), (20, 15),
      ]) : r.int(programme.weeks)
    var start: LocalDate
    var end: LocalDate
    var closureDate: LocalDate?
    var reason: String?
    var length = planWeeks  // calendar weeks the sessions span (for closed ones)

    switch status {
    case .closed:
      let why = r.weighted(TrajectoryMaker.reasonWeights)
      reason = why
      length =
        why == "completed"
        ? min(
          max(planWeeks + r.weighted([(0, 70), (-1, 15), (1, 15)]), programme.weeks.lowerBound),
          maxWeeks)
        : r.int(3...min(11, planWeeks - 1))
      let latest = today.dayNumber - 7 * (length + 8)
      start = startDay(
        LocalDate(dayNumber: r.int(org.earliestStart.dayNumber...latest)), &r)
      while org.isHolidayWeek(start.startOfWeek) { start = start.startOfWeek.adding(days: 7) }
      // Most teams do not run a trajectory through the summer: start after it instead.
      if let summer = org.summerHoliday(between: start, and: start.adding(days: 7 * length)),
        r.chance(0.85)
      {
        let after = summer.to.adding(days: 1)
        if after.dayNumber + 7 * (length + 1) < today.dayNumber { start = startDay(after, &r) }
      }
      var lastMonday = start.startOfWeek.adding(days: 7 * (length - 1))
      while org.isHolidayWeek(lastMonday) && lastMonday > start.startOfWeek {
        lastMonday = lastMonday.adding(days: -7)
      }
      var close = lastMonday.adding(days: r.int(2...4))
      if close < start { close = start.adding(days: r.int(0...2)) }
      closureDate = close
      end = close
    case .active, .closing, .paused:
      let week: Int
      switch status {
      case .active: week = r.int(1...(planWeeks - 1))
      case .closing: week = r.int((planWeeks - 1)...planWeeks)
      default: week = r.int(4...min(planWeeks, 16))
      }
      start = startDay(today.startOfWeek.adding(days: -7 * (week - 1)), &r)
      if start > today { start = today }
      // A start in a holiday week moves back to the last school week, or forward when that
      // would make the trajectory too long.
      var candidate = start
      while org.isHolidayWeek(candidate.startOfWeek) { candidate = candidate.adding(days: -7) }
      if (today.startOfWeek.dayNumber - candidate.startOfWeek.dayNumber) / 7 + 1 >= maxWeeks {
        candidate = start
        while org.isHolidayWeek(candidate.startOfWeek) {
          candidate = candidate.startOfWeek.adding(days: 7)
        }
      }
      start = min(candidate, today)
      end = today.adding(days: -1)
      if status == .paused {
        let pauseWeeks = r.int(1...3)
        let pause = today.startOfWeek.adding(days: -7 * pauseWeeks + r.int(0...4))
        end = max(pause, start.adding(days: 14))
      }
    default:
      fatalError("not a started status")
    }

    // Before the start: referral and consent.
    var consentDate = weekday(start.adding(days: -r.int(1...21)), &r, back: true)
    while org.holidayDays.contains(consentDate.dayNumber) {
      consentDate = weekday(consentDate.adding(days: -1), &r, back: true)
    }
    let referral = weekday(consentDate.adding(days: -r.int(3...70)), &r, back: true)
    t.referralDate = referral
    setBirth(&t, age: age, on: start, &r)
    var first = consent(consentDate, age: age, &r)
    let withdraws = reason == "ended-by-client" && r.chance(0.5)
    var withdrawn: LocalDate?
    if withdraws, let close = closureDate {
      let w = max(start, close.adding(days: -r.int(0...2)))
      withdrawn = w
      first.withdrawn = w
    }
    t.consents = [first]
    if !withdraws && r.chance(0.03) {
      let later = weekday(consentDate.adding(days: r.int(7...28)), &r, back: false)
      if later <= end {
        var second = consent(later, age: age, &r)
        second.givenBy = ["parents"]
        second.form = "written"
        t.consents.append(second)
      }
    }

    // Child talks: the same weekdays every school week.
    let pattern: [Int] =
      programme.childTalksPerWeek >= 2
      ? r.pick([[1, 4], [2, 4], [1, 3], [2, 5], [2, 4], [1, 4]]) : [r.int(1...4)]
    var sessions: [GSession] = []
    var talks: [(date: LocalDate, makeUp: Bool)] = []
    let weeksSpanned = (end.startOfWeek.dayNumber - start.startOfWeek.dayNumber) / 7 + 1
    // A few trajectories miss a week's norm on purpose: some warnings, as in real files.
    let missWeek =
      status != .paused && weeksSpanned > 3 && r.chance(0.02) ? r.int(2...(weeksSpanned - 2)) : 0
    var monday = start.startOfWeek
    var weekIndex = 1
    while monday <= end {
      defer {
        monday = monday.adding(days: 7)
        weekIndex += 1
      }
      if org.isHolidayWeek(monday) { continue }
      let schoolClosed = r.chance(0.008)
      var used = Set(pattern)
      for (k, d) in pattern.enumerated() {
        let date = monday.adding(days: d - 1)
        guard date >= start, date <= end else { continue }
        if let w = withdrawn, date >= w { continue }
        if schoolClosed && k == 0 {
          var s = GSession(date, "child-talk", order: 1)
          s.status = "school-closed"
          s.place = "school"
          if r.chance(0.7) { s.note = r.pick(Vocabulary.schoolClosed) }
          sessions.append(s)
          continue
        }
        if weekIndex == missWeek && k == pattern.count - 1 {
          sessions.append(notHeld(date, &r, name: n))
          continue
        }
        if r.chance(0.09) {
          let makeUp = stride(from: d + 1, through: 5, by: 1).first { x in
            let day = monday.adding(days: x - 1)
            return !used.contains(x) && day <= end && (withdrawn.map { day < $0 } ?? true)
          }
          if let x = makeUp {
            used.insert(x)
            sessions.append(notHeld(date, &r, name: n))
            talks.append((monday.adding(days: x - 1), true))
            continue
          }
        }
        talks.append((date, false))
      }
    }
    talks.sort { $0.date < $1.date }

    // Goals: set at the second talk, scored then, at the reviews and at the end.
    let reviewWeeks = planWeeks >= 14 ? [planWeeks / 2, planWeeks] : [planWeeks / 2 + 1]
    var reviews: [LocalDate] = []
    for w in reviewWeeks {
      var m = start.startOfWeek.adding(days: 7 * (w - 1))
      while org.isHolidayWeek(m) { m = m.adding(days: 7) }
      reviews.append(m.adding(days: pattern[pattern.count - 1] - 1))
    }
    t.plan = GPlan(start: start, weeks: planWeeks, reviews: reviews)

    let goalDate: LocalDate? = talks.count >= 2 ? talks[1].date : talks.first?.date
    var ratingDates = Set<Int>()
    var goals: [GGoal] = []
    let plannedEnd = start.adding(days: 7 * planWeeks)
    if let g = goalDate {
      let count =
        programme.id == Organisation.aos.id
        ? r.weighted([(2, 35), (3, 45), (4, 20)]) : r.weighted([(1, 30), (2, 50), (3, 20)])
      var domains = Array(t.concerns.prefix(count))
      while domains.count < count {
        let c = r.weighted(TrajectoryMaker.concernWeights)
        if !domains.contains(c) { domains.append(c) }
      }
      let finalTalk = talks.last!.date
      let finished = status == .closed || status == .closing
      let teacherDay = weekday(start.adding(days: 7 + r.int(0...6)), &r, back: false)
      for (i, domain) in domains.enumerated() {
        let base = r.int(4...9)
        let target = r.weighted([(14, 60), (15, 15), (16, 25)])
        let gain = reason == nil || reason == "completed" ? r.int(4...11) : r.int(0...4)
        let final = min(base + gain, 20)
        func value(_ d: LocalDate) -> Int {
          let span = max(plannedEnd.dayNumber - start.dayNumber, 1)
          let p = Double(min(max(d.dayNumber - start.dayNumber, 0), span)) / Double(span)
          return min(max(base + Int((Double(final - base) * p).rounded()) + r.int(-1...1), 0), 20)
        }
        var goal = GGoal(
          id: "g\(i + 1)", domain: domain, text: r.pick(Vocabulary.goals[domain]!),
          agreedWith: r.chance(0.8) ? ["child", "parents", "teacher"] : ["child", "teacher"],
          targetHalves: target)
        goal.ratings.append(GRating(date: g, halves: base, rater: "child"))
        if r.chance(0.4), teacherDay <= end, teacherDay >= g {
          goal.ratings.append(
            GRating(date: teacherDay, halves: value(teacherDay), rater: "teacher"))
        }
        for review in reviews where review > g && review <= end && review < finalTalk {
          goal.ratings.append(GRating(date: review, halves: value(review), rater: "child"))
          if r.chance(0.5) {
            goal.ratings.append(GRating(date: review, halves: value(review), rater: "teacher"))
          }
          if r.chance(0.15) {
            goal.ratings.append(GRating(date: review, halves: value(review), rater: "parents"))
          }
        }
        if finished && finalTalk > g {
          let last = reason == nil || reason == "completed" ? final : value(finalTalk)
          goal.ratings.append(GRating(date: finalTalk, halves: last, rater: "child"))
          if r.chance(0.5) {
            goal.ratings.append(
              GRating(date: finalTalk, halves: max(last - r.int(0...2), 0), rater: "teacher"))
          }
        }
        goal.ratings.sort { ($0.date, raterRank($0.rater)) < ($1.date, raterRank($1.rater)) }
        if status == .closed {
          let last = goal.ratings.last { $0.rater == "child" }!.halves
          if reason != "completed" && r.chance(0.4) {
            goal.result = "dropped"
          } else {
            goal.result =
              last >= target ? "achieved" : last >= target - 3 ? "partly" : "not-achieved"
          }
        }
        for rating in goal.ratings { ratingDates.insert(rating.date.dayNumber) }
        goals.append(goal)
      }
    }
    t.goals = goals
    let goalIDs = goals.map(\.id)

    // The child talks themselves.
    for (i, talk) in talks.enumerated() {
      var s = GSession(talk.date, "child-talk", order: 1)
      if t.style.childTalkMinutes {
        s.minutes = r.chance(0.92) ? programme.minutes : r.pick([15, 25, 30])
      }
      s.place = r.chance(0.97) ? "school" : "online"
      let scoring =
        ratingDates.contains(talk.date.dayNumber) && talk.date >= (goalDate ?? talk.date)
      if t.style.methods {
        if scoring {
          s.methods = ["scaling"]
        } else {
          let m1 = r.weighted(TrajectoryMaker.methodWeights)
          s.methods = [m1]
          if r.chance(0.25) {
            let m2 = r.weighted(TrajectoryMaker.methodWeights)
            if m2 != m1 { s.methods.append(m2) }
          }
          if s.methods.contains("play") && r.chance(0.5) { s.with = ["classmates"] }
        }
      }
      if let g = goalDate, talk.date >= g, !goalIDs.isEmpty {
        if scoring {
          s.goals = goalIDs
        } else if r.chance(0.55) {
          s.goals = r.sample(goalIDs, r.int(1...min(2, goalIDs.count))).sorted()
        }
      }
      if i == 0 {
        s.note = "Kennismaking. " + fill(r.pick(Vocabulary.childTalk), n)
      } else if talk.date == goalDate {
        s.note = "Doelen opgesteld met \(n). Eerste schaalvragen gedaan."
      } else if talk.makeUp {
        s.note = r.pick(Vocabulary.makeUp) + " " + fill(r.pick(Vocabulary.childTalk), n)
      } else if r.chance(0.7) {
        s.note = note(&r, name: n, pool: Vocabulary.childTalk, colon: Vocabulary.childTalkColon)
      }
      sessions.append(s)
    }

    // Other contacts, by week of the trajectory.
    func contactDay(week: Int) -> LocalDate? {
      var d = start.startOfWeek.adding(days: 7 * (week - 1) + r.int(0...4))
      while org.isHolidayWeek(d.startOfWeek) { d = d.adding(days: 7) }
      if d < start { d = start }
      if let w = withdrawn, d > w { return nil }
      return d <= end ? d : nil
    }
    func add(
      _ kind: String, _ date: LocalDate?, minutes: Int, place: String?, with: [String],
      pool: [String], colon: [String] = [], status: String? = nil
    ) {
      guard let date else { return }
      var s = GSession(date, kind)
      if status == nil { s.minutes = minutes }
      s.place = place
      s.status = status
      s.with = with
      if r.chance(0.9) { s.note = note(&r, name: n, pool: pool, colon: colon) }
      sessions.append(s)
    }
    let isAOS = programme.id == Organisation.aos.id
    var intake = GSession(start, "parent-talk", order: 0)
    intake.minutes = 45
    intake.place = r.chance(0.8) ? "school" : "home"
    intake.with = parents(&r)
    intake.note = fill(r.pick(Vocabulary.parentTalk), n)
    sessions.append(intake)
    if isAOS {
      add(
        "classroom-observation", contactDay(week: r.int(2...3)), minutes: r.pick([45, 60]),
        place: "school", with: ["teacher", "classmates"], pool: Vocabulary.observation)
      add(
        "teacher-talk", contactDay(week: r.int(2...3)), minutes: 30, place: "school",
        with: ["teacher"], pool: Vocabulary.teacherTalk, colon: Vocabulary.teacherColon)
      let visitWeek = r.int(3...6)
      if r.chance(0.15) {
        add(
          "home-visit", contactDay(week: visitWeek - 1), minutes: 0, place: "home", with: [],
          pool: Vocabulary.phoneCall, status: "cancelled-by-family")
      }
      if r.chance(0.05) {
        // A long note, as a literal block.
        if let d = contactDay(week: visitWeek) {
          var s = GSession(d, "home-visit")
          s.minutes = 60
          s.place = "home"
          s.with = parents(&r)
          s.note = fill(r.pick(Vocabulary.multiLine), n)
          sessions.append(s)
        }
      } else {
        add(
          "home-visit", contactDay(week: visitWeek), minutes: 60, place: "home", with: parents(&r),
          pool: Vocabulary.homeVisit)
      }
      // Check-ins with the teacher every few weeks, and a parent talk half-way.
      var week = r.int(5...7)
      while week < planWeeks {
        if r.chance(0.85) {
          add(
            "teacher-talk", contactDay(week: week), minutes: r.pick([15, 20, 30]),
            place: "school", with: ["teacher"], pool: Vocabulary.teacherTalk,
            colon: Vocabulary.teacherColon)
        }
        week += r.int(3...4)
      }
      if r.chance(0.7) {
        add(
          "parent-talk", contactDay(week: planWeeks / 2 + r.int(-1...1)), minutes: 30,
          place: r.chance(0.7) ? "school" : "home", with: parents(&r),
          pool: Vocabulary.parentTalk)
      }
    }
    if let review = reviews.first, review <= end, reviews.count > 1 || planWeeks < 14 {
      var s = GSession(review, "three-way-talk")
      s.minutes = 45
      s.place = "school"
      s.with = ["parents", "teacher"]
      s.note =
        r.chance(0.2)
        ? fill(Vocabulary.multiLine[0], n) : fill(Vocabulary.threeWay[0], n)
      // Not once consent is withdrawn (it needs consent in force); drawn all the same, so
      // that the rest of the workspace stays as it was.
      if withdrawn.map({ review >= $0 }) != true { sessions.append(s) }
    }
    if r.chance(0.6) {
      add(
        "consultation", contactDay(week: planWeeks / 2 + r.int(1...3)), minutes: r.pick([20, 30]),
        place: "school", with: ["care-coordinator"], pool: Vocabulary.consultation)
    }
    for _ in 0..<r.weighted([(0, 15), (1, 30), (2, 30), (3, 15), (4, 10)]) {
      add(
        "phone-call", contactDay(week: r.int(1...max(1, length))), minutes: r.pick([10, 15]),
        place: nil, with: [r.pick(["mother", "father"])], pool: Vocabulary.phoneCall)
    }
    if r.chance(0.04) {
      add(
        "network-talk", contactDay(week: r.int(4...8)), minutes: 60, place: "school",
        with: ["parents", "social-team"], pool: Vocabulary.consultation)
    }
    if status == .paused {
      var s = GSession(end, "phone-call")
      s.minutes = 20
      s.with = ["mother"]
      s.note = Vocabulary.pausePhone
      sessions.append(s)
    }

    // The end.
    if let close = closureDate, let why = reason {
      let lastWeek = (close.startOfWeek.dayNumber - start.startOfWeek.dayNumber) / 7 + 1
      add(
        "consultation", contactDay(week: max(1, lastWeek - 1)), minutes: r.pick([20, 30]),
        place: "school", with: ["care-coordinator"], pool: Vocabulary.consultation,
        colon: Vocabulary.consultationColon)
      if why == "completed" {
        add(
          "parent-talk", contactDay(week: max(1, lastWeek - 1)), minutes: 30, place: "school",
          with: [r.pick(["mother", "father"])], pool: Vocabulary.parentTalk)
        // No closing talk once consent is withdrawn: it would need consent in force.
        if withdrawn.map({ close >= $0 }) != true {
          var s = GSession(close, "three-way-talk")
          s.minutes = 45
          s.place = "school"
          s.with = ["parents", "teacher", "child"]
          s.note = fill(Vocabulary.threeWay[1], n)
          sessions.append(s)
        }
      } else if withdraws, let w = withdrawn {
        var s = GSession(w, "phone-call")
        s.minutes = 15
        s.with = ["mother"]
        s.note = "Moeder belt: \(n) wil niet meer en ouders trekken hun toestemming in."
        sessions.append(s)
      }
      var closure = GClosure(
        date: close, reason: why,
        destination: destination(why, &r))
      let summaryKind = r.weighted([(0, 75), (1, 15), (2, 10)])
      let completed = why == "completed"
      if summaryKind == 0 {
        closure.summary = fill(
          r.pick(completed ? Vocabulary.summariesCompleted : Vocabulary.summariesEarly), n)
      } else if summaryKind == 1 {
        closure.summary = fill(Vocabulary.multiLineSummary[completed ? 0 : 1], n)
      }
      if r.chance(0.9) {
        if r.chance(0.8) { closure.satisfaction.append(("child", r.int(5...10))) }
        if r.chance(0.85) { closure.satisfaction.append(("parents", r.int(5...10))) }
        if r.chance(0.7) { closure.satisfaction.append(("teacher", r.int(5...10))) }
      }
      t.closure = closure
    }

    // Date order; on one day: the intake, child talks, then the rest as made.
    let indexed = sessions.enumerated().map { ($0.offset, $0.element) }
    t.sessions = indexed.sorted {
      ($0.1.date, $0.1.order, $0.0) < ($1.1.date, $1.1.order, $1.0)
    }.map(\.1)
  }

  // MARK: - Pieces

  func notHeld(_ date: LocalDate, _ r: inout SplitMix64, name n: String) -> GSession {
    var s = GSession(date, "child-talk", order: 1)
    s.status = r.weighted([
      ("no-show", 35), ("cancelled-by-family", 40), ("cancelled-by-worker", 25),
    ])
    s.place = "school"
    if r.chance(0.75) { s.note = fill(r.pick(Vocabulary.notHeld), n) }
    return s
  }

  func consent(_ date: LocalDate, age: Int, _ r: inout SplitMix64) -> GConsent {
    var givenBy = r.weighted([(["parents"], 80), (["parent"], 16), (["guardian"], 2)])
    // The law (`ConsentLaw`): from 12 the child consents too; `age` is the age at the start, so
    // a child of 11 may turn 12 during the support. The draw keeps earlier versions' sequence.
    if age >= 12 { _ = r.chance(0.5) }
    if age >= 11 { givenBy.append("child") }
    var scope = ["support", "home-visit", "school-consultation"]
    if r.chance(0.3) { scope.append("questionnaires") }
    scope.append("anonymous-reporting")
    return GConsent(
      date: date, givenBy: givenBy, form: r.chance(0.85) ? "written" : "verbal", scope: scope,
      withdrawn: nil)
  }

  func parents(_ r: inout SplitMix64) -> [String] {
    r.weighted([
      (["mother"], 35), (["father"], 10), (["mother", "father"], 45), (["parents"], 7),
      (["carer"], 3),
    ])
  }

  func destination(_ reason: String, _ r: inout SplitMix64) -> String {
    switch reason {
    case "completed":
      return r.weighted([
        ("none", 55), ("school-support", 20), ("general-provision", 10), ("social-team", 5),
        ("youth-health", 3), ("youth-care", 4), ("youth-mental-health", 3),
      ])
    case "ended-by-agreement":
      return r.weighted([("none", 40), ("school-support", 40), ("general-provision", 20)])
    case "ended-by-client":
      return r.weighted([("school-support", 50), ("none", 30), ("social-team", 20)])
    case "ended-by-provider":
      return r.weighted([
        ("youth-care", 40), ("youth-mental-health", 30), ("social-team", 20),
        ("safety-services", 10),
      ])
    default:
      return r.weighted([("other", 60), ("none", 40)])
    }
  }

  func raterRank(_ rater: String) -> Int {
    switch rater {
    case "child": 0
    case "teacher": 1
    default: 2
    }
  }

  /// Birth month so that the child is `age` on `date`.
  func setBirth(_ t: inout GTrajectory, age: Int, on date: LocalDate, _ r: inout SplitMix64) {
    let month = r.int(1...12)
    let year = date.year - age - (date.month < month ? 1 : 0)
    t.born = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    t.group = min(max(age - 3 + (r.chance(0.15) ? -1 : 0), 3), 8)
  }

  /// A start day: usually a Monday, else Tuesday to Thursday, in the week of `date`.
  func startDay(_ date: LocalDate, _ r: inout SplitMix64) -> LocalDate {
    date.startOfWeek.adding(days: r.chance(0.55) ? 0 : r.int(1...3))
  }

  /// `date`, or the nearest weekday before (back) or after it.
  func weekday(_ date: LocalDate, _ r: inout SplitMix64, back: Bool) -> LocalDate {
    var d = date
    while d.weekday > 5 { d = d.adding(days: back ? -1 : 1) }
    return d
  }

  /// A note of one to three sentences (5-30 words); sometimes one with a colon.
  func note(_ r: inout SplitMix64, name n: String, pool: [String], colon: [String]) -> String {
    if !colon.isEmpty && r.chance(0.12) { return fill(r.pick(colon), n) }
    var text = fill(r.pick(pool), n)
    var words = wordCount(text)
    // Only the large pools of child and parent talks make longer notes that still read well.
    let extra = pool.count >= 10 ? r.weighted([(0, 45), (1, 45), (2, 10)]) : 0
    for _ in 0..<extra {
      let more = fill(r.pick(pool), n)
      let w = wordCount(more)
      if words + w > 30 || text.contains(more) { break }
      text += " " + more
      words += w
    }
    return text
  }

  func wordCount(_ s: String) -> Int { s.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }

  /// The sentence with `§` replaced by the child's first name (byte-wise: `§` is C2 A7).
  func fill(_ template: String, _ name: String) -> String {
    let t = Array(template.utf8)
    guard t.contains(0xA7) else { return template }
    var out: [UInt8] = []
    out.reserveCapacity(t.count + 32)
    var i = 0
    while i < t.count {
      if t[i] == 0xC2 && i + 1 < t.count && t[i + 1] == 0xA7 {
        out.append(contentsOf: name.utf8)
        i += 2
      } else {
        out.append(t[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
