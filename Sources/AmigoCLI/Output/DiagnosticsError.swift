import AmigoReports
import AmigoSchema
import AmigoStore
import AmigoYAML

/// A failure that comes with diagnostics to render (on stderr) before the message.
struct DiagnosticsError: Error {
  var message: String
  var diagnostics: [Diagnostic]
  var source: SourceText?
  /// Sources by the file diagnostics name, for diagnostics in several files (else `source`).
  var sources: [String: SourceText] = [:]
  var status: ExitStatus

  init(message: String, diagnostics: [Diagnostic], source: SourceText?, status: ExitStatus) {
    self.message = message
    self.diagnostics = diagnostics
    self.source = source
    self.status = status
  }

  init(
    message: String, diagnostics: [Diagnostic], sources: [String: SourceText], status: ExitStatus
  ) {
    self.init(message: message, diagnostics: diagnostics, source: nil, status: status)
    self.sources = sources
  }

  /// The source of `d`'s excerpt.
  func source(of d: Diagnostic) -> SourceText? {
    d.file.flatMap { sources[$0] } ?? source
  }

  /// The store's refusal, worded in `language`.
  init(_ error: ChangeError, _ language: Language) {
    switch error {
    case .invalidFile(let path, let diagnostics, let source):
      self.init(
        message: language.text(.ccFileHasErrors, path),
        diagnostics: diagnostics.filter { $0.severity == .error }, source: source,
        status: .dataError)
    case .wouldBeInvalid(let path, let diagnostics, let source):
      self.init(
        message: language.text(.ccWouldBeInvalid, path),
        diagnostics: Self.datesAlone(diagnostics),
        source: source, status: .dataError)
    case .wouldBreakActivities(let path, let broken):
      self.init(
        message: language.text(
          .ccWouldBreakActivities, path, broken.map(\.path).joined(separator: ", ")),
        diagnostics: broken.flatMap(\.diagnostics),
        sources: Dictionary(broken.map { ($0.path, $0.source) }) { a, _ in a },
        status: .dataError)
    case .edit(let path, let editError):
      self.init(
        message: language.text(.ccCannotChange, path, Self.reason(editError, language)),
        diagnostics: [], source: nil,
        status: .dataError)
    case .read(let readError):
      self.init(
        message: language.say(readError), diagnostics: [], source: nil, status: .noInput)
    case .write(let writeError):
      self.init(
        message: language.text(.ccNothingChanged, language.say(writeError)), diagnostics: [],
        source: nil,
        status: .ioError)
    }
  }
}

extension DiagnosticsError {
  /// `diagnostics` without those at a date that is itself refused as after today
  /// (`date-in-future`): a session dated 9999-12-31 is refused for its date alone, not also
  /// for the consent a child aged 7983 would need on it.
  static func datesAlone(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let refusedDates = Set(
      diagnostics.filter { $0.code == "date-in-future" }.compactMap { d in
        d.range.map { "\(d.file ?? ""):\($0)" }
      })
    guard !refusedDates.isEmpty else { return diagnostics }
    return diagnostics.filter { d in
      d.code == "date-in-future"
        || !(d.range.map { refusedDates.contains("\(d.file ?? ""):\($0)") } ?? false)
    }
  }

  /// Why the editor refused a change, in `language`, with what to do (its own description is
  /// English and meant for developers).
  static func reason(_ error: YAMLEditError, _ language: Language) -> String {
    switch error {
    case .unsafeResult: language.text(.ccEditUnsafe)
    case .invalidDocument: language.text(.ccEditInvalid)
    case .notFound(let path), .wrongKind(let path, _), .keyExists(let path, _):
      language.text(.ccEditUnexpected, "\(path)")
    }
  }
}

extension LeftOutFiles.File {
  /// The file's text, for excerpts.
  var source: SourceText {
    switch self {
    case .trajectory(let f), .repeatedID(let f): f.document.source
    case .activity(let f): f.document.source
    }
  }
}
