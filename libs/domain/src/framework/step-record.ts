import type { CommandContext } from '../kernel/context';
import { ProcessStep, StepLog } from '../kernel/step-log';
import { clone } from '../kernel/working-copy';
import type { FrameworkState } from './state';
import type { FrameworkStepAction } from './step-actions';
import type { FrameworkStatus } from './vocabulary';

/**
 * One entry of a framework's timeline. Its `phase` is the framework's status when the step happened; its `record`
 * holds what the step recorded (a decision, a version, an application), exactly as the state stores it.
 */
export type FrameworkStepRecord = ProcessStep<FrameworkStepAction, FrameworkStatus, unknown>;

export type FrameworkStepLog = StepLog<FrameworkStepAction, FrameworkStatus, unknown>;

/** The kernel's step log reads `revision` and `phase` at each step; a framework's phase is its status. */
export function frameworkStepLog(state: FrameworkState, ctx: CommandContext): FrameworkStepLog {
  const view = {
    get revision() {
      return state.revision;
    },
    get phase() {
      return state.status;
    },
  };
  return new StepLog(view, ctx);
}

/** A step's terms as stored (JSON), and a copy, so that the chain's step and the state's row hold the same thing. */
export const asStored = <T>(terms: T): T => clone(terms);
