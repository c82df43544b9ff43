import type { PartyKey } from '../kernel/parties';
import type { Refusal } from '../kernel/refusal';
import type { VersionedState } from '../kernel/rules-version';
import type { LegalBasisAssessment } from '../legal-frame/legal-basis';
import type { DeMinimisDeclaration, DeMinimisGrant, StateAidAssessment } from '../legal-frame/state-aid';
import type { ProcessTask } from '../kernel/tasks';
import type { Phase } from './phase';
import type { DevelopmentArea, Principle } from './principle';
import type { ParticipationLevel } from '../kernel/participation-level';
import type {
  AppealOutcome,
  AttachmentKind,
  DecisionOutcome,
  EndReason,
  LegalForm,
  MeetingPurpose,
  OrganisationStatus,
  ReviewDecision,
  RoundKind,
  TaskType,
} from './vocabulary';

export interface OrganisationParty {
  name: string;
  organisationNumber: string;
  status: OrganisationStatus;
  statusReason?: string;
  /** The organisation as a party: its legal form, registration, contact and documents, absent until stated. */
  profile?: OrganisationProfile;
}

/** A document the organisation lists (the file itself comes with the records issue). */
export interface ProfileAttachment {
  name: string;
  /** The document's own date (the annual meeting that adopted the statutes, the end of the financial year). */
  date: string;
  kind: AttachmentKind;
}

/** What a profile states, as the officer gives it at the start or the organisation's representative records it. */
export interface OrganisationProfileTerms {
  legalForm: LegalForm;
  /** Required for OTHER: what the form is. */
  legalFormDescription?: string;
  /**
   * Registrerad idéburen organisation hos Kammarkollegiet (lag (2022:900)): a fact as stated, never a requirement;
   * `registeredSince` only when registered.
   */
  registeredAsIdeburen: boolean;
  registeredSince?: string;
  /** Personal data (kontaktperson): kept out of any public export. */
  contact?: { name: string; email?: string; phone?: string };
  attachments: ProfileAttachment[];
}

/** A profile as the state keeps it: what was stated, by which party and person, and when. */
export interface OrganisationProfile extends OrganisationProfileTerms {
  statedBy: PartyKey;
  statedByActor: string;
  statedAt: string;
}

/** The level of participation the public party aims for in one phase (or none), with its reason. */
export interface PhaseLevelChoice {
  level: ParticipationLevel | null;
  reason: string;
  proposedAt: string;
  proposedByActor: string;
}

/** Gemensam problemformulering. */
export interface ProblemDefinition {
  challenge: string;
  targetGroup: string;
  goals: string[];
  developmentAreas: DevelopmentArea[];
  proposedBy: PartyKey;
  proposedAt: string;
  agreedBy: PartyKey[];
}

export interface MeetingAttendance {
  party: PartyKey;
  names: string[];
}

export interface Meeting {
  id: number;
  purpose: MeetingPurpose;
  date: string;
  attendees: MeetingAttendance[];
  minutes: string;
  followUpDueDate?: string;
}

export interface WrittenInput {
  id: number;
  party: PartyKey;
  text: string;
  submittedAt: string;
}

/** Each party's contribution: a grant (bidrag) from the public party, the organisation's own contribution (egen insats). */
export interface Contribution {
  party: PartyKey;
  amountSek: number;
  /** What the party brings besides money: volunteers, premises, knowledge. Required of each organisation. */
  ownContribution?: string;
  /** The amount split per calendar year of the period (see yearly-contributions.ts); absent: one amount for it all. */
  years?: YearlyAmount[];
}

/** A contribution's amount in one calendar year of the agreement. */
export interface YearlyAmount {
  year: number;
  amountSek: number;
}

export interface DraftReview {
  party: PartyKey;
  decision: ReviewDecision;
  comment?: string;
  at: string;
}

/** What a draft of the agreement says (utformning av avtal). */
export interface DraftTerms {
  purpose: string;
  sharedGoal: string;
  contributions: Contribution[];
  startDate: string;
  endDate: string;
  followUpPlan: string;
  governance: string;
  terminationTerms: string;
  terminationNoticeMonths: number;
  /** How the draft honours each of the six principles. */
  principles: Partial<Record<Principle, string>>;
}

/** One numbered version of the agreement text. */
export interface DraftVersion extends DraftTerms {
  version: number;
  round: number;
  submittedBy: PartyKey;
  submittedAt: string;
  /** Rules that only warn: shown to the parties, never blocking. */
  warnings: Refusal[];
  reviews: DraftReview[];
}

/** What a political body decided (politiskt beslut); RETURNED is återremiss. */
export interface DecisionTerms {
  body: string;
  meetingDate: string;
  diarienummer: string;
  paragraph: string;
  outcome: DecisionOutcome;
  reasons?: string;
  /** The day the protocol was approved (justering); rules version 3. */
  protocolApprovedOn?: string;
  /** The day the justering was announced on the notice board (anslag), from which the appeal window runs. */
  announcedOn?: string;
}

/**
 * Rules version 5: the agreement the parties sign is a document, not a name on a button. When the public party
 * records the approving decision, the API has rendered the approved version as a PDF (in Swedish, with the decision
 * and the parties) and stored it by its SHA-256 before the move (claim-check); the decision names that file, and
 * each signature names the file it signs, which must be the approving decision's.
 */
