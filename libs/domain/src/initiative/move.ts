import type { Check } from '../kernel/checks';
import type { CommandContext } from '../kernel/context';
import type { InitiativeCommand, InitiativeCommandOf, InitiativeCommandType } from './commands';
import type { InitiativeState } from './state';
import type { InitiativeStepLog, InitiativeStepRecord } from './step-record';

/** The outcome of an accepted move: the new state and the steps to record. */
export interface InitiativeOutcome {
  state: InitiativeState;
  steps: InitiativeStepRecord[];
}

export interface InitiativeMoveContext<C extends InitiativeCommand = InitiativeCommand> {
  state: InitiativeState;
  command: C;
  ctx: CommandContext;
  log: InitiativeStepLog;
}

export type InitiativeMoveHandler<T extends InitiativeCommandType> = (move: InitiativeMoveContext<InitiativeCommandOf<T>>) => Check;
