import { addDays, addYears } from '../dates';
import type { CommandContext } from '../kernel/context';
import { PUBLIC_PARTY } from '../kernel/parties';
import { clone } from '../kernel/working-copy';
import { canStillReach, meetingsHeld, quarterEnd, quarterOf, quarterStart, requiredMeetings } from './cadence';
import { frameworkParties } from './membership';
import type { FrameworkOutcome, FrameworkWorking } from './move';
import type { FrameworkState } from './state';
import { asStored, frameworkStepLog } from './step-record';
import { cancelFrameworkTasks, openFrameworkTask } from './tasks';
import { bringIntoForce, lapse, versionInForce, waitingVersion } from './versions';
import { clearWarnings, raiseWarning } from './warnings';

/**
 * What a durable timer of a framework does when it fires, each at the start of its day (UTC):
 * - VERSION_COMES_IN_FORCE: an adopted version's period starts (the version before it is superseded);
 * - VERSION_PERIOD_ENDS: the day after the period of the version in force ended, with no successor: it lapses;
 * - QUARTERLY_MEETING_CHECK: the first day of a quarter, when the year's meetings can no longer be reached;
 * - MEETING_YEAR_ENDED: 1 January, for the year before, when it held fewer meetings than required;
 * - RAISE_FOLLOW_UP_CONFERENCE: 1 January of a year in force, the year's conference task;
 * - RAISE_REVIEW: a year before the review is due, the review task;
 * - REVIEW_OVERDUE: the day after the review's due date, with no review decided.
 */
export type FrameworkTimerEvent =
  | { type: 'VERSION_COMES_IN_FORCE'; version: number; on: string }
  | { type: 'VERSION_PERIOD_ENDS'; version: number; endedOn: string }
  | { type: 'QUARTERLY_MEETING_CHECK'; year: number; quarter: number; on: string }
  | { type: 'MEETING_YEAR_ENDED'; year: number }
  | { type: 'RAISE_FOLLOW_UP_CONFERENCE'; year: number }
  | { type: 'RAISE_REVIEW'; dueBy: string }
  | { type: 'REVIEW_OVERDUE'; dueBy: string };

export type FrameworkTimerEventType = FrameworkTimerEvent['type'];

/**
 * The order of events due at the same instant: a year is counted before the version of 1 January takes over or
 * the old one lapses (it was in force through 31 December), and the new version is in force before the new year's
 * checks and tasks.
 */
const SAME_INSTANT_ORDER: FrameworkTimerEventType[] = [
  'MEETING_YEAR_ENDED',
  'VERSION_COMES_IN_FORCE',
  'VERSION_PERIOD_ENDS',
  'QUARTERLY_MEETING_CHECK',
  'RAISE_FOLLOW_UP_CONFERENCE',
  'RAISE_REVIEW',
  'REVIEW_OVERDUE',
];

/** How far ahead the cadence's searches look; an event further away is found again after the nearer ones. */
const YEARS_AHEAD = 12;

const startOf = (day: string) => `${day}T00:00:00.000Z`;
const yearOf = (day: string) => Number(day.slice(0, 4));

/** The first year (from the last one counted) that ends short of its meetings, while in force. */
function yearEndingShort(state: FrameworkState): number | undefined {
  const since = state.cadence?.inForceSince;
  if (state.status !== 'IN_FORCE' || since === undefined) return undefined;
  const first = Math.max((state.cadence?.yearClosed ?? 0) + 1, yearOf(since));
  for (let year = first; year < first + YEARS_AHEAD; year++) {
    const required = requiredMeetings(state, year);
    if (required !== undefined && meetingsHeld(state, year) < required) return year;
  }
  return undefined;
}

/** The first quarter start (after the last one checked) at which the year can no longer reach its meetings. */
function quarterFallingBehind(state: FrameworkState): { year: number; quarter: number; on: string } | undefined {
  const since = state.cadence?.inForceSince;
  if (state.status !== 'IN_FORCE' || since === undefined) return undefined;
  const checked = state.cadence?.quarterCheckedOn;
  const from = checked !== undefined && checked > since ? checked : since;
  let year = yearOf(from);
  let quarter = quarterOf(from);
  for (let i = 0; i < YEARS_AHEAD * 4; i++) {
    quarter += 1;
    if (quarter > 4) [year, quarter] = [year + 1, 1];
    const on = quarterStart(year, quarter);
    if (!canStillReach(state, year, on, quarter)) return { year, quarter, on };
  }
  return undefined;
}

