import AmigoSchema
import AmigoYAML
import Dispatch
import Foundation

/// One loaded trajectory file.
public struct TrajectoryFile: Sendable {
  /// The path as amigo shows it (relative to where the user is, when inside it).
  public let displayPath: String
  public let path: String
  /// The parsed file, kept only when it has diagnostics (for excerpts); otherwise an empty
  /// document, so a whole workspace does not stay in memory.
  public let document: YAMLDocument
  /// Nil when the file could not be read as a trajectory at all.
  public let trajectory: Trajectory?
  public let diagnostics: [Diagnostic]
}

/// A workspace: `amigo.yaml` and the trajectory files under `trajectories/`.
public struct Workspace: Sendable {
  public static let configName = "amigo.yaml"
  public static let trajectoriesFolder = "trajectories"
  /// Work about several children: meetings and group modules (`amigo.activity/1`).
  public static let activitiesFolder = "activities"

  /// The folder holding `amigo.yaml`.
  public let root: String

  public init(root: String) { self.root = root }

  public var configPath: String { root + "/" + Workspace.configName }
  public var trajectoriesPath: String { root + "/" + Workspace.trajectoriesFolder }
  public var activitiesPath: String { root + "/" + Workspace.activitiesFolder }

  /// Finds the workspace like git finds its repository: `folder` or the nearest parent that
  /// holds `amigo.yaml`.
  public static func find(from folder: String) -> Workspace? {
    var current = URL(fileURLWithPath: folder).standardizedFileURL.path
    while true {
      if FileSystem.exists(current + "/" + configName) { return Workspace(root: current) }
      let parent = (current as NSString).deletingLastPathComponent
      if parent == current || parent.isEmpty { return nil }
      current = parent
    }
  }

  /// Every trajectory file of the workspace.
  public func trajectoryPaths() -> [String] {
    FileSystem.yamlFiles(under: trajectoriesPath)
  }

  /// Every activity file of the workspace (none when there is no `activities/` folder).
  public func activityPaths() -> [String] {
    FileSystem.exists(activitiesPath) ? FileSystem.yamlFiles(under: activitiesPath) : []
  }

  /// True when `path`, with every symbolic link resolved, lies inside the workspace (for a path
  /// that does not exist yet: its nearest existing folder). amigo never reads or writes through
  /// a link that leads out of the workspace.
  public func contains(resolving path: String) -> Bool {
    FileSystem.resolves(path, inside: root)
  }

