import AmigoYAML

/// The schema of an activity file (`amigo.activity/1`): work about several children, one file
/// per activity under `activities/`. One object for every type; which fields a type has is its
/// entry in `ActivityType.policy` (the type rule checks it), so a new type is a new `type:`
/// value with its own fields.
extension Schemas {
  public static let activityVersion = "amigo.activity/1"

  /// Built from the types' policy table (`ActivityType.policy`).
  public static let activityType = EnumSpec(
    "activity type", ActivityType.allCases.map(\.policy.value))

  public static let groupMeeting = ObjectSpec(
    "group meeting",
    doc:
      "One meeting of a group module, with each participant's attendance. Present, absent or excused, each names the child on that day: it needs consent in force on the date.",
    [
      Field("date", .date, required: true, "The day of the meeting.") {
        (m: inout GroupMeeting, v) in
        (m.date, m.dateSpan) = (v.date, v.span)
      } encode: { m, e in
        e.scalar(m.date)
      },
      Field(
        "minutes", .integer(min: 0, max: 600),
        "Duration in minutes, counted once for the whole group."
      ) { (m: inout GroupMeeting, v) in
        m.minutes = v.int
      } encode: { m, e in
        e.scalar(m.minutes)
      },
      Field(
        "present", .list(.reference("trajectory")), "Participants present (trajectory ids).",
        identity: .value
      ) {
        (m: inout GroupMeeting, v) in
        (m.present, m.presentSpans) = (v.strings, v.spans)
      } encode: { m, e in
        e.list(m.present)
      }.unique(),
      Field(
        "absent", .list(.reference("trajectory")), "Participants absent without notice.",
        identity: .value
      ) {
        (m: inout GroupMeeting, v) in
        (m.absent, m.absentSpans) = (v.strings, v.spans)
      } encode: { m, e in
        e.list(m.absent)
      }.unique(),
      Field(
        "excused", .list(.reference("trajectory")), "Participants absent with notice.",
        identity: .value
      ) {
        (m: inout GroupMeeting, v) in
        (m.excused, m.excusedSpans) = (v.strings, v.spans)
      } encode: { m, e in
        e.list(m.excused)
      }.unique(),
      Field(
        "note", .text(multiline: true), "A short factual note about the meeting, naming no child.",
        detail: .freeText
      ) { (m: inout GroupMeeting, v) in
        (m.note, m.noteSpan) = (v.string, v.span)
      } encode: { m, e in
        e.scalar(m.note)
      },
    ])

