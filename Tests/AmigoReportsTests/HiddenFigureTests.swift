import AmigoReports
import AmigoSchema
import Foundation
import Testing

/// Hidden figures say why they are hidden (issue 24, qa-walk M4): `<N` only for a small count,
/// `n<N` for a figure from too few cases, `x` for a figure withheld because it would give a
/// small count away; a legend wherever a marker appears, and the reason as a code in CSV and
/// JSON.
extension ReportLogicTests {
  /// Seven closures, one of them a drop-out (1 of 7, 14 %); goals achieved 6 of 8 over five
  /// trajectories (75 %); two referrals, so the days from referral to start come from two cases.
  func sevenClosures(smallNumbers: Int = 5) -> (Language) -> ReportDocument {
    let goals: [[GoalResult]] = [
      [.achieved, .achieved], [.achieved], [.achieved], [.achieved, .notAchieved],
      [.achieved, .notAchieved], [], [],
    ]
    let seven = goals.enumerated().map { i, results -> Trajectory in
      var t = closed(
        trajectory("T-\(i)", start: "2026-09-07", talks: ["2026-09-08"]), on: "2026-11-13",
        goals: results)
      if i == 0 { t.closure?.reason = .endedByClient }
      if i < 2 {
        var r = Referral()
        r.date = LocalDate("2026-08-31")
        r.by = "teacher"
        t.referral = r
      }
      return t
    }
    var config = self.config
    config.smallNumbers = smallNumbers
    return { lang in
      PeriodReport(
        trajectories: seven, config: config, period: PeriodSpec.parse("2026")!, today: self.today
      ).document(lang)
    }
  }

  @Test func aShareFromEnoughCasesIsWithheldAndNeverReadsAsASmallCount() {
    let doc = sevenClosures()(.nl)
    #expect(periodCell(doc, "closed") == .int(7))
    // 1 of 7 would name the drop-out; 6 of 8 goals would give the 2 not achieved away. Both
    // are withheld (`x`), not shown as `<5`, which reads as a small percentage.
    #expect(periodCell(doc, "drop_out") == .hidden(.init(.withheld, threshold: 5)))
    #expect(periodCell(doc, "goals_achieved") == .hidden(.init(.withheld, threshold: 5)))
    // A median from two cases has its own marker.
    #expect(periodCell(doc, "days_to_start") == .hidden(.init(.tooFewCases, threshold: 5)))
    // The counts: two referrals, one drop-out in the breakdown.
    #expect(periodCell(doc, "referrals") == .hidden(.init(.smallCount, threshold: 5)))
    let text = ReportRenderer.render(doc, as: .text)
    let dropOut = text.split(separator: "\n").first { $0.contains("Uitval") }
    #expect(dropOut?.hasSuffix(" x") == true, "\(dropOut ?? "")")
    #expect(dropOut?.contains("<5") == false)
  }

