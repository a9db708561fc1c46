import AmigoReports
import AmigoSchema
import AmigoStore

/// The trajectory files a command that works over the whole workspace cannot use. Such a
/// command never drops them silently: it refuses and names them (`report --period`, `export`),
/// or runs and names them in what it writes (`report --week`, `retention`, `list`).
///
/// Which files are left out is each command's rule, stated where it loads: the reports count
/// every file that could be decoded into a trajectory, also one with errors such as an unknown
/// worker ("files that could not be read" are those with YAML or structural errors), but each
/// trajectory id once: a file that repeats another's id is left out (`Loader.countingEachIDOnce`);
/// the research export leaves out every file with an error.
struct LeftOutFiles {
  /// One file left out: a trajectory file (that could not be read, or, for the research export,
  /// that has errors), a trajectory file that repeats another's id, or an activity file.
  enum File {
    case trajectory(TrajectoryFile)
    case repeatedID(TrajectoryFile)
    case activity(ActivityFile)
    var displayPath: String {
      switch self {
      case .trajectory(let f), .repeatedID(let f): f.displayPath
      case .activity(let f): f.displayPath
      }
    }
    var path: String {
      switch self {
      case .trajectory(let f), .repeatedID(let f): f.path
      case .activity(let f): f.path
      }
    }
    var diagnostics: [Diagnostic] {
      switch self {
      case .trajectory(let f), .repeatedID(let f): f.diagnostics
      case .activity(let f): f.diagnostics
      }
    }
  }
  let files: [File]

  init(_ files: [TrajectoryFile], where leftOut: (TrajectoryFile) -> Bool) {
    self.files = files.filter(leftOut).map(File.trajectory)
  }

  init(files: [File]) { self.files = files }

  /// The activity files with errors (checked against the workspace's trajectories: consent,
  /// dates, references) or that cannot be read as an activity: left out of every report's
  /// figures, as the research export leaves out trajectory files with errors (issue 20 QA).
  init(activities: [ActivityFile]) {
    files = activities.filter { $0.activity == nil || $0.diagnostics.hasErrors }.map(File.activity)
  }

  /// The files that could not be decoded into a trajectory (YAML or structural errors, or not
  /// readable at all).
  static func unreadable(_ files: [TrajectoryFile]) -> LeftOutFiles {
    LeftOutFiles(files) { $0.trajectory == nil }
  }

  /// The files a report leaves out of `trajectories` (as a loader gives them, with the files
  /// that have something to say): those that could not be decoded, and those that repeat
  /// another file's trajectory id (`Loader.countingEachIDOnce`); with the trajectories it
  /// counts, each id once.
  static func forReport(
    _ trajectories: [Trajectory], files: [TrajectoryFile]
  ) -> (trajectories: [Trajectory], leftOut: LeftOutFiles) {
    let once = Loader.countingEachIDOnce(trajectories, files: files)
    let unreadable = files.filter { $0.trajectory == nil }.map(File.trajectory)
    return (
      once.trajectories,
      LeftOutFiles(files: unreadable + once.leftOut.map(File.repeatedID))
    )
  }

  /// The files that repeat another file's trajectory id.
  var repeatedIDs: [TrajectoryFile] {
    files.compactMap { if case .repeatedID(let f) = $0 { f } else { nil } }
  }

  var isEmpty: Bool { files.isEmpty }
  var count: Int { files.count }

  /// The option that runs anyway.
  static let skipOption = "--skip-invalid"

  /// The files as reports name them: id, path (`name` of the file's path: as it is for JSON
  /// and CSV, with symbols for a terminal), and the line and code of the first error (of a
  /// file that repeats an id: the trajectory's id, and the line of the id).
  func entries(_ name: (String) -> String) -> [LeftOutFile] {
    files.map { file in
      if case .repeatedID(let f) = file {
        let at = f.diagnostics.first { ["duplicate-id", "id-mismatch"].contains($0.code) }
        return LeftOutFile(
          id: f.trajectory?.id ?? Workspace.id(ofFile: f.path), path: name(f.path),
          line: at?.range?.start.line, code: "duplicate-id", kind: .repeatedID)
      }
      let first = file.diagnostics.first { $0.severity == .error } ?? file.diagnostics.first
      var kind = LeftOutFile.Kind.unreadable
      if case .activity = file { kind = .activity }
      return LeftOutFile(
        id: Workspace.id(ofFile: file.path), path: name(file.path),
        line: first?.range?.start.line, code: first?.code ?? "unreadable-file", kind: kind)
    }
  }

