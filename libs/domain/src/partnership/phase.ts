/** The phases of an IOP (domain.md §5), in the order a process normally passes them. */
export const PHASES = [
  'PROBLEM_DEFINITION', // gemensam problemformulering
  'DIALOGUE', // dialog
  'DRAFTING', // utformning av avtal
  'POLITICAL_APPROVAL', // politiskt beslut
  'SIGNATURE', // undertecknande
  'IMPLEMENTATION', // genomförande och uppföljning
  'ENDED', // avslutad: expired, terminated, rejected or without organisations
] as const;

export type Phase = (typeof PHASES)[number];

/**
 * Moves between phases that the lifecycle allows; `decide` checks every change of phase against it. Återremiss
 * sends POLITICAL_APPROVAL back to DRAFTING; an amendment or a renewal sends IMPLEMENTATION back to DRAFTING, and a
 * rejected one returns to IMPLEMENTATION; any open phase can end (the last organisation leaving, rejection,
 * termination, expiry). A decision annulled on appeal (rules version 3) sends SIGNATURE or IMPLEMENTATION back to
 * POLITICAL_APPROVAL for a new decision.
 */
export const PHASE_TRANSITIONS: Readonly<Record<Phase, readonly Phase[]>> = {
  PROBLEM_DEFINITION: ['DIALOGUE', 'ENDED'],
  DIALOGUE: ['DRAFTING', 'ENDED'],
  DRAFTING: ['POLITICAL_APPROVAL', 'ENDED'],
  POLITICAL_APPROVAL: ['SIGNATURE', 'DRAFTING', 'IMPLEMENTATION', 'ENDED'],
  SIGNATURE: ['IMPLEMENTATION', 'POLITICAL_APPROVAL', 'ENDED'],
  IMPLEMENTATION: ['DRAFTING', 'POLITICAL_APPROVAL', 'ENDED'],
  ENDED: [],
};

export function canMoveToPhase(from: Phase, to: Phase): boolean {
  return PHASE_TRANSITIONS[from].includes(to);
}
