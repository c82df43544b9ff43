// The framework agreement's closed lists, each the one source of its type: the API's OpenAPI enums, the web's
// labels and the tests read these lists rather than spelling the values again.

/**
 * Where a framework agreement (överenskommelse) stands as a whole:
 * - PREPARING: no version adopted yet (the first text is drafted and goes to its political decision);
 * - IN_FORCE: a version is in force (a revision may be drafted and decided meanwhile, keeping it in force);
 * - LAPSED: the period of the last version in force has passed and no later version is in force yet; a revision
 *   can still be adopted, which brings the framework back in force;
 * - ENDED: the public party ended the framework; nothing more happens (the workflow completes).
 */
export const FRAMEWORK_STATUSES = ['PREPARING', 'IN_FORCE', 'LAPSED', 'ENDED'] as const;
export type FrameworkStatus = (typeof FRAMEWORK_STATUSES)[number];

/** Where one version of the framework's text stands. A revision (revidering) is a new version. */
export const FRAMEWORK_VERSION_STATUSES = [
  'DRAFT', // drafted, not yet decided (or sent back: återremiss)
  'ADOPTED', // decided, waiting for its period to start (the version before stays in force until then)
  'IN_FORCE', // the version in force
  'REJECTED', // the political body said no
  'SUPERSEDED', // a later version took over, or its period ended
] as const;
export type FrameworkVersionStatus = (typeof FRAMEWORK_VERSION_STATUSES)[number];

/** Whom a commitment (åtagande) binds: the public side, the idéburen sector, or both. */
export const COMMITMENT_HOLDERS = ['PUBLIC', 'SECTOR', 'BOTH'] as const;
export type CommitmentHolder = (typeof COMMITMENT_HOLDERS)[number];

/** The two sectors of a steering group (samverkansgrupp), which must have the same number of seats. */
export const SECTORS = ['PUBLIC', 'CIVIL_SOCIETY'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * What an organisation declares when it joins (ansluter sig), after the Västernorrland text. A version lists the
 * undertakings it requires; an application must declare every one of them.
 */
export const JOINING_UNDERTAKINGS = [
  'SOCIETAL_PURPOSE', // verkar för samhälleliga ändamål
  'DEMOCRATIC_VALUES', // demokratiska värderingar
  'INDEPENDENT_OF_PUBLIC_SECTOR', // organisatoriskt fristående från offentlig sektor
  'CIVIL_SOCIETY_FORM', // förening, kooperativ, socialt företag, stiftelse eller liknande
  'REGIONAL_RELATION', // regional, eller med särskild relation till regionen
] as const;
export type JoiningUndertaking = (typeof JOINING_UNDERTAKINGS)[number];

/** Where an organisation stands towards the framework. */
export const MEMBERSHIP_STATUSES = [
  'APPLIED', // applied to join, waiting for the public party
  'JOINED', // ansluten
  'REFUSED', // the public party refused the application, with a reason (it may apply again)
  'LEFT', // left the framework (it may apply again)
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** What a review decided (at least every fifth year): go on with the text in force, or revise it. */
export const REVIEW_OUTCOMES = ['CONTINUE', 'REVISE'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** How an action of a yearly action plan (handlingsplan) stood when the follow-up conference looked at it. */
export const ACTION_OUTCOMES = ['DONE', 'ONGOING', 'NOT_DONE'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];

/** What a party of a framework can be asked to do. */
export const FRAMEWORK_TASK_TYPES = [
  'DECIDE_ON_APPLICATION', // the public party: confirm or refuse an organisation's application
  'HOLD_STEERING_GROUP_MEETING', // the public party (convenor): the year's meetings are behind
  'HOLD_FOLLOW_UP_CONFERENCE', // the public party: the yearly follow-up conference
  'DECIDE_ON_REVIEW', // the public party: the review due at least every fifth year
] as const;
export type FrameworkTaskType = (typeof FRAMEWORK_TASK_TYPES)[number];

/** Warnings the framework raises for the board (not refusals: nothing is stopped by them). */
export const FRAMEWORK_WARNING_CODES = [
  'STEERING_GROUP_MEETINGS_BEHIND', // this year's remaining quarters cannot reach the required meetings
  'STEERING_GROUP_MEETINGS_MISSED', // a calendar year ended with fewer meetings than required
  'REVIEW_OVERDUE', // no review decided within the interval
] as const;
export type FrameworkWarningCode = (typeof FRAMEWORK_WARNING_CODES)[number];

/** How a framework ended. */
export const FRAMEWORK_END_REASONS = ['ENDED_BY_PUBLIC_PARTY'] as const;
export type FrameworkEndReason = (typeof FRAMEWORK_END_REASONS)[number];