  /// `trajectories/A.yaml, trajectories/B.yaml`.
  var paths: String { files.map(\.displayPath).joined(separator: ", ") }

  /// `1 file` / `3 files`.
  var countText: String { Counted.of(count, "file", "files") }

  /// The warning that these files, which could not be read as trajectories or repeat another
  /// file's trajectory id, are left out of the report (`report: true`) or the combined report:
  /// a line for each reason, naming the files.
  func unreadableWarning(report: Bool, _ language: Language) -> String {
    var lines: [String] = []
    let unreadable = files.filter { if case .repeatedID = $0 { false } else { true } }
    let repeated = repeatedIDs
    for (group, isRepeated) in [
      (unreadable.map(\.displayPath), false),
      (repeated.map(\.displayPath), true),
    ] where !group.isEmpty {
      let one = group.count == 1
      let what =
        language.code == "nl"
        ? (report
          ? "rapportage (die noemt \(one ? "het" : "ze") bovenaan)" : "gecombineerde rapportage")
        : (report ? "report (it names \(one ? "it" : "them") at the top)" : "combined report")
      let paths = group.joined(separator: ", ")
      lines.append(
        isRepeated
          ? (one
            ? language.text(.cdTrajectoriesRepeatOne, what, paths)
            : language.text(.cdTrajectoriesRepeatMany, String(group.count), what, paths))
          : (one
            ? language.text(.cdTrajectoriesUnreadableOne, what, paths)
            : language.text(.cdTrajectoriesUnreadableMany, String(group.count), what, paths)))
    }
    return lines.joined(separator: "\n")
  }

  /// The refusal of a command whose output must be complete: the first error of each file
  /// (with its excerpt), then what to do. Exit 65.
  /// `errors`: the files have errors (else: they cannot be read as trajectories).
  func refusal(_ what: Message, errors: Bool, _ language: Language) -> DiagnosticsError {
    let firsts = files.compactMap { file in
      file.diagnostics.first { $0.severity == .error }.map {
        (diagnostic: $0, path: file.displayPath, source: file.source)
      }
    }
    let diagnostics = firsts.map(\.diagnostic)
    let sources = Dictionary(firsts.map { ($0.path, $0.source) }) { _, last in last }
    let more =
      files.contains { f in f.diagnostics.filter { $0.severity == .error }.count > 1 }
      ? language.text(.ccLeftEveryProblem) : language.text(.ccLeftValidate)
    let repeated = repeatedIDs.count
    let others = count - repeated
    var reasons: [String] = []
    if others > 0 {
      reasons.append(
        others == 1
          ? language.text(errors ? .ccLeftErrorsOne : .ccLeftUnreadableOne)
          : language.text(errors ? .ccLeftErrorsMany : .ccLeftUnreadableMany, String(others)))
    }
    if repeated > 0 {
      reasons.append(
        repeated == 1
          ? language.text(.ccLeftRepeatOne)
          : language.text(.ccLeftRepeatMany, String(repeated)))
    }
    let reason = reasons.joined(separator: "; ")
    // Only copies: counted twice, not missing; with --skip-invalid each id counts once.
    let message =
      others == 0
      ? language.text(.ccLeftRepeatRefusal, reason, language.text(what), paths, more)
      : language.text(
        count == 1 ? .ccLeftRefusalOne : .ccLeftRefusalMany, reason, language.text(what), paths,
        more)
    return DiagnosticsError(
      message: message, diagnostics: diagnostics, sources: sources, status: .dataError)
  }
}
