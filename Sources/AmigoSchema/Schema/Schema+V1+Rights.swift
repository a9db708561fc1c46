/// The family's statements, handovers, further workers and the import mark of a trajectory
/// (`amigo.trajectory/1`, issue 33): declared once here, listed among the trajectory's fields
/// in `Schemas.trajectory`. Models in `Model/Rights.swift`.
extension Schemas {
  public static let statementBy = EnumSpec(
    "statement by",
    [
      EnumValue(
        "parents", en: "parents", nl: "ouders", aliases: ["ouders", "ouder"],
        doc: "the parents (or one of them)"),
      EnumValue(
        "child", en: "child", nl: "kind", aliases: ["kind"],
        doc: "the child (from 12; from 16 on their own)"),
    ])

  public static let statement = ObjectSpec(
    "statement",
    doc:
      "The family's own statement about the record (AVG art. 16, WGBO art. 7:454), kept verbatim. The privacy lint leaves it alone: these are the family's own words.",
    [
      Field("date", .date, required: true, "The day the statement was given.") {
        (s: inout Statement, v) in
        (s.date, s.dateSpan) = (v.date, v.span)
      } encode: { s, e in
        e.scalar(s.date)
      },
      Field("by", .enumeration(statementBy), required: true, "Who gave it: parents or child.") {
        (s: inout Statement, v) in
        (s.by, s.bySpan) = (v.string, v.span)
      } encode: { s, e in
        e.scalar(s.by)
      },
      Field(
        "text", .text(multiline: true), required: true,
        "The statement, verbatim (a `|` block keeps its lines).", detail: .freeText
      ) { (s: inout Statement, v) in
        (s.text, s.textSpan) = (v.text, v.span)
      } encode: { s, e in
        e.scalar(s.text)
      },
    ])

  public static let handover = ObjectSpec(
    "handover",
    doc: "The trajectory passed from one worker to another (written by `amigo handover`).",
    [
      Field("date", .date, required: true, "The day of the handover.") {
        (h: inout Handover, v) in
        (h.date, h.dateSpan) = (v.date, v.span)
      } encode: { h, e in
        e.scalar(h.date)
      },
      Field("from", .reference("worker"), required: true, "The worker who handed over.") {
        (h: inout Handover, v) in
        (h.from, h.fromSpan) = (v.text, v.span)
      } encode: { h, e in
        e.scalar(h.from)
      },
      Field("to", .reference("worker"), required: true, "The worker who took over.") {
        (h: inout Handover, v) in
        (h.to, h.toSpan) = (v.text, v.span)
      } encode: { h, e in
        e.scalar(h.to)
      },
    ])

  public static let imported = ObjectSpec(
    "imported",
    doc:
      "Marks a trajectory brought in by `amigo import`: the norm rules skip the weeks before `date`, and the contacts before it are a count, not dated sessions.",
    [
      Field("date", .date, required: true, "The day of the import.") {
        (i: inout Imported, v) in
        (i.date, i.dateSpan) = (v.date, v.span)
      } encode: { i, e in
        e.scalar(i.date)
      },
      Field(
        "sessions", .integer(min: 0, max: 9999),
        "Contacts held before the import, as a count: shown by `show` and the record export; the reports count only dated contacts."
      ) { (i: inout Imported, v) in
        i.sessions = v.int
      } encode: { i, e in
        e.scalar(i.sessions)
      },
    ])

  /// The trajectory's fields declared here: `workers` and `handovers` follow `worker`,
  /// `imported` and `statements` come last.
  static let workersField =
    Field(
      "workers", .list(.reference("worker")),
      "Further workers beside `worker` (the lead), for a trajectory several professionals work on. Reports by worker count it for each of them; totals count it once.",
      identity: .value
    ) { (t: inout Trajectory, v) in
      (t.workers, t.workerSpans) = (v.strings, v.spans)
    } encode: { t, e in
      e.list(t.workers)
    }
  static let handoversField =
    Field(
      "handovers", .list(.object(handover)),
      "Handovers from one worker to another, oldest first (written by `amigo handover`).",
      identity: .fields(["date", "from", "to"])
    ) { (t: inout Trajectory, v) in
      t.handovers = v.objects()
    } encode: { t, e in
      e.flowObjects(t.handovers)
    }
  static let importedField =
    Field(
      "imported", .object(imported),
      "Set by `amigo import` on a trajectory brought in from another system."
    ) { (t: inout Trajectory, v) in
      t.imported = v.object()
    } encode: { t, e in
      e.flowObject(t.imported)
    }
  static let statementsField =
    Field(
      "statements", .list(.object(statement)),
      "The family's own statements about the record, oldest first (written by `amigo statement`).",
      identity: .fields(["date", "by"])
    ) { (t: inout Trajectory, v) in
      t.statements = v.objects()
    } encode: { t, e in
      e.objects(t.statements)
    }
}

extension Statement: SchemaModel {}
extension Handover: SchemaModel {}
extension Imported: SchemaModel {}
