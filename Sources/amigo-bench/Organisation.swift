import AmigoSchema

/// The invented organisation of a generated workspace: programmes, ~50 schools, ~200 workers
/// and the school holidays of the years the trajectories span.
struct Organisation {
  static let aos = BenchProgramme(
    id: "amigos-op-school", label: "Amigo's op School", age: 8...13, weeks: 12...20,
    childTalksPerWeek: 2, minutes: 20,
    requiredContacts: ["home-visit", "classroom-observation", "parent-talk", "teacher-talk"],
    retentionYears: 20)
  static let kansencoach = BenchProgramme(
    id: "kansencoach", label: "Kansencoach", age: 4...12, weeks: 8...26, childTalksPerWeek: 1,
    minutes: 30, requiredContacts: ["parent-talk"], retentionYears: 15)
  static let schoolSocialWork = BenchProgramme(
    id: "schoolmaatschappelijk-werk", label: "Schoolmaatschappelijk werk", age: 4...13,
    weeks: 4...40, childTalksPerWeek: 0, minutes: 45, requiredContacts: ["parent-talk"],
    retentionYears: 15)

  static let programmes = [aos, kansencoach, schoolSocialWork]

  /// The first school year with holidays (2021/2022), so that every trajectory's weeks are
  /// covered; trajectories start from `earliestStart` on.
  static let firstSchoolYear = 2021
  static let earliestStart = LocalDate(year: 2022, month: 9, day: 5)!

  /// The first school year with holidays and the first start day of this workspace: the
  /// defaults above, or `years` school years back from today's (`--years`, for an archive).
  let firstSchoolYear: Int
  let earliestStart: LocalDate

  let schools: [BenchSchool]
  let workers: [BenchWorker]
  let holidays: [Holiday]
  /// Day numbers of the weekdays that fall in a holiday.
  let holidayDays: Set<Int>
  /// `(school index, weight)` for drawing a school.
  let schoolWeights: [(Int, Int)]

  init(seed: UInt64, today: LocalDate, years: Int? = nil) {
    if let years {
      // School years run from August; the `years` school years up to and including today's.
      let current = today.month >= 8 ? today.year : today.year - 1
      let first = current - years + 1
      var september = LocalDate(year: first, month: 9, day: 1)!
      while september.weekday != 1 { september = september.adding(days: 1) }
      firstSchoolYear = first - 1
      earliestStart = september
    } else {
      firstSchoolYear = Organisation.firstSchoolYear
      earliestStart = Organisation.earliestStart
    }
    var r = SplitMix64(seed: seed, stream: 0xC0FFEE)
    // Workers: unique names, four per school.
    var workers: [BenchWorker] = []
    var names = Set<String>()
    while workers.count < 200 {
      let name = r.pick(Vocabulary.workerFirst) + " " + r.pick(Vocabulary.workerLast)
      if !names.insert(name).inserted { continue }
      var style = WriterStyle()
      style.blankLines = r.chance(0.5)
      style.childTalkMinutes = r.chance(0.4)
      style.methods = r.chance(0.6)
      style.flowSatisfaction = r.chance(0.2)
      workers.append(
        BenchWorker(id: "w-" + Organisation.pad3(workers.count + 1), name: name, style: style))
    }
    // Schools: 50, each with a kind and a name used once.
    var schools: [BenchSchool] = []
    let schoolNames = Vocabulary.schoolNames
    for i in 0..<50 {
      let (municipality, areas) = r.weighted(
        Vocabulary.places.enumerated().map { ($0.element, $0.offset == 0 ? 12 : 2) })
      let own = [i * 4, i * 4 + 1, i * 4 + 2, i * 4 + 3]
      schools.append(
        BenchSchool(
          id: "school-" + Organisation.pad3(i + 1),
          name: r.pick(Vocabulary.schoolKinds) + " " + schoolNames[i % schoolNames.count],
          municipality: municipality, area: r.pick(areas), workers: own, weight: r.int(1...5)))
    }
    self.workers = workers
    self.schools = schools
    self.schoolWeights = schools.enumerated().map { ($0.offset, $0.element.weight) }

    // Holidays, region south, for every school year up to the one after today's.
    var holidays: [Holiday] = []
    func weekMonday(_ year: Int, _ week: Int) -> LocalDate {
      ISOWeek(year: year, week: week).monday
    }
    for y in firstSchoolYear...(today.year + 1) {
      let autumn = weekMonday(y, 43)
      holidays.append(
        Holiday(
          label: "herfstvakantie \(y)", from: autumn.adding(days: -2), to: autumn.adding(days: 6)))
      let christmasEve = LocalDate(year: y, month: 12, day: 24)!
      let xmas = christmasEve.adding(days: -((christmasEve.weekday - 6 + 7) % 7))
      holidays.append(Holiday(label: "kerstvakantie \(y)", from: xmas, to: xmas.adding(days: 15)))
      let spring = weekMonday(y + 1, 7)
      holidays.append(
        Holiday(
          label: "voorjaarsvakantie \(y + 1)", from: spring.adding(days: -2),
          to: spring.adding(days: 6)))
      let may = weekMonday(y + 1, 17)
      holidays.append(
        Holiday(label: "meivakantie \(y + 1)", from: may.adding(days: -2), to: may.adding(days: 13))
      )
      let summer = weekMonday(y + 1, 28)
      holidays.append(
        Holiday(
          label: "zomervakantie \(y + 1)", from: summer.adding(days: -2),
          to: summer.adding(days: 41)))
    }
    self.holidays = holidays
    var days = Set<Int>()
    for h in holidays {
      for d in h.from.dayNumber...h.to.dayNumber { days.insert(d) }
    }
    self.holidayDays = days
  }

