import { KernelRefusals } from '../kernel/refusals';
import { Principle, principleNames } from '../partnership/principle';
import { RefusalKind, RuleResult } from '../kernel/refusal';
import { escapeUnstorable, TextProblem } from '../text';

/** A refusal naming the command's field that breaks the rule (where one does). */
function refuseAt<T>(code: string, sv: string, en: string, kind: RefusalKind, field?: string): RuleResult<T> {
  return { ok: false, refusal: { code, message: { sv, en }, kind, ...(field === undefined ? {} : { field }) } };
}

/** The field's path as a refusal may echo it (it reaches the audit log, so it must be storable). */
const shown = (field: string) => escapeUnstorable(field);

/**
 * The framework's refusal catalogue: every illegal move's code, kind and sentence in Swedish and English, and the
 * field it is about. CONFLICT: the move does not fit the framework's state (409); INVALID: the content breaks a
 * rule (422); FORBIDDEN: the party may not make the move (403).
 */
export const FrameworkRefusals = {
  publicPartyOnly: KernelRefusals.publicPartyOnly,
  organisationOnly: KernelRefusals.organisationOnly,
  taskOfAnotherParty: KernelRefusals.taskOfAnotherParty,
  taskNotOpen: KernelRefusals.taskNotOpen,
  ended: <T>(): RuleResult<T> => refuseAt('FRAMEWORK_ENDED', 'Överenskommelsen är avslutad.', 'The framework agreement has ended.', 'CONFLICT'),
  unknownParty: <T>(party: string): RuleResult<T> =>
    refuseAt(
      'PARTY_NOT_KNOWN',
      `${escapeUnstorable(party)} är varken den offentliga parten eller ett giltigt organisationsnummer.`,
      `${escapeUnstorable(party)} is neither the public party nor a valid organisation number.`,
      'FORBIDDEN',
    ),
  textNotStorable: <T>(field: string, problem: TextProblem): RuleResult<T> => {
    const result = KernelRefusals.textNotStorable<T>(field, problem);
    return result.ok ? result : { ok: false, refusal: { ...result.refusal, field } };
  },
  dateOutOfRange: <T>(field: string): RuleResult<T> => {
    const result = KernelRefusals.dateOutOfRange<T>(shown(field));
    return result.ok ? result : { ok: false, refusal: { ...result.refusal, field } };
  },
  textRequired: <T>(field: string): RuleResult<T> =>
    refuseAt('TEXT_REQUIRED', `Fältet ${shown(field)} får inte vara tomt.`, `The field ${shown(field)} must not be empty.`, 'INVALID', field),
  valueNotAllowed: <T>(field: string, allowed: readonly string[]): RuleResult<T> =>
    refuseAt(
      'VALUE_NOT_ALLOWED',
      `Fältet ${shown(field)} ska vara ett av ${allowed.join(', ')}.`,
      `The field ${shown(field)} must be one of ${allowed.join(', ')}.`,
      'INVALID',
      field,
    ),
  valueRepeated: <T>(field: string): RuleResult<T> =>
    refuseAt('VALUE_REPEATED', `Fältet ${shown(field)} upprepar ett värde.`, `The field ${shown(field)} repeats a value.`, 'INVALID', field),
  numberOutOfRange: <T>(field: string, min: number, max: number): RuleResult<T> =>
    refuseAt(
      'NUMBER_OUT_OF_RANGE',
      `Fältet ${shown(field)} ska vara ett heltal från ${min} till ${max}.`,
      `The field ${shown(field)} must be a whole number from ${min} to ${max}.`,
      'INVALID',
      field,
    ),

  // Versions and their decisions
  draftPending: <T>(version: number): RuleResult<T> =>
    refuseAt(
      'DRAFT_PENDING',
      `Version ${version} är ett utkast som väntar på beslut; besluta om den innan en ny version föreslås.`,
      `Version ${version} is a draft awaiting its decision; decide on it before proposing another version.`,
      'CONFLICT',
    ),
  principleUnaddressed: <T>(principles: readonly Principle[]): RuleResult<T> =>
    refuseAt(
      'PRINCIPLE_UNADDRESSED',
      `Versionen anger inget åtagande under principerna ${principleNames(principles, 'sv')}; varje princip behöver minst ett.`,
      `The version gives no commitment under the principles ${principleNames(principles, 'en')}; each principle needs at least one.`,
      'INVALID',
      'principles',
    ),
  periodDates: <T>(): RuleResult<T> =>
    refuseAt(
      'PERIOD_DATES_INVALID',
      'Periodens slutdatum får inte ligga före dess startdatum.',
      "The period's end date must not be before its start date.",
      'INVALID',
      'period.end',
    ),
  seatsNotPositive: <T>(): RuleResult<T> =>
    refuseAt(
      'STEERING_GROUP_UNEQUAL',
      'Samverkansgruppens platser per sektor ska vara ett positivt heltal, samma för båda sektorerna.',
      "The steering group's seats per sector must be a positive whole number, the same for both sectors.",
      'INVALID',
      'steeringGroup.seatsPerSector',
    ),
  versionNotLatestDraft: <T>(version: number, latest: number | undefined): RuleResult<T> =>
    refuseAt(
      'VERSION_NOT_LATEST_DRAFT',
      latest === undefined
        ? `Version ${version} är inte ett utkast som väntar på beslut; inget utkast väntar.`
        : `Version ${version} är inte det senaste utkastet; beslutet gäller version ${latest}.`,
      latest === undefined
        ? `Version ${version} is not a draft awaiting a decision; no draft is awaiting one.`
        : `Version ${version} is not the latest draft; the decision is on version ${latest}.`,
      'CONFLICT',
      'version',
    ),
  diarienummerRequired: <T>(): RuleResult<T> =>
    refuseAt(
      'DIARIENUMMER_REQUIRED',
      'Ett politiskt beslut kräver ett diarienummer.',
      'A political decision needs a diarienummer.',
      'INVALID',
      'diarienummer',
    ),
  reasonsRequired: <T>(): RuleResult<T> =>
    refuseAt(
      'REASONS_REQUIRED',
      'Återremiss och avslag kräver motivering.',
      "Återremiss and rejection need the body's reasons.",
      'INVALID',
      'reasons',
    ),
  decisionInFuture: <T>(): RuleResult<T> =>
    refuseAt(
      'DECISION_DATE_IN_FUTURE',
      'Beslutet kan föras in först när sammanträdet har hållits; datumet ligger i framtiden.',
      'A decision can be recorded only once the meeting was held; the date is in the future.',
      'INVALID',
      'meetingDate',
    ),
  periodEndedBeforeDecision: <T>(version: number, end: string): RuleResult<T> =>
    refuseAt(
      'PERIOD_ENDED_BEFORE_DECISION',
      `Version ${version} gäller till ${end}, före beslutsdatumet; föreslå en version med en period som ännu gäller.`,
      `Version ${version} runs until ${end}, before the decision's date; propose a version whose period still runs.`,
      'CONFLICT',
      'meetingDate',
    ),
  notInForce: <T>(): RuleResult<T> =>
    refuseAt(
      'FRAMEWORK_NOT_IN_FORCE',
      'Ingen version av överenskommelsen är i kraft.',
      'No version of the framework agreement is in force.',
      'CONFLICT',
    ),
  noVersionAdopted: <T>(): RuleResult<T> =>
    refuseAt(
      'FRAMEWORK_NOT_IN_FORCE',
      'Ingen version av överenskommelsen är antagen ännu.',
      'No version of the framework agreement has been adopted yet.',
      'CONFLICT',
    ),

  // Joining and leaving
  declarationIncomplete: <T>(missing: readonly string[]): RuleResult<T> =>
    refuseAt(
      'DECLARATION_INCOMPLETE',
      `Anslutningen ska intyga alla åtaganden som överenskommelsen kräver; saknas: ${missing.join(', ')}.`,
      `The application must declare every undertaking the framework requires; missing: ${missing.join(', ')}.`,
      'INVALID',
      'declaration',
    ),
  alreadyJoined: <T>(organisationNumber: string): RuleResult<T> =>
    refuseAt(
      'ALREADY_JOINED',
      `Organisationen ${organisationNumber} är redan ansluten till överenskommelsen.`,
      `The organisation ${organisationNumber} has already joined the framework.`,
      'CONFLICT',
    ),
  applicationPending: <T>(organisationNumber: string): RuleResult<T> =>
    refuseAt(
      'APPLICATION_PENDING',
      `Organisationen ${organisationNumber} har redan ansökt; ansökan väntar på beslut.`,
      `The organisation ${organisationNumber} has already applied; the application awaits a decision.`,
      'CONFLICT',
    ),
  noApplication: <T>(organisationNumber: string): RuleResult<T> =>
    refuseAt(
      'APPLICATION_NOT_FOUND',
      `Det finns ingen ansökan från ${escapeUnstorable(organisationNumber)} som väntar på beslut.`,
      `There is no application of ${escapeUnstorable(organisationNumber)} awaiting a decision.`,
      'CONFLICT',
      'organisationNumber',
    ),
  refusalReasonRequired: <T>(): RuleResult<T> =>
    refuseAt('REASON_REQUIRED', 'Ett avslag på en ansökan kräver en motivering.', 'Refusing an application needs a reason.', 'INVALID', 'reason'),
  notAMember: <T>(organisationNumber: string, kind: RefusalKind, field?: string): RuleResult<T> =>
    refuseAt(
      'NOT_A_MEMBER',
      `Organisationen ${escapeUnstorable(organisationNumber)} är inte ansluten till överenskommelsen.`,
      `The organisation ${escapeUnstorable(organisationNumber)} has not joined the framework.`,
      kind,
      field,
    ),

  // The steering group
  steeringGroupUnequal: <T>(sector: string, filled: Record<string, number>, seats: number, on: string): RuleResult<T> =>
    refuseAt(
      'STEERING_GROUP_UNEQUAL',
      `Sektorn ${sector} har redan alla sina ${seats} platser tillsatta den ${on} (offentlig sektor ${filled.PUBLIC}, ` +
        `idéburen sektor ${filled.CIVIL_SOCIETY} av ${seats} var): båda sektorerna ska ha lika många ledamöter.`,
      `The sector ${sector} already fills all its ${seats} seats on ${on} (public sector ${filled.PUBLIC}, ` +
        `civil society ${filled.CIVIL_SOCIETY} of ${seats} each): both sectors must have the same number of members.`,
      'CONFLICT',
      'sector',
    ),
  notOwnOrganisation: <T>(): RuleResult<T> =>
    refuseAt(
      'NOT_OWN_ORGANISATION',
      'En organisation kan bara utse en ledamot för den idéburna sektorn från sin egen organisation.',
      'An organisation can appoint only a civil-society member from its own organisation.',
      'FORBIDDEN',
      'organisationNumber',
    ),
  termDates: <T>(): RuleResult<T> =>
    refuseAt(
      'TERM_DATES_INVALID',
      'Mandatperiodens slut får inte ligga före dess start.',
      "The term's end must not be before its start.",
      'INVALID',
      'termEnd',
    ),
  memberNotFound: <T>(memberId: number): RuleResult<T> =>
    refuseAt(
      'STEERING_GROUP_MEMBER_NOT_FOUND',
      `Samverkansgruppen har ingen ledamot ${memberId}.`,
      `The steering group has no member ${memberId}.`,
      'CONFLICT',
      'memberId',
    ),
  membershipAlreadyEnded: <T>(memberId: number, endedOn: string): RuleResult<T> =>
    refuseAt(
      'MEMBERSHIP_ALREADY_ENDED',
      `Ledamot ${memberId} lämnade samverkansgruppen ${endedOn}.`,
      `Member ${memberId} left the steering group on ${endedOn}.`,
      'CONFLICT',
      'memberId',
    ),
  endOutsideTerm: <T>(termStart: string, termEnd: string): RuleResult<T> =>
    refuseAt(
      'END_DATE_OUTSIDE_TERM',
      `Slutdatumet ska ligga inom mandatperioden ${termStart}–${termEnd}.`,
      `The end date must fall within the term ${termStart} to ${termEnd}.`,
      'INVALID',
      'endedOn',
    ),
  meetingOutsidePeriod: <T>(date: string, today: string): RuleResult<T> =>
    refuseAt(
      'MEETING_OUTSIDE_PERIOD',
      date > today
        ? `Mötet ${date} ligger i framtiden; ett möte förs in när det har hållits.`
        : `Mötet ${date} ligger utanför perioden för varje antagen version av överenskommelsen.`,
      date > today
        ? `The meeting of ${date} is in the future; a meeting is recorded once it was held.`
        : `The meeting of ${date} falls outside the period of every adopted version of the framework.`,
      'INVALID',
      'date',
    ),
  attendanceRequired: <T>(): RuleResult<T> =>
    refuseAt(
      'ATTENDANCE_REQUIRED',
      'Mötet ska ange närvaron för minst en sektor.',
      "The meeting must give at least one sector's attendance.",
      'INVALID',
      'attendance',
    ),
  attendeeNamesRequired: <T>(field: string): RuleResult<T> =>
    refuseAt(
      'ATTENDEE_NAMES_REQUIRED',
      `Närvaron (${shown(field)}) ska ange minst en person vid namn, och inget tomt namn.`,
      `The attendance (${shown(field)}) must name at least one person, and no empty name.`,
      'INVALID',
      field,
    ),
  meetingNotFound: <T>(meetingId: number): RuleResult<T> =>
    refuseAt('MEETING_NOT_FOUND', `Det finns inget möte ${meetingId}.`, `There is no meeting ${meetingId}.`, 'CONFLICT', 'meetingId'),
  noSeatAtMeeting: <T>(organisationNumber: string, date: string): RuleResult<T> =>
    refuseAt(
      'NO_STEERING_GROUP_SEAT',
      `Organisationen ${organisationNumber} hade ingen ledamot i samverkansgruppen den ${date}.`,
      `The organisation ${organisationNumber} had no member of the steering group on ${date}.`,
      'FORBIDDEN',
    ),

  // Conferences, action plans, reviews
  conferenceAlreadyRecorded: <T>(year: number): RuleResult<T> =>
    refuseAt(
      'CONFERENCE_ALREADY_RECORDED',
      `Uppföljningskonferensen för ${year} är redan införd.`,
      `The follow-up conference for ${year} has already been recorded.`,
      'CONFLICT',
      'year',
    ),
  conferenceDate: <T>(year: number, today: string): RuleResult<T> =>
    refuseAt(
      'CONFERENCE_DATE_INVALID',
      `Konferensen om ${year} hålls under ${year} eller ${year + 1}, och senast i dag (${today}).`,
      `The conference on ${year} is held in ${year} or ${year + 1}, and no later than today (${today}).`,
      'INVALID',
      'date',
    ),
  unknownCommitment: <T>(field: string, commitmentId: string, version: number): RuleResult<T> =>
    refuseAt(
      'COMMITMENT_UNKNOWN',
      `Version ${version} har inget åtagande ${escapeUnstorable(commitmentId)}.`,
      `Version ${version} has no commitment ${escapeUnstorable(commitmentId)}.`,
      'INVALID',
      field,
    ),
  unknownAction: <T>(field: string, actionId: string, year: number): RuleResult<T> =>
    refuseAt(
      'ACTION_UNKNOWN',
      `Handlingsplanerna för ${year - 1} och ${year} har ingen åtgärd ${escapeUnstorable(actionId)}.`,
      `The action plans of ${year - 1} and ${year} have no action ${escapeUnstorable(actionId)}.`,
      'INVALID',
      field,
    ),
  attendeeNotMember: <T>(field: string, party: string): RuleResult<T> =>
    refuseAt(
      'CONFERENCE_ATTENDEE_UNKNOWN',
      `${escapeUnstorable(party)} är varken den offentliga parten eller en ansluten organisation.`,
      `${escapeUnstorable(party)} is neither the public party nor a joined organisation.`,
      'INVALID',
      field,
    ),
  actionsRequired: <T>(): RuleResult<T> =>
    refuseAt('ACTIONS_REQUIRED', 'Handlingsplanen ska ha minst en åtgärd.', 'The action plan needs at least one action.', 'INVALID', 'actions'),
  developmentAreaNotInFramework: <T>(field: string, area: string, version: number): RuleResult<T> =>
    refuseAt(
      'DEVELOPMENT_AREA_NOT_IN_FRAMEWORK',
      `Utvecklingsområdet ${escapeUnstorable(area)} finns inte i version ${version} av överenskommelsen.`,
      `The development area ${escapeUnstorable(area)} is not in version ${version} of the framework.`,
      'INVALID',
      field,
    ),
};
