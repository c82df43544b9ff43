import type { Check } from '../kernel/checks';
import type { CommandContext } from '../kernel/context';
import type { Refusal } from '../kernel/refusal';
import type { Command, CommandType, PartnershipCommand } from './commands';
import type { PartnershipState } from './state';
import type { PartnershipStepLog, StepRecord } from './step-record';

/** The outcome of an accepted move: the new state, the steps to record, and the warnings to show. */
export interface Outcome {
  state: PartnershipState;
  steps: StepRecord[];
  warnings: Refusal[];
}

/** What a rule changes while a move or a timer is decided: the working copy, the move's context, its steps. */
export interface Working {
  /** A copy of the state, its revision already raised; thrown away when the move is refused. */
  state: PartnershipState;
  ctx: CommandContext;
  log: PartnershipStepLog;
}

/** One move being decided; a handler adds to `warnings` the rules that only warn. */
export interface MoveContext<C extends PartnershipCommand = PartnershipCommand> extends Working {
  command: C;
  warnings: Refusal[];
}

/** Decides one type of move on the working copy: OK having changed it, or the refusal (the copy is then dropped). */
export type MoveHandler<T extends CommandType> = (move: MoveContext<Command<T>>) => Check;