  public static let activity = ObjectSpec(
    "activity",
    doc:
      "Work about several children, counted once: a meeting about several children or a group module. Children are named by trajectory id only.",
    [
      Field(
        "schema", .constant(activityVersion), required: true,
        "The format version: `\(activityVersion)`."),
      Field(
        "id", .identifier, required: true,
        "The activity id; equals the file name without `.yaml` (`M-2026-7KQ4`, `G-2026-3HX9`)."
      ) { (a: inout Activity, v) in
        (a.id, a.idSpan) = (v.text, v.span)
      } encode: { a, e in
        e.scalar(a.id)
      },
      Field(
        "type", .enumeration(activityType), required: true,
        "What kind of activity; decides which of the fields below it has."
      ) { (a: inout Activity, v) in
        (a.type, a.typeSpan) = (v.value(), v.span)
      } encode: { a, e in
        e.value(a.type)
      },
      Field(
        "programme", .reference("programme"), required: true, "Programme id from `amigo.yaml`."
      ) { (a: inout Activity, v) in
        (a.programme, a.programmeSpan) = (v.text, v.span)
      } encode: { a, e in
        e.scalar(a.programme)
      },
      Field("school", .reference("school"), required: true, "School id from `amigo.yaml`.") {
        (a: inout Activity, v) in
        (a.school, a.schoolSpan) = (v.text, v.span)
      } encode: { a, e in
        e.scalar(a.school)
      },
      Field(
        "workers", .list(.reference("worker")), required: true,
        "The workers who took part (ids from `amigo.yaml`).", identity: .value
      ) { (a: inout Activity, v) in
        (a.workers, a.workerSpans) = (v.strings, v.spans)
      } encode: { a, e in
        e.list(a.workers)
      }.atLeast(1),
      Field("name", .label, "Group: the group's name, naming no child.") {
        (a: inout Activity, v) in
        (a.name, a.nameSpan) = (v.string, v.span)
      } encode: { a, e in
        e.scalar(a.name)
      }.notAFormula(),
      Field(
        "theme", .enumeration(domain),
        "Group, theme meeting, teacher support: what it is about (a concern, built-in or declared)."
      ) {
        (a: inout Activity, v) in
        a.theme = v.string
      } encode: { a, e in
        e.scalar(a.theme)
      },
      Field("date", .date, "Meeting: the day of the meeting.") {
        (a: inout Activity, v) in
        (a.date, a.dateSpan) = (v.date, v.span)
      } encode: { a, e in
        e.scalar(a.date)
      },
      Field(
        "minutes", .integer(min: 0, max: 600),
        "Meeting: duration in minutes, counted once for the meeting (never per child)."
      ) { (a: inout Activity, v) in
        a.minutes = v.int
      } encode: { a, e in
        e.scalar(a.minutes)
      },
      Field(
        "with", .list(.enumeration(participant)),
        "Meeting: the roles present besides the workers. With the child or its parents present, the children discussed count as reached; the consent naming a child needs depends on it.",
        identity: .value
      ) { (a: inout Activity, v) in
        (a.with, a.withSpans) = (v.strings, v.spans)
      } encode: { a, e in
        e.list(a.with)
      },
      Field(
        "children", .list(.reference("trajectory")),
        "Meeting: the trajectories discussed, each named once; each needs consent in force on the meeting's date.",
        identity: .value
      ) { (a: inout Activity, v) in
        (a.children, a.childSpans) = (v.strings, v.spans)
      } encode: { a, e in
        e.list(a.children)
      }.unique(),
      Field(
        "unnamed", .integer(min: 0, max: 200),
        "Meeting: pupils discussed without a name (a nomination round before consent): a count, never reached."
      ) { (a: inout Activity, v) in
        a.unnamed = v.int
      } encode: { a, e in
        e.scalar(a.unnamed)
      },
      Field(
        "participants", .list(.reference("trajectory")),
        "Group: the trajectories taking part, never names. Each needs consent in force on the date of every meeting that records its attendance; one no meeting records yet, today.",
        identity: .value
      ) { (a: inout Activity, v) in
        (a.participants, a.participantSpans) = (v.strings, v.spans)
      } encode: { a, e in
        e.list(a.participants)
      }.unique(),
      Field(
        "meetings", .list(.object(groupMeeting)), "Group: its meetings, in date order.",
        identity: .fields(["date"])
      ) { (a: inout Activity, v) in
        a.meetings = v.objects()
      } encode: { a, e in
        e.objects(a.meetings)
      },
      Field(
        "audience", .enumeration(audience), "Theme meeting: who it was for."
      ) { (a: inout Activity, v) in
        (a.audience, a.audienceSpan) = (v.string, v.span)
      } encode: { a, e in
        e.scalar(a.audience)
      },
      Field(
        "attendance", .integer(min: 0, max: 2000),
        "Theme meeting: how many came, a head count (no names)."
      ) { (a: inout Activity, v) in
        a.attendance = v.int
      } encode: { a, e in
        e.scalar(a.attendance)
      },
      Field(
        "teacher", .enumeration(teacherRole),
        "Teacher support: the role of the staff member supported, never a name."
      ) { (a: inout Activity, v) in
        a.teacher = v.string
      } encode: { a, e in
        e.scalar(a.teacher)
      },
      Field(
        "contacts", .list(.object(lightContact)),
        "Light contacts: the tally's entries, one line each, in the order recorded; each anonymous.",
        identity: .counted(["date", "who", "theme", "minutes", "outcome"])
      ) { (a: inout Activity, v) in
        a.contacts = v.objects()
      } encode: { a, e in
        e.flowObjects(a.contacts)
      },
      Field(
        "note", .text(multiline: true),
        "A short factual note, naming no child: what a meeting agreed for a child belongs in that child's file.",
        detail: .freeText
      ) { (a: inout Activity, v) in
        (a.note, a.noteSpan) = (v.string, v.span)
      } encode: { a, e in
        e.scalar(a.note)
      },
    ])
}

extension Activity: SchemaModel {}
extension GroupMeeting: SchemaModel {}
extension ActivityType: SchemaEnum { public static let ordered = allCases }

extension CompiledSchema {
  public static let activity = CompiledSchema(Schemas.activity)
}

extension SchemaDecoder {
  /// The activity in a parsed document (lenient).
  public static func activity(_ document: YAMLDocument) -> Activity {
    decode(document, as: .activity)
  }
}
