import { all, OK } from '../../kernel/checks';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { advanceWhenComplete } from '../completion';
import { checkTask, requireActive, requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { acceptImplicitly, othersThan } from '../parties';
import { Refusals } from '../refusals';
import { completeTasks } from '../tasks';

/** A party stands behind the proposed problem definition; the last one to do so adopts it. */
export const agreeToProblemDefinition: MoveHandler<'AGREE_TO_PROBLEM_DEFINITION'> = (move) => {
  const { state, command, ctx, log } = move;
  const ok = all(requirePhase(state, 'PROBLEM_DEFINITION'), requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  const definition = state.problemDefinition;
  if (!definition) return Refusals.noProblemDefinition();
  if (definition.agreedBy.includes(command.party)) return Refusals.alreadyAgreed();
  acceptImplicitly(state, command.party, ctx.now);
  definition.agreedBy.push(command.party);
  completeTasks(state, ctx.now, (t) => t.type === 'AGREE_PROBLEM_DEFINITION' && t.addressedTo === command.party);
  log.add('PROBLEM_DEFINITION_AGREED', responsibleOf(command.party), 'CONSULTATION', {
    informed: othersThan(state, command.party),
    answered: [command.party],
    initiatedByOrganisation: definition.proposedBy !== PUBLIC_PARTY,
  });
  advanceWhenComplete(move);
  return OK;
};
