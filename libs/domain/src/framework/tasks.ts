import { addDays } from '../dates';
import type { PartyKey } from '../kernel/parties';
import { closeTasks, raiseTask } from '../kernel/tasks';
import type { ProcessTask } from '../kernel/tasks';
import type { FrameworkState } from './state';
import type { FrameworkTaskType } from './vocabulary';

export type FrameworkTask = ProcessTask<FrameworkTaskType>;

/** The public party has this long to decide on an application, from the day it was made. */
export const APPLICATION_DECISION_DAYS = 30;

const DAY_MS = 86_400_000;

/** Raises a task due on a given day (the quarter's last day, 31 December, the review's due date). */
export function openFrameworkTask(
  state: FrameworkState,
  type: FrameworkTaskType,
  addressedTo: PartyKey,
  now: string,
  dueDate: string,
  ref?: string,
): void {
  const days = Math.round((Date.parse(`${dueDate}T00:00:00.000Z`) - Date.parse(`${now.slice(0, 10)}T00:00:00.000Z`)) / DAY_MS);
  raiseTask(state, type, addressedTo, now, days, ref);
}

/** Raises a task due a number of days from now. */
export function openFrameworkTaskIn(
  state: FrameworkState,
  type: FrameworkTaskType,
  addressedTo: PartyKey,
  now: string,
  days: number,
  ref?: string,
): void {
  openFrameworkTask(state, type, addressedTo, now, addDays(now.slice(0, 10), days), ref);
}

export function completeFrameworkTasks(state: FrameworkState, now: string, match: (task: FrameworkTask) => boolean): void {
  closeTasks(state, 'DONE', now, match);
}

export function cancelFrameworkTasks(state: FrameworkState, now: string, match: (task: FrameworkTask) => boolean): void {
  closeTasks(state, 'CANCELLED', now, match);
}

export const openTasksOf = (state: FrameworkState, type: FrameworkTaskType, addressedTo?: PartyKey): FrameworkTask[] =>
  state.tasks.filter((t) => t.status === 'OPEN' && t.type === type && (addressedTo === undefined || t.addressedTo === addressedTo));
