import type { FrameworkState, FrameworkWarning } from './state';
import type { FrameworkWarningCode } from './vocabulary';

const WARNING_TEXTS: Record<FrameworkWarningCode, (year: number, detail: string) => { sv: string; en: string }> = {
  STEERING_GROUP_MEETINGS_BEHIND: (year, detail) => ({
    sv: `Samverkansgruppen kan inte längre nå årets krav på möten ${year} (${detail}).`,
    en: `The steering group can no longer reach the meetings required in ${year} (${detail}).`,
  }),
  STEERING_GROUP_MEETINGS_MISSED: (year, detail) => ({
    sv: `Samverkansgruppen höll färre möten än krävs under ${year} (${detail}).`,
    en: `The steering group held fewer meetings than required in ${year} (${detail}).`,
  }),
  REVIEW_OVERDUE: (year, detail) => ({
    sv: `Översynen av överenskommelsen skulle ha beslutats senast ${detail} (${year}).`,
    en: `The review of the framework was due by ${detail} (${year}).`,
  }),
};

/** Raises a warning for the board, unless the same one (code and year) is already showing. */
export function raiseWarning(state: FrameworkState, code: FrameworkWarningCode, year: number, detail: string, now: string): FrameworkWarning {
  const showing = state.warnings.find((w) => w.code === code && w.year === year && w.clearedAt === undefined);
  if (showing) return showing;
  const warning: FrameworkWarning = { code, year, message: WARNING_TEXTS[code](year, detail), raisedAt: now };
  state.warnings.push(warning);
  return warning;
}

/** Clears the warnings that no longer hold. */
export function clearWarnings(state: FrameworkState, now: string, match: (warning: FrameworkWarning) => boolean): void {
  for (const warning of state.warnings) if (warning.clearedAt === undefined && match(warning)) warning.clearedAt = now;
}
