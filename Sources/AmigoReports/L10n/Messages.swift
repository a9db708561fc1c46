import AmigoSchema

/// The messages amigo prints outside reports, in both languages: one catalogue, one entry per
/// message, `{0}`, `{1}`… for what the message names. `MessageCatalogueTests` fails when an
/// entry is missing, empty in one language, or names other things in the two.
///
/// Codes, JSON keys and YAML values are never translated; only the words around them.
public enum Message: String, CaseIterable, Sendable {
  case error
  case usageLine
  case seeCommandHelp
  case seeHelp
  case unknownCommand
  case unknownOption
  case optionsAfterCommand
  case didYouMean
  case missingArgument
  case unexpectedArgument
  case optionNotOfAction
  case optionNotOfActionUsedBy
  case missingValue
  case unexpectedValue
  case repeatedOption
  case conflictingOptions
  case invalidValue
  case provideOneOf
  case provideOneOfDutchFirst

  // Prompts and confirmations (`Messages+Prompts.swift`).
  case promptNoAnswer, promptAnswerOneOf, promptAnswerNumber, promptAnswerOneOrMore
  case promptAnswerControl, promptAnswerOneLine
  case promptAnswerWholeNumber, promptAnswerNeeded, promptNotValid, promptAnswerAgain
  case promptKeepAnyway, promptInputEnded, promptAnswerIdAbove, promptAnswerWithOneOf
  case promptAnswerValuesFrom, promptLabel, promptLabelInvalid, promptBorn, promptBornInvalid
  case promptGender, promptSchoolGroup, promptSchoolGroupInvalid, promptSchool, promptWorker
  case promptProgramme, promptReferralDate, promptReferredBy, promptConcerns, promptRequest
  case promptStatus, promptEraseConfirm, promptEraseNoAnswer, promptEraseNothingTyped
  case promptEraseMismatch, promptClosing, promptCloseReasonTitle, promptCloseReason
  case promptDestinationTitle, promptDestination, promptGoalResult, promptMeldcodeStepTitle
  case promptMeldcodeStep, promptMeldcodeOutcomeTitle, promptMeldcodeOutcome, promptGroupName
  case promptGroupNameAgain, promptPresent, promptPresentAgain, promptOwner, promptOwnerAgain
  case promptMeetingMinutes, promptMinutes, promptChildrenDiscussed, promptNameOneChild
  case promptWithWhom, promptWithWhomAgain, promptListValue, promptListValueOptional
  case promptAttendance, promptAgreed, promptAgreedAgain
  case promptProgrammesTitle, promptProgrammes, promptProgrammesAgain, promptEditReopen
  case promptScoreHint, promptTheme, promptForWhom, promptWhoAsked, promptLightOutcome
  case promptTeacherRole, promptReceivedFrom, promptSharedWith, promptSharedWhat
  case countAnError, countErrors, promptGoalLine, promptGoalTarget, promptGoalLastRating
  case promptGoalLastRatings
  case promptEraseSummary, promptEraseStatus, promptEraseClosedOn
  case ownerProgrammes, ownerSchools, ownerWorkers, ownerProgramme, ownerSchool, ownerWorker

  // `changes` and `history` (`Messages+Changes.swift`).
  case chCreated, chCreatedBy, chDeleted, chField, chPart, chStatus, chNone, chStarted
  case chStartMoved, chStartRemoved, chPlanWeeks, chReviewPlanned, chReviewRemoved
  case chConsentGiven, chConsentWithdrawn, chConsentChanged, chConsentRemoved, chGoalAdded
  case chGoalRemoved, chGoalChanged, chGoalResult, chGoalResultChanged, chRemoved, chRated
  case chRatingChanged, chClosedNext
  case chRatingRemoved, chSessionLogged, chMinutes, chNotHeld, chSessionChanged
  case chSessionRemoved, chSession, chClosed, chClosedBecause, chClosureChanged, chReopened
  case chHandedOver, chOnDate, chCreatedWithErrors, chNowHasErrors, chErrorsFixed
  case chNoDataChange, chHasErrors, chNoSettingsChange, chHistoryHeading, chCommitCount
  case chCommitsCount, chOldestFirst, chNewestFirst, chNoContentChange, chMerge, chNoCommitsYet
  case chNoMatch, chFromTo, chSinceDiverged, chWorkingTreeSince, chWorkingTreeSinceHEAD
  case chWorkingTreeNoCommits, chRenamedFrom, chNothing, chImported, chContactsBefore
  case chContactBefore

