import AmigoSchema

/// The week report's inputs of one file in binary (index format 4): exactly the fields of
/// `Trajectory.weekFacts`, so that an open file whose entry is fresh and was checked today
/// without errors is neither read nor decoded by `report --week` (issue 32). Nothing in it
/// depends on the date: the report computes norms, future dates and weeks for its own
/// `--today`. Integers little-endian, strings and dates as in the rest of the index; an
/// optional is a byte (0 none, 1 some) before its value, an enum its place in `allCases`
/// plus one (0 none), a list its count (u16; sessions u32) before its items.
///
///     id · id span (i32 start, i32 end) · programme · school · worker · status ·
///     workers [string] · schools [school, from] · child label · born (i32 year·12+month-1,
///     `Int32.min` none) · referral? (date, by?) · consent [date, given by [string],
///     form?, scope [string], exception?, withdrawn, withdrawn scope [string]] ·
///     plan start · planned weeks (i32, `Int32.min` none) · reviews [date] ·
///     pauses [from, to] · goals [id, agreed on, ratings [date, value? (f64 bits), rater?]] ·
///     sessions [date, kind, status, minutes (i32, `Int32.min` none)] ·
///     closure? (date, reason)
extension WorkspaceIndex {
  public enum WeekFacts {
    /// The bytes of `t.weekFacts` (`t` may be whole or projected already: the same bytes);
    /// nil when a value does not fit the format (a list over 65 535 items, a number beyond 32
    /// bits): such a file is not cached, and read each time.
    public static func encode(_ t: Trajectory) -> [UInt8]? {
      guard fits(t) else { return nil }
      var w = ByteWriter()
      w.bytes.reserveCapacity(256 + 16 * t.sessions.count)
      w.string(t.id)
      w.int32(Int32(clamping: t.idSpan.start))
      w.int32(Int32(clamping: t.idSpan.end))
      w.string(t.programme)
      w.string(t.school)
      w.string(t.worker)
      w.enumCase(t.status, TrajectoryStatus.allCases)
      w.strings(t.workers)
      w.count16(t.schools.count)
      for s in t.schools.prefix(Int(UInt16.max)) {
        w.string(s.school)
        w.date(s.from)
      }
      w.string(t.child.label)
      w.int32(t.child.born.map { Int32(clamping: $0.year * 12 + $0.month - 1) } ?? Int32.min)
      if let r = t.referral {
        w.bytes.append(1)
        w.date(r.date)
        w.optionalString(r.by)
      } else {
        w.bytes.append(0)
      }
      w.count16(t.consent.count)
      for c in t.consent.prefix(Int(UInt16.max)) {
        w.date(c.date)
        w.strings(c.givenBy)
        w.optionalString(c.form)
        w.strings(c.scope)
        w.optionalString(c.exception)
        w.date(c.withdrawn)
        w.strings(c.withdrawnScope)
      }
      w.date(t.plan.start)
      w.optionalInt32(t.plan.weeks)
      w.count16(t.plan.reviews.count)
      for d in t.plan.reviews.prefix(Int(UInt16.max)) { w.date(d) }
      w.count16(t.pauses.count)
      for p in t.pauses.prefix(Int(UInt16.max)) {
        w.date(p.from)
        w.date(p.to)
      }
      w.count16(t.goals.count)
      for g in t.goals.prefix(Int(UInt16.max)) {
        w.string(g.id)
        w.date(g.agreedOn)
        w.count16(g.ratings.count)
        for r in g.ratings.prefix(Int(UInt16.max)) {
          w.date(r.date)
          if let v = r.value {
            w.bytes.append(1)
            w.int64(Int64(bitPattern: v.bitPattern))
          } else {
            w.bytes.append(0)
          }
          w.optionalString(r.rater)
        }
      }
      w.int32(Int32(truncatingIfNeeded: min(t.sessions.count, Int(Int32.max))))
      for i in t.sessions.indices {
        w.date(t.sessions[i].date)
        w.enumCase(t.sessions[i].kind, SessionKind.allCases)
        w.enumCase(t.sessions[i].status, SessionStatus.allCases)
        w.optionalInt32(t.sessions[i].minutes)
      }
      if let c = t.closure {
        w.bytes.append(1)
        w.date(c.date)
        w.enumCase(c.reason, ClosureReason.allCases)
      } else {
        w.bytes.append(0)
      }
      return w.bytes
    }

    static func fits(_ t: Trajectory) -> Bool {
      let most = Int(UInt16.max)
      func number(_ n: Int?) -> Bool {
        n.map { $0 > Int(Int32.min) && $0 <= Int(Int32.max) } ?? true
      }
      guard t.workers.count <= most, t.schools.count <= most, t.consent.count <= most,
        t.plan.reviews.count <= most, t.pauses.count <= most, t.goals.count <= most,
        t.sessions.count <= Int(Int32.max), number(t.plan.weeks),
        t.consent.allSatisfy({
          $0.givenBy.count <= most && $0.scope.count <= most && $0.withdrawnScope.count <= most
        }),
        t.goals.allSatisfy({ $0.ratings.count <= most })
      else { return false }
      for i in t.sessions.indices where !number(t.sessions[i].minutes) { return false }
      return true
    }

