extension Message {
  /// Texts of the QA round after issue 28: refusals and confirmations of `new-child`, `goal`,
  /// `move`, `handover` and `consent` that were still English in Dutch workspaces.
  static let commandsE: [Message: (en: String, nl: String)] = [
    // NewChild.swift: --previous names a trajectory that is still open.
    .cePreviousOpen: (
      "{0} is still open (status {1}): a repeat request follows a trajectory that has ended, so that one child has one open file; nothing was written. Close it first (amigo close {0}), then run this command again",
      "{0} loopt nog (status {1}): een nieuwe aanvraag volgt op een traject dat is beëindigd, zodat een kind één lopend bestand heeft; er is niets geschreven. Sluit het eerst af (amigo close {0}) en voer deze opdracht dan opnieuw uit"
    ),
    // NewChild.swift: --previous names the trajectory of a child born in another month.
    .cePreviousOtherChild: (
      "{0} is the file of a child born {1}, not {2}: a repeat request names the same child's earlier trajectory; nothing was written. Check --previous (or the birth month in one of the two files)",
      "{0} is het bestand van een kind geboren in {1}, niet in {2}: een nieuwe aanvraag noemt het eerdere traject van hetzelfde kind; er is niets geschreven. Controleer --previous (of de geboortemaand in een van beide bestanden)"
    ),
    // NewChild+Family.swift
    .ceFamilyNoSiblings: (
      "Family {0}: no siblings in this workspace yet (give the same --family to a sibling).",
      "Gezin {0}: nog geen broers of zussen in deze werkmap (geef een broer of zus dezelfde --family)."
    ),
    .ceFamilySiblings: ("Family {0}: siblings {1}.", "Gezin {0}: broers en zussen {1}."),
    .ceFamilySiblingNotChanged: (
      "amigo: error: {0} was created with family {1}, but the sibling's file {2} was not changed; add 'family: {1}' to it (amigo edit)",
      "amigo: fout: {0} is aangemaakt met gezin {1}, maar het bestand {2} van de broer of zus is niet veranderd; voeg er 'family: {1}' aan toe (amigo edit)"
    ),
    // Consent.swift: the child's agreement alone under 12. {0} the age, {1} the date, {2} the
    // rule, {3} the remedy, {4} the note on the birth month.
    .ceConsentChildUnder12: (
      "the child is {0} on {1}: {2}; nothing was changed. {3}, and with it the child's agreement if you like (--given-by parents,child). {4}.",
      "het kind is {0} op {1}: {2}; er is niets veranderd. {3}, en als je wilt daarbij de instemming van het kind (--given-by parents,child). {4}."
    ),
    // Goal.swift: goal rate. {0} goal, {1} score, {2} rater, {3} date, {4} trajectory.
    .ceRated: ("Rated {0} {1} ({2}) on {3} for {4}", "{0} gescoord: {1} ({2}) op {3} voor {4}"),
    .ceRatedTarget: ("; target {0}", "; streefwaarde {0}"),
    // Move.swift: why a school change is refused.
    .ceMoveSameSchool: (
      "{0} is at '{1}' already; nothing was changed", "{0} zit al op '{1}'; er is niets veranderd"
    ),
    .ceMoveClosed: (
      "{0} is closed; a closed trajectory does not change school (a new request is a new trajectory: amigo new-child --previous {0}); nothing was changed",
      "{0} is afgesloten; een afgesloten traject wisselt niet van school (een nieuwe aanvraag is een nieuw traject: amigo new-child --previous {0}); er is niets veranderd"
    ),
    .ceMoveAfterClosure: (
      "{0} was closed on {1}; a move after the closure ({2}) is not recorded in it (a new request is a new trajectory: amigo new-child --previous {0}); nothing was changed",
      "{0} is afgesloten op {1}; een overstap na de afsluiting ({2}) wordt er niet in vastgelegd (een nieuwe aanvraag is een nieuw traject: amigo new-child --previous {0}); er is niets veranderd"
    ),
    .ceMoveSchoolsEnd: (
      "{0}'s 'schools' ends with '{1}', not its school '{2}'; correct the file first (amigo validate, amigo edit {0}); nothing was changed",
      "de 'schools' van {0} eindigen met '{1}', niet met de school '{2}'; verbeter eerst het bestand (amigo validate, amigo edit {0}); er is niets veranderd"
    ),
    .ceMoveNotAfter: (
      "{0} changed school on {1}; a new change comes after it ({2} does not); nothing was changed",
      "{0} wisselde van school op {1}; een nieuwe wissel komt daarna ({2} niet); er is niets veranderd"
    ),
    .ceMoveNoReferral: (
      "{0} has no referral date, so amigo cannot tell since when it attends '{1}'; add the referral date first (amigo edit {0}); nothing was changed",
      "{0} heeft geen aanmeldingsdatum, dus amigo weet niet sinds wanneer het kind op '{1}' zit; vul eerst de aanmeldingsdatum in (amigo edit {0}); er is niets veranderd"
    ),
    .ceMoveBeforeReferral: (
      "{0} was referred on {1}; a school change on or before that day is no move: correct 'school' instead (amigo edit {0}); nothing was changed",
      "{0} is aangemeld op {1}; een schoolwissel op of voor die dag is geen overstap: verbeter in plaats daarvan 'school' (amigo edit {0}); er is niets veranderd"
    ),
    // Handover.swift. One: {0} from, {1} to, {2} the date; many: {0} the count first.
    .ceHandedOverOne: (
      "1 trajectory handed over from {0} to {1} on {2}.",
      "1 traject overgedragen van {0} aan {1} op {2}."
    ),
    .ceHandedOverMany: (
      "{0} trajectories handed over from {1} to {2} on {3}.",
      "{0} trajecten overgedragen van {1} aan {2} op {3}."
    ),
    // Group.swift: what a usage error says is missing.
    .ceTheGroup: ("<names> (the group)", "<names> (de groep)"),
    .ceTheChildrenToAdd: (
      "<names> (the children to add) or --new", "<names> (de kinderen die meedoen) of --new"
    ),
  ]
}
