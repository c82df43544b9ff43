import { compareLevels, PARTICIPATION_LEVELS, type ParticipationLevel } from './participation-level';

/** Steps of one phase (or of many partnerships in it) by the level they aimed for and the level they reached. */
export interface StepLevels {
  phase: string;
  levelAimedFor: string | null;
  levelReached: string | null;
  steps: number;
}

/** What a chart of one phase shows: how many steps aimed for and reached each level, and how many fell short. */
export interface PhaseLevels {
  phase: string;
  steps: number;
  aimedFor: Record<ParticipationLevel, number>;
  /** By level reached; `NONE` counts steps that reached no level at all (nobody was even informed). */
  reached: Record<ParticipationLevel | 'NONE', number>;
  /** The strongest level any step of the phase aimed for, and the strongest any reached (null: none). */
  highestAimedFor: ParticipationLevel | null;
  highestReached: ParticipationLevel | null;
  /** Steps whose reached level is below the one they aimed for (or that reached none). */
  shortfalls: number;
}

const isLevel = (value: string | null): value is ParticipationLevel => PARTICIPATION_LEVELS.includes(value as ParticipationLevel);

/** A step fell short when it reached less than it aimed for; reaching none is the largest shortfall. */
export function fellShort(levelAimedFor: string | null, levelReached: string | null): boolean {
  if (!isLevel(levelAimedFor)) return false;
  return !isLevel(levelReached) || compareLevels(levelReached, levelAimedFor) < 0;
}

const counts = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const stronger = (a: ParticipationLevel | null, b: ParticipationLevel) => (a === null || compareLevels(b, a) > 0 ? b : a);

/** The levels per phase, in the order of `phases`; a phase without steps is left out. */
export function levelsPerPhase(rows: StepLevels[], phases: readonly string[]): PhaseLevels[] {
  return phases.flatMap((phase) => {
    const own = rows.filter((r) => r.phase === phase);
    if (own.length === 0) return [];
    const summary: PhaseLevels = {
      phase,
      steps: 0,
      aimedFor: counts(PARTICIPATION_LEVELS),
      reached: counts([...PARTICIPATION_LEVELS, 'NONE'] as const),
      highestAimedFor: null,
      highestReached: null,
      shortfalls: 0,
    };
    for (const row of own) {
      summary.steps += row.steps;
      if (isLevel(row.levelAimedFor)) {
        summary.aimedFor[row.levelAimedFor] += row.steps;
        summary.highestAimedFor = stronger(summary.highestAimedFor, row.levelAimedFor);
      }
      if (isLevel(row.levelReached)) {
        summary.reached[row.levelReached] += row.steps;
        summary.highestReached = stronger(summary.highestReached, row.levelReached);
      } else summary.reached.NONE += row.steps;
      if (fellShort(row.levelAimedFor, row.levelReached)) summary.shortfalls += row.steps;
    }
    return [summary];
  });
}
