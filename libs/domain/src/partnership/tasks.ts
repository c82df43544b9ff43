import type { PartyKey } from '../kernel/parties';
import { closeTasks, raiseTask } from '../kernel/tasks';
import type { PartnershipState, Task } from './state';
import type { TaskType } from './vocabulary';

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
  CONFIRM_ORGANISATION_PROFILE: 30,
  DECLARE_DE_MINIMIS_AID: 30,
};

export function openTask(state: PartnershipState, type: TaskType, addressedTo: PartyKey, now: string, ref?: string): void {
  raiseTask(state, type, addressedTo, now, TASK_DUE_DAYS[type], ref);
}

export function completeTasks(state: PartnershipState, now: string, match: (task: Task) => boolean): void {
  closeTasks(state, 'DONE', now, match);
}

export function cancelTasks(state: PartnershipState, now: string, match: (task: Task) => boolean): void {
  closeTasks(state, 'CANCELLED', now, match);
}