/** The earliest moment a durable timer must wake the framework, and what happens then; undefined: none is due. */
export function nextFrameworkTimer(state: FrameworkState): { at: string; event: FrameworkTimerEvent } | undefined {
  if (state.status === 'ENDED') return undefined;
  const candidates: { at: string; event: FrameworkTimerEvent }[] = [];
  const shortYear = yearEndingShort(state);
  if (shortYear !== undefined) candidates.push({ at: startOf(`${shortYear + 1}-01-01`), event: { type: 'MEETING_YEAR_ENDED', year: shortYear } });
  const waiting = waitingVersion(state);
  if (waiting)
    candidates.push({
      at: startOf(waiting.period.start),
      event: { type: 'VERSION_COMES_IN_FORCE', version: waiting.version, on: waiting.period.start },
    });
  const inForce = versionInForce(state);
  if (inForce?.period.end !== undefined) {
    candidates.push({
      at: startOf(addDays(inForce.period.end, 1)),
      event: { type: 'VERSION_PERIOD_ENDS', version: inForce.version, endedOn: inForce.period.end },
    });
  }
  const behind = quarterFallingBehind(state);
  if (behind) candidates.push({ at: startOf(behind.on), event: { type: 'QUARTERLY_MEETING_CHECK', ...behind } });
  const since = state.cadence?.inForceSince;
  if (state.status === 'IN_FORCE' && since !== undefined) {
    const raised = state.tasks.filter((t) => t.type === 'HOLD_FOLLOW_UP_CONFERENCE').map((t) => Number(t.ref));
    const year = Math.max(yearOf(since), ...raised) + 1;
    candidates.push({ at: startOf(`${year}-01-01`), event: { type: 'RAISE_FOLLOW_UP_CONFERENCE', year } });
  }
  const dueBy = state.reviewDueBy;
  if (dueBy !== undefined && (state.status === 'IN_FORCE' || state.status === 'LAPSED')) {
    if (!state.tasks.some((t) => t.type === 'DECIDE_ON_REVIEW' && t.ref === dueBy)) {
      candidates.push({ at: startOf(addYears(dueBy, -1)), event: { type: 'RAISE_REVIEW', dueBy } });
    }
    if (state.cadence?.reviewOverdueFor !== dueBy) candidates.push({ at: startOf(addDays(dueBy, 1)), event: { type: 'REVIEW_OVERDUE', dueBy } });
  }
  const rank = (c: { event: FrameworkTimerEvent }) => SAME_INSTANT_ORDER.indexOf(c.event.type);
  candidates.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : rank(a) - rank(b)));
  return candidates[0];
}

/**
 * What a timer does when it fires; it raises the revision by one and records a step. An event the state no longer
 * calls for (a move came first: the version was superseded, the review decided) changes nothing else.
 */
export function applyFrameworkTimer(current: FrameworkState, event: FrameworkTimerEvent, ctx: CommandContext): FrameworkOutcome {
  const state = clone(current);
  state.revision += 1;
  const working: FrameworkWorking = { state, ctx, log: frameworkStepLog(state, ctx), warnings: [] };
  if (state.status !== 'ENDED') TIMER_HANDLERS[event.type](working, event as never);
  return { state, steps: working.log.steps, warnings: working.warnings };
}

type TimerHandler<T extends FrameworkTimerEventType> = (working: FrameworkWorking, event: Extract<FrameworkTimerEvent, { type: T }>) => void;

