import AmigoSchema

/// A whole workspace's trajectories as reports count them, held in as little memory as they
/// allow: one array of the decoded trajectories (facts only, `LoadDetail.facts`) and the few
/// files with something to say. A `TrajectoryFile` per clean file would hold a second copy of
/// every trajectory's 660-byte value beside the array the report takes them into.
public struct LoadedFacts: Sendable {
  /// Every trajectory that could be decoded, in path order; files with errors other than
  /// YAML or structural ones (an unknown worker) are decoded and here too.
  public var trajectories: [Trajectory]
  /// In path order, the files with diagnostics or without a trajectory (with the trajectory,
  /// where there is one), exactly as `Loader.loadTrajectories(…, detail: .facts, …)` gives
  /// them; the files without diagnostics are left out.
  public var flagged: [TrajectoryFile]
}

extension Loader {
  /// Loads and validates `paths` like `loadTrajectories(_:config:today:warnings:detail:…)` with
  /// `detail: .facts` (ids checked unique across them), keeping each clean file as its
  /// trajectory alone (`LoadedFacts`).
  /// `trim` drops from each decoded trajectory, on the cores that decode it, what the caller
  /// does not read (`PeriodReport.dropUnread`); the files flagged keep theirs whole.
  public static func loadFacts(
    _ paths: [String], config: Config?, today: LocalDate?, warnings: Bool = true,
    trim: @Sendable (inout Trajectory) -> Void = { _ in },
    display: @Sendable (String) -> String
  ) -> LoadedFacts {
    let folders = FileSystem.FolderResolutions()
    // The trajectories in one array, made in place by the parallel part; a file with
    // something to say in a list of one beside it (a list is one pointer, a file 776 bytes).
    let (decoded, others) = concurrentUnzip(paths.count) { i -> (Trajectory, Other) in
      let file = loadOne(
        paths[i], config: config, today: today, warnings: warnings, keep: .facts,
        folders: folders, display: display)
      let id = file.trajectory.map { ($0.id, $0.idSpan) }
      let across = AcrossFiles(id: id, previous: nil)
      guard var trajectory = file.trajectory else {
        return (Trajectory(), Other(file: [file], across: across))
      }
      trim(&trajectory)
      return (trajectory, Other(file: file.diagnostics.isEmpty ? [] : [file], across: across))
    }
    var flagged: [Int: TrajectoryFile] = [:]
    for i in others.indices {
      if let file = others[i].file.first { flagged[i] = file }
    }
    // Ids unique across the files: the files that share an id are checked as
    // `loadTrajectories` checks them, a clean one made a file again for its diagnostic.
    var byID: [String: Int] = [:]
    var involved = Set<Int>()
    for i in others.indices {
      guard let (id, _) = others[i].across.id, !id.isEmpty else { continue }
      if let first = byID[id] {
        involved.insert(first)
        involved.insert(i)
      } else {
        byID[id] = i
      }
    }
    if !involved.isEmpty {
      // A clean file's trajectory as decoded, for the file made again (read again: the
      // array's is trimmed).
      func untrimmed(_ i: Int) -> Trajectory? {
        loadOne(
          paths[i], config: config, today: today, warnings: warnings, keep: .facts,
          folders: folders, display: display
        ).trajectory
      }
      let order = involved.sorted()
      var files = order.map { i in
        flagged[i]
          ?? TrajectoryFile(
            displayPath: display(paths[i]), path: paths[i], document: emptyDocument,
            trajectory: untrimmed(i), diagnostics: [])
      }
      checkAcrossFiles(&files, order.map { others[$0].across }, erased: nil)
      for (k, i) in order.enumerated() where !files[k].diagnostics.isEmpty {
        flagged[i] = files[k]
      }
    }
    // The array as made when every file was decoded (the usual case), else without the
    // placeholders of the files that were not.
    let skip = Set(flagged.filter { $0.value.trajectory == nil }.keys)
    var trajectories = decoded
    if !skip.isEmpty {
      trajectories = []
      trajectories.reserveCapacity(decoded.count - skip.count)
      for i in decoded.indices where !skip.contains(i) { trajectories.append(decoded[i]) }
    }
    return LoadedFacts(
      trajectories: trajectories, flagged: flagged.keys.sorted().map { flagged[$0]! })
  }

  /// What `loadFacts` keeps of a file besides its trajectory.
  struct Other: Sendable {
    var file: [TrajectoryFile]
    var across: AcrossFiles
  }
}
