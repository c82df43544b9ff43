import type { PartyKey } from '../kernel/parties';
import type { CriterionVerdict, SkrCriterion, InitiativeOutcome, OtherForm } from './vocabulary';

/** What an organisation's representative submits (the opening of an initiative). */
export interface NewInitiative {
  title: string;
  /** The challenge as the organisation sees it (utmaningen). */
  challenge: string;
  /** Målgruppen. */
  targetGroup: string;
  /** What the organisation brings (det organisationen bidrar med). */
  contribution: string;
  /** The public party the initiative is addressed to. */
  publicParty: { name: string };
  /** The organisation: its name and organisationsnummer, which must be the representative's own. */
  organisation: { name: string; organisationNumber: string };
}

/** One criterion's assessment as the officer records it. */
export interface CriterionAssessmentInput {
  criterion: SkrCriterion;
  verdict: CriterionVerdict;
  comment: string;
}

/** The partnership an OPEN_PARTNERSHIP decision opens: its title and the goals its problem definition proposes. */
export interface OpenedPartnershipTerms {
  /** The id the API gave the partnership it opens (derived from the initiative's, so a retry reaches the same one). */
  partnershipId: string;
  title: string;
  goals: string[];
}

export const INITIATIVE_COMMAND_TYPES = ['ASSESS_INITIATIVE', 'DECIDE_ON_INITIATIVE'] as const;
export type InitiativeCommandType = (typeof INITIATIVE_COMMAND_TYPES)[number];

export type InitiativeCommand =
  /** Assesses some or all criteria; a criterion assessed again replaces its earlier assessment. */
  | { type: 'ASSESS_INITIATIVE'; party: PartyKey; assessments: CriterionAssessmentInput[] }
  | {
      type: 'DECIDE_ON_INITIATIVE';
      party: PartyKey;
      outcome: InitiativeOutcome;
      /** For OTHER_FORM: grant or procurement. */
      otherForm?: OtherForm;
      /** Required for OTHER_FORM and DECLINED. */
      reason?: string;
      /** Required for OPEN_PARTNERSHIP. */
      partnership?: OpenedPartnershipTerms;
    };

export type InitiativeCommandOf<T extends InitiativeCommandType> = Extract<InitiativeCommand, { type: T }>;