  // Hints under usage errors (`Messages+Hints.swift`).
  case hintDate, hintDateOnly, hintNoSuchDay, hintNoSuchWeek, hintYearFirst, hintWrittenAs,
    hintWholeNumber,
    hintPeriod, hintPeriodReversed
  case hintWeek, hintDuration, hintLanguage, hintNoneAlone, hintOneOf, hintRealDay
  case hintGoalScore, hintScoreOnce, hintNoteOrFile, hintNotACommit, hintChangedNoPaths
  case hintTeamIsPeriod, hintControlInValue, hintTabInOneLine

  // The summary line of `validate` (`Messages+Validate.swift`).
  case valNoProblems, valProblems, valMoreNotShown, valFile, valFiles, valError, valErrors
  case valProblemsInOne
  case valWarning, valWarnings, valAnd, valStaged, valPushed

  // `changes` and `history` of activity files, amigo.yaml and other fields
  // (`Messages+ActivityChanges.swift`).
  case acCreated, acMinutes, acChildNamed, acChildrenNamed, acWithoutName, acParticipant
  case acParticipants, acMeeting, acMeetings, acAttending, acContact, acContacts, acField
  case acFieldDate, acFieldMinutes, acFieldUnnamed, acFieldTheme, acFieldAudience
  case acFieldAttendance, acFieldTeacher, acWorkerAdded, acWorkerRemoved, acPresentAdded
  case acPresentRemoved, acChildAdded, acChildRemoved, acParticipantAdded, acParticipantRemoved
  case acNameChanged, acNoteChanged, acLightAdded, acLightAddedMany, acLightRemoved
  case acLightRemovedMany, acMeetingAdded, acMeetingMinutes, acAttendanceRecorded
  case acAttendanceChanged, acAttendanceRemoved, acMeetingNote, acMeetingRemoved, acPresent
  case acAbsent, acExcused, acActivity
  case scAdded, scRemoved, scChanged, scChangedFields, scEntryAdded, scEntryChanged
  case scEntryChangedFields, scEntryRemoved, scMoved, scMoveRemoved, scSchoolsChanged
  case cfChanged, cfAdded, cfEntryChanged, cfEntryChangedFields, cfRemoved, cfProgramme, cfSchool,
    cfWorker

