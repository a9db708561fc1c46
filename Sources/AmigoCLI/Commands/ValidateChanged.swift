import AmigoSchema
import AmigoStore
import Foundation

/// `amigo validate --changed` (issue 32): checks the files changed against git's `HEAD`, and
/// the untracked ones, as a worker would before committing; the others answer the cross-file
/// checks from the workspace index (duplicate ids, the trajectories activity files name,
/// a repeat request's `previous`) without being read. A changed `amigo.yaml` checks
/// everything, as `amigo validate` does.
enum ValidateChanged {
  static func load(
    _ arguments: ParsedArguments, _ options: CommonOptions
  ) throws -> LoadResult {
    let env = options.env
    let today = options.today
    let workspace = try options.workspace()
    let git = env.git(workspace.root)
    // The files changed against HEAD and the untracked ones, found while amigo lists and stats
    // the trajectory files and reads its index (`changes`).
    let changed = try GitIntegration.checked(env) { () throws -> Changes in
      try ValidateChanged.changes(git, workspace)
    }
    let names = changed.names
    let listing = changed.listing
    if names.contains(Workspace.configName) {
      // The config decides every file's checks: all of them again.
      return try ValidateCommand.load(arguments, options, changed: false)
    }
    // A trajectory file deleted (or renamed to another id): any file may name it, an activity
    // as a child it discussed, a repeat request as its `previous`, so all of them again, as
    // for the config. A file moved to another folder under its own name is no deletion.
    let removed = Set(
      names.filter {
        $0.hasPrefix(Workspace.trajectoriesFolder + "/") && $0.hasSuffix(".yaml")
          && !FileSystem.exists(workspace.root + "/" + $0)
      }.map(Workspace.id(ofFile:)))
    if !removed.isEmpty {
      var gone = removed
      for path in listing.paths where !gone.isEmpty { gone.remove(Workspace.id(ofFile: path)) }
      if !gone.isEmpty { return try ValidateCommand.load(arguments, options, changed: false) }
    }
    // So for an activity file deleted: a trajectory's `agreements:` may refer to it.
    let removedActivities = Set(
      names.filter {
        $0.hasPrefix(Workspace.activitiesFolder + "/") && $0.hasSuffix(".yaml")
          && !FileSystem.exists(workspace.root + "/" + $0)
      }.map(Workspace.id(ofFile:)))
    if !removedActivities.isEmpty,
      !removedActivities.isSubset(of: Set(workspace.activityPaths().map(Workspace.id(ofFile:))))
    {
      return try ValidateCommand.load(arguments, options, changed: false)
    }
    var result = LoadResult()
    // As `Validate.load`: named as they are, shown with symbols by the text renderer.
    let display: @Sendable (String) -> String = { [env] in env.relative($0) }
    (result.config, result.configDocument, _) = Loader.loadConfig(workspace, display: display)
    func under(_ folder: String) -> [String] {
      names.filter {
        $0.hasPrefix(folder + "/") && $0.hasSuffix(".yaml")
          && !($0 as NSString).lastPathComponent.hasPrefix(".")
      }.map { workspace.root + "/" + $0 }.filter { FileSystem.exists($0) }.sorted()
    }
    let changedTrajectories = Set(under(Workspace.trajectoriesFolder))
    let changedActivities = under(Workspace.activitiesFolder)

    // Every trajectory through the index: the changed ones read, the others from their
    // entries (read only when the index cannot vouch for them).
    let loaded = Loader.loadTrajectories(
      indexed: workspace, version: Amigo.version, config: result.config, today: today,
      detail: .facts, mustRead: changedTrajectories, listing: listing,
      leaveUnread: { _ in true },
      display: display)
    var files = loaded.files.filter { changedTrajectories.contains($0.path) }
    // A changed file whose id a later, unchanged file repeats: the duplicate is named on the
    // changed file too (a full validate names it on the later one).
    // Only the ids the changed files hold or name as `previous` are looked up: by a hash of
    // each entry's id bytes, without a string per unchanged file.
    var wanted = Set<String>()
    for file in files {
      guard let t = file.trajectory else { continue }
      wanted.insert(t.id)
      if let previous = t.previous { wanted.insert(previous) }
    }
    wanted.remove("")
    let pathsByID = loaded.paths(withIDs: wanted)
    for i in files.indices {
      guard let t = files[i].trajectory, !t.id.isEmpty,
        !files[i].diagnostics.contains(where: { $0.code == "duplicate-id" }),
        let other = pathsByID[t.id]?.filter({ $0 != files[i].path }).sorted().first
      else { continue }
      files[i] = files[i].addingDuplicateID(other: display(other))
    }

    // A changed file's repeat request (`previous:`) names a trajectory of the workspace (any
    // file's id, from the index) or an erased one, as a full validate checks.
    let erased = ErasedLedger.read(workspace)
    let found = Set(pathsByID.keys)
    var every: Set<String>?  // every id, for the suggestion of an unknown one
    for i in files.indices {
      var known = found
      if let t = files[i].trajectory, let previous = t.previous, previous != t.id,
        !found.contains(previous)
      {
        if every == nil { every = Set(loaded.ids.map(\.id)) }
        known = every!
      }
      files[i] = files[i].addingPreviousCheck(known: known, erased: erased)
        .addingErasedCheck(erased)
    }

    // Activity files: the changed ones, and those that name a changed trajectory (its consent
    // may have changed), checked against the trajectories they name.
    // With no changed trajectory nor activity file there is none to check.
    let changedIDs = Set(changedTrajectories.map(Workspace.id(ofFile:)))
    let activityFiles =
      changedIDs.isEmpty && changedActivities.isEmpty ? [] : workspace.activityPaths()
    let trajectoryPaths = activityFiles.isEmpty ? [] : workspace.trajectoryPaths()
    let ids = Set(trajectoryPaths.map(Workspace.id(ofFile:)))
    var activityPaths = Set(changedActivities)
    var named = Set<String>()
    var read: [String: [UInt8]] = [:]
    for path in activityFiles {
      guard let bytes = try? FileSystem.read(path) else {
        if changedActivities.contains(path) { activityPaths.insert(path) }
        continue
      }
      let mentioned = mentionedIDs(bytes, among: ids)
      if activityPaths.contains(path) || !mentioned.isDisjoint(with: changedIDs) {
        activityPaths.insert(path)
        named.formUnion(mentioned)
        read[path] = bytes
      }
    }
    if !activityPaths.isEmpty {
      let byID = Dictionary(
        trajectoryPaths.map { (Workspace.id(ofFile: $0), $0) },
        uniquingKeysWith: { a, _ in a })
      let needed = named.compactMap { byID[$0] }.sorted()
      let facts = Loader.loadTrajectories(
        needed, config: result.config, today: today, warnings: false, detail: .facts,
        display: display)
      var index = TrajectoryIndex(
        ids: Array(ids), trajectories: facts.compactMap(\.trajectory))
      // Every child's label, as `validate` looks for them: from the load above, whose index
      // entries are fresh (every file stat'ed) or whose files were read; only the labels whose
      // first word the checked files hold are made strings and looked for.
      let checked = activityPaths.sorted()
      let words = LabelLookup.Words(checked.compactMap { read[$0] })
      index.labels = LabelLookup(loaded.labels(mayBeIn: words))
      result.activities = Loader.loadActivities(
        checked, bytes: checked.map { read[$0] }, config: result.config, index: index,
        today: today, display: display)
    }
    // Ids that differ only in case from another file's (one file on macOS and Windows): the
    // trajectories' from the index (its id hash ignores case), the activities' from their folder.
    let changedFileIDs = Set(
      (changedTrajectories.sorted() + changedActivities).map(Workspace.id(ofFile:)))
    if !changedFileIDs.isEmpty {
      let byIndex = loaded.paths(withIDsDifferingInCase: changedFileIDs)
      let activityNames = (activityFiles.isEmpty ? workspace.activityPaths() : activityFiles)
      var folded: [String: [String]] = [:]
      for path in activityNames {
        folded[Workspace.id(ofFile: path).uppercased(), default: []].append(path)
      }
      func other(_ path: String) -> (id: String, shown: String)? {
        let id = Workspace.id(ofFile: path)
        let candidates =
          (byIndex[id] ?? [])
          + (folded[id.uppercased()] ?? []).filter {
            Workspace.id(ofFile: $0) != id
          }
        return candidates.filter { $0 != path }.sorted().first.map {
          (Workspace.id(ofFile: $0), display($0))
        }
      }
      for i in files.indices
      where !files[i].diagnostics.contains(where: { $0.code == "duplicate-id" }) {
        if let o = other(files[i].path) { files[i] = CaseCollisions.adding(to: files[i], other: o) }
      }
      for i in result.activities.indices
      where changedActivities.contains(result.activities[i].path)
        && !result.activities[i].diagnostics.contains(where: { $0.code == "duplicate-id" })
      {
        let path = result.activities[i].path
        let id = Workspace.id(ofFile: path)
        // An activity file of the same name in another folder: one activity counted twice.
        if let same = (folded[id.uppercased()] ?? []).filter({
          $0 != path && Workspace.id(ofFile: $0) == id
        }).sorted().first {
          result.activities[i] = CaseCollisions.adding(
            sameName: result.activities[i], other: display(same))
        } else if let o = other(path) {
          result.activities[i] = CaseCollisions.adding(to: result.activities[i], other: o)
        }
      }
    }
    result.files = files.map { $0.withoutTrajectory() }
    return result
  }

  /// The trajectory ids (of `ids`) written in `bytes`: every run of id characters that is one.
  static func mentionedIDs(_ bytes: [UInt8], among ids: Set<String>) -> Set<String> {
    var out = Set<String>()
    var start = -1
    func isIDByte(_ b: UInt8) -> Bool {
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        || b == 0x2D || b == 0x5F || b == 0x2E
    }
    for i in 0...bytes.count {
      if i < bytes.count, isIDByte(bytes[i]) {
        if start < 0 { start = i }
      } else if start >= 0 {
        let word = String(decoding: bytes[start..<i], as: UTF8.self)
        if ids.contains(word) { out.insert(word) }
        start = -1
      }
    }
    return out
  }
}
