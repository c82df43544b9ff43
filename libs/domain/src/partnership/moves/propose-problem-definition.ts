import { all, OK } from '../../kernel/checks';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { advanceWhenComplete } from '../completion';
import { requireActive, requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { acceptImplicitly, othersThan } from '../parties';
import { cancelTasks, openTask } from '../tasks';

/** Any party may propose the shared problem definition (gemensam problemformulering); the others are asked to agree. */
export const proposeProblemDefinition: MoveHandler<'PROPOSE_PROBLEM_DEFINITION'> = (move) => {
  const { state, command, ctx, log } = move;
  const ok = all(requirePhase(state, 'PROBLEM_DEFINITION'), requireActive(state, command.party));
  if (!ok.ok) return ok;
  acceptImplicitly(state, command.party, ctx.now);
  state.problemDefinition = {
    challenge: command.challenge,
    targetGroup: command.targetGroup,
    goals: command.goals,
    developmentAreas: command.developmentAreas,
    proposedBy: command.party,
    proposedAt: ctx.now,
    // The proposer stands behind its own proposal; a new proposal asks everybody again.
    agreedBy: [command.party],
  };
  cancelTasks(state, ctx.now, (t) => t.type === 'AGREE_PROBLEM_DEFINITION');
  for (const other of othersThan(state, command.party)) openTask(state, 'AGREE_PROBLEM_DEFINITION', other, ctx.now);
  log.add('PROBLEM_DEFINITION_PROPOSED', responsibleOf(command.party), 'DIALOGUE', {
    informed: othersThan(state, command.party),
    initiatedByOrganisation: command.party !== PUBLIC_PARTY,
  });
  advanceWhenComplete(move);
  return OK;
};