    /// The trajectory `bytes` hold (`Trajectory.weekFacts` of the one encoded); nil when they
    /// do not decode to the end (the file is then read).
    public static func decode(_ bytes: [UInt8]) -> Trajectory? {
      bytes.withUnsafeBufferPointer { decode($0) }
    }

    static func decode(_ buffer: UnsafeBufferPointer<UInt8>) -> Trajectory? {
      var r = ByteReader(buffer, at: 0)
      var t = Trajectory()
      guard let id = r.string(), let idStart = r.int32(), let idEnd = r.int32(),
        let programme = r.string(), let school = r.string(), let worker = r.string(),
        let status = r.enumCase(TrajectoryStatus.allCases), let workers = r.strings()
      else { return nil }
      t.id = id
      t.idSpan = Span(Int(idStart), Int(idEnd))
      t.programme = programme
      t.school = school
      t.worker = worker
      t.status = status
      t.workers = workers
      guard let schoolCount = r.uint16() else { return nil }
      for _ in 0..<schoolCount {
        guard let s = r.string(), let from = r.date() else { return nil }
        var c = SchoolChange()
        c.school = s
        c.from = from
        t.schools.append(c)
      }
      guard let label = r.string(), let born = r.int32(), let hasReferral = r.flag() else {
        return nil
      }
      t.child.label = label
      if born != Int32.min {
        guard let month = YearMonth(year: Int(born) / 12, month: Int(born) % 12 + 1), born >= 0
        else { return nil }
        t.child.born = month
      }
      if hasReferral {
        guard let date = r.date(), let by = r.optionalString() else { return nil }
        var referral = Referral()
        referral.date = date
        referral.by = by
        t.referral = referral
      }
      guard let consentCount = r.uint16() else { return nil }
      for _ in 0..<consentCount {
        guard let date = r.date(), let givenBy = r.strings(), let form = r.optionalString(),
          let scope = r.strings(), let exception = r.optionalString(), let withdrawn = r.date(),
          let withdrawnScope = r.strings()
        else { return nil }
        var c = Consent()
        c.date = date
        c.givenBy = givenBy
        c.form = form
        c.scope = scope
        c.exception = exception
        c.withdrawn = withdrawn
        c.withdrawnScope = withdrawnScope
        t.consent.append(c)
      }
      guard let start = r.date(), let weeks = r.optionalInt32(), let reviewCount = r.uint16()
      else {
        return nil
      }
      t.plan.start = start
      t.plan.weeks = weeks
      for _ in 0..<reviewCount {
        guard let d = r.date(), let d else { return nil }
        t.plan.reviews.append(d)
      }
      guard let pauseCount = r.uint16() else { return nil }
      for _ in 0..<pauseCount {
        guard let from = r.date(), let to = r.date() else { return nil }
        var p = Pause()
        p.from = from
        p.to = to
        t.pauses.append(p)
      }
      guard let goalCount = r.uint16() else { return nil }
      for _ in 0..<goalCount {
        guard let gid = r.string(), let agreedOn = r.date(), let ratingCount = r.uint16() else {
          return nil
        }
        var g = Goal()
        g.id = gid
        g.agreedOn = agreedOn
        for _ in 0..<ratingCount {
          guard let date = r.date(), let hasValue = r.flag() else { return nil }
          var rating = Rating()
          rating.date = date
          if hasValue {
            guard let bits = r.int64() else { return nil }
            rating.value = Double(bitPattern: UInt64(bitPattern: bits))
          }
          guard let rater = r.optionalString() else { return nil }
          rating.rater = rater
          g.ratings.append(rating)
        }
        t.goals.append(g)
      }
      guard let sessionCount = r.int32(), sessionCount >= 0,
        Int(sessionCount) * 10 <= buffer.count - r.at
      else { return nil }
      t.sessions.reserveCapacity(Int(sessionCount))
      for _ in 0..<sessionCount {
        guard let date = r.date(), let kind = r.enumCase(SessionKind.allCases),
          let status = r.enumCase(SessionStatus.allCases), let status,
          let minutes = r.optionalInt32()
        else { return nil }
        var s = Session()
        s.date = date
        s.kind = kind
        s.status = status
        s.minutes = minutes
        t.sessions.append(s)
      }
      guard let hasClosure = r.flag() else { return nil }
      if hasClosure {
        guard let date = r.date(), let reason = r.enumCase(ClosureReason.allCases) else {
          return nil
        }
        var c = Closure()
        c.date = date
        c.reason = reason
        t.closure = c
      }
      guard r.atEnd else { return nil }
      return t
    }
  }
}
