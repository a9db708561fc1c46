import Foundation

extension Workspace {
  /// True when git would merge amigo's files line by line here: the workspace's
  /// `.gitattributes` sends them to amigo's merge driver (`merge=amigo`, as `amigo init` and
  /// `amigo git-setup` write it), the workspace lies in a git repository, and that
  /// repository's own config does not define the driver (`merge.amigo.driver`), as in a fresh
  /// clone before `amigo git-setup`. git runs only when the attributes ask for the driver; a
  /// git that fails or is missing answers false (nothing to say).
  public func mergeDriverMissing(_ git: Git) -> Bool {
    guard let text = try? String(contentsOfFile: root + "/.gitattributes", encoding: .utf8),
      text.split(whereSeparator: \.isNewline).contains(where: { line in
        !line.hasPrefix("#") && line.split(separator: " ").contains("merge=amigo")
      }),
      Erasure.repositoryRoot(of: self) != nil
    else { return false }
    do {
      return try git.localConfig("merge.amigo.driver") == nil
    } catch {
      return false
    }
  }
}