  /// Which of the workspace's own files or folders `path` is or lies in: those a command's
  /// output must never replace or join. `what` names it ("the trajectory folder
  /// (trajectories/)", "the settings file (amigo.yaml)", "the git folder (.git/)", "the git
  /// settings file (.gitignore)", "amigo's own file (.amigo.lock)", "the folder"); `itself` is
  /// true when `path` is that file or folder, false when it lies in it. Nil for any other path,
  /// inside the workspace or not. Links and `..` in `path` are resolved first (for a path that
  /// does not exist yet: in its nearest existing folder), and so are links in the workspace (a
  /// `trajectories/` moved elsewhere by a link). Paths are compared without regard to case:
  /// on a disk that ignores it (macOS, Windows) `AMIGO.YAML` is amigo.yaml.
  public func ownFile(_ path: String) -> (what: Bilingual, itself: Bool)? {
    let real = FileSystem.resolvedPath(path).lowercased()
    func realPath(_ path: String) -> String? { FileSystem.realPath(path)?.lowercased() }
    func relation(to folder: String) -> Bool? {
      guard let base = realPath(folder) else { return nil }
      if real == base { return true }
      return real.hasPrefix(base == "/" ? "/" : base + "/") ? false : nil
    }
    let trajectories = Bilingual(
      "the trajectory folder (\(Workspace.trajectoriesFolder)/)",
      "de map met trajecten (\(Workspace.trajectoriesFolder)/)")
    if let itself = relation(to: trajectoriesPath) { return (trajectories, itself) }
    let activities = Bilingual(
      "the activity folder (\(Workspace.activitiesFolder)/)",
      "de map met activiteiten (\(Workspace.activitiesFolder)/)")
    func settings(_ name: String) -> Bilingual {
      Bilingual("the settings file (\(name))", "het instellingenbestand (\(name))")
    }
    if let itself = relation(to: activitiesPath) { return (activities, itself) }
    if let config = realPath(configPath), real == config {
      return (settings(Workspace.configName), true)
    }
    guard let base = realPath(root), let inRoot = relation(to: root) else { return nil }
    if inRoot { return (Bilingual("the folder", "de map"), true) }
    let relative = real.dropFirst(base == "/" ? 1 : base.count + 1)
    let first = String(relative.prefix { $0 != "/" })
    let itself = first.count == relative.count
    switch first {
    case Workspace.configName: return (settings(first), itself)
    case Workspace.trajectoriesFolder: return (trajectories, itself)
    case Workspace.activitiesFolder: return (activities, itself)
    case ".git": return (Bilingual("the git folder (.git/)", "de git-map (.git/)"), itself)
    case ".gitignore", ".gitattributes", ".gitmodules":
      return (
        Bilingual("the git settings file (\(first))", "het git-instellingenbestand (\(first))"),
        itself
      )
    default:
      guard first.hasPrefix(".amigo") else { return nil }
      return (
        FileSystem.isDirectory((FileSystem.realPath(root) ?? root) + "/" + first)
          ? Bilingual("amigo's own folder (\(first))", "amigo's eigen map (\(first))")
          : Bilingual("amigo's own file (\(first))", "amigo's eigen bestand (\(first))"),
        itself
      )
    }
  }

  /// The id a trajectory file's name gives it: the name without `.yaml` (any extension).
  public static func id(ofFile path: String) -> String {
    PathText.stem(of: path)
  }
}

extension TrajectoryFile {
  /// The same file without its decoded trajectory.
  public func withoutTrajectory() -> TrajectoryFile {
    TrajectoryFile(
      displayPath: displayPath, path: path, document: document, trajectory: nil,
      diagnostics: diagnostics)
  }
}

/// The result of loading and validating files.
public struct LoadResult: Sendable {
  public var config: Config?
  public var configDiagnostics: [Diagnostic] = []
  public var configDocument: YAMLDocument?
  /// True when the config itself was checked (not only read for the files' sake).
  public var configChecked = false
  public var files: [TrajectoryFile] = []
  /// The activity files loaded (`Loader.loadActivities`).
  public var activities: [ActivityFile] = []

  public init() {}

  /// Every diagnostic, config first, then trajectory files and activity files in path order.
  public var diagnostics: [Diagnostic] {
    configDiagnostics + files.flatMap(\.diagnostics) + activities.flatMap(\.diagnostics)
  }

  /// The sources of every file with diagnostics, by the path diagnostics name, for excerpts.
  public func sourcesOfFilesWithDiagnostics() -> [String: SourceText] {
    var sources: [String: SourceText] = [:]
    for file in files where !file.diagnostics.isEmpty {
      sources[file.displayPath] = sources[file.displayPath] ?? file.document.source
    }
    for file in activities where !file.diagnostics.isEmpty {
      sources[file.displayPath] = sources[file.displayPath] ?? file.document.source
    }
    if let path = configDiagnostics.first?.file, let config = configDocument {
      sources[path] = config.source
    }
    return sources
  }
}

