import AmigoYAML

/// Everything a rule may look at: the file's text (for positions), its decoded trajectory, the
/// workspace config (nil when there is none) and the date that counts as today (nil: no
/// date-dependent warnings). Rules read the model only, never the syntax tree, so they run the
/// same on the fast path (`FastDecoder`) and after a full parse.
public struct RuleContext: Sendable {
  public let source: SourceText
  public let trajectory: Trajectory
  public let config: Config?
  public let today: LocalDate?
  /// The workspace's activity files, for the trajectory's `agreements:` (nil: not checked).
  public let activities: ActivityIndex?
  /// The trajectory was decoded by the fast path (`FastDecoder`): its file is in canonical
  /// layout, whose scanner lets no control character through but the line breaks of block
  /// text, and no escape (`ControlCharacterRule` has nothing to find).
  public let canonicalLayout: Bool

  public init(
    source: SourceText, trajectory: Trajectory, config: Config?, today: LocalDate?,
    activities: ActivityIndex? = nil, canonicalLayout: Bool = false
  ) {
    self.source = source
    self.trajectory = trajectory
    self.config = config
    self.today = today
    self.activities = activities
    self.canonicalLayout = canonicalLayout
  }

  public func range(_ span: Span) -> SourceRange { source.range(span.start, span.end) }

  /// The programme of this trajectory, when declared.
  public var programme: Programme? { config?.programme(trajectory.programme) }
}

/// What of a validated trajectory its caller keeps (whole-workspace commands hold thousands).
public enum TrajectoryDetail: Sendable, Hashable {
  /// The whole decoded trajectory.
  case everything
  /// The facts counts and workspace reports read: the trajectory without its free texts and
  /// without the sessions' place, participants, methods and goal references
  /// (`Trajectory.dropDetails()`).
  case facts
  /// Nothing but its id: the diagnostics are all the caller needs.
  case nothing
}

/// One validation rule over a trajectory (beancount's plugins, hledger's checks).
public protocol TrajectoryRule: Sendable {
  static func check(_ context: RuleContext) -> [Diagnostic]
}

/// Validates trajectory files and the workspace config.
public enum Validator {
  /// Every rule, in the order their diagnostics are produced (output is sorted by position).
  public static let rules: [any TrajectoryRule.Type] = [
    ReferenceRule.self, GoalRule.self, DateOrderRule.self, ConsentRule.self, ClosureRule.self,
    FidelityRule.self, PrivacyRule.self, FormulaLabelRule.self, DuplicateSessionRule.self,
    FutureDateRule.self, ControlCharacterRule.self, IDShapeRule.self, ProfileRule.self,
    NotRecordedRule.self, SharingRule.self, ConsentExceptionRule.self, MeasureRule.self,
    MeasureOrderRule.self, MeasureConsentRule.self, VocabularyRule.self, FormerWorkerRule.self,
    PauseRule.self, FamilyRule.self, AgreementRule.self, ContactInPauseRule.self,
    FollowUpRule.self, DestinationRule.self, SchoolHistoryRule.self, HandoverRule.self,
    ZeroMinutesRule.self, InvisibleTextRule.self,
  ]

  /// The rules that only warn, skipped with `warnings: false` (`skips`).
  static let warningsOnly: [any TrajectoryRule.Type] = [
    FidelityRule.self, PrivacyRule.self, DuplicateSessionRule.self, IDShapeRule.self,
    ProfileRule.self, ConsentExceptionRule.self, FamilyRule.self, ContactInPauseRule.self,
    ZeroMinutesRule.self, InvisibleTextRule.self,
  ]

  /// True when `rule` is skipped with `warnings: false` under `config`: it only warns there.
  /// The privacy lint gives errors under strict privacy, so it runs then: `warnings: false`
  /// drops warnings, never an error (`WarningsOffTests`).
  static func skips(_ rule: any TrajectoryRule.Type, warnings: Bool, config: Config?) -> Bool {
    guard !warnings, warningsOnly.contains(where: { $0 == rule }) else { return false }
    return !(rule == PrivacyRule.self && config?.strictPrivacy == true)
  }

  /// True when the free text (notes, requests, summaries: `FieldDetail.freeText`) must be
  /// decoded for the rules that can give an error under `config`: the privacy lint under
  /// strict privacy, and the not-recorded check when a programme leaves out a field.
  static func errorsReadFreeText(_ config: Config?) -> Bool {
    guard let config else { return false }
    return config.strictPrivacy || config.programmes.contains { !$0.notRecorded.isEmpty }
  }