  @Test func theMarkersFollowTheWorkspacesThreshold() {
    let doc = sevenClosures(smallNumbers: 3)(.en)
    #expect(periodCell(doc, "referrals") == .hidden(.init(.smallCount, threshold: 3)))
    #expect(periodCell(doc, "days_to_start") == .hidden(.init(.tooFewCases, threshold: 3)))
    let text = ReportRenderer.render(doc, as: .text)
    #expect(text.contains("<3   a count from 1 to 2"))
    #expect(
      text.contains(
        "n<3  a median, mean, percentage or total (contact hours) from fewer than 3 cases"))
    #expect(!text.contains("<5"))
  }

  /// Whatever the period, workspace and threshold: `<N` only in the cells of counts, `n<N`
  /// only in the cells of figures computed from cases.
  @Test(arguments: [2, 3, 5, 10])
  func theCountMarkerAppearsOnlyInCountCells(_ threshold: Int) throws {
    let doc = sevenClosures(smallNumbers: threshold)(.en)
    let counts: Set<String> = ["reached", "families", "new", "running", "closed", "referrals"]
    let table = try #require(doc.csvTable)
    let keys = table.columns.map(\.key)
    let (tableColumn, indicatorColumn, reasonColumn) = try (
      #require(keys.firstIndex(of: "table")), #require(keys.firstIndex(of: "indicator")),
      #require(keys.firstIndex(of: "reason"))
    )
    for row in table.rows where row[tableColumn].data == .code("indicators", label: "Indicators") {
      guard case .code(let indicator, _) = row[indicatorColumn],
        case .code(let code, _) = row[reasonColumn],
        let h = HiddenFigure.Reason(rawValue: code).map({ HiddenFigure($0, threshold: threshold) })
      else { continue }
      switch h.reason {
      case .smallCount: #expect(counts.contains(indicator), "\(indicator)")
      case .tooFewCases: #expect(!counts.contains(indicator), "\(indicator)")
      case .withheld: break
      }
    }
    // The breakdowns hold counts only.
    for section in doc.sections {
      for case .table(let t) in section.blocks where t.id != "indicators" {
        for cell in t.rows.joined() {
          #expect(cell.hiddenFigure.map { $0.reason != .tooFewCases } ?? true, "\(t.id)")
        }
      }
    }
  }

  @Test(arguments: ["en", "nl"])
  func everyFormatExplainsEveryMarkerItShows(_ code: String) throws {
    let lang = try #require(Language(code))
    let doc = sevenClosures()(lang)
    let cells = doc.sections.flatMap { s in
      s.blocks.flatMap { b -> [Cell] in
        if case .table(let t) = b { return Array(t.rows.joined()) }
        return []
      }
    }
    let shown = Set(cells.compactMap(\.hiddenFigure))
    #expect(Set(shown.map(\.reason)) == Set(HiddenFigure.Reason.allCases))
    // Every section with a marker has a legend that explains each of its markers.
    for section in doc.sections {
      var inSection = Set<HiddenFigure>()
      var legend: Legend?
      for block in section.blocks {
        if case .table(let t) = block {
          inSection.formUnion(t.rows.joined().compactMap(\.hiddenFigure))
        }
        if case .legend(let l) = block { legend = l }
      }
      #expect(Set(legend?.entries.map(\.figure) ?? []) == inSection, "\(section.id)")
    }
    // Text and Markdown: each marker with its explanation.
    for format in [ReportFormat.text, .markdown] {
      let out = ReportRenderer.render(doc, as: format)
      for h in shown {
        #expect(out.contains(h.explanation(lang)), "\(format) \(h)")
        #expect(
          out.contains(h.marker)
            || out.contains(h.marker.replacingOccurrences(of: "<", with: "\\<")))
      }
    }
    // CSV, both separators: every hidden value carries its code and its explanation beside it.
    for delimiter: Character in [",", ";"] {
      let csv = ReportRenderer.render(doc, as: .csv, csvDelimiter: delimiter)
      let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
      #expect(
        lines[0].hasSuffix(
          lang(",Reason hidden,Legend", ",Reden verborgen,Legenda")
            .replacingOccurrences(of: ",", with: String(delimiter))))
      var seen = Set<String>()
      for h in shown {
        for line in lines where line.contains(String(delimiter) + h.marker + String(delimiter)) {
          #expect(line.contains(String(delimiter) + h.code + String(delimiter)), "\(line)")
          #expect(line.contains(h.explanation(lang)), "\(line)")
          seen.insert(h.code)
        }
      }
      #expect(seen == Set(shown.map(\.code)))
    }
    // JSON: a hidden value is its marker and its reason; each section's legend lists them.
    let json = ReportRenderer.render(doc, as: .json)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let sections = try #require(root["sections"] as? [[String: Any]])
    var reasons = Set<String>()
    for section in sections {
      var inTables = Set<String>()
      var inLegend = Set<String>()
      for block in section["blocks"] as? [[String: Any]] ?? [] {
        if block["type"] as? String == "table" {
          for row in block["rows"] as? [[String: Any]] ?? [] {
            for value in row.values {
              // Codes are objects too (`{"code", "label"}`); hidden figures have a marker.
              guard let hidden = value as? [String: Any], hidden["marker"] != nil else {
                continue
              }
              let reason = try #require(hidden["reason"] as? String)
              let marker = try #require(hidden["marker"] as? String)
              let figure = try #require(shown.first { $0.code == reason })
              #expect(marker == figure.marker)
              inTables.insert(reason)
            }
          }
        }
        if block["type"] as? String == "legend" {
          for item in block["items"] as? [[String: Any]] ?? [] {
            inLegend.insert(try #require(item["reason"] as? String))
            #expect(item["text"] as? String != nil && item["marker"] as? String != nil)
          }
        }
      }
      #expect(inTables == inLegend, "\(section["id"] ?? "")")
      reasons.formUnion(inTables)
    }
    #expect(reasons == ["small-count", "too-few-cases", "withheld"])
  }

  @Test(arguments: ["en", "nl"])
  func theTotalColumnIsHeadedByWhatItsTableAddsUp(_ code: String) throws {
    let lang = try #require(Language(code))
    let doc = sevenClosures()(lang)
    for section in doc.sections {
      for case .table(let t) in section.blocks {
        let total = try #require(t.columns.first { $0.key == "all" })
        let expected =
          section.id == "schools"
          ? lang("All schools", "Alle scholen") : lang("All programmes", "Alle programma's")
        #expect(total.label == expected, "\(section.id) \(t.id)")
        // The other columns are the groups of that kind.
        let others = t.columns.dropFirst(2).map(\.key)
        #expect(others == (section.id == "schools" ? ["s"] : ["amigos-op-school"]))
      }
    }
    let text = ReportRenderer.render(doc, as: .text)
    let schools = try #require(text.range(of: lang("Per school\n", "Per school\n")))
    #expect(text[schools.upperBound...].contains(lang("All schools", "Alle scholen")))
    #expect(!text[schools.upperBound...].contains(lang("All programmes", "Alle programma's")))
  }
}
