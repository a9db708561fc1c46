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
    // Every trajectory id, hashed from the listing's bytes (a hundred thousand in an archive:
    // no string for each).
    let trajectoryPaths = listing.paths
    let ids = activityFiles.isEmpty ? TrajectoryIDs([]) : TrajectoryIDs.of(trajectoryPaths).ids
    var activityPaths = Set(changedActivities)
    var named = Set<String>()
    var read: [String: [UInt8]] = [:]
    for path in changedActivities {
      guard let bytes = try? FileSystem.read(path) else { continue }
      named.formUnion(mentionedIDs(bytes, among: ids))
      read[path] = bytes
    }
    // An unchanged one is checked again when it names a changed trajectory, and, for a
    // trajectory new against HEAD, when its text holds the id (a note naming it is a new
    // warning then). Which children a file names the activity index answers without reading it
    // (`ActivityFileIndex`); the files it cannot vouch for are read, and give the same answer.
    let newIDs = activityFiles.isEmpty ? [] : Self.newIDs(changedTrajectories, git, workspace)
    let unchanged = activityFiles.filter { !activityPaths.contains($0) }
    let (readPaths, reads) = Loader.readActivities(
      unchanged, in: workspace, version: Amigo.version,
      passingOver: { facts in newIDs.isEmpty && changedIDs.isDisjoint(with: facts.named) })
    for (path, file) in zip(readPaths, reads) {
      guard let bytes = file.bytes else { continue }
      let mentioned = mentionedIDs(bytes, among: ids)
      let names = file.activity.map { !changedIDs.isDisjoint(with: $0.namedChildren) } ?? false
      if names || !newIDs.isDisjoint(with: mentioned) {
        activityPaths.insert(path)
        named.formUnion(mentioned)
        read[path] = bytes
      }
    }
    if !activityPaths.isEmpty {
      // The first file of each id named (as the listing orders them).
      let needed = named.compactMap { ids.place(of: $0) }.map { trajectoryPaths[$0] }.sorted()
      let facts = Loader.loadTrajectories(
        needed, config: result.config, today: today, warnings: false, detail: .facts,
        display: display)
      var entries: [String: TrajectoryIndex.Entry] = [:]
      for case let t? in facts.map(\.trajectory) where !t.id.isEmpty {
        entries[t.id] = TrajectoryIndex.Entry(t)
      }
      var index = TrajectoryIndex(
        known: ids, ids: { trajectoryPaths.map(Workspace.id(ofFile:)) }, entries: entries)
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

  /// The ids of the trajectory files of `changed` (paths) that `HEAD` does not hold under the
  /// same name: all of them when there is no commit, or more than a command line takes.
  static func newIDs(_ changed: Set<String>, _ git: Git, _ workspace: Workspace) -> Set<String> {
    let ids = Set(changed.map(Workspace.id(ofFile:)))
    let offset = workspace.root.utf8.count + 1
    let names = changed.map { String(decoding: $0.utf8.dropFirst(offset), as: UTF8.self) }.sorted()
    guard !names.isEmpty, names.count <= 1000,
      let output = try? git.run(
        ["--literal-pathspecs", "ls-tree", "-z", "--name-only", "HEAD", "--"] + names,
        check: false),
      output.status == 0
    else { return ids }
    return ids.subtracting(Git.paths(output).map(Workspace.id(ofFile:)))
  }

  /// The trajectory ids (of `ids`) written in `bytes`: every run of id characters that is one.
  static func mentionedIDs(_ bytes: [UInt8], among ids: TrajectoryIDs) -> Set<String> {
    var out = Set<String>()
    func isIDByte(_ b: UInt8) -> Bool {
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        || b == 0x2D || b == 0x5F || b == 0x2E
    }
    bytes.withUnsafeBufferPointer { u in
      var start = -1
      for i in 0...u.count {
        if i < u.count, isIDByte(u[i]) {
          if start < 0 { start = i }
        } else if start >= 0 {
          if let id = ids.id(matching: UnsafeBufferPointer(rebasing: u[start..<i])) {
            out.insert(id)
          }
          start = -1
        }
      }
    }
    return out
  }
}
