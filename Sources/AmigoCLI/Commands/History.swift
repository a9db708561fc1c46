import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `amigo history CHILD`: the trajectory's story from git, commit by commit, in words.
enum HistoryCommand: Command {
  static let spec = CommandSpec(
    name: "history",
    abstract: "Tell a trajectory's story from git: who changed what, and when.",
    discussion: """
      Lists every commit that changed the child's file, oldest first (--newest-first turns
      that round), following renames: the author's date, the commit, the author, and what
      changed in words, from comparing the file with its version before the commit: 'created
      (referred by teacher)', 'logged child talk 2026-09-15, 20 min', 'rated g1 6 (child)',
      'consent given 2026-09-03', 'started 2026-09-07', 'status active → closing', 'closed:
      completed', 'changed session 2026-09-10 (minutes)'. Merges that only combined both sides
      are left out (the commits on each side are listed); a merge that changed something of
      its own, such as a resolved conflict, is listed with what it changed. Only the heading
      shows the child's label; the lines name dates, kinds, ids and field names, never notes.
      Changes not committed yet are not part of the story: see 'amigo changes'.
      An activity id (a meeting about several children, a group) tells the activity file's
      story the same way: 'created group module (3 participants, 0 meetings)', 'child added to
      group: TVT-2026-0XGM', 'group meeting added 2026-10-06 (60 min, present 2, excused 1)',
      'attendance recorded 2026-10-06: TVT-2026-0XGM absent'.
      """,
    examples: [
      "amigo history K7Q4", "amigo history 'Sam B.' --newest-first", "amigo history G-2026-608B",
    ],
    arguments: [
      ArgumentSpec(
        "child",
        help:
          "The trajectory: its id, a unique id prefix, or the child's label (or the id of a deleted file); or an activity id."
      )
    ],
    options: [
      OptionSpec("newest-first", help: "List the most recent commit first."),
      .dir,
    ])

