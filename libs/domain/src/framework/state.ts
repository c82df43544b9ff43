import type { PartyKey } from '../kernel/parties';
import type { VersionedState } from '../kernel/rules-version';
import type { ProcessTask } from '../kernel/tasks';
import type { DevelopmentArea, Principle } from '../partnership/principle';
import type { DecisionTerms } from '../partnership/state';
import type {
  ActionOutcome,
  CommitmentHolder,
  FrameworkEndReason,
  FrameworkStatus,
  FrameworkTaskType,
  FrameworkVersionStatus,
  FrameworkWarningCode,
  JoiningUndertaking,
  MembershipStatus,
  ReviewOutcome,
  Sector,
} from './vocabulary';

/** The organisation that represents the idéburen sector in the framework (e.g. NÄTVERKET-Idéburen sektor Skåne). */
export interface SectorRepresentative {
  name: string;
  organisationNumber: string;
}

/** A commitment (åtagande) under one principle. Ids are stable across versions only by text; each version numbers its own. */
export interface Commitment {
  /** `<principle>-<n>` within the version, e.g. `DIALOGUE-2`. */
  id: string;
  text: string;
  heldBy: CommitmentHolder;
}

/** One principle of the framework with the commitments under it. */
export interface PrincipleCommitments {
  principle: Principle;
  commitments: Commitment[];
}

/** The rules of the steering group (samverkansgrupp) a version sets. */
export interface SteeringGroupRules {
  /** Seats per sector: one number, so that both sectors always have the same number (the rule is in the type). */
  seatsPerSector: number;
  /** Meetings required in each calendar year (Västernorrland: at least four). */
  meetingsPerYear: number;
  /** A review must be decided at least every this many years (Västernorrland: five). */
  reviewIntervalYears: number;
}

/** What a version of the framework says (the text the political body decides on). */
export interface FrameworkTerms {
  /** The period the version is in force: from `start`, until `end` when given (inclusive; ISO dates). */
  period: { start: string; end?: string };
  principles: PrincipleCommitments[];
  developmentAreas: DevelopmentArea[];
  /** What an organisation must declare to join; every one of them. */
  joiningUndertakings: JoiningUndertaking[];
  steeringGroup: SteeringGroupRules;
  /** Free text: background, purpose (bakgrund och syfte). */
  summary: string;
}

/** A political decision on a version (or a review), as for partnerships: body, meeting date, diarienummer, §. */
export interface FrameworkDecision extends DecisionTerms {
  recordedAt: string;
}

export interface FrameworkVersion extends FrameworkTerms {
  /** 1, 2, …: a revision is a new version; every earlier one is kept. */
  version: number;
  status: FrameworkVersionStatus;
  draftedBy: PartyKey;
  draftedAt: string;
  /** Why the version was drafted (a revision's reason), where given. */
  reason?: string;
  /** Every decision taken on this version, oldest first (a return (återremiss) keeps it a draft). */
  decisions: FrameworkDecision[];
  /** When it came in force and when it stopped being in force (ISO dates). */
  inForceFrom?: string;
  inForceUntil?: string;
}

/** An organisation's relation to the framework: its application, joining and leaving, with their dates. */
export interface FrameworkMember {
  organisationNumber: string;
  name: string;
  status: MembershipStatus;
  /** The undertakings it declared with its latest application. */
  declaration: JoiningUndertaking[];
  /** Who signed the joining for the organisation (Västernorrland: organisations join by signing). */
  signatoryName: string;
  appliedAt: string;
  decidedAt?: string;
  /** The date it joined (ISO date), the date it left. */
  joinedOn?: string;
  leftOn?: string;
  /** The public party's reason for a refusal; the organisation's for leaving, where given. */
  reason?: string;
  /** Earlier memberships of the same organisation (an organisation may leave and join again). */
  history?: { joinedOn?: string; leftOn?: string; status: MembershipStatus; reason?: string }[];
}

/** One seat's holder in the steering group, for a term of office (mandatperiod). */
export interface SteeringGroupMember {
  id: number;
  sector: Sector;
  name: string;
  /** The organisation the member comes from: the public party's unit, or a joined organisation. */
  organisationName: string;
  /** For the civil-society sector: a joined organisation's organisationsnummer. */
  organisationNumber?: string;
  termStart: string;
  termEnd: string;
  /** Set when the member left before the term's end (a vacancy until someone is appointed). */
  endedOn?: string;
}

