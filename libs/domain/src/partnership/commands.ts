import type { PartyKey } from '../kernel/parties';
import type { LegalBasisTerms } from '../legal-frame/legal-basis';
import type { DeMinimisDeclarationTerms, DeMinimisLedgerExtract, StateAidTerms } from '../legal-frame/state-aid';
import type { DevelopmentArea } from './principle';
import type { ParticipationLevel } from '../kernel/participation-level';
import type { Phase } from './phase';
import type { AgreementDocumentRef, DecisionTerms, DraftTerms, MeetingAttendance, OrganisationProfileTerms } from './state';
import type { AppealOutcome, ReviewDecision } from './vocabulary';

/** Every kind of move, in the order a process normally meets them; the union below has one member for each. */
export const COMMAND_TYPES = [
  'RESPOND_TO_INVITATION',
  'WITHDRAW_ORGANISATION',
  'RECORD_ORGANISATION_PROFILE',
  'PROPOSE_PHASE_LEVELS',
  'PROPOSE_PROBLEM_DEFINITION',
  'AGREE_TO_PROBLEM_DEFINITION',
  'RECORD_MEETING',
  'SUBMIT_INPUT',
  'SET_SHARED_GOAL',
  'RECORD_LEGAL_BASIS',
  'RECORD_STATE_AID_ASSESSMENT',
  'DECLARE_DE_MINIMIS_AID',
  'CLOSE_DIALOGUE',
  'SUBMIT_DRAFT',
  'REVIEW_DRAFT',
  'RECORD_POLITICAL_DECISION',
  'RECORD_PROTOCOL_ANNOUNCEMENT',
  'RECORD_APPEAL',
  'RECORD_APPEAL_OUTCOME',
  'RECORD_SIGNING_BEFORE_LEGAL_FORCE',
  'SIGN',
  'SUBMIT_FOLLOW_UP_REPORT',
  'PROPOSE_AMENDMENT',
  'START_RENEWAL',
  'TERMINATE',
] as const;

export type CommandType = (typeof COMMAND_TYPES)[number];

/**
 * Every move a person can make in a partnership. `party` is the party the person acts for ('PUBLIC' or an
 * organisationsnummer); `taskId`, where given, names the task the move answers.
 */
export type PartnershipCommand =
  | { type: 'RESPOND_TO_INVITATION'; party: PartyKey; accept: boolean; reason?: string; taskId?: string }
  | { type: 'WITHDRAW_ORGANISATION'; party: PartyKey; reason: string }
  | ({ type: 'RECORD_ORGANISATION_PROFILE'; party: PartyKey; organisationNumber: string; taskId?: string } & OrganisationProfileTerms)
  | { type: 'PROPOSE_PHASE_LEVELS'; party: PartyKey; levels: ProposedPhaseLevel[] }
  | {
      type: 'PROPOSE_PROBLEM_DEFINITION';
      party: PartyKey;
      challenge: string;
      targetGroup: string;
      goals: string[];
      developmentAreas: DevelopmentArea[];
    }
  | { type: 'AGREE_TO_PROBLEM_DEFINITION'; party: PartyKey; taskId?: string }
  | { type: 'RECORD_MEETING'; party: PartyKey; date: string; attendees: MeetingAttendance[]; minutes: string; followUpDueDate?: string }
  | { type: 'SUBMIT_INPUT'; party: PartyKey; text: string; taskId?: string }
  | { type: 'SET_SHARED_GOAL'; party: PartyKey; sharedGoal: string }
  | ({ type: 'RECORD_LEGAL_BASIS'; party: PartyKey } & LegalBasisTerms)
  | ({ type: 'RECORD_STATE_AID_ASSESSMENT'; party: PartyKey } & StateAidTerms)
  | ({ type: 'DECLARE_DE_MINIMIS_AID'; party: PartyKey; taskId?: string } & DeMinimisDeclarationTerms)
  | { type: 'CLOSE_DIALOGUE'; party: PartyKey }
  | ({ type: 'SUBMIT_DRAFT'; party: PartyKey } & DraftTerms)
  | { type: 'REVIEW_DRAFT'; party: PartyKey; version: number; decision: ReviewDecision; comment?: string; taskId?: string }
  | ({
      type: 'RECORD_POLITICAL_DECISION';
      party: PartyKey;
      deMinimisLedger?: DeMinimisLedgerExtract[];
      /** Rules version 5, for an approval: the agreement the API rendered from the approved version and stored. */
      agreementDocument?: AgreementDocumentRef;
    } & DecisionTerms)
  | { type: 'RECORD_PROTOCOL_ANNOUNCEMENT'; party: PartyKey; decisionSeq: number; protocolApprovedOn?: string; announcedOn: string }
  | { type: 'RECORD_APPEAL'; party: PartyKey; decisionSeq: number; court: string; caseNumber: string; lodgedOn: string }
  | { type: 'RECORD_APPEAL_OUTCOME'; party: PartyKey; decisionSeq: number; outcome: AppealOutcome; decidedOn: string }
  | { type: 'RECORD_SIGNING_BEFORE_LEGAL_FORCE'; party: PartyKey; decisionSeq: number; reason: string }
  | {
      type: 'SIGN';
      party: PartyKey;
      signatoryName: string;
      taskId?: string;
      /** Rules version 5: the agreement document signed. */ documentSha256?: string;
    }
  | { type: 'SUBMIT_FOLLOW_UP_REPORT'; party: PartyKey; dueDate: string; summary: string; taskId?: string }
  | { type: 'PROPOSE_AMENDMENT'; party: PartyKey; reason: string }
  | { type: 'START_RENEWAL'; party: PartyKey; reason?: string }
  | { type: 'TERMINATE'; party: PartyKey; reason: string };

/** One phase's level in a PROPOSE_PHASE_LEVELS: `level` null aims for none. */
export interface ProposedPhaseLevel {
  phase: Exclude<Phase, 'ENDED'>;
  level: ParticipationLevel | null;
  reason: string;
}

/** The move of each type, as a map: indexing it with a type parameter keeps the dispatch in decide.ts typed. */
export type CommandOfType = { [C in PartnershipCommand as C['type']]: C };

/** The move of one type. */
export type Command<T extends CommandType> = CommandOfType[T];

// Compile-time: the list and the union name the same types, in both directions.
type SameTypes<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type CommandTypesMatchTheUnion = AssertTrue<SameTypes<CommandType, PartnershipCommand['type']>>;

/** What the durable timers raise, never a person. */
export type TimerEvent =
  | { type: 'RAISE_FOLLOW_UP'; dueDate: string; year: number }
  | { type: 'EXPIRE'; endDate: string }
  | { type: 'TERMINATION_TAKES_EFFECT'; effectiveDate: string }
  | { type: 'ORGANISATION_LEAVES'; party: PartyKey; effectiveDate: string }
  | { type: 'DECISION_GAINS_LEGAL_FORCE'; decisionSeq: number; date: string };
