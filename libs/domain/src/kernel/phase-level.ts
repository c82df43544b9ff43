import { PUBLIC_PARTY } from './parties';
import { compareLevels, deriveReachedLevel, type ParticipationLevel, type StepEvidence } from './participation-level';

/** The facts a phase's level is derived from, in the order the levels need them (information first). */
export const EVIDENCE_KINDS = ['INFORMED', 'ANSWERED', 'MET', 'DECIDED_TOGETHER'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The evidence each level needs at the least (DIALOGUE also counts an organisation's initiative answered). */
export const EVIDENCE_FOR_LEVEL: Readonly<Record<ParticipationLevel, EvidenceKind>> = {
  INFORMATION: 'INFORMED',
  CONSULTATION: 'ANSWERED',
  DIALOGUE: 'MET',
  PARTNERSHIP: 'DECIDED_TOGETHER',
};

const union = (lists: (string[] | undefined)[]): string[] | undefined => {
  const all = [...new Set(lists.flatMap((l) => l ?? []))];
  return all.length ? all : undefined;
};

/**
 * The evidence of all the steps of a phase taken together: everyone informed, everyone who answered, every meeting.
 * A decision counts as taken together only when one step records it so (both approve, both sign): two one-sided
 * decisions in two steps are not a joint one, so the parties of each step's joint decision are kept per step.
 */
export function combinedEvidence(steps: StepEvidence[]): StepEvidence {
  const joint = steps.map((s) => s.coDecidedBy ?? []).find((parties) => parties.includes(PUBLIC_PARTY) && parties.some((p) => p !== PUBLIC_PARTY));
  const combined: StepEvidence = {};
  const informed = union(steps.map((s) => s.informed));
  const answered = union(steps.map((s) => s.answered));
  const meetings = steps.flatMap((s) => s.meetings ?? []);
  if (informed) combined.informed = informed;
  if (answered) combined.answered = answered;
  if (meetings.length) combined.meetings = meetings;
  if (joint) combined.coDecidedBy = joint;
  if (steps.some((s) => s.initiatedByOrganisation)) combined.initiatedByOrganisation = true;
  return combined;
}

/**
 * The level a phase reached, from the evidence of all its steps together (who was informed, who answered, who met,
 * who decided together), by the same rule as one step's (participation-level.ts); null when nobody was informed.
 */
export function derivePhaseLevel(steps: StepEvidence[]): ParticipationLevel | null {
  return deriveReachedLevel(combinedEvidence(steps));
}

/** What a phase needs to reach its aim when it fell short: the evidence of the level aimed for; null when it did not. */
export function missingEvidence(aimed: ParticipationLevel | null, reached: ParticipationLevel | null): EvidenceKind | null {
  if (aimed === null) return null;
  if (reached !== null && compareLevels(reached, aimed) >= 0) return null;
  return EVIDENCE_FOR_LEVEL[aimed];
}

/** One phase's choice and outcome: the level aimed for (null: none chosen) and the level its steps reached together. */
export interface PhaseAim {
  phase: string;
  levelAimedFor: ParticipationLevel | null;
  reason?: string;
  levelReached: ParticipationLevel | null;
  steps: number;
  /** Set when the phase reached less than its aim: the evidence that would have reached it. */
  missingEvidence: EvidenceKind | null;
}

/** A step as the per-phase report reads it. */
export interface PhaseStepEvidence {
  phase: string;
  evidence: StepEvidence;
}

/**
 * Per phase, in the order of `phases`: the level chosen and the level reached by all its steps together. A phase is
 * listed when a level was chosen for it or it has steps.
 */
export function phaseAims(
  choices: Partial<Record<string, { level: ParticipationLevel | null; reason: string }>>,
  steps: PhaseStepEvidence[],
  phases: readonly string[],
): PhaseAim[] {
  return phases.flatMap((phase) => {
    const own = steps.filter((s) => s.phase === phase).map((s) => s.evidence);
    const choice = choices[phase];
    if (!choice && own.length === 0) return [];
    const aimed = choice?.level ?? null;
    const reached = own.length ? derivePhaseLevel(own) : null;
    const row: PhaseAim = { phase, levelAimedFor: aimed, levelReached: reached, steps: own.length, missingEvidence: missingEvidence(aimed, reached) };
    if (choice) row.reason = choice.reason;
    return [row];
  });
}