  // Failures outside usage errors (`Messages+Errors.swift`).
  case errNoSuchPath, errNoWorkspaceAt, errFromAmigoDir, errDoesNotExist, errNotAFolder
  case errNoConfig, errNotInWorkspace, errNothingCheckedOut, errCannotWrite, errNoSuchFile
  // The second half of the commands (`Messages+CommandsB.swift`).
  case cbOrgOneLine, cbCurrentFolder, cbInTrajectoriesFolder, cbInitNotAFolder,
    cbHasWorkspace, cbNoteUnreadable,
    cbNoteNotUTF8, cbOutcomeDecision, cbReceivedNoBasis, cbSharingNoteOneLine,
    cbStatementUnreadable, cbStatementNotUTF8, cbTextFileControl, cbStatementEmpty,
    cbPublishPeriodOnly, cbDelimiter,
    cbPublishIncompleteOne, cbPublishIncompleteMany, cbPublishKeeps, cbFamilyOrSibling,
    cbFamilyIdShape, cbNoFreeFamilyId, cbNotPaused, cbPausedSinceNot, cbResumesAfter,
    cbPausedNoDate, cbSinceBetween, cbNotLightTally, cbTallyOtherOwner, cbThemeNoChild,
    cbInstrumentId,
    cbFollowUpAlone, cbScoreShape, cbScaleId, cbScoreNumber, cbScoreBeyond, cbScaleTwice,
    cbMeasureExists,
    cbOtherHelp, cbWhichReferral, cbReferralRecorded, cbIdChars, cbIdShape, cbIdExists, cbIdErased,
    cbGroup, cbGroupSecondaryNumber, cbFirstMeetingMinutes,
    cbWorkerLeft, cbNoFreeId, cbNewWouldBeInvalid, cbNoFreeIdFor, cbLabelOneLine, cbBornNoDay,
    cbBornShape, cbBornFuture
  // The commands activities to import (`Messages+CommandsA.swift`).
  case caNoActivityMatches, caActivity, caSeveralActivities, caNoFreeID, caAgreementExists,
    caNotReadableActivity, caNotNamingChild, caNotHeldOn, caNotHeldOnWas, caNoAttendance, caNoDate,
    caAlreadyClosed, caAlreadyClosedOn, caNotStarted, caGoalNotDefinedNoGoals, caGoalNotDefined,
    caHintSatisfaction, caHintResults, caNoConsentToWithdraw, caWithdrawnAlready,
    caConsentDoesNotCover, caHintWithdrawOnlyDate, caHintGroundNeedsException, caHintGroundShort,
    caEditedCopyGone, caEditWouldAdd, caNoEditor, caEditorDoesNotWait, caChangedOnDisk,
    caNoPrivateFolder,
    caCannotStartEditor, caLostEditor, caEraseFullID, caEraseNeedsConfirmation, caNameTheExport,
    caHintSalt, caSaltFileUnreadable, caSaltFileEmpty, caSaltFileOpen, caHintRecordFormat,
    caNotBare, caNotInGit,
    caCannotMakePrivate,
    caHintGoalDidYouMean, caHintGoalAction, caHintGoalOneLine, caHintGoalID, caHintGoesWithBaseline,
    caGoalClosed, caGoalClosedOn, caGoalExists, caGoalNotDefinedNoGoalsYet, caHintGroupAction,
    caHintGroupNewOptions, caNotAGroup,
    caJoinClosed,
    caCannotRead, caMeetingExists, caSameWorker, caWorkerLeft, caWorkerWithoutEnd, caUnreadableOne,
    caUnreadableMany, caNotWorkers, caHandedOverAlready, caNothingToHandOver, caCannotReadCheckPath,
    caNotUTF8, caNoRows,
    caInternalError, caImportProblem, caImportProblems, caHintReferrer
  // Several workspaces and aggregates (`Messages+Aggregate.swift`).
  case aggNeedsPeriod, aggNeedsOutput, aggForceOnly, aggDirTwice, aggLeftOut, aggExists
  case aggDefinedDifferently
  case aggUnreadable, aggInvalid
  // The last English-only texts of the commands (`Messages+CommandsC.swift`).
  case ccSyncNoDriver, ccNoMergeDriverNote, ccSyncMergeUnderWay, ccSyncRebaseUnderWay,
    ccSyncDetached, ccSyncNoUpstream
  case ccSyncCommitMessage, ccOneFile, ccFiles, ccSyncNoName, ccSyncNotCommitted
  case ccSyncCommitted, ccSyncConflictOne, ccSyncConflictMany, ccSyncCannotPull, ccSyncNoNew
  case ccSyncMerged, ccSyncGot, ccSyncPushRace, ccSyncCannotPush, ccSyncShared, ccGitFailed
  case ccSyncInvalid, ccSyncMessageLabel, ccSyncMessageIdentifier
  case ccGitLogin, ccGitOffline, ccConflictLine, ccConflictUnmergeable, ccConflictEntry
  case ccConflictIn, ccConflictStart, ccConflictAtLine, ccNothing, ccNoTrajectory
  case ccSeveralTrajectoriesHead, promptWhichOne, promptAnswerNumberOnly
  case ccSeveralTrajectories, ccNameOneById, ccNameOneByIdErase, ccConfigHasErrors
  case ccCannotWriteIn, ccFutureDate, ccPeriodInFuture, ccFileHasErrors, ccWouldBeInvalid,
    ccNewFileWouldBeInvalid,
    ccCannotChange, ccEditUnsafe, ccEditInvalid, ccEditUnexpected
  case ccWouldBreakActivities
  case ccNothingChanged, ccNothingErased, ccErasePartly, ccEditorNotStarted, ccEditorStatus,
    ccEditCannotSave
  case ccIsUnchanged, ccNoChangesTo, ccSaved, ccStillHasError, ccStillHasErrors
  case ccNothingAsked, ccTheAnswerFor, ccCreatedChild, ccWarningLine, ccSameLabel,
    ccAlreadyFormatted
  case ccWouldBeFormatted, ccWouldBeFormattedOne, ccFormatted, ccRunFmt, ccFmtUnsafe,
    ccFileUnchanged, ccFmtSameForMore
  case ccYAMLErrorsLeft, ccEarlierWarning, ccEarlierWarnings, ccCommitStopped, ccPushRefused
  case ccCannotReadInput, ccWaitingForLock, ccWrote, ccNothingImported, ccNothingInAnyFile
  case ccNothingChangedPhrase, ccNothingInAnyFilePhrase
  case ccOutNameAFile, ccOutIsOwn, ccOutLiesInOwn, ccOutFolder, ccOutKind, ccOutInsideWorkspace
  case ccKeptEdit, ccKeptAnswers, ccKeptStatement, ccKeptNote, ccKeptIn, ccKeptInPlural
  case ccNotKept, ccNotKeptErased, ccReuseEdit, ccReuseAnswers, ccReuseStatement, ccReuseNote,
    ccAnswersHeader
  case ccMergeNotYAML, ccMergeRenumbered, ccMergeRenumberedYours, ccMergeLabelUpstream
  case ccMergeLabelYours, ccMergeFollowed, ccMergeConflictAt, ccMergeConflict
  case ccMergeConflicts
  case ccMergedHasErrors, ccMergedActivityHint, ccMergedTallyHint, ccCannotMergeFile
  case ccLeftPeriod, ccLeftExport, ccLeftCombined, ccLeftUnreadableOne, ccLeftUnreadableMany
  case ccLeftErrorsOne, ccLeftErrorsMany, ccLeftRefusalOne, ccLeftRefusalMany, ccLeftEveryProblem
  case ccLeftValidate, ccNoRecordUnreadable, ccNoReportUnreadable
  case ccLeftRepeatOne, ccLeftRepeatMany, ccLeftRepeatRefusal
  // What the writing commands did (`Messages+Confirmations.swift`).
  case okLogged, okFollowUp, okMinutes, okFor, okScored, okClosed, okPlanned, okInWeek, okWas
  case okNext, okResults, okConsent, okConsentForm, okWithdrawn, okWithdrawnOnly, okStarted
  case okPlannedWeeks, okStatusActive, okGoalAdded, okTarget, okBaseline, okGoalResult
  case okOneMinute, okManyMinutes, okWithoutMinutes, okWithoutMinutesNote
  case okLightContact, okOneContact, okContacts, okTeacherSupport, okThemeMeeting, okAttending
  case okReceived, okGiven, okOnBasis, okMeasure, okPaused, okResumed, okAfterPause
  case okOneSchoolWeek, okSchoolWeeks, okOneHolidayWeek, okHolidayWeeks, okAnd, okMoved
  case okHandedOver
  case okGroupStartedOne, okGroupStarted, okAlreadyTakesPart, okAlreadyTakePart, okAddedToGroupOne
  case okAddedToGroup
  case okCreatedInGroup, okGroupMeeting, okUnnamedAbsent, okNoConsentNotRecorded, okOneChild,
    okChildren, okWithoutName
  case okOutsideTrajectoryNotRecorded
  case okMeeting
  case okMinutesAsMeetingOf
  case inCreated, inAboutConfig, inAboutTrajectories, inAboutIgnore, inAboutAttributes, inUpdated
  case inKept, inSchemas, inNewRepository, inNextSteps, inStepEdit, inStepChild, inStepCommit
  case inStepGit, inNoSchemas, inNoGit, inNested
  case ccNotATrajectory, ccNewConfigInvalid
  case ccOutInWorkspaceAt, ccRefNone, ccRefOneOf, ccRefDidYouMean, ccStartStatus
  // The problems `import` finds in a CSV (`Messages+CommandsC.swift`).
  case ciRow, ciRowColumn, ciUnknownColumn, ciUnknownColumns, ciDidYouMean, ciNoColumn
  case ciSeveralProgrammes
  case ciNoReferrer, ciNotADate, ciFuture, ciNoLabel, ciBornFullDate, ciBornShape
  case ciEmptyReference, ciUnknownReference, ciSchool, ciWorker, ciProgramme, ciNotAReferrer
  case ciNoReferral, ciNotACount, ciStartBeforeReferral, ciNoStartOne, ciNoStart, ciWorkerLeft
  case ciAlreadyThere
  case ciSameChild, ciNoFreeId, ciStandardInput, ciWouldWrite, ciDryRun, ciDryRunOne, ciImportedOne
  case ciImportedMany, ciSameColumnTwice, ciUnclosedQuote, ciValueWithoutHeader
  case ciNoProgrammeInRow, ciNoReferrerInRow
  // The second pass of issue 28 (`Messages+CommandsD.swift`).
  case cdPauseStatusIs, cdPauseNoStatus, cdPauseNotRunning, cdPauseAlready, cdPauseBeforeStart
  case cdPauseAfterLast, cdPauseInFuture, cdMoveInFuture
  case cdStatementAdded, cdTheChild, cdTheParents, cdLine, cdLines, cdMeldcodeRecorded
  case cdAgreeRecorded, cdCannotWriteOutput, cdStandardOutput, cdPublished, cdPublishedOverlap
  case cdPublishedSame
  case cdPublishedDiffOne, cdPublishedDiffMany, cdAndMore, cdNone
  // `git-setup` (`Messages+GitSetup.swift`).
  case gsSetUp, gsSetUpBare, gsCurrentFolder, gsAttributesKept, gsAttributesAdded,
    gsAttributesTidied, gsSchemasKept
  case gsSchemasWritten, gsSchemasNewer, gsSchemasUpdated, gsSchemaNewerWarning, gsConfigErrors
  case gsDiffDriver, gsDiffKept, gsDiffSet, gsPullNew, gsPullKept, gsFolder, gsFolderMadePrivate
  case gsFolderPrivate, gsMergeDriver, gsMergeKept, gsMergeRegistered, gsMergeUpdated
  case gsPreCommit, gsPreReceive, gsHookNotOurs, gsHookKept, gsHookInstalled, gsHookUpdated
  case gsHookNotOursWarning, gsServerInstalled, gsServerKept, gsServerUpdated
  case gsServerNotOursWarning, gsNoAmigoOnPath
  case erErased, erLink, erTempCopy, erTempCopies, erNotRecorded, erRecorded, erActivityOne
  case erActivityMany, erNoGit, erProcedure, erRecoveryOne, erRecoveryMany, erRecoveryNotRemoved
  case erRecoveryUnnamedOne, erRecoveryUnnamedMany
  case cdRetNoClosure, cdRetActivityOne, cdRetActivityMany
  case cdStartClosed, cdStartClosedOn, cdStartAlready, cdStartResume, cdStartNoConsent,
    cdStartWrongParty
  case cdConsentGivenLater, cdConsentWithdrawnOn, cdCloseGoalNoResult, cdCloseGoalsNoResult
  case cdCloseGiveResults, cdCloseOrFirst, cdReferUpdated, cdReferRecorded, cdRetId
  case cdRetProgramme, cdRetEnded, cdRetDestroyAfter, cdRetOverdue, cdRetDueToday, cdRetOverdueBy
  case cdRetDueIn, cdRetDay, cdRetDays, cdRetWeek, cdRetWeeks, cdRetMonth, cdRetMonths
  case cdRetYear, cdRetYears, cdRetNoPeriod, cdRetCannotRead, cdRetNoneOverdue
  case cdRetOverdueOne, cdRetOverdueMany, cdRetNoneDue, cdRetDueOne, cdRetDueMany
  case cdRetNoPeriodOne, cdRetNoPeriodMany, cdRetUnreadableOne, cdRetUnreadableMany
  case cdRetDestroy, cdRetWarnUnreadable, cdOneFile, cdFiles, cdShowHasError, cdShowHasErrors
  case cdActivityLeftOutOne, cdActivitiesLeftOut, cdTrajectoriesUnreadableOne
  case cdTrajectoriesUnreadableMany, cdActivitiesUnreadable, cdRecordHasErrors
  case cdTrajectoriesRepeatOne, cdTrajectoriesRepeatMany
  case cdListOneError, cdListErrors, cdListNotListed, cdReportCountedOne, cdReportCountedMany
  case cdReportOtherCountedOne, cdReportOtherCountedMany, cdReportWeekNearest, cdConsentScopeNeeded,
    cdConsentNoneLeft
  case cdExpTrajectory, cdExpTrajectories, cdExpRating, cdExpRatings, cdExpMeasure
  case cdExpMeasures, cdExpAnd, cdExpOf, cdExpExported, cdExpOverlapping, cdExpRandomSalt
  case cdExpGivenSalt, cdExpNoConsentOne, cdExpNoConsentMany, cdExpShortSalt, cdExpBrokenOne
  case cdExpBrokenMany, cdExpInFacts, cdExpCSVCannotSay
  // The QA round after issue 28 (`Messages+CommandsE.swift`).
  case cePreviousOpen, cePreviousOtherChild, ceFamilyNoSiblings, ceFamilySiblings,
    ceFamilySiblingNotChanged
  case ceConsentChildUnder12, ceRated, ceRatedTarget, ceMoveSameSchool, ceMoveClosed,
    ceMoveAfterClosure
  case ceMoveSchoolsEnd, ceMoveNotAfter, ceMoveNoReferral, ceMoveBeforeReferral
  case ceHandedOverOne, ceHandedOverMany, ceTheGroup, ceTheChildrenToAdd

