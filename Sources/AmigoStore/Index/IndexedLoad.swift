import AmigoSchema
import AmigoYAML
import Dispatch
import Foundation

/// Loading through the workspace index: the files the index cannot vouch for, or that the
/// command needs, are read and validated as `Loader.loadTrajectories` does; the others are left
/// unread and stand for themselves by their index summaries.
public struct IndexedFiles: Sendable {
  /// What a load gathers of the files it reads.
  public enum Shape: Sendable {
    /// Every file read as a file (`files`, `readSummaries`), and every entry left unread
    /// (`unread`).
    case files
    /// For a command that shows only the files it reads, as their trajectories (the week
    /// report): `trajectories` holds every trajectory decoded, `files` only the files with
    /// diagnostics or without a trajectory (as `LoadedFacts`); neither `readSummaries` nor
    /// `unread` is gathered. A file is a large value: a large week is thousands of them,
    /// never copied into files this way.
    case facts
  }

  /// The files read, in path order, with diagnostics as `Loader.loadTrajectories` gives them
  /// (duplicate ids included, checked against the unread files too). Shape `.facts`: only
  /// those with diagnostics or without a trajectory.
  public var files: [TrajectoryFile] = []
  /// Shape `.facts`: the trajectories of the files read (flagged or not), in path order.
  public var trajectories: [Trajectory] = []
  /// The files left unread, in path order: each with its path and its index entry's
  /// `standing`; the entry's `summary` (its texts) is decoded when asked for, so that a
  /// command that only counts the archive makes no string of it.
  public var unread: [Unread] = []
  /// The summaries of the files read, in path order.
  public var readSummaries: [(path: String, summary: WorkspaceIndex.Summary)] = []
  /// Every file's summary (read or not), by path: made when asked for (a hundred thousand
  /// entries are not hashed for a command that does not ask).
  public var summaries: [String: WorkspaceIndex.Summary] {
    var all: [String: WorkspaceIndex.Summary] = [:]
    all.reserveCapacity(readSummaries.count + unread.count)
    for (path, summary) in readSummaries { all[path] = summary }
    for u in unread { all[u.path] = u.summary }
    return all
  }
  /// The paths of the files (read or not) whose id is one of `wanted`, in path order, by id:
  /// unread entries are compared by a hash of their id's bytes first, so no string is made of
  /// the others.
  public func paths(withIDs wanted: Set<String>) -> [String: [String]] {
    let hashes = Set(wanted.compactMap(WorkspaceIndex.idHash))
    var out: [String: [String]] = [:]
    for (path, summary) in readSummaries where wanted.contains(summary.id) {
      out[summary.id, default: []].append(path)
    }
    for u in unread {
      guard let h = u.idHash, hashes.contains(h) else { continue }
      let id = u.id
      if wanted.contains(id) { out[id, default: []].append(u.path) }
    }
    return out.mapValues { $0.sorted() }
  }
  /// Every file's id from its summary (read or not; empty ones left out), in path order: without
  /// decoding the unread entries' other texts.
  /// The paths of the files whose id equals one of `wanted` but for case (`CaseCollisions`),
  /// by the id of `wanted`: found by the id hash, which ignores case, without a string per
  /// unread entry.
  public func paths(withIDsDifferingInCase wanted: Set<String>) -> [String: [String]] {
    var byFolded: [String: String] = [:]
    for id in wanted where !id.isEmpty { byFolded[id.uppercased()] = id }
    let hashes = Set(wanted.compactMap(WorkspaceIndex.idHash))
    var out: [String: [String]] = [:]
    func consider(_ id: String, _ path: String) {
      guard let asked = byFolded[id.uppercased()], asked != id else { return }
      out[asked, default: []].append(path)
    }
    for (path, summary) in readSummaries { consider(summary.id, path) }
    for u in unread {
      guard let h = u.idHash, hashes.contains(h) else { continue }
      consider(u.id, u.path)
    }
    return out.mapValues { $0.sorted() }
  }

