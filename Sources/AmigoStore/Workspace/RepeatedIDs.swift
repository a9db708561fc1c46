import AmigoSchema

extension Loader {
  /// The trajectories a report counts when two files or more hold one trajectory id (a copy
  /// under another name, `AOS-2026-K7Q4 kopie.yaml`, or in a subfolder): the id counts once,
  /// from the file named after it (`<id>.yaml`, the one amigo's commands edit), else from the
  /// first in path order; the other files are left out and returned, for the report to name.
  /// `validate` reports each of them (`duplicate-id`, and `id-mismatch` for a file not named
  /// after its id).
  ///
  /// `trajectories`: as a loader gives them, in path order (`LoadedFacts.trajectories`,
  /// `IndexedFiles.trajectories`, or the files' trajectories); `files`: those files with
  /// diagnostics (or all of them), in path order. Every file of a repeated id but the first is
  /// among them (`duplicate-id`), and so is the first unless it is named after its id (else
  /// `id-mismatch`), so each file left out is one of `files`. A file the load left unread (the
  /// week report's archive) is not counted, so an id with one file read is counted as it is.
  /// Unchanged, after one look at `files`, when no file repeats an id.
  public static func countingEachIDOnce(
    _ trajectories: [Trajectory], files: [TrajectoryFile]
  ) -> (trajectories: [Trajectory], leftOut: [TrajectoryFile]) {
    var repeated = Set<String>()
    for file in files where file.diagnostics.contains(where: { $0.code == "duplicate-id" }) {
      if let id = file.trajectory?.id, !id.isEmpty { repeated.insert(id) }
    }
    guard !repeated.isEmpty else { return (trajectories, []) }
    // Where each repeated id stands among the trajectories, in path order.
    var places: [String: [Int]] = [:]
    for i in trajectories.indices where repeated.contains(trajectories[i].id) {
      places[trajectories[i].id, default: []].append(i)
    }
    var dropped = Set<Int>()
    var leftOut: [TrajectoryFile] = []
    for id in repeated {
      let at = places[id] ?? []
      let listed = files.filter { $0.trajectory?.id == id }
      // The id's files in path order; nil: the first, clean (so named after its id), not
      // among `files`. Ids that differ only in case (`duplicate-id` too) are one each here.
      let all: [TrajectoryFile?]
      if listed.count == at.count {
        all = listed
      } else if listed.count + 1 == at.count {
        all = [nil] + listed
      } else {
        continue
      }
      guard all.count > 1 else { continue }
      let kept = all.firstIndex { $0.map { Workspace.id(ofFile: $0.path) == id } ?? true } ?? 0
      for k in all.indices where k != kept {
        guard let file = all[k] else { continue }
        dropped.insert(at[k])
        leftOut.append(file)
      }
    }
    guard !dropped.isEmpty else { return (trajectories, []) }
    var counted: [Trajectory] = []
    counted.reserveCapacity(trajectories.count - dropped.count)
    for i in trajectories.indices where !dropped.contains(i) { counted.append(trajectories[i]) }
    return (counted, leftOut.sorted { $0.path < $1.path })
  }
}
