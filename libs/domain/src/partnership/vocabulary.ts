// The partnership's closed lists, each the one source of its type: the API's OpenAPI enums, the web's labels and
// the tests read these lists rather than spelling the values again.

/** Where an invited organisation stands; LEFT: its notice of the agreement in force took effect (rules version 3). */
export const ORGANISATION_STATUSES = ['INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'LEFT'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** Why a meeting was held: in the dialogue phase, or as a follow-up of the agreement in force. */
export const MEETING_PURPOSES = ['DIALOGUE', 'FOLLOW_UP'] as const;
export type MeetingPurpose = (typeof MEETING_PURPOSES)[number];

/** A party's answer to a draft version. */
export const REVIEW_DECISIONS = ['APPROVED', 'CHANGES_REQUESTED'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** What a political body decided; RETURNED is återremiss. */
export const DECISION_OUTCOMES = ['APPROVED', 'REJECTED', 'RETURNED'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** What the administrative court decided on an appeal of a decision (laglighetsprövning): UPHELD stands, ANNULLED upphävs. */
export const APPEAL_OUTCOMES = ['UPHELD', 'ANNULLED'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** Why a drafting round was opened: the first, after återremiss, an amendment, a renewal. */
export const ROUND_KINDS = ['INITIAL', 'RESUBMISSION', 'AMENDMENT', 'RENEWAL'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** How a partnership ended. */
export const END_REASONS = ['EXPIRED', 'TERMINATED', 'REJECTED', 'NO_ORGANISATIONS_LEFT'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** What a party can be asked to do. */
export const TASK_TYPES = [
  'RESPOND_TO_INVITATION',
  'AGREE_PROBLEM_DEFINITION',
  'GIVE_INPUT',
  'APPROVE_DRAFT',
  'RECORD_DECISION',
  'SIGN',
  'SUBMIT_FOLLOW_UP_REPORT',
  'HOLD_FOLLOW_UP_MEETING',
  // Under rules version 3 a renewal asks each organisation to confirm or update its profile (re-check of registration).
  'CONFIRM_ORGANISATION_PROFILE',
  // A de minimis state aid assessment asks each organisation it names to declare its other de minimis aid.
  'DECLARE_DE_MINIMIS_AID',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

/** An organisation's legal form (juridisk form). OTHER needs a description of its own. */
export const LEGAL_FORMS = [
  'NON_PROFIT_ASSOCIATION', // ideell förening
  'ECONOMIC_ASSOCIATION', // ekonomisk förening
  'FOUNDATION', // stiftelse
  'REGISTERED_RELIGIOUS_COMMUNITY', // registrerat trossamfund
  'LIMITED_COMPANY_RESTRICTED_DIVIDENDS', // aktiebolag med särskild vinstutdelningsbegränsning (SVB)
  'OTHER',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** The documents an organisation's profile lists (the files themselves come with the records issue). */
export const ATTACHMENT_KINDS = [
  'STATUTES', // stadgar
  'ANNUAL_REPORT', // verksamhetsberättelse / årsredovisning
  'ANNUAL_ACCOUNTS', // bokslut
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
