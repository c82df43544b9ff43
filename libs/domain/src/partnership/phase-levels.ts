import { type PhaseAim, phaseAims, type PhaseStepEvidence } from '../kernel/phase-level';
import { underRulesSince } from '../kernel/rules-version';
import { PHASES } from './phase';
import type { PartnershipState } from './state';

/** The phases of the decision process a level can be chosen for: all but the end. */
export const PLANNED_PHASES = PHASES.filter((p) => p !== 'ENDED');

/**
 * The participation report per phase of one partnership: under rules version 3, each phase's chosen level (none
 * when none was chosen) beside the level all its steps reached together, and the evidence missing where it fell
 * short. Versions 1 and 2 aim per step, so they have no such report (an empty list): their steps' own aims stand.
 */
export function phaseAimsOf(state: Pick<PartnershipState, 'rulesVersion' | 'phaseLevels'>, steps: PhaseStepEvidence[]): PhaseAim[] {
  if (!underRulesSince(state, 3)) return [];
  return phaseAims(state.phaseLevels ?? {}, steps, PLANNED_PHASES);
}

/** One partnership's phase that reached less than the level chosen for it, as the overview lists it. */
export interface PhaseShortfall extends PhaseAim {
  partnershipId: string;
  title: string;
}

/** Per phase across partnerships: how many chose a level, how many reached it, and which fell short. */
export interface PhaseAimsAcross {
  phase: string;
  /** Partnerships (under rules version 3) that chose a level for the phase, and those that chose none. */
  aimed: number;
  aimedNone: number;
  reachedAim: number;
  belowAim: number;
}

export function phaseAimsAcross(partnerships: { partnershipId: string; title: string; aims: PhaseAim[] }[]): {
  phases: PhaseAimsAcross[];
  shortfalls: PhaseShortfall[];
} {
  const shortfalls: PhaseShortfall[] = [];
  const phases = PLANNED_PHASES.flatMap((phase) => {
    const rows = partnerships.flatMap((p) =>
      p.aims.filter((a) => a.phase === phase).map((a) => ({ ...a, partnershipId: p.partnershipId, title: p.title })),
    );
    if (rows.length === 0) return [];
    const below = rows.filter((r) => r.missingEvidence !== null);
    shortfalls.push(...below);
    const aimed = rows.filter((r) => r.levelAimedFor !== null).length;
    return [{ phase, aimed, aimedNone: rows.length - aimed, reachedAim: aimed - below.length, belowAim: below.length }];
  });
  return { phases, shortfalls };
}