  /// English and Dutch: the base entries and each part's.
  public static let catalogue: [Message: (en: String, nl: String)] = base.merging(
    prompts, uniquingKeysWith: { a, _ in a }
  ).merging(changes, uniquingKeysWith: { a, _ in a })
    .merging(hints, uniquingKeysWith: { a, _ in a })
    .merging(validate, uniquingKeysWith: { a, _ in a })
    .merging(activityChanges, uniquingKeysWith: { a, _ in a })
    .merging(errors, uniquingKeysWith: { a, _ in a })
    .merging(aggregate, uniquingKeysWith: { a, _ in a })
    .merging(commandsB, uniquingKeysWith: { a, _ in a })
    .merging(commandsA, uniquingKeysWith: { a, _ in a })
    .merging(commandsC, uniquingKeysWith: { a, _ in a })
    .merging(confirmations, uniquingKeysWith: { a, _ in a })
    .merging(commandsD, uniquingKeysWith: { a, _ in a })
    .merging(erase, uniquingKeysWith: { a, _ in a })
    .merging(gitSetup, uniquingKeysWith: { a, _ in a })
    .merging(commandsE, uniquingKeysWith: { a, _ in a })

  static let base: [Message: (en: String, nl: String)] = [
    .error: ("Error: {0}", "Fout: {0}"),
    .usageLine: ("Usage: {0}", "Gebruik: {0}"),
    .seeCommandHelp: (
      "See 'amigo {0} --help' for more information.", "Zie 'amigo {0} --help' voor meer uitleg."
    ),
    .seeHelp: ("See 'amigo --help' for more information.", "Zie 'amigo --help' voor meer uitleg."),
    .unknownCommand: ("Unknown command '{0}'.", "Onbekende opdracht '{0}'."),
    .unknownOption: ("Unknown option '{0}'.", "Onbekende optie '{0}'."),
    .optionsAfterCommand: (
      " Options come after the command: amigo COMMAND [OPTIONS].",
      " Opties komen na de opdracht: amigo OPDRACHT [OPTIES]."
    ),
    .didYouMean: (" Did you mean '{0}'?", " Bedoelde je '{0}'?"),
    .missingArgument: ("Missing expected argument '<{0}>'", "Het argument '<{0}>' ontbreekt"),
    .unexpectedArgument: ("Unexpected argument '{0}'", "Onverwacht argument '{0}'"),
    .optionNotOfAction: (
      "'{0}' is not an option of 'amigo {1}'", "'{0}' is geen optie van 'amigo {1}'"
    ),
    .optionNotOfActionUsedBy: (
      "'{0}' is not an option of 'amigo {1}': it is only used by {2}",
      "'{0}' is geen optie van 'amigo {1}': die wordt alleen gebruikt door {2}"
    ),
    .missingValue: ("Missing value for '{0}'", "De waarde voor '{0}' ontbreekt"),
    .unexpectedValue: (
      "The flag '{0}' does not take a value", "De optie '{0}' heeft geen waarde"
    ),
    .repeatedOption: (
      "The option '{0}' was given more than once", "De optie '{0}' is meer dan eens gegeven"
    ),
    .conflictingOptions: (
      "The options '{0}' and '{1}' cannot be used together",
      "De opties '{0}' en '{1}' gaan niet samen"
    ),
    .invalidValue: (
      "The value '{0}' is invalid for '{1}'", "De waarde '{0}' is ongeldig voor '{1}'"
    ),
    .provideOneOf: ("Please provide one of {0}.", "Kies een van {0}."),
    .provideOneOfDutchFirst: (
      "Please provide one of {0} (in English: {1}).", "Kies een van {0} (of in het Engels: {1})."
    ),
  ]

