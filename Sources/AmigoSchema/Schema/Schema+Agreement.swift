/// `agreements:` in a trajectory: what a meeting about several children agreed for this child
/// (`Agreement`), declared once here; the decoders, the encoder, the merge driver and the
/// generated docs read it.
extension Schemas {
  public static let agreement = ObjectSpec(
    "agreement",
    doc:
      "What a meeting about several children, or a group meeting, agreed for this child. It refers to the activity file and carries no minutes: the meeting's minutes are counted once, in the activity.",
    [
      Field("date", .date, required: true, "The day of the meeting; the activity was held on it.") {
        (a: inout Agreement, v) in
        (a.date, a.dateSpan) = (v.date, v.span)
      } encode: { a, e in
        e.scalar(a.date)
      },
      Field(
        "activity", .reference("activity"), required: true,
        "The activity id (`activities/<id>.yaml`); the activity names this child."
      ) { (a: inout Agreement, v) in
        (a.activity, a.activitySpan) = (v.text, v.span)
      } encode: { a, e in
        e.scalar(a.activity)
      },
      Field(
        "agreed", .text(multiline: true), required: true,
        "What was agreed for this child, naming no other child.", detail: .freeText
      ) { (a: inout Agreement, v) in
        (a.agreed, a.agreedSpan) = (v.string, v.span)
      } encode: { a, e in
        e.scalar(a.agreed)
      },
    ])
}

extension Agreement: SchemaModel {}