  /// The children's labels, by id, as a load of every file gives them
  /// (`Loader.loadTrajectories`: each file with an id and a label), of the files (read or not)
  /// whose label `words` may hold, in path order: an unread entry's label is asked as bytes,
  /// and only those that pass are made strings. For the privacy check of activity files
  /// (`LabelLookup`) against every child, from entries that are fresh (their files stat'ed).
  public func labels(mayBeIn words: LabelLookup.Words) -> [(id: String, label: String)] {
    var found: [(path: String, id: String, label: String)] = []
    for (path, summary) in readSummaries where words.mayHold(summary.label) {
      found.append((path, summary.id, summary.label))
    }
    for u in unread {
      switch u.source {
      case .summary(let s):
        if words.mayHold(s.label) { found.append((u.path, s.id, s.label)) }
      case .slot(let table, let slot):
        if table.label(at: slot, passes: words.mayHold), let label = table.label(at: slot) {
          found.append((u.path, table.id(at: slot), label))
        }
      }
    }
    return found.filter { !$0.id.isEmpty && !$0.label.isEmpty }.sorted { $0.path < $1.path }
      .map { (id: $0.id, label: $0.label) }
  }

  public var ids: [(path: String, id: String)] {
    var all = readSummaries.map { (path: $0.path, id: $0.summary.id) }
    all += unread.map { (path: $0.path, id: $0.id) }
    return all.filter { !$0.id.isEmpty }.sorted { $0.path < $1.path }
  }
  /// True when the index was missing, stale or unusable and was made anew.
  public var rebuilt = false
  /// How many trajectory files were read from disk (those left unread by their new summary
  /// included).
  public var readCount = 0

  /// A file left unread, standing for itself by its index entry.
  public struct Unread: Sendable {
    /// The file's path (made from the listing's bytes when asked for: a command that only
    /// counts the archive makes no string of it).
    public var path: String {
      switch place {
      case .path(let p): return p
      case .listed(let listing, let i): return listing[i]
      }
    }
    public var standing: WorkspaceIndex.Standing
    let source: Source
    let place: Place

    enum Source: Sendable {
      indirect case summary(WorkspaceIndex.Summary)
      case slot(WorkspaceIndex.Table, Int)
    }

    enum Place: Sendable {
      case path(String)
      case listed(PathListing, Int)
    }

    init(path: String, summary: WorkspaceIndex.Summary) {
      place = .path(path)
      standing = summary.standing
      source = .summary(summary)
    }

    init(listing: PathListing, at i: Int, table: WorkspaceIndex.Table, slot: Int) {
      place = .listed(listing, i)
      standing = table.slots[slot].standing
      source = .slot(table, slot)
    }

    /// The entry's summary (decoded from the index file's bytes on each call).
    public var summary: WorkspaceIndex.Summary {
      switch source {
      case .summary(let s): return s
      case .slot(let table, let slot): return table.entry(at: slot)?.summary ?? .init()
      }
    }

    /// `WorkspaceIndex.idHash` of the entry's id (nil for none), from its bytes.
    var idHash: UInt64? {
      switch source {
      case .summary(let s): return WorkspaceIndex.idHash(s.id)
      case .slot(let table, let slot): return table.idHash(at: slot)
      }
    }

    /// The entry's id, without its other texts.
    public var id: String {
      switch source {
      case .summary(let s): return s.id
      case .slot(let table, let slot): return table.id(at: slot)
      }
    }
  }
}

/// What `Loader.loadTrajectories(indexed:)` starts from: the trajectory files listed and
/// stat'ed, and the index read (`Loader.listIndexed`): made before the load, a command can run
/// other work meanwhile (`validate --changed` runs git).
public struct IndexedListing: Sendable {
  /// The trajectory files, in the order of the listing.
  public let paths: PathListing
  let stamps: [WorkspaceIndex.Stamp?]
  let old: WorkspaceIndex?
  let key: WorkspaceIndex.Key
  /// The purge mark before the files were listed (`WorkspaceIndex.purgeMark`): an erasure
  /// meanwhile keeps the index this listing leads to from being written.
  let purgeMark: [Int64]
  /// True when the names came from the listing cache (`ListingCache`), not from the folders.
  public var namesFromCache = false
}

