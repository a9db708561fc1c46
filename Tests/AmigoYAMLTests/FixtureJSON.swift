import AmigoYAML
import Foundation

/// Converts JSON read with JSONSerialization into amigo's untyped values, for comparisons.
enum FixtureJSON {
  /// JSON (strings, arrays, objects; `null` is not a value here) → YAMLValue. Object key order
  /// is not preserved by JSONSerialization, so comparisons use `sameValue`.
  static func value(_ json: Any) -> YAMLValue? {
    switch json {
    case let s as String: return .string(s)
    case let a as [Any]:
      var items: [YAMLValue] = []
      for x in a {
        guard let v = value(x) else { return nil }
        items.append(v)
      }
      return .sequence(items)
    case let d as [String: Any]:
      var entries: [(String, YAMLValue)] = []
      for (k, x) in d {
        guard let v = value(x) else { return nil }
        entries.append((k, v))
      }
      return .mapping(entries)
    default: return nil
    }
  }

  /// Equality that ignores mapping key order (JSON objects are unordered).
  static func sameValue(_ a: YAMLValue, _ b: YAMLValue) -> Bool {
    switch (a, b) {
    case (.string(let x), .string(let y)): return x == y
    case (.sequence(let x), .sequence(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
    case (.mapping(let x), .mapping(let y)):
      guard x.count == y.count else { return false }
      let dy = Dictionary(y, uniquingKeysWith: { a, _ in a })
      return x.allSatisfy { k, v in dy[k].map { sameValue(v, $0) } ?? false }
    default: return false
    }
  }

  /// JSON → content for edits. `{"$literal": "…"}` is a typed literal; `{"$flow": […]}` or
  /// `{"$flow": {…}, "$keys": […]}` a flow collection; objects use `"$keys"` for key order.
  static func content(_ json: Any) -> YAMLContent {
    switch json {
    case let s as String: return .text(s)
    case let a as [Any]: return .sequence(a.map(content))
    case let d as [String: Any]:
      if let lit = d["$literal"] as? String { return .literal(lit) }
      if let flow = d["$flow"] {
        switch content(flow) {
        case .sequence(let items, _): return .sequence(items, flow: true)
        case .mapping(let entries, _): return .mapping(entries, flow: true)
        case let other: return other
        }
      }
      let keys = (d["$keys"] as? [String]) ?? d.keys.sorted()
      return .mapping(keys.map { ($0, content(d[$0]!)) })
    default: return .text("\(json)")
    }
  }
}
