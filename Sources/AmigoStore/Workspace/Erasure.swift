import AmigoSchema
import AmigoYAML
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Removing a trajectory file from the workspace (`amigo erase`). Git keeps its history: the
/// command prints the procedure that destroys it there (docs/erasure.md); amigo never runs git.
public enum Erasure {
  public struct Outcome: Sendable, Equatable {
    /// The file was a symbolic link to this path; only the link was removed.
    public var linkTarget: String?
    /// amigo's leftover temporary copies of the file that were removed too.
    public var leftovers: [String] = []
    /// Why the id could not be added to the ledger of erased ids (`ErasedLedger`), if so.
    public var ledgerError: String?
  }

  /// Removes the trajectory file at `path`, holding the workspace lock: only a file in the
  /// workspace's `trajectories/` folder, never through a link out of the workspace (a link
  /// itself is removed, not its target). Also removes amigo's temporary copies of it
  /// (`.<name>.tmp-*`, left by an interrupted write) in its folder and in every other folder of
  /// `trajectories/` (the file may have moved since, into a per-year or archive folder), and
  /// the private copies of `amigo edit` (`removeEditCopies`), beside `trajectories/` and in
  /// `temporaryFolders` (the system's temporary folder, where `amigo edit` makes its copy when
  /// it cannot beside the file). The folders are synced afterwards. With `date`, the id is then
  /// added to the ledger of erased ids (`ErasedLedger`).
  public static func erase(
    _ path: String, in workspace: Workspace, recordingOn date: LocalDate? = nil,
    temporaryFolders: [String] = []
  ) throws(WriteError) -> Outcome {
    let lock = try WorkspaceLock(workspace)
    defer { withExtendedLifetime(lock) {} }
    var outcome = Outcome()
    outcome.linkTarget = try check(path, in: workspace)
    guard unlink(path) == 0 else { throw WriteError(path, errno: errno) }
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    var folders = FileSystem.folders(under: workspace.trajectoriesPath).filter { $0 != folder }
    folders.insert(folder, at: 0)
    for other in folders {
      let removed = AtomicWrite.removeLeftovers(of: other + "/" + name)
      if other == folder || !removed.isEmpty { AtomicWrite.syncFolder(other) }
      outcome.leftovers += removed
    }
    outcome.leftovers += removeEditCopies(of: name, besides: folders, in: temporaryFolders)
    outcome.leftovers.sort()
    if let date {
      do {
        try ErasedLedger.record(Workspace.id(ofFile: path), on: date, in: workspace)
      } catch {
        outcome.ledgerError = error.description
      }
    }
    // The workspace index holds the child's label and dates: it goes too (the next command
    // that uses it makes it anew, without the erased file).
    WorkspaceIndex.purge(workspace)
    return outcome
  }

  /// Removes the private folders (`.amigo-edit-XXXXXX`, beside each of `folders` and in each of
  /// `others`) in which an `amigo edit` of the file named `name` kept its copy, the whole file:
  /// one that was killed left its folder behind, and one still running loses its copy (it then
  /// saves nothing). Only real folders of that name that are ours (mkdtemp made them 0700)
  /// holding `name`; returns the copies removed.
  static func removeEditCopies(
    of name: String, besides folders: [String], in others: [String] = []
  ) -> [String] {
    var removed: [String] = []
    var parents = Set<String>()
    for parent in folders.map({ ($0 as NSString).deletingLastPathComponent }) + others {
      guard parents.insert(parent).inserted else { continue }
      for entry in FileSystem.names(in: parent, startingWith: ".amigo-edit-") {
        let copyFolder = parent + "/" + entry
        var info = stat()
        guard lstat(copyFolder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
          info.st_uid == geteuid(),
          lstat(copyFolder + "/" + name, &info) == 0,
          (try? FileManager.default.removeItem(atPath: copyFolder)) != nil
        else { continue }
        removed.append(copyFolder + "/" + name)
      }
    }
    return removed
  }

  /// Throws what would stop `erase(_:in:recordingOn:)` from removing the file at `path`, so a
  /// caller can find out before it changes anything else (the activity files that name the
  /// child): not a trajectory file of the workspace, behind a link out of it, not a file or a
  /// link, gone, or in a folder amigo may not change. Returns the target when it is a link.
  @discardableResult
  public static func check(_ path: String, in workspace: Workspace) throws(WriteError) -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    guard path.hasPrefix(workspace.trajectoriesPath + "/"), name.hasSuffix(".yaml") else {
      throw WriteError(
        path,
        Bilingual(
          "it is not a trajectory file of the workspace",
          "het is geen trajectbestand van de werkmap"))
    }
    guard workspace.contains(resolving: folder) else {
      throw WriteError(
        path,
        Bilingual(
          "it lies behind a symbolic link out of the workspace; amigo does not erase there",
          "het ligt achter een symbolische koppeling buiten de werkmap; amigo wist daar niets"))
    }
    var info = stat()
    guard lstat(path, &info) == 0 else { throw WriteError(path, errno: errno) }
    var target: String? = nil
    if (info.st_mode & S_IFMT) == S_IFLNK {
      target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    } else if (info.st_mode & S_IFMT) != S_IFREG {
      throw WriteError(path, Bilingual("it is not a regular file", "het is geen gewoon bestand"))
    }
    // Removing a file takes writing in its folder.
    guard access(folder, W_OK | X_OK) == 0 else { throw WriteError(folder, errno: errno) }
    return target
  }

  /// The top folder of the git repository the workspace lies in: the nearest folder at or
  /// above the workspace that holds `.git` (a folder, or a file as in worktrees), found without
  /// running git. Nil when there is none.
  public static func repositoryRoot(of workspace: Workspace) -> String? {
    var folder = workspace.root
    while true {
      if FileSystem.exists(folder + "/.git") { return folder }
      let parent = (folder as NSString).deletingLastPathComponent
      if parent == folder || parent.isEmpty { return nil }
      folder = parent
    }
  }
}