extension Loader {
  /// Lists and stats the trajectory files of `workspace` and reads its index, on every core:
  /// the index is read and checked on one thread while the folder is listed and its files
  /// stat'ed on the others. `version`: amigo's, part of the index key.
  public static func listIndexed(_ workspace: Workspace, version: String) -> IndexedListing {
    let purgeMark = WorkspaceIndex.purgeMark(workspace)
    let configBytes = (try? FileSystem.read(workspace.configPath)) ?? []
    let key = WorkspaceIndex.Key(
      amigoVersion: version, configHash: WorkspaceIndex.hash(configBytes))
    let read = IndexRead()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      read.index = WorkspaceIndex.read(workspace, key: key)
    }
    // The names from the listing cache while the folders are as it saw them; a listing made
    // anew is kept for the next command.
    let cachePath = ListingCache.path(in: workspace)
    let listed = FileSystem.stampedListing(
      under: workspace.trajectoriesPath, cache: ListingCache.read(cachePath))
    if let made = listed.made {
      WorkspaceIndex.writeUnlessPurged(
        made.serialized(), named: ListingCache.fileName, in: workspace, since: purgeMark)
    }
    group.wait()
    return IndexedListing(
      paths: listed.paths, stamps: listed.stamps, old: read.index, key: key, purgeMark: purgeMark,
      namesFromCache: listed.fromCache)
  }

  /// The index read on another thread (`listIndexed`), taken once that thread is done.
  private final class IndexRead: @unchecked Sendable {
    var index: WorkspaceIndex?
  }

  /// Loads the trajectory files of `workspace`, leaving unread those whose index entry is fresh
  /// and for which `leaveUnread` says yes (it is asked only about fresh entries; `mustRead`
  /// paths are always read). Updates the
  /// index when anything was read anew. `version`: amigo's, part of the index key.
  /// With `trustClean` (a command that shows no file's warnings, only whether it has errors),
  /// a file read whose fresh entry was checked on `today` without errors
  /// (`Summary.current(on:)`) is decoded without running the rules again: it has no errors.
  /// `listing`: the files listed and the index read beforehand (`listIndexed`); nil: now.
  /// `shape`: what the result holds (`IndexedFiles.Shape`); `.facts` gathers neither the
  /// unread entries (most of a large archive) nor the files without anything to say.
  public static func loadTrajectories(
    indexed workspace: Workspace, version: String, config: Config?, today: LocalDate?,
    warnings: Bool = true, detail: LoadDetail = .everything, mustRead: Set<String> = [],
    trustClean: Bool = false, listing: IndexedListing? = nil,
    leaveUnread: @Sendable (WorkspaceIndex.Standing) -> Bool,
    shape: IndexedFiles.Shape = .files, display: @Sendable (String) -> String
  ) -> IndexedFiles {
    let keepUnread = shape == .files
    let listed = listing ?? listIndexed(workspace, version: version)
    let paths = listed.paths
    let key = listed.key
    let old = listed.old
    // Read from disk, an index is a table: its entries stay bytes until one is needed.
    let table = old?.table
    var result = IndexedFiles()
    result.rebuilt = old == nil
    let base = workspace.root + "/"
    let offset = base.utf8.count
    // Every path lies in the trajectory folder, so under the root.
    let underRoot = (workspace.trajectoriesPath + "/").hasPrefix(base)
    func name(_ i: Int) -> String {
      underRoot ? String(paths[i].utf8.dropFirst(offset))! : paths[i]
    }
    let stamps = listed.stamps
    // The files that must be read, by their place in the listing (by `String`'s equality, as
    // a set of strings compares them, when a name is not ASCII).
    let must =
      mustRead.isEmpty
      ? []
      : paths.byteOrdered
        ? Set(mustRead.compactMap { paths.index(of: $0) })
        : Set(paths.indices.filter { mustRead.contains(paths[$0]) })

    // Which files to read. `slots[i]`: the fresh entry of file i in the old table (-1: none).
    let slots =
      table.map { t in
        underRoot
          ? t.freshSlots(paths, from: offset, stamps, isRacy: { old!.isRacy($0) })
          : [Int](repeating: -1, count: paths.count)
      } ?? [Int](repeating: -1, count: paths.count)
    var read: [Int] = []
    // The files whose fresh entry was checked today without errors (`trustClean`).
    var trustable: [Int] = []
    let standings = table?.slots
    for i in paths.indices {
      let slot = slots[i]
      if slot >= 0 {
        if !must.contains(i) {
          let standing = standings![slot].standing
          if leaveUnread(standing) { continue }
          if trustClean, let today, standing.current(on: today) { trustable.append(i) }
        }
      }
      read.append(i)
    }
    // The week report's inputs of a file trusted today, taken from its entry
    // (`WeekFacts`, decoded on every core): such a file is neither read nor decoded, and its
    // entry stays as it was. One whose inputs do not decode is read. They are entered in the
    // result at the end, each moved once (a file is a large value: thousands of them in lists
    // cost copies and page faults), and stand for themselves as an unread file does.
    // `cached`: (file number, place in `cachedFacts`), in file order.
    var cached: [(i: Int, k: Int)] = []
    var cachedFacts: [Trajectory?] = []
    if detail == .week, let table, !trustable.isEmpty {
      let candidates = trustable.filter { table.slots[slots[$0]].weekLength > 0 }
      cachedFacts = concurrentMap(candidates.count) { k -> Trajectory? in
        table.weekFacts(at: slots[candidates[k]])
      }
      for (k, i) in candidates.enumerated() where cachedFacts[k] != nil { cached.append((i, k)) }
    }
    // Whether file i is one of them, by file number (asked below, and walked in order at the
    // end).
    var isCached = [Bool]()
    if !cached.isEmpty {
      isCached = [Bool](repeating: false, count: paths.count)
      for (i, _) in cached { isCached[i] = true }
    }
    // The summaries of the files trusted today, decoded from the entries on every core: a file
    // read keeps its entry's; one cached needs it only in a result of files. Sparse (by file
    // number): a hundred thousand empty slots cost page faults.
    var trusted: [Int: WorkspaceIndex.Summary] = [:]
    if let table, !trustable.isEmpty {
      var asked = trustable
      if shape == .facts, !cached.isEmpty { asked = trustable.filter { !isCached[$0] } }
      let summaries = concurrentMap(asked.count) { [asked] k in
        table.entry(at: slots[asked[k]])?.summary
      }
      trusted.reserveCapacity(asked.count)
      for (k, i) in asked.enumerated() {
        if let summary = summaries[k] { trusted[i] = summary }
      }
      // A file whose entry gives no summary is read (a result of files shows each one's).
      if shape == .files {
        cached = cached.filter { c in
          if trusted[c.i] != nil { return true }
          isCached[c.i] = false
          return false
        }
      }
    }
    if !cached.isEmpty { read = read.filter { !isCached[$0] } }
    // The entries the old index vouched for (a file read again with the same entry, because
    // it was racy, makes the index be written anew: no longer racy then).
    let vouched = slots
    let oldCount = old?.count
    // Read in slices, so that a first run (no index) keeps no more than a slice of decoded
    // files at once: a file the command may leave unread by its new summary is dropped as soon
    // as it is summarised, as if its entry had been fresh. `written` holds the new entries.
    var written: [Int: WorkspaceIndex.Entry] = [:]
    written.reserveCapacity(read.count)
    // Left unread by its new summary (read this run).
    var summarised: [Int: WorkspaceIndex.Summary] = [:]
    summarised.reserveCapacity(read.count)
    // Read with the summary of their fresh entry (`trusted`): their new entry differs from the
    // old one at most in the week report's inputs, compared as bytes (no decoding).
    var sameSummary = Set<Int>()
    // The week report's inputs of a new entry: those made now, or, for a file not changed since
    // its entry (fresh: the same bytes) read by a command that makes none, the entry's own.
    func week(_ file: IndexedFile, _ slot: Int) -> [UInt8] {
      if !file.week.isEmpty || slot < 0 || detail == .week { return file.week }
      return table!.week(at: slot)
    }
    var loaded: [IndexedFile] = []
    var kept: [Int] = []
    let slice = 2048
    var from = 0
    while from < read.count {
      let part = Array(read[from..<min(from + slice, read.count)])
      from += part.count
      let files = loadForIndex(
        part.map { paths[$0] }, config, today, warnings, detail, display,
        trusted: part.map { trusted[$0] },
        mayLeave: part.map { stamps[$0] != nil && !must.contains($0) },
        leaveUnread: leaveUnread)
      result.readCount += part.count
      for (k, i) in part.enumerated() {
        if let stamp = stamps[i] {
          written[i] = WorkspaceIndex.Entry(
            name: name(i), stamp: stamp, summary: files[k].summary,
            week: week(files[k], vouched[i]))
          if files[k].trusted { sameSummary.insert(i) }
        }
        if files[k].leftUnread {
          summarised[i] = files[k].summary
          continue
        }
        kept.append(i)
        loaded.append(files[k])
      }
    }
    read = kept
    // Ids unique across every file: an unread file that repeats an earlier id is read after
    // all, so that it shows its error. First by a hash of each id's bytes (no string for an
    // unread entry); only ids whose hash repeats are compared as strings.
    var loadedAt = Dictionary(uniqueKeysWithValues: read.enumerated().map { ($1, $0) })
    // Which files were read or summarised this run, by file number: most were neither (a
    // warm run), and are asked by their slot without a dictionary lookup.
    var readNow = [Bool](repeating: false, count: paths.count)
    for i in read { readNow[i] = true }
    for i in summarised.keys { readNow[i] = true }
    func idHash(_ i: Int) -> UInt64? {
      if !readNow[i] { return slots[i] >= 0 ? table!.idHash(at: slots[i]) : nil }
      if let k = loadedAt[i] { return WorkspaceIndex.idHash(loaded[k].summary.id) }
      if let s = summarised[i] { return WorkspaceIndex.idHash(s.id) }
      return slots[i] >= 0 ? table!.idHash(at: slots[i]) : nil
    }
    func id(_ i: Int) -> String {
      if !readNow[i] { return slots[i] >= 0 ? table!.id(at: slots[i]) : "" }
      if let k = loadedAt[i] { return loaded[k].summary.id }
      if let s = summarised[i] { return s.id }
      return slots[i] >= 0 ? table!.id(at: slots[i]) : ""
    }
    // The unread files' hashes from their entries' bytes, on every core (a hundred thousand
    // in a large archive), in parts; those read or summarised now from their new summaries.
    var hashes: [UInt64?]
    if let table {
      let unread = readNow.map { !$0 }
      hashes = concurrentMap(paths.count, inPartsOf: 4096) { r in
        r.map { i in unread[i] && slots[i] >= 0 ? table.idHash(at: slots[i]) : nil }
      }
    } else {
      hashes = [UInt64?](repeating: nil, count: paths.count)
    }
    for i in paths.indices where readNow[i] { hashes[i] = idHash(i) }
    // The hashes that repeat: only their files' ids are compared as strings.
    let repeated = repeatedValues(hashes.compactMap { $0 })
    var firstByID: [String: Int] = [:]
    var again: [Int] = []
    for i in paths.indices where !repeated.isEmpty {
      guard let h = hashes[i], repeated.contains(h) else { continue }
      let value = id(i)
      if firstByID[value] == nil {
        firstByID[value] = i
      } else if loadedAt[i] == nil {
        again.append(i)
      }
    }
    if !again.isEmpty {
      let more = loadForIndex(again.map { paths[$0] }, config, today, warnings, detail, display)
      result.readCount += again.count
      for (k, i) in again.enumerated() {
        if let stamp = stamps[i] {
          written[i] = WorkspaceIndex.Entry(
            name: name(i), stamp: stamp, summary: more[k].summary, week: week(more[k], vouched[i]))
        }
        summarised[i] = nil
        readNow[i] = true
        loadedAt[i] = loaded.count
        loaded.append(more[k])
        read.append(i)
      }
      read.sort()
    }
    // Duplicate-id diagnostics, as `loadTrajectories` gives them.
    for i in read {
      let k = loadedAt[i]!
      let value = loaded[k].summary.id
      guard !value.isEmpty, let first = firstByID[value], first != i,
        let trajectory = loaded[k].file.trajectory ?? loaded[k].decodedForID
      else { continue }
      var file = loaded[k].file
      let document =
        file.diagnostics.isEmpty
        ? ((try? FileSystem.read(file.path)).map { YAMLDocument(bytes: $0) } ?? file.document)
        : file.document
      let d = SchemaDiagnostics.duplicateID(
        document.source.range(trajectory.idSpan.start, trajectory.idSpan.end), id: value,
        other: display(paths[first])
      ).inFile(file.displayPath)
      file = TrajectoryFile(
        displayPath: file.displayPath, path: file.path, document: document,
        trajectory: file.trajectory, diagnostics: (file.diagnostics + [d]).sortedByLocation())
      loaded[k].file = file
    }

    // The new index: the fresh entries kept (copied as bytes), the files read entered with
    // their stamps; made and written only when it differs from the old one.
    var changed = oldCount == nil
    if keepUnread { result.unread.reserveCapacity(paths.count - read.count) }
    if shape == .facts { result.trajectories.reserveCapacity(read.count + cached.count) }
    var nextCached = 0
    for i in paths.indices {
      if !isCached.isEmpty, isCached[i] {
        // Its entry gave its inputs (unless its id repeats an earlier file's: read then).
        let k = cached[nextCached].k
        nextCached += 1
        if loadedAt[i] == nil {
          var facts: Trajectory? = nil
          swap(&facts, &cachedFacts[k])
          switch shape {
          case .facts: result.trajectories.append(facts!)
          case .files:
            result.files.append(
              TrajectoryFile(
                displayPath: display(paths[i]), path: paths[i], document: emptyDocument,
                trajectory: facts, diagnostics: []))
            result.readSummaries.append((paths[i], trusted[i]!))
          }
          continue
        }
      }
      if !readNow[i] {
        // Neither read nor summarised: its fresh entry stands for it, copied as it was.
        if slots[i] >= 0 {
          if keepUnread {
            result.unread.append(.init(listing: paths, at: i, table: table!, slot: slots[i]))
          }
        } else {
          changed = true
        }
        continue
      }
      if let k = loadedAt[i] {
        switch shape {
        case .files:
          result.files.append(loaded[k].file)
          result.readSummaries.append((paths[i], loaded[k].summary))
        case .facts:
          let file = loaded[k].file
          if let t = file.trajectory { result.trajectories.append(t) }
          if file.trajectory == nil || !file.diagnostics.isEmpty { result.files.append(file) }
        }
      } else if let s = summarised[i] {
        if keepUnread { result.unread.append(.init(path: paths[i], summary: s)) }
      } else if slots[i] >= 0 {
        if keepUnread {
          result.unread.append(.init(listing: paths, at: i, table: table!, slot: slots[i]))
        }
      }
      if changed { continue }
      if let entry = written[i] {
        if vouched[i] < 0 {
          changed = true
        } else if sameSummary.contains(i) {
          if !table!.hasWeek(entry.week, at: vouched[i]) { changed = true }
        } else if table!.entry(at: vouched[i]) != entry {
          changed = true
        }
      } else if slots[i] < 0 {
        changed = true  // read, but not stat'ed: left out of the index
      }
    }
    if let oldCount, oldCount != paths.count { changed = true }
    if changed {
      var records: [WorkspaceIndex.Record] = []
      records.reserveCapacity(paths.count)
      for i in paths.indices {
        if let entry = written[i] {
          records.append(.entry(entry))
        } else if slots[i] >= 0 {
          records.append(.copy(table!, slots[i]))
        }
      }
      // Not when an erasure purged the index since the files were listed: the entries read
      // before it would bring the erased child back (the next command makes it anew).
      WorkspaceIndex.writeUnlessPurged(
        WorkspaceIndex.serialized(key, records), named: WorkspaceIndex.fileName, in: workspace,
        since: listed.purgeMark)
    }
    return result
  }

  /// One file read for the index: as `Loader.loadOne` gives it, and its summary.
  struct IndexedFile: Sendable {
    var file: TrajectoryFile
    var summary: WorkspaceIndex.Summary
    /// The decoded trajectory when `file` keeps none (`.diagnosticsOnly`): for the id's span.
    /// Held in a list of at most one: a trajectory inline would double the size of every
    /// file read (the loader moves thousands of them through several arrays).
    var decodedForID: Trajectory? {
      get { decodedForIDBox.first }
      set { decodedForIDBox = newValue.map { [$0] } ?? [] }
    }
    private var decodedForIDBox: [Trajectory] = []

    init(file: TrajectoryFile, summary: WorkspaceIndex.Summary, decodedForID: Trajectory? = nil) {
      self.file = file
      self.summary = summary
      self.decodedForID = decodedForID
    }
    /// Left unread by its new summary (`leaveUnread`): `file` keeps neither trajectory nor
    /// document, so that they are freed on the decoding cores.
    var leftUnread = false
    /// Read as trusted: its summary is its fresh entry's (`trusted`), not made anew.
    var trusted = false
    /// The week report's inputs (`WeekFacts`), made when the command asked for `.week` and the
    /// file had no errors; empty otherwise.
    var week: [UInt8] = []
  }

  /// `trusted`: per path, the summary of a fresh entry checked today without errors, for a
  /// file that may be decoded without its rules (nil: validate it). `mayLeave`: per path,
  /// whether the file may be left unread when `leaveUnread` says so of its new summary (it
  /// then comes back `leftUnread`, holding nothing but its summary).
  static func loadForIndex(
    _ paths: [String], _ config: Config?, _ today: LocalDate?, _ warnings: Bool,
    _ detail: LoadDetail, _ display: @Sendable (String) -> String,
    trusted: [WorkspaceIndex.Summary?] = [], mayLeave: [Bool] = [],
    leaveUnread: @Sendable (WorkspaceIndex.Standing) -> Bool = { _ in false }
  ) -> [IndexedFile] {
    let folders = FileSystem.FolderResolutions()
    return concurrentMap(paths.count) { i in
      let path = paths[i]
      let shown = display(path)
      let bytes: [UInt8]
      switch Result(catching: { () throws(FileSystem.ReadError) in
        try FileSystem.read(path, folders: folders)
      }) {
      case .success(let b): bytes = b
      case .failure(let error):
        return IndexedFile(
          file: TrajectoryFile(
            displayPath: shown, path: path, document: YAMLDocument(bytes: []), trajectory: nil,
            diagnostics: [unreadable(error, shown)]),
          summary: WorkspaceIndex.Summary(nil, bytes: [], hasErrors: true, checkedOn: today))
      }
      if i < trusted.count, let summary = trusted[i],
        case (var trajectory, _)? = FastDecoder.decode(
          bytes, freeText: detail == .everything, descriptions: detail == .everything)
      {
        if detail == .facts { trajectory.dropDetails() }
        var week: [UInt8] = []
        if detail == .week {
          trajectory = trajectory.weekFacts
          week = WorkspaceIndex.WeekFacts.encode(trajectory) ?? []
        }
        var file = IndexedFile(
          file: TrajectoryFile(
            displayPath: shown, path: path, document: emptyDocument,
            trajectory: detail == .diagnosticsOnly ? nil : trajectory, diagnostics: []),
          summary: summary, decodedForID: detail == .diagnosticsOnly ? trajectory : nil)
        file.trusted = true
        file.week = week
        return file
      }
      // The summary needs the facts even when the command keeps nothing; the details are
      // dropped below, only from a trajectory that is kept (`.nothing` and then
      // `dropDetails()` is `.facts`).
      let keep: TrajectoryDetail = detail == .everything ? .everything : .nothing
      // An entry's `clean` must not depend on the command that made it: every rule that can
      // give an error runs, whatever `warnings` says (`Validator.skips`); a command that asks
      // for no warnings skips the rules that only warn, and the free text only they read.
      var (trajectory, all, parsed) = Validator.validateTrajectory(
        bytes: bytes, fileName: Workspace.id(ofFile: path), config: config, today: today,
        warnings: warnings, keep: keep)
      let summary = WorkspaceIndex.Summary(
        trajectory, bytes: bytes, hasErrors: all.contains { $0.severity == .error },
        checkedOn: today)
      if i < mayLeave.count, mayLeave[i], leaveUnread(summary.standing) {
        var left = IndexedFile(
          file: TrajectoryFile(
            displayPath: shown, path: path, document: emptyDocument, trajectory: nil,
            diagnostics: []),
          summary: summary)
        left.leftUnread = true
        return left
      }
      if detail == .facts { trajectory?.dropDetails() }
      var week: [UInt8] = []
      if detail == .week, let t = trajectory {
        trajectory = t.weekFacts
        if summary.clean { week = WorkspaceIndex.WeekFacts.encode(trajectory!) ?? [] }
      }
      let diagnostics = warnings ? all : all.filter { $0.severity == .error }
      let document = diagnostics.isEmpty ? emptyDocument : parsed ?? YAMLDocument(bytes: bytes)
      let file = TrajectoryFile(
        displayPath: shown, path: path, document: document,
        trajectory: detail == .diagnosticsOnly ? nil : trajectory,
        diagnostics: diagnostics.map { $0.inFile(shown) })
      var indexed = IndexedFile(
        file: file, summary: summary,
        decodedForID: detail == .diagnosticsOnly ? trajectory : nil)
      indexed.week = week
      return indexed
    }
  }
}

extension TrajectoryFile {
  /// The same file with one more diagnostic (a check across files), and `document` for its
  /// excerpt.
  public func adding(_ d: Diagnostic, document: YAMLDocument) -> TrajectoryFile {
    TrajectoryFile(
      displayPath: displayPath, path: path, document: document, trajectory: trajectory,
      diagnostics: (diagnostics + [d]).sortedByLocation())
  }
}