  /// True when the school week starting at `monday` lies in a holiday.
  func isHolidayWeek(_ monday: LocalDate) -> Bool {
    holidayDays.contains(monday.dayNumber) && holidayDays.contains(monday.dayNumber + 4)
  }

  /// The summer holiday that overlaps `from`...`to`, if one does.
  func summerHoliday(between from: LocalDate, and to: LocalDate) -> Holiday? {
    holidays.first { $0.label.hasPrefix("zomer") && $0.from <= to && $0.to >= from }
  }

  static func pad3(_ n: Int) -> String {
    n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)"
  }

  /// `amigo.yaml`, laid out like the example workspace's.
  func configYAML(seed: UInt64, count: Int) -> String {
    var o = ""
    o.reserveCapacity(32_768)
    o += "# yaml-language-server: $schema=../../schema/config.schema.json\n"
    o += "# Generated by amigo-bench (seed \(seed), \(count) trajectories): fictional data.\n"
    o += "schema: amigo.config/1\n"
    o += "organisation: Stichting Kansrijk Zuid\n"
    o += "language: nl\n"
    o += "small_numbers: 5\n"
    o += "id_prefix: AOS\n\n"
    o += "programmes:\n"
    for p in Organisation.programmes {
      o += "  \(p.id):\n"
      o += "    label: \(emit(p.label))\n"
      o += "    age: {min: \(p.age.lowerBound), max: \(p.age.upperBound)}\n"
      o += "    weeks: {min: \(p.weeks.lowerBound), max: \(p.weeks.upperBound)}\n"
      o += "    child_sessions_per_week: \(p.childTalksPerWeek)\n"
      o += "    session_minutes: \(p.minutes)\n"
      o += "    required_contacts: [\(p.requiredContacts.joined(separator: ", "))]\n"
      o += "    retention_years: \(p.retentionYears)\n"
    }
    o += "\nschools:\n"
    for s in schools {
      o += "  \(s.id):\n"
      o += "    name: \(emit(s.name))\n"
      o += "    municipality: \(emit(s.municipality))\n"
      o += "    area: \(emit(s.area))\n"
    }
    o += "\nworkers:\n"
    for w in workers {
      o += "  \(w.id):\n"
      o += "    name: \(emit(w.name))\n"
    }
    o += "\n# School holidays, region south.\n"
    o += "holidays:\n"
    for h in holidays {
      o += "  - {label: \(h.label), from: \(h.from), to: \(h.to)}\n"
    }
    return o
  }
}
