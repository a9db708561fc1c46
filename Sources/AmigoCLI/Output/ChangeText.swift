import AmigoReports
import AmigoSchema
import AmigoStore

extension TrajectoryChange {
  /// The change in `language`, from the catalogue (`Message`): dates as in files, ids, codes
  /// and field names as they are, values with a label (status, kind, result, reason) by their
  /// label in `language`.
  func text(_ language: Language) -> String {
    func t(_ m: Message, _ a: String...) -> String {
      var text = language.text(m)
      for (i, arg) in a.enumerated() { text = text.replacing("{\(i)}", with: arg) }
      return text
    }
    func day(_ date: LocalDate?) -> String { date.map { " \($0)" } ?? "" }
    func fields(_ f: [String]) -> String { f.joined(separator: ", ") }
    func rater(_ r: String?) -> String { r.map { " (\($0))" } ?? "" }
    func score(_ value: Double?) -> String {
      guard let value else { return "?" }
      return language.decimal(
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
    }
    func kind(_ k: SessionKind?) -> String {
      k.flatMap { Schemas.sessionKind[$0.rawValue]?.label(language.code) } ?? t(.chSession)
    }
    let none = t(.chNone)
    switch self {
    case .created(let by):
      return by.map { t(.chCreatedBy, language.label($0, Schemas.referrer)) } ?? t(.chCreated)
    case .imported(let date, let before):
      return t(.chImported, day(date), before.map { t(.chContactsBefore, String($0)) } ?? "")
    case .deleted: return t(.chDeleted)
    case .field(let name, let from, let to):
      return t(.chField, name, from == "none" ? none : from, to == "none" ? none : to)
    case .part(let name, let f): return t(.chPart, name, fields(f))
    case .status(let from, let to):
      func label(_ s: TrajectoryStatus?) -> String {
        s.map { language.label($0.rawValue, Schemas.status) } ?? none
      }
      return t(.chStatus, label(from), label(to))
    case .started(let date): return t(.chStarted, date.description)
    case .startMoved(let from, let to):
      return to.map { t(.chStartMoved, from.description, $0.description) }
        ?? t(.chStartRemoved, from.description)
    case .planWeeks: return t(.chPlanWeeks)
    case .reviewPlanned(let date): return t(.chReviewPlanned, date.description)
    case .reviewRemoved(let date): return t(.chReviewRemoved, date.description)
    case .consentGiven(let date): return t(.chConsentGiven, day(date))
    case .consentWithdrawn(let date): return t(.chConsentWithdrawn, day(date))
    case .consentChanged(let date, let f): return t(.chConsentChanged, day(date), fields(f))
    case .consentRemoved(let date): return t(.chConsentRemoved, day(date))
    case .goalAdded(let id): return t(.chGoalAdded, id)
    case .goalRemoved(let id): return t(.chGoalRemoved, id)
    case .goalChanged(let id, let f): return t(.chGoalChanged, id, fields(f))
    case .goalResult(let id, let result):
      return t(
        .chGoalResult, id,
        result.map { language.label($0.rawValue, Schemas.goalResult) } ?? t(.chRemoved))
    case .rated(let goal, let value, let r): return t(.chRated, goal, score(value), rater(r))
    case .ratingChanged(let goal, let date, let r, let from, let to):
      return t(.chRatingChanged, goal, day(date), rater(r), score(from), score(to))
    case .ratingRemoved(let goal, let date, let r):
      return t(.chRatingRemoved, goal, day(date), rater(r))
    case .sessionLogged(let date, let k, let minutes, let status):
      let details = day(date) + (minutes.map { t(.chMinutes, String($0)) } ?? "")
      var s = t(.chSessionLogged, kind(k), details)
      if status != .held {
        s += t(.chNotHeld, language.label(status.rawValue, Schemas.sessionStatus))
      }
      return s
    case .sessionChanged(let date, let k, let f):
      return t(.chSessionChanged, day(date), k.map { ", " + kind($0) } ?? "", fields(f))
    case .sessionRemoved(let date, let k):
      return t(.chSessionRemoved, day(date), k.map { ", " + kind($0) } ?? "")
    case .handedOver(let from, let to, let date):
      return t(.chHandedOver, from, to, date.map { t(.chOnDate, $0.description) } ?? "")
    case .closed(let reason):
      return reason.map { t(.chClosedBecause, language.label($0.rawValue, Schemas.closureReason)) }
        ?? t(.chClosed)
    case .closureChanged(let f): return t(.chClosureChanged, fields(f))
    case .reopened: return t(.chReopened)
    case .other(let words): return words
    }
  }
}
