import AmigoYAML

/// A file's text as the schema checked it: its diagnostics and the source their excerpts quote.
/// Commands render these without reading the YAML tree themselves.
public struct CheckedText: Sendable {
  public let diagnostics: [Diagnostic]
  public let source: SourceText

  public init(diagnostics: [Diagnostic], source: SourceText) {
    self.diagnostics = diagnostics
    self.source = source
  }

  /// The same source with other diagnostics (filtered, or placed in a file).
  public func with(_ diagnostics: [Diagnostic]) -> CheckedText {
    CheckedText(diagnostics: diagnostics, source: source)
  }

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Checks a file's bytes or text as the kind of file it is, through the same validators the
/// workspace load uses, for the commands that hold a file that is not (yet) in a workspace:
/// git hooks (staged and pushed blobs), the merge driver, `init`'s new config.
public enum FileCheck {
  public static func config(_ bytes: [UInt8]) -> (Config?, CheckedText) {
    config(YAMLDocument(bytes: bytes))
  }

  public static func config(text: String) -> (Config?, CheckedText) {
    config(YAMLDocument(parsing: text))
  }

  static func config(_ document: YAMLDocument) -> (Config?, CheckedText) {
    let (config, diagnostics) = Validator.validateConfig(document)
    return (config, CheckedText(diagnostics: diagnostics, source: document.source))
  }

  public static func trajectory(
    _ bytes: [UInt8], fileName: String?, config: Config?, today: LocalDate?
  ) -> (Trajectory?, CheckedText) {
    trajectory(YAMLDocument(bytes: bytes), fileName: fileName, config: config, today: today)
  }

  static func trajectory(
    _ document: YAMLDocument, fileName: String?, config: Config?, today: LocalDate?
  ) -> (Trajectory?, CheckedText) {
    let (trajectory, diagnostics) = Validator.validateTrajectory(
      document, fileName: fileName, config: config, today: today)
    return (trajectory, CheckedText(diagnostics: diagnostics, source: document.source))
  }

  /// A new file's text, as `trajectory(_:…)`.
  public static func trajectory(
    text: String, fileName: String?, config: Config?, today: LocalDate?
  ) -> (Trajectory?, CheckedText) {
    trajectory(YAMLDocument(parsing: text), fileName: fileName, config: config, today: today)
  }

  /// An activity file, checked against the trajectories `index` gives for it (nil: none).
  public static func activity(
    _ bytes: [UInt8], fileName: String?, config: Config?,
    index: (Activity) -> TrajectoryIndex? = { _ in nil }, today: LocalDate?,
    warnings: Bool = true
  ) -> (Activity?, CheckedText) {
    let document = YAMLDocument(bytes: bytes)
    let (activity, diagnostics) = ActivityValidator.validate(
      document, fileName: fileName, config: config,
      index: index(SchemaDecoder.activity(document)), today: today, warnings: warnings)
    return (activity, CheckedText(diagnostics: diagnostics, source: document.source))
  }

  /// An activity file (`schema: amigo.activity/1`), by its content.
  public static func isActivity(_ bytes: [UInt8]) -> Bool {
    let document = YAMLDocument(bytes: bytes)
    guard case .mapping(let root)? = document.root else { return false }
    return root["schema"]?.scalar?.value == Schemas.activityVersion
  }
}

extension SchemaDecoder {
  /// The activity in a file's bytes, as far as it decodes (nothing is checked).
  public static func activity(bytes: [UInt8]) -> Activity {
    activity(YAMLDocument(bytes: bytes))
  }

  /// The trajectory in a file's bytes, as far as it decodes (nothing is checked).
  public static func trajectory(bytes: [UInt8]) -> Trajectory {
    trajectory(YAMLDocument(bytes: bytes))
  }

  /// The trajectory in a file's bytes; nil when they are not readable as one (YAML errors,
  /// conflict markers, not a mapping) or absent.
  public static func readableTrajectory(_ bytes: [UInt8]) -> Trajectory? {
    let document = YAMLDocument(bytes: bytes)
    guard document.isValid, case .mapping? = document.root else { return nil }
    return trajectory(document)
  }

  /// The activity in a file's bytes; nil when not readable as one.
  public static func readableActivity(_ bytes: [UInt8]) -> Activity? {
    let document = YAMLDocument(bytes: bytes)
    guard document.isValid, case .mapping? = document.root else { return nil }
    return activity(document)
  }

  /// The config in a file's bytes; nil when not readable as one.
  public static func readableConfig(_ bytes: [UInt8]) -> Config? {
    let document = YAMLDocument(bytes: bytes)
    guard document.isValid, case .mapping? = document.root else { return nil }
    return config(document)
  }
}

extension CheckedText {
  /// The key a line (1-based) belongs to: the key on that line, or the nearest one above it
  /// indented at most `indentAtMost` spaces (a block of text belongs to its key); nil when none.
  public func key(atLine line: Int, indentAtMost: Int) -> String? {
    var index = line - 1
    while index >= 0 && index < source.lineCount {
      let text = source.lineText(index)
      let indent = text.prefix { $0 == " " }.count
      let rest = text.dropFirst(indent)
      if indent <= indentAtMost, let colon = rest.firstIndex(of: ":") {
        let key = String(rest[..<colon])
        if key.allSatisfy({ $0.isLetter || $0 == "_" }) { return key }
      }
      index -= 1
    }
    return nil
  }
}
