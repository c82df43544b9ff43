import { addDays } from '../dates';
import type { Check } from './checks';
import { OK } from './checks';
import type { PartyKey } from './parties';
import { KernelRefusals } from './refusals';

/** Where a task stands: open until done or cancelled. */
export const TASK_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Something a party is asked to do, by a due date. */
export interface ProcessTask<Type extends string> {
  id: string;
  type: Type;
  addressedTo: PartyKey;
  dueDate: string;
  status: TaskStatus;
  createdAt: string;
  closedAt?: string;
  /** What the task is about: a draft version, a follow-up's due date. */
  ref?: string;
}

/** What the task helpers read and change of a process's working copy. */
export interface TaskHolder<Type extends string> {
  tasks: ProcessTask<Type>[];
  counters: { task: number };
}

/** Raises a task; ids count up per process (T1, T2, …), so the same moves always give the same ids. */
export function raiseTask<Type extends string>(
  holder: TaskHolder<Type>,
  type: Type,
  addressedTo: PartyKey,
  now: string,
  dueDays: number,
  ref?: string,
): void {
  holder.counters.task += 1;
  holder.tasks.push({
    id: `T${holder.counters.task}`,
    type,
    addressedTo,
    dueDate: addDays(now.slice(0, 10), dueDays),
    status: 'OPEN',
    createdAt: now,
    ref,
  });
}

/** Closes every open task that matches, in the order they were raised. */
export function closeTasks<Type extends string>(
  holder: TaskHolder<Type>,
  status: Exclude<TaskStatus, 'OPEN'>,
  now: string,
  match: (task: ProcessTask<Type>) => boolean,
): void {
  for (const task of holder.tasks) {
    if (task.status === 'OPEN' && match(task)) {
      task.status = status;
      task.closedAt = now;
    }
  }
}

/** Where a move names the task it answers, the task must be open and addressed to the acting party. */
export function checkTaskOf<Type extends string>(holder: TaskHolder<Type>, party: PartyKey, taskId: string | undefined): Check {
  if (!taskId) return OK;
  const task = holder.tasks.find((t) => t.id === taskId);
  if (task && task.addressedTo !== party) return KernelRefusals.taskOfAnotherParty();
  if (!task || task.status !== 'OPEN') return KernelRefusals.taskNotOpen();
  return OK;
}