/// How much of each trajectory a command keeps after loading (whole-workspace commands hold
/// thousands of files).
public enum LoadDetail: Sendable {
  /// The whole decoded trajectory.
  case everything
  /// The facts counts and workspace reports read: the trajectory without its free texts and
  /// without the sessions' place, participants, methods and goal references
  /// (`Trajectory.dropDetails()`). Reports give the same figures from these as from everything
  /// (a test compares).
  case facts
  /// No trajectory at all (`TrajectoryFile.trajectory` is nil): only the diagnostics, which is
  /// all `validate` reports.
  case diagnosticsOnly
  /// What `report --week` reads and nothing else (`Trajectory.weekFacts`): what the index
  /// caches per file (`WorkspaceIndex.WeekFacts`), so that the report sees the same
  /// trajectories whether a file was decoded or its entry taken from the index.
  case week
}

extension LoadDetail {
  /// What validation keeps of each trajectory for this level.
  var kept: TrajectoryDetail {
    switch self {
    case .everything: .everything
    case .facts, .week: .facts
    case .diagnosticsOnly: .nothing
    }
  }
}

/// Loads and validates a workspace's files on all cores.
public enum Loader {
  /// Loads the config of `workspace` (its diagnostics attributed to `display(configPath)`).
  public static func loadConfig(
    _ workspace: Workspace, display: (String) -> String
  ) -> (Config?, YAMLDocument?, [Diagnostic]) {
    let shown = display(workspace.configPath)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(workspace.configPath)
    } catch {
      return (nil, nil, [unreadable(error, shown)])
    }
    let document = YAMLDocument(bytes: bytes)
    let (config, diagnostics) = Validator.validateConfig(document)
    return (config, document, diagnostics.map { $0.inFile(shown) })
  }

  /// Loads and validates `paths` (trajectory files) against `config`, in parallel, and checks
  /// that ids are unique across them. With `erased` (the ledger of erased ids: `paths` are then
  /// the whole workspace), a repeat request's `previous` must name one of them, or an erased id.
  public static func loadTrajectories(
    _ paths: [String], config: Config?, today: LocalDate?, warnings: Bool = true,
    detail: LoadDetail = .everything, activities: ActivityIndex? = nil,
    erased: [String: LocalDate]? = nil,
    display: @Sendable (String) -> String
  ) -> [TrajectoryFile] {
    loadTrajectories(
      paths, config: config, today: today, warnings: warnings, detail: detail,
      activities: activities, consentOf: [], erased: erased, display: display
    ).files
  }

  /// Loads and validates `paths` like `loadTrajectories(_:…)`, checking their `agreements:`
  /// against `activities`, and returns besides the files the consent facts of the trajectories
  /// `consentOf` names (the children the activity files name), and of no other. A file whose
  /// id `erasedFiles` (the ledger of erased ids) names gets the `erased-trajectory` error.
  public static func loadTrajectories(
    _ paths: [String], config: Config?, today: LocalDate?, warnings: Bool = true,
    detail: LoadDetail = .everything, activities: ActivityIndex?, consentOf: Set<String>,
    erased: [String: LocalDate]? = nil, erasedFiles: [String: LocalDate] = [:],
    display: @Sendable (String) -> String
  ) -> (
    files: [TrajectoryFile], consent: [String: TrajectoryIndex.Entry],
    labels: [(id: String, label: String)]
  ) {
    let folders = FileSystem.FolderResolutions()
    // The files in one array and what the checks across files need in another, so that the
    // files are never copied (a copy retains every list of every trajectory).
    var (files, facts) = concurrentUnzip(paths.count) { i in
      let wanted = !consentOf.isEmpty && consentOf.contains(Workspace.id(ofFile: paths[i]))
      let file = loadOne(
        paths[i], config: config, today: today, warnings: warnings,
        keep: wanted && detail == .diagnosticsOnly ? .facts : detail.kept, folders: folders,
        activities: activities, display: display)
      // The id is kept for the check below even when the trajectory is not.
      let id = file.trajectory.map { ($0.id, $0.idSpan) }
      let entry = wanted ? file.trajectory.map(TrajectoryIndex.Entry.init) : nil
      let previous = file.trajectory.flatMap { t in t.previous.map { ($0, t.previousSpan) } }
      return (
        detail == .diagnosticsOnly
          ? file.withoutTrajectory()
          : detail == .week
            ? TrajectoryFile(
              displayPath: file.displayPath, path: file.path, document: file.document,
              trajectory: file.trajectory?.weekFacts, diagnostics: file.diagnostics)
            : file,
        AcrossFiles(
          id: id, previous: previous, entry: entry, label: file.trajectory?.child.label)
      )
    }
    var consent: [String: TrajectoryIndex.Entry] = [:]
    var labels: [(id: String, label: String)] = []
    for fact in facts {
      if let id = fact.id, let entry = fact.entry, !id.0.isEmpty { consent[id.0] = entry }
      if let id = fact.id, let label = fact.label, !id.0.isEmpty, !label.isEmpty {
        labels.append((id.0, label))
      }
    }
    checkAcrossFiles(&files, facts, erased: erased, erasedFiles: erasedFiles)
    return (files, consent, labels)
  }

  /// What the checks across files read of one file: its id and the `previous` of a repeat
  /// request, each with its position, and the consent facts asked for.
  struct AcrossFiles: Sendable {
    var id: (String, Span)?
    var previous: (String, Span)?
    var entry: TrajectoryIndex.Entry? = nil
    /// The child's label, for the activity files' privacy check (`LabelLookup`).
    var label: String? = nil
  }

  /// Adds to `files` a diagnostic where a file's id is that of an earlier one, and, with
  /// `erased` (the ledger of erased ids: the files are then the whole workspace), where its
  /// repeat request's `previous` names neither a trajectory of the workspace nor an erased
  /// one. `loaded[i]` tells file `i`'s id and `previous`.
  static func checkAcrossFiles(
    _ files: inout [TrajectoryFile], _ loaded: [AcrossFiles], erased: [String: LocalDate]?,
    erasedFiles: [String: LocalDate] = [:]
  ) {
    /// Adds `make(range)` to file `i`, the range being `span`'s in its document.
    func add(_ i: Int, _ span: Span, _ make: (SourceRange) -> Diagnostic) {
      // The document may have been dropped (no diagnostics): read it again for the excerpt.
      let document =
        files[i].diagnostics.isEmpty
        ? ((try? FileSystem.read(files[i].path)).map { YAMLDocument(bytes: $0) }
          ?? files[i].document)
        : files[i].document
      let d = make(document.source.range(span.start, span.end)).inFile(files[i].displayPath)
      files[i] = TrajectoryFile(
        displayPath: files[i].displayPath, path: files[i].path, document: document,
        trajectory: files[i].trajectory,
        diagnostics: (files[i].diagnostics + [d]).sortedByLocation())
    }
    // Ids unique across the workspace.
    var byID: [String: Int] = [:]
    for i in files.indices {
      guard let (id, idSpan) = loaded[i].id, !id.isEmpty else { continue }
      if let first = byID[id] {
        add(i, idSpan) {
          SchemaDiagnostics.duplicateID($0, id: id, other: files[first].displayPath)
        }
      } else {
        byID[id] = i
      }
    }
    // The id of an erased child: a copy from before the erasure brought the file back.
    if !erasedFiles.isEmpty {
      for i in files.indices {
        guard let (id, span) = loaded[i].id, let day = erasedFiles[id] else { continue }
        add(i, span) { SchemaDiagnostics.erasedTrajectory($0, id, erasedOn: day) }
      }
    }
    // Ids that differ only in case: one file on macOS and Windows.
    for (i, first) in CaseCollisions.collisions(files.map(\.path)) {
      let other = (id: Workspace.id(ofFile: files[first].path), shown: files[first].displayPath)
      add(i, loaded[i].id?.1 ?? Span(0, 0)) {
        CaseCollisions.diagnostic(Workspace.id(ofFile: files[i].path), other, at: $0)
      }
    }
    // A repeat request names an earlier trajectory of the workspace, or one erased.
    if let erased {
      // Sorted for a suggestion only when one is needed (ten thousand ids otherwise).
      var sortedIDs: [String]? = nil
      func ids() -> [String] {
        if let sortedIDs { return sortedIDs }
        let ids = byID.keys.sorted()
        sortedIDs = ids
        return ids
      }
      for i in files.indices {
        guard let (previous, span) = loaded[i].previous else { continue }
        if let (id, _) = loaded[i].id, previous == id {
          add(i, span) { SchemaDiagnostics.previousIsSelf($0, id) }
        } else if byID[previous] == nil {
          add(i, span) {
            SchemaDiagnostics.unknownPrevious(
              $0, previous, erasedOn: erased[previous],
              suggestion: Suggestions.nearest(previous, in: ids()))
          }
        }
      }
    }
  }

  static func loadOne(
    _ path: String, config: Config?, today: LocalDate?, warnings: Bool = true,
    keep: TrajectoryDetail = .everything, folders: FileSystem.FolderResolutions? = nil,
    activities: ActivityIndex? = nil, display: (String) -> String
  ) -> TrajectoryFile {
    let shown = display(path)
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path, folders: folders)
    } catch {
      return TrajectoryFile(
        displayPath: shown, path: path, document: YAMLDocument(bytes: []), trajectory: nil,
        diagnostics: [unreadable(error, shown)])
    }
    let name = Workspace.id(ofFile: path)
    let (trajectory, diagnostics, parsed) = Validator.validateTrajectory(
      bytes: bytes, fileName: name, config: config, today: today, warnings: warnings,
      keep: keep, activities: activities)
    // The document is kept for excerpts only.
    let document =
      diagnostics.isEmpty ? emptyDocument : parsed ?? YAMLDocument(bytes: bytes)
    return TrajectoryFile(
      displayPath: shown, path: path, document: document,
      trajectory: trajectory, diagnostics: diagnostics.map { $0.inFile(shown) })
  }
}