const TIMER_HANDLERS: { [T in FrameworkTimerEventType]: TimerHandler<T> } = {
  VERSION_COMES_IN_FORCE: (working, event) => {
    const version = working.state.versions.find((v) => v.version === event.version);
    if (version?.status === 'ADOPTED') bringIntoForce(working, version, event.on);
  },
  VERSION_PERIOD_ENDS: (working, event) => {
    if (working.state.versionInForce === event.version) lapse(working);
  },
  QUARTERLY_MEETING_CHECK: ({ state, ctx, log }, event) => {
    if (state.status !== 'IN_FORCE' || !state.cadence) return;
    state.cadence.quarterCheckedOn = event.on;
    const held = meetingsHeld(state, event.year, event.on);
    if (canStillReach(state, event.year, event.on, event.quarter)) return;
    const required = requiredMeetings(state, event.year)!;
    const left = 4 - event.quarter + 1;
    const warning = raiseWarning(
      state,
      'STEERING_GROUP_MEETINGS_BEHIND',
      event.year,
      {
        sv: `Samverkansgruppen har hållit ${held} av ${required} möten ${event.year} och kan inte nå kravet på de ${left} kvartal som återstår.`,
        en: `The steering group has held ${held} of ${required} meetings in ${event.year} and cannot reach the requirement in the ${left} quarters left.`,
      },
      ctx.now,
    );
    // One task to hold a meeting: this quarter's replaces an earlier one still open.
    cancelFrameworkTasks(state, ctx.now, (t) => t.type === 'HOLD_STEERING_GROUP_MEETING');
    openFrameworkTask(
      state,
      'HOLD_STEERING_GROUP_MEETING',
      PUBLIC_PARTY,
      ctx.now,
      quarterEnd(event.year, event.quarter),
      `${event.year}-Q${event.quarter}`,
    );
    const step = log.add('STEERING_GROUP_MEETINGS_BEHIND', { kind: 'PUBLIC' }, 'INFORMATION', {});
    step.record = asStored({ warning, held, required });
  },
  MEETING_YEAR_ENDED: ({ state, ctx, log }, event) => {
    if (!state.cadence) return;
    state.cadence.yearClosed = event.year;
    const required = requiredMeetings(state, event.year);
    const held = meetingsHeld(state, event.year);
    if (required === undefined || held >= required) return;
    clearWarnings(state, ctx.now, (w) => w.code === 'STEERING_GROUP_MEETINGS_BEHIND' && w.year === event.year);
    // The year is over: its task to hold a meeting can no longer be done.
    cancelFrameworkTasks(state, ctx.now, (t) => t.type === 'HOLD_STEERING_GROUP_MEETING' && (t.ref ?? '').startsWith(`${event.year}-`));
    const warning = raiseWarning(
      state,
      'STEERING_GROUP_MEETINGS_MISSED',
      event.year,
      {
        sv: `Samverkansgruppen höll ${held} av ${required} möten som krävdes ${event.year}.`,
        en: `The steering group held ${held} of the ${required} meetings required in ${event.year}.`,
      },
      ctx.now,
    );
    const step = log.add('STEERING_GROUP_MEETINGS_MISSED', { kind: 'PUBLIC' }, 'INFORMATION', {});
    step.record = asStored({ warning, held, required });
  },
  RAISE_FOLLOW_UP_CONFERENCE: ({ state, ctx, log }, event) => {
    if (state.status !== 'IN_FORCE' || state.tasks.some((t) => t.type === 'HOLD_FOLLOW_UP_CONFERENCE' && t.ref === String(event.year))) return;
    openFrameworkTask(state, 'HOLD_FOLLOW_UP_CONFERENCE', PUBLIC_PARTY, ctx.now, `${event.year}-12-31`, String(event.year));
    const step = log.add('FOLLOW_UP_CONFERENCE_RAISED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: frameworkParties(state) });
    step.record = asStored({ year: event.year });
  },
  RAISE_REVIEW: ({ state, ctx, log }, event) => {
    if (state.reviewDueBy !== event.dueBy || state.tasks.some((t) => t.type === 'DECIDE_ON_REVIEW' && t.ref === event.dueBy)) return;
    openFrameworkTask(state, 'DECIDE_ON_REVIEW', PUBLIC_PARTY, ctx.now, event.dueBy, event.dueBy);
    const step = log.add('REVIEW_RAISED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: frameworkParties(state) });
    step.record = asStored({ dueBy: event.dueBy });
  },
  REVIEW_OVERDUE: ({ state, ctx, log }, event) => {
    if (state.reviewDueBy !== event.dueBy) return;
    state.cadence = { inForceSince: state.cadence?.inForceSince ?? event.dueBy, ...state.cadence, reviewOverdueFor: event.dueBy };
    const warning = raiseWarning(
      state,
      'REVIEW_OVERDUE',
      yearOf(event.dueBy),
      {
        sv: `Översynen av överenskommelsen skulle ha beslutats senast ${event.dueBy}.`,
        en: `The review of the framework was due by ${event.dueBy}.`,
      },
      ctx.now,
    );
    const step = log.add('REVIEW_OVERDUE', { kind: 'PUBLIC' }, 'INFORMATION', {});
    step.record = asStored({ warning });
  },
};
