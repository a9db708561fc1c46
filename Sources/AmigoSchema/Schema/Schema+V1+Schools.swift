/// School changes with a date (issue 19), declared once here and listed among the trajectory's
/// fields in `Schema+V1.swift`; the model is in `Model/SchoolHistory.swift`.
extension Schemas {
  public static let schoolChange = ObjectSpec(
    "school change",
    doc:
      "A school the child attended during the trajectory, from a date. Contacts count for the school of their date in every report.",
    [
      Field("school", .reference("school"), required: true, "School id from `amigo.yaml`.") {
        (s: inout SchoolChange, v) in
        (s.school, s.schoolSpan) = (v.text, v.span)
      } encode: { s, e in
        e.scalar(s.school)
      },
      Field(
        "from", .date, required: true,
        "The first day at this school; the first entry is the school at the referral, from the referral date (never before it)."
      ) { (s: inout SchoolChange, v) in
        (s.from, s.fromSpan) = (v.date, v.span)
      } encode: { s, e in
        e.scalar(s.from)
      },
    ])

  /// `schools:` in a trajectory.
  static let trajectorySchools = Field(
    "schools", .list(.object(schoolChange)),
    "The schools the child attended during the trajectory, oldest first, each from a date; the last is `school:`. Optional: without it every contact counts for `school:` (written by `amigo move`).",
    identity: .fields(["from"])
  ) { (t: inout Trajectory, v) in
    t.schools = v.objects()
  } encode: { t, e in
    e.objects(t.schools)
  }
}

extension SchoolChange: SchemaModel {}
