import AmigoReports
import AmigoSchema
import AmigoStore

/// The trajectory files a command that works over the whole workspace cannot use. Such a
/// command never drops them silently: it refuses and names them (`report --period`, `export`),
/// or runs and names them in what it writes (`report --week`, `retention`, `list`).
///
/// Which files are left out is each command's rule, stated where it loads: the reports count
/// every file that could be decoded into a trajectory, also one with errors such as an unknown
/// worker ("files that could not be read" are those with YAML or structural errors); the
/// research export leaves out every file with an error.
struct LeftOutFiles {
  /// One file left out: a trajectory or an activity file.
  enum File {
    case trajectory(TrajectoryFile)
    case activity(ActivityFile)
    var displayPath: String {
      switch self {
      case .trajectory(let f): f.displayPath
      case .activity(let f): f.displayPath
      }
    }
    var path: String {
      switch self {
      case .trajectory(let f): f.path
      case .activity(let f): f.path
      }
    }
    var diagnostics: [Diagnostic] {
      switch self {
      case .trajectory(let f): f.diagnostics
      case .activity(let f): f.diagnostics
      }
    }
  }
  let files: [File]

  init(_ files: [TrajectoryFile], where leftOut: (TrajectoryFile) -> Bool) {
    self.files = files.filter(leftOut).map(File.trajectory)
  }

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

  var isEmpty: Bool { files.isEmpty }
  var count: Int { files.count }

  /// The option that runs anyway.
  static let skipOption = "--skip-invalid"

  /// The files as reports name them: id, path, and the line and code of the first error.
  var entries: [LeftOutFile] {
    files.map { file in
      let first = file.diagnostics.first { $0.severity == .error } ?? file.diagnostics.first
      return LeftOutFile(
        id: Workspace.id(ofFile: file.path), path: file.displayPath,
        line: first?.range?.start.line, code: first?.code ?? "unreadable-file")
    }
  }

  /// `trajectories/A.yaml, trajectories/B.yaml`.
  var paths: String { files.map(\.displayPath).joined(separator: ", ") }

  /// `1 file` / `3 files`.
  var countText: String { count == 1 ? "1 file" : "\(count) files" }

  /// The warning that these files, which could not be read as trajectories, are left out of
  /// the report (`report: true`) or the combined report.
  func unreadableWarning(report: Bool, _ language: Language) -> String {
    let one = count == 1
    let what =
      language.code == "nl"
      ? (report
        ? "rapportage (die noemt \(one ? "het" : "ze") bovenaan)" : "gecombineerde rapportage")
      : (report ? "report (it names \(one ? "it" : "them") at the top)" : "combined report")
    return count == 1
      ? language.text(.cdTrajectoriesUnreadableOne, what, paths)
      : language.text(.cdTrajectoriesUnreadableMany, String(count), what, paths)
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
    let reason =
      count == 1
      ? language.text(errors ? .ccLeftErrorsOne : .ccLeftUnreadableOne)
      : language.text(errors ? .ccLeftErrorsMany : .ccLeftUnreadableMany, String(count))
    return DiagnosticsError(
      message: language.text(
        count == 1 ? .ccLeftRefusalOne : .ccLeftRefusalMany, reason, language.text(what), paths,
        more),
      diagnostics: diagnostics, sources: sources, status: .dataError)
  }
}
