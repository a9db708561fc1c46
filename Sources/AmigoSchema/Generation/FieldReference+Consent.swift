/// The consent section of `schema/fields.md`, generated from the kind policy table
/// (`SessionKind.policy.consent`) and `ConsentLaw`: who consents at which age, and the scopes
/// each kind of contact needs with each group of participants.
extension FieldReference {
  /// The heading of the section.
  static let consentHeading = "Consent: who consents, and what each contact needs"

  /// One participant group as a column: its title and a representative `with:` value.
  static let consentColumns: [(title: String, group: ConsentLaw.Group?, with: [String])] = [
    ("nobody listed", nil, []),
    ("child", .child, ["child"]),
    ("parents", .parents, ["parents"]),
    ("school staff", .school, ["teacher"]),
    ("network", .network, ["social-team"]),
    ("referrer only", .referrer, ["referrer"]),
  ]

  /// Why a scope is needed, one line.
  static func scopeReason(_ scope: String) -> String {
    switch scope {
    case "support": "the contact is part of the support with or about the child"
    case "school-consultation": "information about the child is shared with school staff"
    case "home-visit": "the worker comes into the family's home"
    default: "`\(scope)`"
    }
  }

  static func consentSection() -> String {
    var out = "\n## \(consentHeading)\n\n"
    out += """
      amigo judges consent as the law does (WGBO art. 7:450 and 7:465 BW; Jeugdwet art. 7.3.4),
      on the date of each held contact. The consent in force on a date is the union of the
      `consent` entries given on or before it and not withdrawn by then (wholly, or per scope
      with `withdrawn_scope`); an entry without `scope` covers `support`. Who gave it is judged
      per scope: each scope a contact needs counts as given by the parties of the entries that
      hold it (a 13-year-old's own entry for `support` does not make the parents' entry for
      `home-visit` the child's consent too; the two may also each give a scope in an entry of
      their own), with the exceptions recorded on those entries. A contact outside the
      consent in force, or consent by the wrong party for the child's age on its date, is an
      error (`session-before-consent`, `consent-scope-missing`, `consent-wrong-party`).
      `amigo consent --withdraw` records the withdrawal on every entry in force that gave what
      is withdrawn.

      ### Who consents

      | age on the contact's date | who must consent | lawful exception (`exception`) |
      | --- | --- | --- |
      | under 12 | a parent with parental authority (`parent`, `parents`) or a guardian (`guardian`); the child's agreement may be recorded too (`child`) but does not count alone | none |
      | 12 to 15 | the child (`child`) **and** a parent with authority or a guardian | `not-competent`: the child cannot weigh their interests, the parents decide (art. 7:465(2) BW); `without-parents`: the child is helped without the parents' consent (art. 7:450(2) BW) |
      | 16 and older | the child alone | `not-competent`: the parents decide (art. 7:465(2) BW) |

      Only the birth year-month is stored: in the month of the 12th or the 16th birthday amigo
      requires what both ages require; in other months the age is exact. With
      `consent: {both_parents: true}` in `amigo.yaml`, one parent (`parent`) is not enough for a
      child under 16: both parents (`parents`) or a guardian must consent.

      ### What each contact needs

      The scopes a held contact needs are those of its kind (the policy table in
      `Sources/AmigoSchema/Model/SessionKind.swift`) together with those of everyone who took
      part (`with`). A contact whose only participant is the referrer (`with: [referrer]`), of a
      kind without the child, is about the referral itself and needs nothing. "—": no consent is
      needed. A kind added to the policy table appears here with its own line.

      | participant group | `with` values | scopes | reasoning |
      | --- | --- | --- | --- |

      """
    for group in ConsentLaw.Group.allCases {
      let values = Schemas.participant.values.map(\.value).filter {
        ConsentLaw.Group.of($0) == group
      }
      let young = group.scopes(adult: false)
      let adult = group.scopes(adult: true)
      var scopes = young.isEmpty ? "—" : young.map { "`\($0)`" }.joined(separator: ", ")
      if adult != young {
        scopes += "; from 16: " + adult.map { "`\($0)`" }.joined(separator: ", ")
      }
      var listed = values.map { "`\($0)`" }.joined(separator: ", ")
      if group == .network { listed += "; the organisation's own participants (`vocabularies`)" }
      out += "| \(group.rawValue) | \(listed) | \(scopes) | \(cell(group.reason)) |\n"
    }
    out += "\n| kind | " + consentColumns.map(\.title).joined(separator: " | ") + " | reasoning |\n"
    out += "| --- |" + String(repeating: " --- |", count: consentColumns.count + 1) + "\n"
    for kind in SessionKind.allCases {
      var row = "| `\(kind.rawValue)` |"
      for column in consentColumns {
        let young = ConsentLaw.scopes(kind: kind, with: column.with, adult: false)
        let adult = ConsentLaw.scopes(kind: kind, with: column.with, adult: true)
        var text = young.isEmpty ? "—" : young.map { "`\($0)`" }.joined(separator: ", ")
        if adult != young {
          text += "; from 16: " + adult.map { "`\($0)`" }.joined(separator: ", ")
        }
        row += " \(text) |"
      }
      let need = kind.policy.consent
      var reasons = need.scopes.map { "`\($0)`: \(scopeReason($0))" }
      if need.withParents {
        reasons.append(
          "a contact with the parents: none under 16, from 16 the child's consent (`support`)")
      }
      if reasons.isEmpty {
        reasons = ["nothing in itself: what it needs follows from who took part"]
      }
      row += " \(cell(reasons.joined(separator: "; "))) |\n"
      out += row
    }
    out += sharingSection()
    return out
  }

  /// What information given to each party rests on (`ConsentLaw.sharingScope`).
  static func sharingSection() -> String {
    var out = """

      ### What sharing information needs

      An entry of `sharing` with `direction: received` needs no basis. Information given needs a
      basis that fits every party it went to (`basis`, default `consent`): on consent, the
      consent in force on its date covering the party's scope, given by the lawful party for the
      child's age (`sharing-without-consent`); the `meldcode` towards Veilig Thuis only, an
      anonymous consultation included, with the procedure's steps under `meldcode`
      (`sharing-basis-mismatch`, `meldcode-steps-missing`); a `vital-interest` towards anyone,
      always with a warning (`sharing-vital-interest`).

      | party | `with` value | scope on consent |
      | --- | --- | --- |

      """
    for v in Schemas.sharingParty.values {
      let scope = ConsentLaw.sharingScope(for: v.value).map { "`\($0)`" }
      out +=
        "| \(v.en) | `\(v.value)` | \(scope ?? "none: only the meldcode (Veilig Thuis) or a vital interest") |\n"
    }
    return out
  }
}