export interface AgreementDocumentRef {
  /** SHA-256 of the rendered PDF, lowercase hex. */
  sha256: string;
  sizeBytes: number;
  /** What the PDF was rendered from: the draft version and the parties taking part, checked against the state. */
  draftVersion: number;
  parties: PartyKey[];
}

/** A decision as recorded in the partnership: on which round and draft version, and when. */
export interface PoliticalDecision extends DecisionTerms {
  seq: number;
  round: number;
  draftVersion: number;
  recordedAt: string;
  /** Three weeks after the anslag, past days off (appeal-window.ts): the last day to appeal (laglighetsprövning). */
  lastDayOfAppeal?: string;
  /** The day it gained legal force (laga kraft), the day after the last day of appeal; set by the timer. */
  legalForceOn?: string;
  /** An appeal lodged within the window (överklagande); while it has no outcome the decision cannot gain legal force. */
  appeal?: DecisionAppeal;
  /**
   * Rules version 4: the parties' choice, recorded by the public party with its reason, that the agreement enters
   * into force at its last signature although the decision has not yet gained legal force (verkställighet före laga kraft).
   */
  signingBeforeLegalForce?: { reason: string; recordedAt: string };
  /** Rules version 5, an approval: the agreement document rendered from the version approved. */
  agreementDocument?: AgreementDocumentRef;
}

/** The appeal of a decision to the administrative court (förvaltningsrätten), as the officer recorded it. */
export interface DecisionAppeal {
  court: string;
  caseNumber: string;
  lodgedOn: string;
  recordedAt: string;
  outcome?: AppealOutcome;
  decidedOn?: string;
}

export interface Signature {
  round: number;
  /** The approving decision signed on (rules version 3): a decision annulled on appeal is decided again in the same round. */
  decisionSeq?: number;
  draftVersion: number;
  party: PartyKey;
  signatoryName: string;
  signedAt: string;
  /** Rules version 5: the SHA-256 of the agreement document signed (the approving decision's). */
  documentSha256?: string;
}

/** A signed agreement; an amendment or a renewal signs a new one, linked to the one before. */
export interface Agreement {
  round: number;
  draftVersion: number;
  startDate: string;
  endDate: string;
  signedAt: string;
  previousRound?: number;
}

export interface FollowUp {
  dueDate: string;
  year: number;
  raisedAt: string;
  reports: { party: PartyKey; summary: string; submittedAt: string }[];
  meetingId?: number;
}

/**
 * An organisation's own notice (uppsägning) of a multi-organisation agreement, under rules version 3: it ends that
 * organisation's participation on `effectiveDate`, and the agreement goes on for the others. `leftAt` once it has.
 */
export interface Leaving {
  party: PartyKey;
  reason: string;
  noticeGivenAt: string;
  effectiveDate: string;
  leftAt?: string;
}

export type Task = ProcessTask<TaskType>;

export interface PartnershipState extends VersionedState {
  partnershipId: string;
  /** The rules the partnership was opened under (see rules-version.ts); absent in states opened before there were two. */
  rulesVersion?: number;
  /** Grows by one with every accepted move; the read model keeps the highest it has seen. */
  revision: number;
  phase: Phase;
  title: string;
  publicParty: { name: string };
  organisations: OrganisationParty[];
  /** The framework agreement (överenskommelse) it was entered within, set at the opening; absent when none. */
  frameworkId?: string;
  /** The initiative (IOP-initiativ) it was opened from, if any (rules version 3 on). */
  initiativeId?: string;
  problemDefinition?: ProblemDefinition;
  /** Under rules version 3: the level aimed for per phase of the decision process, as the public party proposed it. */
  phaseLevels?: Partial<Record<Phase, PhaseLevelChoice>>;
  dialogue: { meetings: Meeting[]; inputs: WrittenInput[]; sharedGoal?: string; closedAt?: string };
  /** Why IOP, every version recorded, the last in force; absent until the first (and in states from before it). */
  legalBasis?: LegalBasisAssessment[];
  /** The state aid assessment, every version recorded, the last in force; absent until the first. */
  stateAid?: StateAidAssessment[];
  /** Each organisation's latest declaration of its other de minimis aid, by organisationsnummer. */
  deMinimisDeclarations?: DeMinimisDeclaration[];
  /** Under rules version 3: the de minimis aid each approving decision granted, for the organisations' ledgers. */
  deMinimisGrants?: DeMinimisGrant[];
  /** The drafting round under way or last completed: 1 for the first, +1 after återremiss, amendment, renewal. */
  round: { number: number; kind: RoundKind; openedAt: string; reasons?: string };
  drafts: DraftVersion[];
  decisions: PoliticalDecision[];
  signatures: Signature[];
  /** The agreement in force, if any. */
  agreement?: Agreement;
  agreements: Agreement[];
  followUps: FollowUp[];
  /** A notice that ends the agreement for everyone: the public party's, or (rules 1 and 2) any party's. */
  termination?: { by: PartyKey; reason: string; noticeGivenAt: string; effectiveDate: string };
  /** The organisations' own notices (rules version 3), pending or taken effect; absent until the first. */
  leavings?: Leaving[];
  tasks: Task[];
  ended?: { reason: EndReason; at: string; detail?: string };
  counters: { meeting: number; input: number; task: number; decision: number };
}
