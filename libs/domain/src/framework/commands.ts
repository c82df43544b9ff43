import type { PartyKey } from '../kernel/parties';
import type { DecisionTerms } from '../partnership/state';
import type { ActionFollowUp, CommitmentOutcome, FrameworkTerms, PlannedAction } from './state';
import type { JoiningUndertaking, ReviewOutcome, Sector } from './vocabulary';

/** Every move a person can make in a framework agreement (överenskommelse). */
export const FRAMEWORK_COMMAND_TYPES = [
  'PROPOSE_VERSION',
  'RECORD_ADOPTION_DECISION',
  'APPLY_TO_JOIN',
  'DECIDE_ON_APPLICATION',
  'LEAVE_FRAMEWORK',
  'APPOINT_STEERING_GROUP_MEMBER',
  'END_STEERING_GROUP_MEMBERSHIP',
  'RECORD_STEERING_GROUP_MEETING',
  'RECORD_SECTOR_ATTENDANCE',
  'RECORD_FOLLOW_UP_CONFERENCE',
  'SET_ACTION_PLAN',
  'RECORD_REVIEW_DECISION',
  'END_FRAMEWORK',
] as const;

export type FrameworkCommandType = (typeof FRAMEWORK_COMMAND_TYPES)[number];

/**
 * `party` is the party the person acts for ('PUBLIC' or an organisationsnummer), as in a partnership; the rules
 * check which party may make which move (FORBIDDEN otherwise). `taskId`, where given, names the task answered.
 */
export type FrameworkCommand =
  /** The public party drafts a version: the first text, or a revision while the version in force stays in force. */
  | ({ type: 'PROPOSE_VERSION'; party: PartyKey; reason?: string } & FrameworkTerms)
  /** The political body's decision on the latest draft version: APPROVED adopts it, RETURNED keeps it a draft. */
  | ({ type: 'RECORD_ADOPTION_DECISION'; party: PartyKey; version: number; taskId?: string } & DecisionTerms)
  /** An organisation's representative applies to join (ansluta sig), declaring the required undertakings. */
  | { type: 'APPLY_TO_JOIN'; party: PartyKey; organisationName: string; declaration: JoiningUndertaking[]; signatoryName: string }
  /** The public party confirms or refuses an application; a refusal needs a reason. */
  | { type: 'DECIDE_ON_APPLICATION'; party: PartyKey; organisationNumber: string; confirm: boolean; reason?: string; taskId?: string }
  /** A joined organisation leaves, at any time. */
  | { type: 'LEAVE_FRAMEWORK'; party: PartyKey; reason?: string }
  /**
   * Fills a seat of the steering group for a term. The public party appoints either sector's members; a joined
   * organisation's representative may appoint a civil-society member from its own organisation.
   */
  | {
      type: 'APPOINT_STEERING_GROUP_MEMBER';
      party: PartyKey;
      sector: Sector;
      name: string;
      organisationName: string;
      organisationNumber?: string;
      termStart: string;
      termEnd: string;
    }
  /** A member leaves the group before the term's end: the seat is vacant until someone is appointed. */
  | { type: 'END_STEERING_GROUP_MEMBERSHIP'; party: PartyKey; memberId: number; endedOn: string; reason?: string }
  /** The officer records a meeting with each sector's attendance (or only the public side's) and the minutes. */
  | {
      type: 'RECORD_STEERING_GROUP_MEETING';
      party: PartyKey;
      date: string;
      attendance: { sector: Sector; names: string[] }[];
      minutes: string;
      taskId?: string;
    }
  /** A representative of a member's organisation records the civil-society side's attendance of a meeting. */
  | { type: 'RECORD_SECTOR_ATTENDANCE'; party: PartyKey; meetingId: number; names: string[] }
  /** The yearly follow-up conference: commitment by commitment what was done, and the action plan followed up. */
  | {
      type: 'RECORD_FOLLOW_UP_CONFERENCE';
      party: PartyKey;
      year: number;
      date: string;
      commitmentOutcomes: CommitmentOutcome[];
      actionFollowUps: ActionFollowUp[];
      attendedBy: PartyKey[];
      notes?: string;
      taskId?: string;
    }
  /** The year's action plan (handlingsplan), per development area; setting it again replaces that year's plan. */
  | { type: 'SET_ACTION_PLAN'; party: PartyKey; year: number; actions: Omit<PlannedAction, 'id'>[] }
  /** The review decided by the political body: continue with the text in force, or revise it (a new version). */
  | ({ type: 'RECORD_REVIEW_DECISION'; party: PartyKey; reviewOutcome: ReviewOutcome; taskId?: string } & DecisionTerms)
  /** The public party ends the framework, on a decision; partnerships within it go on under their own terms. */
  | { type: 'END_FRAMEWORK'; party: PartyKey; endedOn: string; statement: string };

/** The move of each type, as a map: indexing it with a type parameter keeps the dispatch typed. */
export type FrameworkCommandOfType = { [C in FrameworkCommand as C['type']]: C };
export type FrameworkCommandOf<T extends FrameworkCommandType> = FrameworkCommandOfType[T];

type SameTypes<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const listNamesEveryCommand: SameTypes<FrameworkCommandType, FrameworkCommand['type']> = true;
void listNamesEveryCommand;

/** What a framework is opened with (POST /frameworks): its title, parties and the first version's text. */
export interface NewFramework {
  title: string;
  publicParty: { name: string };
  sectorRepresentative: { name: string; organisationNumber: string };
}
