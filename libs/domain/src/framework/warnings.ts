import type { FrameworkState, FrameworkWarning } from './state';
import type { FrameworkWarningCode } from './vocabulary';

/** Raises a warning for the board, unless the same one (code and year) is already showing. */
export function raiseWarning(
  state: FrameworkState,
  code: FrameworkWarningCode,
  year: number,
  message: { sv: string; en: string },
  now: string,
): FrameworkWarning {
  const showing = state.warnings.find((w) => w.code === code && w.year === year && w.clearedAt === undefined);
  if (showing) return showing;
  const warning: FrameworkWarning = { code, year, message, raisedAt: now };
  state.warnings.push(warning);
  return warning;
}

/** Clears the warnings that no longer hold. */
export function clearWarnings(state: FrameworkState, now: string, match: (warning: FrameworkWarning) => boolean): void {
  for (const warning of state.warnings) if (warning.clearedAt === undefined && match(warning)) warning.clearedAt = now;
}