extension Loader {
  /// A warning for each entry of the trajectory and activity folders that looks like a record
  /// but is not read (`FileSystem.unreadRecordLikeFiles`): it is neither checked nor counted,
  /// and `erase` does not look into it. Before them an error for `trajectories` or
  /// `activities` when it is there but not a folder: then no record in it is read, and the
  /// workspace looked empty and without problems.
  public static func ignoredFiles(
    _ workspace: Workspace, display: (String) -> String
  ) -> [Diagnostic] {
    // The trajectory folders are listed once for both searches for left copies.
    let trajectoryFolders = FileSystem.folders(under: workspace.trajectoriesPath)
    return notFolders(workspace, display: display)
      + recordLikeFiles(workspace, display: display)
      + orphanedCopies(
        in: trajectoryFolders + FileSystem.folders(under: workspace.activitiesPath),
        display: display)
      + editCopies(beside: trajectoryFolders, display: display)
  }

  /// A warning for each private copy of a record in a folder `.amigo-edit-XXXXXX` (beside the
  /// trajectory folders): `amigo edit` removes it when the editor closes, so one is left only
  /// when amigo was killed (or an edit is open now). It holds the child's whole file, out of
  /// sight and git-ignored.
  static func editCopies(beside folders: [String], display: (String) -> String) -> [Diagnostic] {
    var parents: [String] = []
    for folder in folders {
      let parent = (folder as NSString).deletingLastPathComponent
      if !parents.contains(parent) { parents.append(parent) }
    }
    var out: [Diagnostic] = []
    for parent in parents {
      for entry in FileSystem.names(in: parent, startingWith: ".amigo-edit-").sorted() {
        let folder = parent + "/" + entry
        var info = stat()
        guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
        for name in FileSystem.names(in: folder, startingWith: "").sorted()
        where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
          let shown = display(folder + "/" + name)
          let id = String(name.dropLast(".yaml".count))
          out.append(
            Diagnostic(
              severity: .warning, code: "ignored-file",
              message: Bilingual(
                "a private copy of '\(name)' that 'amigo edit' keeps while the editor is open; it is left only when amigo was stopped by force, unless an edit is open now; amigo does not read it, but it holds the child's whole file out of sight",
                "een privékopie van '\(name)' die 'amigo edit' bewaart zolang de editor open is; die blijft alleen achter als amigo geforceerd werd gestopt, tenzij er nu een bewerking open is; amigo leest haar niet, maar ze bevat het hele bestand van het kind, uit het zicht"
              ),
              file: shown,
              help: Bilingual(
                "when no edit is open: take what you still need into the file ('amigo edit \(id)'), then remove the folder: rm -r '\(display(folder))'",
                "als er geen bewerking open is: neem over wat je nog nodig hebt in het bestand ('amigo edit \(id)') en haal de map dan weg: rm -r '\(display(folder))'"
              )))
        }
      }
    }
    return out
  }

  /// A warning for each copy an interrupted creation left in `folders`
  /// (`FileSystem.orphanedCopies`).
  static func orphanedCopies(
    in folders: [String], display: (String) -> String
  ) -> [Diagnostic] {
    folders.flatMap(FileSystem.orphanedCopies(in:))
      .map { path in
        let shown = display(path)
        let name = PathText.name(of: path)
        let end = name.range(of: ".yaml.tmp-")?.lowerBound ?? name.endIndex
        let target = name[name.index(after: name.startIndex)..<end] + ".yaml"
        return Diagnostic(
          severity: .warning, code: "ignored-file",
          message: Bilingual(
            "a copy left by an interrupted write: amigo was stopped while creating '\(target)', which does not exist; amigo does not read the copy, but it may hold a child's data out of sight",
            "een kopie van een onderbroken schrijfactie: amigo werd gestopt terwijl het '\(target)' maakte, dat niet bestaat; amigo leest de kopie niet, maar er kunnen gegevens van een kind in staan, uit het zicht"
          ),
          file: shown,
          help: Bilingual(
            "look into it; take what you still need (run the command again), then remove it: rm '\(shown)'",
            "kijk erin; neem over wat je nog nodig hebt (voer het commando opnieuw uit) en haal het dan weg: rm '\(shown)'"
          ))
      }
  }

  static func notFolders(_ workspace: Workspace, display: (String) -> String) -> [Diagnostic] {
    [
      (
        workspace.trajectoriesPath, Workspace.trajectoriesFolder, Bilingual("trajectory", "traject")
      ),
      (workspace.activitiesPath, Workspace.activitiesFolder, Bilingual("activity", "activiteiten")),
    ].compactMap { path, name, records in
      var info = stat()
      let kind: Bilingual
      if stat(path, &info) == 0 {
        guard info.st_mode & S_IFMT != S_IFDIR else { return nil }
        kind = FileSystem.kind(info.st_mode)
      } else if lstat(path, &info) == 0 {
        // A link that leads nowhere (its folder moved or gone): the workspace looks empty.
        kind = Bilingual(
          "a symbolic link that leads nowhere", "een symbolische koppeling die nergens heen leidt")
      } else {
        return nil
      }
      return Diagnostic(
        code: "unreadable-file",
        message: Bilingual(
          "this is the place of the folder of \(records.en) files, but it is \(kind.en), so no \(records.en) file is read, checked or counted",
          "hier hoort de map met \(records.nl)bestanden, maar het is \(kind.nl), dus er wordt geen \(records.nl)bestand gelezen, gecontroleerd of meegeteld"
        ),
        file: display(path),
        help: Bilingual(
          "move it aside (for example 'mv \(name) \(name).old') and make the folder '\(name)/' in its place, then put the records back in it",
          "zet het opzij (bijvoorbeeld 'mv \(name) \(name).oud') en maak de map '\(name)/' op zijn plaats, en zet de dossiers er weer in"
        ))
    }
  }

  static func recordLikeFiles(
    _ workspace: Workspace, display: (String) -> String
  ) -> [Diagnostic] {
    (FileSystem.unreadRecordLikeFiles(under: workspace.trajectoriesPath)
      + FileSystem.unreadRecordLikeFiles(under: workspace.activitiesPath)).map { path in
        let shown = display(path)
        // A pipe or a device named `….yaml` is passed over for what it is, not for its name.
        var info = stat()
        if path.hasSuffix(".yaml"), lstat(path, &info) == 0,
          case let type = info.st_mode & S_IFMT, type != S_IFREG, type != S_IFLNK
        {
          let kind = FileSystem.kind(info.st_mode)
          return Diagnostic(
            severity: .warning, code: "ignored-file",
            message: Bilingual(
              "amigo does not read this: it is \(kind.en), not a file, so it is neither checked nor counted, and 'amigo erase' does not look into it",
              "amigo leest dit niet: het is \(kind.nl), geen bestand, dus het wordt niet gecontroleerd of meegeteld, en 'amigo erase' kijkt er niet in"
            ),
            file: shown,
            help: Bilingual(
              "remove it, or move it out of the workspace's folders",
              "haal het weg, of haal het uit de mappen van de werkmap"))
        }
        return Diagnostic(
          severity: .warning, code: "ignored-file",
          message: Bilingual(
            "amigo does not read this file: only files ending in '.yaml' are records, so it is neither checked nor counted, and 'amigo erase' does not look into it",
            "amigo leest dit bestand niet: alleen bestanden die op '.yaml' eindigen zijn dossiers, dus het wordt niet gecontroleerd of meegeteld, en 'amigo erase' kijkt er niet in"
          ),
          file: shown,
          help: Bilingual(
            "rename it to its id and '.yaml' (for example with 'git mv'), or move it out of the workspace's folders",
            "geef het de naam van zijn id met '.yaml' (bijvoorbeeld met 'git mv'), of haal het uit de mappen van de werkmap"
          ))
      }
  }
}

