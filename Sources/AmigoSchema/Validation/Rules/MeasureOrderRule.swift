import AmigoYAML

/// Per instrument and informant: one pre and one post, the post not before the pre, and a
/// follow-up not before either. (Follow-up measures may repeat; what else they need is their
/// own rules' work.)
enum MeasureOrderRule: TrajectoryRule {
  static func check(_ c: RuleContext) -> [Diagnostic] {
    let t = c.trajectory
    guard t.measures.count > 1 else { return [] }
    var out: [Diagnostic] = []
    struct Key: Hashable {
      let instrument: String
      let informant: Informant
    }
    var series: [Key: [Measure]] = [:]
    var order: [Key] = []
    for m in t.measures {
      guard let informant = m.informant, m.timepoint != nil, !m.instrument.isEmpty else {
        continue
      }
      let key = Key(instrument: m.instrument, informant: informant)
      if series[key] == nil { order.append(key) }
      series[key, default: []].append(m)
    }
    for key in order {
      let measures = series[key]!
      // One pre and one post.
      for tp in [Timepoint.pre, .post] {
        let same = measures.filter { $0.timepoint == tp }
        for m in same.dropFirst() {
          out.append(
            SchemaDiagnostics.duplicateMeasure(
              c.range(m.timepointSpan), m,
              firstLine: c.range(same[0].timepointSpan).start.line))
        }
      }
      // Each measure comes on or after every measure of an earlier timepoint.
      for m in measures {
        guard let date = m.date, let tp = m.timepoint else { continue }
        let rank = rank(tp)
        let earlier = measures.filter { other in
          guard let d = other.date, let otp = other.timepoint else { return false }
          return Self.rank(otp) < rank && d > date
        }
        if let latest = earlier.max(by: { $0.date! < $1.date! }) {
          out.append(SchemaDiagnostics.measureOrder(c.range(m.dateSpan), m, earlier: latest))
        }
      }
    }
    return out
  }

  static func rank(_ t: Timepoint) -> Int {
    switch t {
    case .pre: 0
    case .post: 1
    case .followUp: 2
    }
  }
}