/** Attendance of one sector at a steering-group meeting. */
export interface SectorAttendance {
  sector: Sector;
  names: string[];
  /** Who recorded it: the officer for both sides, or a member organisation's representative for its side. */
  recordedBy: PartyKey;
}

export interface SteeringGroupMeeting {
  id: number;
  date: string;
  attendance: SectorAttendance[];
  minutes: string;
  recordedAt: string;
}

/** One commitment's outcome at a yearly follow-up conference. */
export interface CommitmentOutcome {
  commitmentId: string;
  whatWasDone: string;
}

/** One action of the action plan, followed up at the conference. */
export interface ActionFollowUp {
  actionId: string;
  outcome: ActionOutcome;
  comment?: string;
}

/** The yearly follow-up conference (uppföljningskonferens) on the commitments. */
export interface FollowUpConference {
  id: number;
  year: number;
  date: string;
  commitmentOutcomes: CommitmentOutcome[];
  actionFollowUps: ActionFollowUp[];
  /** Parties present (PUBLIC and organisationsnummer), the evidence of the level reached. */
  attendedBy: PartyKey[];
  notes?: string;
  recordedAt: string;
}

/** One action of a yearly action plan (handlingsplan) per development area. */
export interface PlannedAction {
  /** `<year>-<n>`, unique within the framework. */
  id: string;
  developmentArea: DevelopmentArea;
  description: string;
  /** Who is responsible: a person or a body, as text. */
  responsible: string;
  dueDate: string;
}

export interface ActionPlan {
  year: number;
  actions: PlannedAction[];
  setAt: string;
}

/** A review (översyn) decided at least every fifth year. */
export interface FrameworkReview extends FrameworkDecision {
  id: number;
  reviewOutcome: ReviewOutcome;
}

export interface FrameworkWarning {
  code: FrameworkWarningCode;
  /** The calendar year it is about (meetings), or the year the review fell due. */
  year: number;
  message: { sv: string; en: string };
  raisedAt: string;
  /** Set when it no longer holds (a meeting was held, the review decided). */
  clearedAt?: string;
}

/**
 * The timers' marks, so that each event fires once: a quarter's check, a year's close, a review's warning.
 * The conference and review tasks are marked by the tasks themselves (their `ref`).
 */
export interface FrameworkCadence {
  /** The day the framework last came in force (from PREPARING or LAPSED): the first year's meetings count from it. */
  inForceSince: string;
  /** The first day of the last quarter whose meeting check ran. */
  quarterCheckedOn?: string;
  /** The last calendar year whose meetings were counted when it ended. */
  yearClosed?: number;
  /** The review due date whose REVIEW_OVERDUE warning was raised. */
  reviewOverdueFor?: string;
}

/** A framework agreement (överenskommelse) between a public party and the idéburen sector, lasting decades. */
export interface FrameworkState extends VersionedState {
  frameworkId: string;
  revision: number;
  status: FrameworkStatus;
  title: string;
  publicParty: { name: string };
  /** The organisation that negotiated the framework for the sector; a party from the opening. */
  sectorRepresentative: SectorRepresentative;
  openedAt: string;
  openedBy: string;
  versions: FrameworkVersion[];
  /** The version in force, if any. */
  versionInForce?: number;
  members: FrameworkMember[];
  steeringGroup: SteeringGroupMember[];
  meetings: SteeringGroupMeeting[];
  conferences: FollowUpConference[];
  actionPlans: ActionPlan[];
  reviews: FrameworkReview[];
  /** When the next review is due at the latest (ISO date): the last adoption or review plus the interval. */
  reviewDueBy?: string;
  warnings: FrameworkWarning[];
  tasks: ProcessTask<FrameworkTaskType>[];
  counters: { task: number; meeting: number; conference: number; review: number; member: number };
  /** What the durable timers have already done (absent until the first version comes in force). */
  cadence?: FrameworkCadence;
  ended?: { reason: FrameworkEndReason; on: string; by: string; statement: string };
}
