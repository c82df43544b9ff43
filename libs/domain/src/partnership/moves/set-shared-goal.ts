import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { activeOrganisations } from '../parties';
import { Refusals } from '../refusals';

/** The public party records the shared goal (gemensamt mål) the dialogue arrived at. */
export const setSharedGoal: MoveHandler<'SET_SHARED_GOAL'> = ({ state, command, log }) => {
  const ok = requirePhase(state, 'DIALOGUE');
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record the shared goal', 'föra in det gemensamma målet');
  state.dialogue.sharedGoal = command.sharedGoal;
  log.add('SHARED_GOAL_RECORDED', { kind: 'JOINT' }, 'DIALOGUE', { informed: activeOrganisations(state) });
  return OK;
};