  /// The placeholders `{0}`, `{1}`… a template uses.
  public static func placeholders(_ template: String) -> Set<String> {
    var found: Set<String> = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      found.insert(String(rest[open...close]))
      rest = after[after.index(after: close)...]
    }
    return found
  }
}

extension Language {
  /// `message` in this language, with `arguments` for `{0}`, `{1}`….
  public func text(_ message: Message, _ arguments: String...) -> String {
    let entry = Message.catalogue[message] ?? (message.rawValue, message.rawValue)
    var text = code == "nl" ? entry.nl : entry.en
    for (i, argument) in arguments.enumerated() {
      text = text.replacing("{\(i)}", with: argument)
    }
    return text
  }

  /// The allowed values of `spec` for a message: in Dutch the Dutch words first (each value's
  /// first Dutch word, or the value), then the English values; in English the values.
  public func choices(_ spec: EnumSpec) -> String {
    let english = SchemaDiagnostics.listJoined(spec.values.map { "'\($0.value)'" }, "or")
    guard code == "nl" else { return text(.provideOneOf, english) }
    let dutch = spec.values.map { "'\($0.aliases.first ?? $0.value)'" }
    let englishNL = SchemaDiagnostics.listJoined(spec.values.map { "'\($0.value)'" }, "of")
    if spec.values.allSatisfy({ $0.aliases.isEmpty }) { return text(.provideOneOf, englishNL) }
    return text(.provideOneOfDutchFirst, SchemaDiagnostics.listJoined(dutch, "of"), englishNL)
  }
}