/// Stands in for the documents of files without diagnostics./// Stands in for the documents of files without diagnostics.
let emptyDocument = YAMLDocument(bytes: [])

/// A file that could not be read at all.
func unreadable(_ error: FileSystem.ReadError, _ shown: String) -> Diagnostic {
  // A name that is not UTF-8 reaches amigo with U+FFFD in place of its bytes: no file of that
  // name exists, whatever the error says.
  if shown.unicodeScalars.contains("\u{FFFD}") {
    return Diagnostic(
      code: "unreadable-file",
      message: Bilingual(
        "the file name is not valid UTF-8 (shown with \u{FFFD}), so amigo cannot read the file",
        "de bestandsnaam is geen geldige UTF-8 (getoond met \u{FFFD}), dus amigo kan het bestand niet lezen"
      ),
      file: shown,
      help: Bilingual(
        "rename the file to its id and '.yaml' (for example with 'git mv'); a record's name is its id",
        "geef het bestand de naam van zijn id met '.yaml' (bijvoorbeeld met 'git mv'); de naam van een dossier is zijn id"
      ))
  }
  return Diagnostic(
    code: "unreadable-file",
    message: Bilingual(
      "cannot read the file: \(error.why.en)", "het bestand is niet te lezen: \(error.why.nl)"),
    file: shown,
    help: error.isLinkOutOfWorkspace
      ? Bilingual(
        "replace the link by what it leads to (the file, or the folder, moved into the workspace), or remove it",
        "vervang de koppeling door waar ze naar leidt (het bestand, of de map, verplaatst naar de werkmap), of haal haar weg"
      )
      : Bilingual(
        "check that the file exists and that you may read it",
        "controleer of het bestand bestaat en of je het mag lezen"))
}
