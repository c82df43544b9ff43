import { PUBLIC_PARTY } from './parties';

/**
 * Participation levels from the Council of Europe's Code of Good Practice for Civil Participation, weakest
 * first. The order matters: a step's reached level is compared with the level it aimed for.
 */
export const PARTICIPATION_LEVELS = [
  'INFORMATION', // information
  'CONSULTATION', // samråd
  'DIALOGUE', // dialog
  'PARTNERSHIP', // partnerskap
] as const;

export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];

export function compareLevels(a: ParticipationLevel, b: ParticipationLevel): number {
  return PARTICIPATION_LEVELS.indexOf(a) - PARTICIPATION_LEVELS.indexOf(b);
}

/** What happened in a step, as facts that can be checked afterwards. Party keys: 'PUBLIC' or an organisationsnummer. */
export interface StepEvidence {
  /** Parties that were told about the step (one-way). */
  informed?: string[];
  /** Parties that answered a question put to them (written input, an agreement to a proposal). */
  answered?: string[];
  /** Meetings held in the step, with the parties that attended each. */
  meetings?: { attendedBy: string[] }[];
  /** Parties that took a decision together (both approve, both sign). */
  coDecidedBy?: string[];
  /** Whether the initiative came from an organisation rather than from the public party. */
  initiatedByOrganisation?: boolean;
}

/**
 * The level a step actually reached, derived from its evidence rather than typed in:
 * - PARTNERSHIP when the public party and at least one organisation decided together;
 * - DIALOGUE when both sides met, or when an organisation took the initiative and the public party answered;
 * - CONSULTATION when at least one organisation answered;
 * - INFORMATION otherwise, and `null` when nobody was even informed.
 */
export function deriveReachedLevel(evidence: StepEvidence): ParticipationLevel | null {
  const hasOrganisation = (parties: string[] | undefined) => (parties ?? []).some((p) => p !== PUBLIC_PARTY);
  const hasPublic = (parties: string[] | undefined) => (parties ?? []).includes(PUBLIC_PARTY);

  if (hasPublic(evidence.coDecidedBy) && hasOrganisation(evidence.coDecidedBy)) return 'PARTNERSHIP';
  const twoSidedMeeting = (evidence.meetings ?? []).some((m) => hasPublic(m.attendedBy) && hasOrganisation(m.attendedBy));
  if (twoSidedMeeting) return 'DIALOGUE';
  if (evidence.initiatedByOrganisation && hasPublic(evidence.answered)) return 'DIALOGUE';
  if (hasOrganisation(evidence.answered)) return 'CONSULTATION';
  if (hasOrganisation(evidence.informed) || hasPublic(evidence.informed)) return 'INFORMATION';
  return null;
}
