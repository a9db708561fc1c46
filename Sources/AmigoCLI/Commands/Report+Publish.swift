import AmigoReports
import AmigoSchema
import AmigoStore
import Foundation

/// `report --period P --publish`: the figures sent to a funder, kept in the workspace as
/// `published/<period>.json` (the JSON report in English: counts and hidden markers, never an
/// id); every later run of the same period says how it differs from what was published (after
/// erasures, corrections, late entries).
enum PublishedReport {
  /// The file for `period` (`2025/2026` → `published/2025-2026.json`).
  static func path(_ workspace: Workspace, _ period: DateRange) -> String {
    let name = String(
      period.name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "-" })
    return workspace.root + "/published/" + name + ".json"
  }

  /// Publishes `english` (the period report in English) or compares with the published one.
  /// `english` is made only when there is something to publish or compare with: a plain
  /// report of a period never published costs no second document and no JSON.
  static func handle(
    _ english: () -> ReportDocument, period: DateRange, publish: Bool, leftOut: Int,
    workspace: Workspace, today: LocalDate, env: Environment
  ) throws {
    let file = path(workspace, period)
    let shown = env.display(file)
    let published = try? FileSystem.read(file)
    if publish && leftOut > 0 {
      throw CommandError(
        message: env.language().text(
          leftOut == 1 ? .cbPublishIncompleteOne : .cbPublishIncompleteMany, String(leftOut)),
        status: .dataError)
    }
    guard publish || published != nil else { return }
    let now = ReportRenderer.render(english(), as: .json)
    guard let published else {
      do {
        try AtomicWrite.makeFolder(workspace.root + "/published")
        try AtomicWrite.write(Array(now.utf8), to: file)
      } catch {
        throw CommandError(message: env.language().say(error), status: .ioError)
      }
      env.stderr.write(env.language().text(.cdPublished, period.name, shown) + "\n")
      // Two published periods that overlap without being the same give, by subtraction, the
      // figures of what lies in one only, and those are not suppressed.
      for other in overlapping(workspace, period) {
        env.stderr.write(env.language().text(.cdPublishedOverlap, period.name, other) + "\n")
      }
      return
    }
    let before = flatten(String(decoding: published, as: UTF8.self))
    let after = flatten(now)
    let on = before["facts/as_of"] ?? "?"
    var differences: [String] = []
    for key in Set(before.keys).union(after.keys).sorted() where key != "facts/as_of" {
      let a = before[key] ?? env.language().text(.cdNone)
      let b = after[key] ?? env.language().text(.cdNone)
      if a != b { differences.append("  \(key): \(a) → \(b)") }
    }
    if differences.isEmpty {
      env.stderr.write(env.language().text(.cdPublishedSame, on, shown) + "\n")
      return
    }
    let shownLines = differences.prefix(40).joined(separator: "\n")
    let language = env.language()
    let more =
      differences.count > 40
      ? "\n" + language.text(.cdAndMore, String(differences.count - 40)) : ""
    let heading =
      differences.count == 1
      ? language.text(.cdPublishedDiffOne, on, shown)
      : language.text(.cdPublishedDiffMany, String(differences.count), on, shown)
    env.stderr.write(heading + "\n" + shownLines + more + "\n")
    if publish {
      throw CommandError(
        message: env.language().text(.cbPublishKeeps, shown, on),
        status: .failure)
    }
  }

  /// The periods published before (`published/`, their names) whose dates overlap `period`'s
  /// without being the same, in name order.
  static func overlapping(_ workspace: Workspace, _ period: DateRange) -> [String] {
    let folder = workspace.root + "/published"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    var out: [String] = []
    for name in names
    where name.hasSuffix(".json") && folder + "/" + name != path(workspace, period) {
      guard let bytes = try? FileSystem.read(folder + "/" + name) else { continue }
      let facts = flatten(String(decoding: bytes, as: UTF8.self))
      guard let dates = facts["facts/dates"] else { continue }
      // `from=2026-01-01,to=2026-03-31`
      let parts = Dictionary(
        uniqueKeysWithValues: dates.split(separator: ",").compactMap { pair in
          let kv = pair.split(separator: "=", maxSplits: 1)
          return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
        })
      guard let from = parts["from"].flatMap(LocalDate.init),
        let to = parts["to"].flatMap(LocalDate.init),
        from <= period.to, period.from <= to, (from, to) != (period.from, period.to)
      else { continue }
      out.append(facts["facts/period"] ?? name)
    }
    return out
  }

  /// The report's values by path: facts by key, table cells by table id, row (its first
  /// column's code) and column key; hidden figures as their marker.
  static func flatten(_ json: String) -> [String: String] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    else { return [:] }
    var out: [String: String] = [:]
    func text(_ v: Any?) -> String {
      switch v {
      case nil, is NSNull: return "–"
      case let d as [String: Any]:
        if let m = d["marker"] { return "\(m)" }
        if let c = d["code"] { return "\(c)" }
        if let v = d["value"] { return text(v) }
        return d.keys.sorted().map { "\($0)=\(text(d[$0]))" }.joined(separator: ",")
      case let a as [Any]: return a.map { text($0) }.joined(separator: ",")
      case let n as NSNumber: return n.stringValue
      default: return "\(v!)"
      }
    }
    for (k, v) in (object["facts"] as? [String: Any]) ?? [:] { out["facts/" + k] = text(v) }
    func blocks(_ list: [Any], _ prefix: String) {
      for case let b as [String: Any] in list {
        if (b["type"] as? String) == "table", let id = b["id"] as? String {
          let columns = ((b["columns"] as? [[String: Any]]) ?? []).compactMap {
            $0["key"] as? String
          }
          for (i, item) in ((b["rows"] as? [Any]) ?? []).enumerated() {
            guard let row = item as? [String: Any] else { continue }
            let first = columns.first.flatMap { row[$0] }
            let rowKey = first.map(text) ?? String(i)
            for c in columns.dropFirst() {
              out[prefix + id + "/" + rowKey + "/" + c] = text(row[c])
            }
          }
        } else if (b["type"] as? String) == "section", let s = b["section"] as? [String: Any] {
          blocks((s["blocks"] as? [Any]) ?? [], prefix + ((s["id"] as? String) ?? "") + "/")
        }
      }
    }
    for case let s as [String: Any] in (object["sections"] as? [Any]) ?? [] {
      blocks((s["blocks"] as? [Any]) ?? [], ((s["id"] as? String) ?? "") + "/")
    }
    return out
  }
}
