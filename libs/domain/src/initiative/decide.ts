import type { Check } from '../kernel/checks';
import type { CommandContext } from '../kernel/context';
import { PUBLIC_PARTY } from '../kernel/parties';
import { accept, RuleResult } from '../kernel/refusal';
import { clone } from '../kernel/working-copy';
import { firstUnstorableText } from '../text';
import type { InitiativeCommand, InitiativeCommandOf, InitiativeCommandType } from './commands';
import type { InitiativeMoveContext, InitiativeMoveHandler, InitiativeOutcome } from './move';
import { assessInitiative } from './moves/assess-initiative';
import { decideOnInitiative } from './moves/decide-on-initiative';
import { InitiativeRefusals } from './refusals';
import type { InitiativeState } from './state';
import { initiativeStepLog } from './step-record';

/** The handler of each move: a type of move without one does not compile. */
const INITIATIVE_MOVE_HANDLERS: { [T in InitiativeCommandType]: InitiativeMoveHandler<T> } = {
  ASSESS_INITIATIVE: assessInitiative,
  DECIDE_ON_INITIATIVE: decideOnInitiative,
};

function handle<T extends InitiativeCommandType>(type: T, move: InitiativeMoveContext<InitiativeCommandOf<T>>): Check {
  return INITIATIVE_MOVE_HANDLERS[type](move);
}

/**
 * Decides one move on an initiative. Pure, as every kind's: the workflow runs it in the update's validator and
 * again in its handler. Both moves are the addressed public party's; a decided initiative takes no more moves.
 */
export function decideInitiative(current: InitiativeState, command: InitiativeCommand, ctx: CommandContext): RuleResult<InitiativeOutcome> {
  if (current.status === 'DECIDED') return InitiativeRefusals.alreadyDecided();
  const text = firstUnstorableText(command);
  if (text) return InitiativeRefusals.textNotStorable(text.path, text.problem);
  if (command.party !== PUBLIC_PARTY)
    return InitiativeRefusals.publicPartyOnly('assess and decide an initiative', 'bedöma och besluta om ett initiativ');
  const state = clone(current);
  state.revision += 1;
  const log = initiativeStepLog(state, ctx);
  const result = handle(command.type, { state, command, ctx, log } as InitiativeMoveContext<InitiativeCommandOf<typeof command.type>>);
  if (!result.ok) return result;
  return accept({ state, steps: log.steps });
}