  static func run(_ args: ParsedArguments, _ env: Environment) throws -> ExitStatus {
    let workspace = try CommonOptions(args, env, command: spec).workspace()
    let language = env.language()
    let name = args.positionals[0]
    var path: String
    // An activity file (a meeting, a group) when no trajectory matches.
    var activity = false
    switch ChildLookup.find(name, in: workspace) {
    case .found(let found): path = found
    case .ambiguous(let candidates):
      guard env.isInteractive else {
        throw WorkspaceContext.ambiguous(name, candidates, language)
      }
      path = try WorkspaceContext.choose(name, candidates, env)
    case .notFound:
      if let found = activityPath(name, in: workspace) {
        path = found
        activity = true
      } else {
        // A deleted file still has a history, under its id.
        guard Identifier.isValid(name) else { throw WorkspaceContext.notFound(name, language) }
        path = workspace.trajectoriesPath + "/" + name + ".yaml"
      }
    }
    let git = env.git(workspace.root)
    func story(_ path: String) throws -> (String, [Git.Commit], [Git.Commit]) {
      let relative = String(path.dropFirst(workspace.root.count + 1))
      return try GitIntegration.checked(env) {
        let prefix = try git.prefix()
        // Before the first commit there is no history at all.
        guard git.isCommit("HEAD") else { return (prefix, [Git.Commit](), [Git.Commit]()) }
        return (prefix, try git.log(following: relative), try git.merges(of: relative))
      }
    }
    var (prefix, commits, merges) = try story(path)
    // A deleted activity file still has a history, under its id.
    if commits.isEmpty, !activity, !FileSystem.exists(path) {
      let deleted = workspace.activitiesPath + "/" + name + ".yaml"
      let (p, c, m) = try story(deleted)
      if !c.isEmpty { (path, activity, prefix, commits, merges) = (deleted, true, p, c, m) }
    }
    let relative = String(path.dropFirst(workspace.root.count + 1))
    let id = Workspace.id(ofFile: path)
    let lines: ([UInt8]?, [UInt8]?) -> [String] =
      activity
      ? { ChangeWords.activityLines(old: $0, new: $1, language) }
      : { ChangeWords.trajectoryLines(old: $0, new: $1, language) }
    guard !commits.isEmpty else {
      if !FileSystem.exists(path) {
        throw CommandError(
          message: language.text(.chNoMatch, name),
          status: .noInput)
      }
      env.stdout.write(language.text(.chNoCommitsYet, id, env.display(path)) + "\n")
      return .success
    }
    let repoPath = prefix + relative

    // Every version needed, in one go: each commit's file and its parent's.
    var names: [String] = []
    for c in commits {
      let change = c.change ?? Git.FileChange(status: "M", oldPath: repoPath, path: repoPath)
      names.append(change.status == "D" ? "" : "\(c.hash):\(change.path)")
      names.append(
        change.status == "A" || c.parents.isEmpty ? "" : "\(c.parents[0]):\(change.oldPath)")
    }
    for m in merges {
      names.append("\(m.hash):\(repoPath)")
      names += m.parents.map { "\($0):\(repoPath)" }
    }
    let wanted = Array(Set(names.filter { !$0.isEmpty }))
    let fetched = try GitIntegration.checked(env) { try git.blobs(wanted) }
    var blob = Dictionary(uniqueKeysWithValues: zip(wanted, fetched))
    // For a merge of two sides: the version both started from, to tell what each side brought
    // (fetched in one go).
    var bases: [String: String] = [:]
    for m in merges where m.parents.count == 2 {
      if let base = try GitIntegration.checked(
        env, { try git.mergeBase(m.parents[0], m.parents[1]) })
      {
        bases[m.hash] = base
      }
    }
    let baseNames = Array(Set(bases.values.map { "\($0):\(repoPath)" }).subtracting(blob.keys))
    let baseBlobs = try GitIntegration.checked(env) { try git.blobs(baseNames) }
    for (name, bytes) in zip(baseNames, baseBlobs) { blob[name] = bytes }
    func content(_ name: String) -> [UInt8]? { name.isEmpty ? nil : blob[name] ?? nil }

    // Newest first, in git's order (children before parents, whatever the clocks said).
    var entries: [(commit: Git.Commit, lines: [String])] = []
    for (i, c) in commits.enumerated() {
      entries.append((c, lines(content(names[2 * i + 1]), content(names[2 * i]))))
    }
    // A merge appears with what differs from every side it joined, by its time; a merge that
    // kept one side's version over the other's changes (a conflict resolved by taking a side)
    // appears with what it undid of the side set aside.
    for m in merges where !commits.contains(where: { $0.hash == m.hash }) {
      let merged = content("\(m.hash):\(repoPath)")
      let sides = m.parents.map { content("\($0):\(repoPath)") }
      var own: [String]?
      if let kept = sides.firstIndex(where: { $0 == merged }), sides.count == 2,
        let base = bases[m.hash]
      {
        let setAside = sides[1 - kept]
        let original = content("\(base):\(repoPath)")
        if setAside != original {
          // What the kept side did itself its own commits tell; only what the set-aside side
          // also did (a value both changed) or what the merge undid is the merge's own.
          let keptOwn = lines(original, merged)
          let setAsideOwn = lines(original, setAside)
          own = lines(setAside, merged).filter { !keptOwn.contains($0) || setAsideOwn.contains($0) }
        }
      } else {
        // A value that differs from both sides' (a conflict resolved to a third value).
        for side in sides {
          let changed = lines(side, merged)
          own = own.map { mine in mine.filter(changed.contains) } ?? changed
        }
        // A value that differs from what merging the sides gives (a closure date one side set
        // and the merge moved, to resolve a conflict): compared with amigo's own merge of the
        // two sides, when that merge has no conflicting field.
        if !activity, sides.count == 2, let base = bases[m.hash], let ours = sides[0],
          let theirs = sides[1],
          let auto = TrajectoryMerge.merge(
            base: content("\(base):\(repoPath)") ?? [], ours: ours, theirs: theirs),
          auto.conflicts.isEmpty
        {
          for line in ChangeWords.trajectoryLines(old: auto.bytes, new: merged, language)
          where !(own ?? []).contains(line) {
            own = (own ?? []) + [line]
          }
        }
      }
      let told = (own ?? []).filter { $0 != language.text(.chNoDataChange) }
      guard !told.isEmpty else { continue }
      let position =
        entries.firstIndex { $0.commit.timestamp <= m.timestamp } ?? entries.count
      entries.insert((m, told.map { language.text(.chMerge, $0) }), at: position)
    }
    if !args.flag("newest-first") { entries.reverse() }

    // The label, only here: from the file now, or the last version git has.
    let latest = FileSystem.exists(path) ? try? FileSystem.read(path) : nil
    var label = ""
    if activity {
      // An activity's type, never the children it names.
      if let bytes = latest ?? content(names[0]) ?? content(names[1]),
        let type = SchemaDecoder.activity(bytes: bytes).type
      {
        label = type.policy.value.label(language.code)
      }
    } else if case .trajectory(let t) = ChangeWords.trajectory(
      latest ?? content(names[0]) ?? content(names[1]))
    {
      label = t.child.label
    }
    let count = entries.count
    var out =
      language.text(
        .chHistoryHeading, id, label.isEmpty ? "" : " (\(SafeText.shown(label)))",
        count == 1 ? language.text(.chCommitCount) : language.text(.chCommitsCount, String(count)),
        language.text(args.flag("newest-first") ? .chNewestFirst : .chOldestFirst)) + "\n"
    for (c, lines) in entries {
      out += "\n\(c.date)  \(c.hash.prefix(7))  \(c.author)\n"
      out += (lines.isEmpty ? [language.text(.chNoContentChange)] : lines).map { "  \($0)\n" }
        .joined()
    }
    env.stdout.write(out)
    return .success
  }
}

extension HistoryCommand {
  /// The activity file `name` names: its id, or a unique id prefix or last part of one.
  static func activityPath(_ name: String, in workspace: Workspace) -> String? {
    let paths = workspace.activityPaths()
    let lower = name.lowercased()
    let exact = paths.filter { Workspace.id(ofFile: $0).lowercased() == lower }
    if exact.count == 1 { return exact[0] }
    let matches = paths.filter { path in
      let id = Workspace.id(ofFile: path).lowercased()
      return id.hasPrefix(lower)
        || (id.split(separator: "-").last.map { $0.hasPrefix(lower) } ?? false)
    }
    return matches.count == 1 ? matches[0] : nil
  }
}
