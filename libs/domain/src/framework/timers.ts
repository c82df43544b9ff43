import type { CommandContext } from '../kernel/context';
import { clone } from '../kernel/working-copy';
import type { FrameworkOutcome } from './move';
import type { FrameworkState } from './state';
import { frameworkStepLog } from './step-record';

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

/** The earliest moment a durable timer must wake the framework, and what happens then; undefined: none is due. */
export function nextFrameworkTimer(state: FrameworkState): { at: string; event: FrameworkTimerEvent } | undefined {
  void state;
  return undefined;
}

/** What a timer does when it fires; it raises the revision by one and records a step. */
export function applyFrameworkTimer(current: FrameworkState, event: FrameworkTimerEvent, ctx: CommandContext): FrameworkOutcome {
  const state = clone(current);
  state.revision += 1;
  const log = frameworkStepLog(state, ctx);
  void event;
  return { state, steps: log.steps, warnings: [] };
}