  /// Checks one trajectory file: YAML syntax, schema, and every rule. `fileName` is the file's
  /// name without `.yaml`, which the id must equal.
  /// With `warnings: false` (reports), the rules that only warn (programme fidelity, the
  /// privacy lint) are skipped: they do not change what the data says.
  public static func validateTrajectory(
    _ document: YAMLDocument, fileName: String?, config: Config?, today: LocalDate?,
    warnings: Bool = true, activities: ActivityIndex? = nil
  ) -> (Trajectory?, [Diagnostic]) {
    var diagnostics = document.diagnostics
    // After a duplicate key or a tab in indentation the other checks still run (on the first
    // occurrence, the tab read as spaces), but the file is not handed out as a trajectory.
    guard document.isCheckable else {
      return (nil, capped(diagnostics, parserStopped: document.stoppedCounting))
    }
    diagnostics += SchemaChecker.check(document, against: Schemas.trajectory)
    guard case .mapping? = document.root else {
      return (nil, capped(diagnostics, parserStopped: document.stoppedCounting))
    }
    let trajectory = SchemaDecoder.trajectory(document)
    diagnostics += checkRules(
      trajectory, source: document.source, fileName: fileName, config: config, today: today,
      warnings: warnings, activities: activities)
    return (
      document.isValid ? trajectory : nil,
      capped(
        diagnostics.sortedByLocation(), parserStopped: document.stoppedCounting,
        syntax: document.diagnostics)
    )
  }

  /// The first `Diagnostic.maximumPerFile` of a file's problems (in order), and a note when
  /// more were found (or the parser stopped counting). The syntax problems (`syntax`, the
  /// YAML layer's) are kept first, so that many schema problems never hide a duplicate key.
  static func capped(
    _ diagnostics: [Diagnostic], parserStopped: Bool, syntax: [Diagnostic] = []
  ) -> [Diagnostic] {
    let limit = Diagnostic.maximumPerFile
    guard diagnostics.count > limit || parserStopped else { return diagnostics }
    var kept = Array(diagnostics.prefix(limit))
    var at = diagnostics.count > limit ? diagnostics[limit].range : kept.last?.range
    let syntaxErrors = syntax.filter { $0.severity == .error }
    if diagnostics.count > limit, !syntaxErrors.isEmpty {
      let keys = Set(syntaxErrors.map { "\($0.code) \($0.range.map(\.description) ?? "")" })
      let others = diagnostics.filter {
        !keys.contains("\($0.code) \($0.range.map(\.description) ?? "")")
      }
      let room = max(0, limit - syntaxErrors.count)
      kept = (Array(syntaxErrors.prefix(limit)) + others.prefix(room)).sortedByLocation()
      at = others.count > room ? others[room].range : kept.last?.range
    }
    return kept + [SchemaDiagnostics.tooManyProblems(at)]
  }

  /// Checks one trajectory file from its bytes, like `validateTrajectory(_:…)`, with the same
  /// result: a file in canonical layout without syntax or schema problems (nearly every file)
  /// is decoded by `FastDecoder` without building a syntax tree; any other file is parsed in
  /// full. The parsed document is returned when there was one; for a file the fast path read
  /// with diagnostics, its source in a document not parsed (`YAMLDocument(unparsed:)`).
  /// `keep` says what of the trajectory the caller keeps: with `.facts` it comes without its
  /// details (`Trajectory.dropDetails()`), removed after the rules that read them; with
  /// `.nothing` (the caller needs only the diagnostics and the id) nothing is decoded that no
  /// rule reads.
  public static func validateTrajectory(
    bytes: [UInt8], fileName: String?, config: Config?, today: LocalDate?, warnings: Bool = true,
    keep: TrajectoryDetail = .everything, activities: ActivityIndex? = nil
  ) -> (Trajectory?, [Diagnostic], YAMLDocument?) {
    // The privacy lint reads the free text: decode it when the lint runs. The rules read no
    // description (a session's place and methods) that could warn: the fast path lets only the
    // built-in methods through, which the vocabulary check accepts. The participants, which the
    // duplicate-session and consent checks read, are always decoded.
    var fast = FastDecoder.decode(
      bytes, freeText: keep == .everything || warnings || errorsReadFreeText(config),
      descriptions: keep == .everything)
    if case (var trajectory, let text)? = fast {
      // `fast` still holds the trajectory: let go of it, so that dropping the details below
      // changes the sessions in place instead of copying them all.
      fast = nil
      let diagnostics = checkRules(
        trajectory, source: text, fileName: fileName, config: config,
        today: today, warnings: warnings, activities: activities, canonicalLayout: true)
      if keep == .facts { trajectory.dropDetails() }
      // A file with warnings keeps its source for the excerpts, unparsed: the fast path found
      // no syntax problem, and an excerpt needs only the line table.
      return (
        trajectory, capped(diagnostics.sortedByLocation(), parserStopped: false),
        diagnostics.isEmpty ? nil : YAMLDocument(unparsed: text)
      )
    }
    let document = YAMLDocument(bytes: bytes)
    var (trajectory, diagnostics) = validateTrajectory(
      document, fileName: fileName, config: config, today: today, warnings: warnings,
      activities: activities)
    if keep == .facts { trajectory?.dropDetails() }
    return (trajectory, diagnostics, document)
  }

