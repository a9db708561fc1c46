import AmigoYAML

/// What deserves a second look in a new trajectory without stopping the command that writes
/// it (`new-child`): warnings without a place in a file, since the file is not written yet.
public enum ReferralWarnings {
  /// A referral date after today, and a child outside the programme's age band on the referral
  /// date (the file's own `age-outside-band` looks at the start, which a new referral has not).
  public static func check(
    _ t: Trajectory, config: Config, today: LocalDate
  ) -> [Diagnostic] {
    guard let date = t.referral?.date else { return [] }
    var out: [Diagnostic] = []
    if date > today {
      out.append(
        Diagnostic(
          severity: .warning, code: "date-in-future",
          message: Bilingual(
            "the referral date \(date) is in the future",
            "de aanmeldingsdatum \(date) ligt in de toekomst"), range: nil))
    }
    if let born = t.child.born, let programme = config.programme(t.programme),
      let band = programme.age
    {
      let age = ConsentLaw.Age(born: born, on: date)
      if !age.overlaps(band) {
        out.append(
          Diagnostic(
            severity: .warning, code: "age-outside-band",
            message: Bilingual(
              "\(t.child.label) is \(age.description) on \(date); \(programme.label) is for ages "
                + "\(band.lowerBound)-\(band.upperBound)",
              "\(t.child.label) is \(age.descriptionNL) op \(date); \(programme.label) is voor de leeftijd "
                + "\(band.lowerBound)-\(band.upperBound)"), range: nil))
      }
    }
    return out
  }
}
