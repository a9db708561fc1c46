import AmigoSchema
import AmigoYAML

extension TrajectoryChanges {
  /// `compare(config:_:)`, with the keys of each changed programme, school or worker read from
  /// the two files (`child_sessions_per_week`, `weeks`): a norm change rewrites every past
  /// report, so a reviewer must see which setting changed, not only that the programme did
  /// (qa-walk m13). Keys only: never a name or label.
  public static func compare(
    config old: Config?, _ new: Config?, oldBytes: [UInt8]?, newBytes: [UInt8]?
  ) -> [ConfigChange] {
    let a = oldBytes.map { YAMLDocument(bytes: $0) }
    let b = newBytes.map { YAMLDocument(bytes: $0) }
    return compare(config: old, new).map { change in
      guard case .entryChanged(let entry, let id, _) = change else { return change }
      return .entryChanged(entry, id, fields: changedKeys(entry, id, a, b))
    }
  }

  /// The keys of entry `id` that differ between `a` and `b`: changed or added in the order of
  /// `b`, then the removed ones; none when either is not a mapping.
  static func changedKeys(
    _ entry: ConfigChange.Entry, _ id: String, _ a: YAMLDocument?, _ b: YAMLDocument?
  ) -> [String] {
    let section: String
    switch entry {
    case .programme: section = "programmes"
    case .school: section = "schools"
    case .worker: section = "workers"
    }
    let path: YAMLPath = [.key(section), .key(id)]
    guard case .mapping(let before)? = a?.node(at: path)?.value,
      case .mapping(let after)? = b?.node(at: path)?.value
    else { return [] }
    var keys: [String] = []
    for (key, value) in after where before.first(where: { $0.0 == key })?.1 != value {
      keys.append(key)
    }
    for (key, _) in before where !after.contains(where: { $0.0 == key }) { keys.append(key) }
    return keys
  }
}
