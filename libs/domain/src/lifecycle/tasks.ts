import { addDays } from '../dates';
import type { PartnershipState, PartyKey, Task, TaskType } from './state';

/** How long a party has for each kind of task, in days from when it is raised. */
export const TASK_DUE_DAYS: Record<TaskType, number> = {
  RESPOND_TO_INVITATION: 14,
  AGREE_PROBLEM_DEFINITION: 14,
  GIVE_INPUT: 21,
  APPROVE_DRAFT: 14,
  RECORD_DECISION: 60,
  SIGN: 14,
  SUBMIT_FOLLOW_UP_REPORT: 30,
  HOLD_FOLLOW_UP_MEETING: 60,
};

export function openTask(state: PartnershipState, type: TaskType, addressedTo: PartyKey, now: string, ref?: string): void {
  state.counters.task += 1;
  state.tasks.push({
    id: `T${state.counters.task}`,
    type,
    addressedTo,
    dueDate: addDays(now.slice(0, 10), TASK_DUE_DAYS[type]),
    status: 'OPEN',
    createdAt: now,
    ref,
  });
}

function close(state: PartnershipState, status: 'DONE' | 'CANCELLED', now: string, match: (task: Task) => boolean): void {
  for (const task of state.tasks) {
    if (task.status === 'OPEN' && match(task)) {
      task.status = status;
      task.closedAt = now;
    }
  }
}

export function completeTasks(state: PartnershipState, now: string, match: (task: Task) => boolean): void {
  close(state, 'DONE', now, match);
}

export function cancelTasks(state: PartnershipState, now: string, match: (task: Task) => boolean): void {
  close(state, 'CANCELLED', now, match);
}
