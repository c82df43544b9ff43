import type { Check } from '../kernel/checks';
import type { CommandContext } from '../kernel/context';
import type { Refusal } from '../kernel/refusal';
import type { FrameworkCommand, FrameworkCommandOf, FrameworkCommandType } from './commands';
import type { FrameworkState } from './state';
import type { FrameworkStepLog, FrameworkStepRecord } from './step-record';

/** The outcome of an accepted move or a timer: the new state, the steps to record, and the warnings to show. */
export interface FrameworkOutcome {
  state: FrameworkState;
  steps: FrameworkStepRecord[];
  warnings: Refusal[];
}

/** What a rule changes while a move or a timer is decided: the working copy (revision already raised), its steps. */
export interface FrameworkWorking {
  state: FrameworkState;
  ctx: CommandContext;
  log: FrameworkStepLog;
  warnings: Refusal[];
}

export interface FrameworkMoveContext<C extends FrameworkCommand = FrameworkCommand> extends FrameworkWorking {
  command: C;
}

/** Decides one type of move on the working copy: OK having changed it, or the refusal (the copy is then dropped). */
export type FrameworkMoveHandler<T extends FrameworkCommandType> = (move: FrameworkMoveContext<FrameworkCommandOf<T>>) => Check;
