import type { DevelopmentArea } from '../principle';
import type { DecisionTerms, DraftTerms, MeetingAttendance, PartyKey, ReviewDecision } from './state';

/**
 * Every move a person can make in a partnership. `party` is the party the person acts for ('PUBLIC' or an
 * organisationsnummer); `taskId`, where given, names the task the move answers.
 */
export type PartnershipCommand =
  | { type: 'RESPOND_TO_INVITATION'; party: PartyKey; accept: boolean; reason?: string; taskId?: string }
  | { type: 'WITHDRAW_ORGANISATION'; party: PartyKey; reason: string }
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
  | { type: 'CLOSE_DIALOGUE'; party: PartyKey }
  | ({ type: 'SUBMIT_DRAFT'; party: PartyKey } & DraftTerms)
  | { type: 'REVIEW_DRAFT'; party: PartyKey; version: number; decision: ReviewDecision; comment?: string; taskId?: string }
  | ({ type: 'RECORD_POLITICAL_DECISION'; party: PartyKey } & DecisionTerms)
  | { type: 'SIGN'; party: PartyKey; signatoryName: string; taskId?: string }
  | { type: 'SUBMIT_FOLLOW_UP_REPORT'; party: PartyKey; dueDate: string; summary: string; taskId?: string }
  | { type: 'PROPOSE_AMENDMENT'; party: PartyKey; reason: string }
  | { type: 'START_RENEWAL'; party: PartyKey; reason?: string }
  | { type: 'TERMINATE'; party: PartyKey; reason: string };

export type CommandType = PartnershipCommand['type'];

/** What the durable timers raise, never a person. */
export type TimerEvent =
  | { type: 'RAISE_FOLLOW_UP'; dueDate: string; year: number }
  | { type: 'EXPIRE'; endDate: string }
  | { type: 'TERMINATION_TAKES_EFFECT'; effectiveDate: string };

export interface CommandContext {
  /** Who made the move (the person), for the step record. */
  actor: string;
  /** The instant of the move, passed in: the domain never reads a clock. */
  now: string;
}