  /// The id-matches-file-name check and every rule, on a decoded trajectory.
  static func checkRules(
    _ trajectory: Trajectory, source: SourceText, fileName: String?, config: Config?,
    today: LocalDate?, warnings: Bool, activities: ActivityIndex? = nil,
    canonicalLayout: Bool = false
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let context = RuleContext(
      source: source, trajectory: trajectory, config: config, today: today,
      activities: activities, canonicalLayout: canonicalLayout)
    if let fileName, !trajectory.id.isEmpty, trajectory.id != fileName {
      diagnostics.append(
        SchemaDiagnostics.idMismatch(
          context.range(trajectory.idSpan), id: trajectory.id, fileName: fileName + ".yaml"))
    }
    for rule in rules where !skips(rule, warnings: warnings, config: config) {
      diagnostics += rule.check(context)
    }
    return diagnostics
  }

  /// Control characters in the config's keys and values, written as escapes: line breaks and
  /// tabs only in block text (`|`, `>`), and in the values of the keys in `lines` (an
  /// activity's `note`: text that may span lines, which holds them however it is written, as a
  /// trajectory's session note does).
  static func controlCharacters(
    in node: YAMLNode, _ document: YAMLDocument, lines: Set<String> = []
  ) -> [Diagnostic] {
    // `key`: the key of the entry whose value `s` is, nil for a key itself or an item.
    func scalar(_ s: YAMLScalar, _ path: String, key: String?) -> [Diagnostic] {
      let block =
        s.style == .literal || s.style == .folded || key.map(lines.contains) == true
      guard
        let c = ControlCharacterRule.firstControl(in: s.value, lineBreaks: block, tabs: block)
      else { return [] }
      return [SchemaDiagnostics.controlCharacterInValue(document.range(of: s), field: path, c)]
    }
    func walk(_ node: YAMLNode, _ path: String, key: String? = nil) -> [Diagnostic] {
      switch node {
      case .scalar(let s): return scalar(s, path, key: key)
      case .mapping(let m):
        return m.entries.flatMap { e in
          let here = path.isEmpty ? e.key.value : path + "." + e.key.value
          return scalar(e.key, here, key: nil) + walk(e.value, here, key: e.key.value)
        }
      case .sequence(let q): return q.items.flatMap { walk($0.value, path) }
      }
    }
    return walk(node, "")
  }

  /// Checks the workspace config.
  public static func validateConfig(_ document: YAMLDocument) -> (Config?, [Diagnostic]) {
    var diagnostics = document.diagnostics
    guard document.isCheckable else {
      return (nil, capped(diagnostics, parserStopped: document.stoppedCounting))
    }
    diagnostics += SchemaChecker.check(document, against: Schemas.config)
    guard case .mapping(let root)? = document.root else {
      return (nil, capped(diagnostics, parserStopped: document.stoppedCounting))
    }
    let config = SchemaDecoder.config(document)
    diagnostics += controlCharacters(in: .mapping(root), document)
    diagnostics += formulaConfigLabels(root, document)
    diagnostics += invisibleConfigLabels(root, document)
    if case .mapping(let p)? = root["programmes"], p.entries.isEmpty {
      diagnostics.append(SchemaDiagnostics.noProgrammes(document.range(of: root["programmes"]!)))
    }
    // Holidays end after they start; ranges are ordered.
    for item in root["holidays"]?.sequence?.items ?? [] {
      guard let m = item.value.mapping, let fromNode = m["from"], let toNode = m["to"],
        let from = fromNode.scalar.flatMap({ LocalDate($0.value) }),
        let to = toNode.scalar.flatMap({ LocalDate($0.value) }), to < from
      else { continue }
      diagnostics.append(
        SchemaDiagnostics.holidayDates(document.range(of: toNode), from: from, to: to))
    }
    // A worker's hours name declared schools.
    let schools = config.schools.map(\.id)
    for worker in root["workers"]?.mapping?.entries ?? [] {
      for item in worker.value.mapping?["schools"]?.sequence?.items ?? [] {
        guard let node = item.value.mapping?["school"], let id = node.scalar?.value, !id.isEmpty,
          !schools.contains(id)
        else { continue }
        diagnostics.append(
          SchemaDiagnostics.unknownReference(
            document.range(of: node), kind: "school", value: id, known: schools))
      }
    }
    for programme in root["programmes"]?.mapping?.entries ?? [] {
      for key in ["age", "weeks"] {
        guard let r = programme.value.mapping?[key]?.mapping,
          let lo = r["min"]?.scalar.flatMap({ Int($0.value) }),
          let hi = r["max"]?.scalar.flatMap({ Int($0.value) }), lo > hi
        else { continue }
        diagnostics.append(
          SchemaDiagnostics.rangeOrder(document.range(of: r["min"]!), min: lo, max: hi))
      }
    }
    diagnostics += instrumentDiagnostics(root, document)
    return (
      document.isValid ? config : nil,
      capped(
        diagnostics.sortedByLocation(), parserStopped: document.stoppedCounting,
        syntax: document.diagnostics)
    )
  }
}
