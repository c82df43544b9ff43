import type { CommandContext } from '../kernel/context';
import { ProcessStep, StepLog } from '../kernel/step-log';
import type { InitiativeState } from './state';
import type { InitiativeStatus, InitiativeStepAction } from './vocabulary';

/** One entry of an initiative's timeline; its phase is the initiative's status when the step happened. */
export type InitiativeStepRecord = ProcessStep<InitiativeStepAction, InitiativeStatus, unknown>;
export type InitiativeStepLog = StepLog<InitiativeStepAction, InitiativeStatus, unknown>;

export function initiativeStepLog(state: InitiativeState, ctx: CommandContext): InitiativeStepLog {
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
