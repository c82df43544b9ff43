import type { FrameworkState } from './state';
import { versionInForce } from './versions';

/**
 * The steering group's meeting cadence (samverkansgruppen ska träffas minst fyra gånger per år): calendar years and
 * their quarters, starting 1 January, 1 April, 1 July and 1 October (calendar dates, as every date of the engine).
 */

export const QUARTER_STARTS = ['01-01', '04-01', '07-01', '10-01'] as const;
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The quarter (1..4) a day falls in. */
export const quarterOf = (day: string): number => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
export const quarterStart = (year: number, quarter: number): string => `${year}-${QUARTER_STARTS[quarter - 1]}`;
export const quarterEnd = (year: number, quarter: number): string => `${year}-${QUARTER_ENDS[quarter - 1]}`;

/** The meetings held in a calendar year, those before a day only when given. */
export const meetingsHeld = (state: FrameworkState, year: number, before?: string): number =>
  state.meetings.filter((m) => Number(m.date.slice(0, 4)) === year && (before === undefined || m.date < before)).length;

/** How many meetings the version in force requires in a year; undefined when none is in force. */
export function requiredMeetings(state: FrameworkState, year: number): number | undefined {
  const perYear = versionInForce(state)?.steeringGroup.meetingsPerYear;
  if (perYear === undefined) return undefined;
  const since = state.cadence?.inForceSince;
  // The year the framework came in force counts only the quarters from the one it came in force in: a framework
  // adopted on 29 June cannot have met four times that year (rounded up: 4 a year in 3 quarters asks for 3).
  if (since === undefined || Number(since.slice(0, 4)) !== year) return perYear;
  const quarters = 4 - quarterOf(since) + 1;
  return Math.ceil((perYear * quarters) / 4);
}

/**
 * How many meetings a quarter can hold in the check: one, as the contract assumes for four a year; a version
 * requiring more than four a year expects as many per quarter as it takes to reach them.
 */
export const meetingsPerQuarter = (state: FrameworkState): number =>
  Math.max(1, Math.ceil((versionInForce(state)?.steeringGroup.meetingsPerYear ?? 4) / 4));

/** Whether a year can still reach its requirement with `held` meetings and the quarters from `fromQuarter` left. */
export function canStillReach(state: FrameworkState, year: number, held: number, fromQuarter: number): boolean {
  const required = requiredMeetings(state, year);
  if (required === undefined) return true;
  const quartersLeft = Math.max(0, 4 - fromQuarter + 1);
  return held + quartersLeft * meetingsPerQuarter(state) >= required;
}
