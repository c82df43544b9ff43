import { all, OK } from '../../kernel/checks';
import { responsibleOf } from '../../kernel/parties';
import { checkTask, requireActive, requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { acceptImplicitly } from '../parties';
import { completeTasks } from '../tasks';

/** A party's written input (skriftligt inspel) to the dialogue. */
export const submitInput: MoveHandler<'SUBMIT_INPUT'> = ({ state, command, ctx, log }) => {
  const ok = all(requirePhase(state, 'DIALOGUE'), requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  acceptImplicitly(state, command.party, ctx.now);
  state.counters.input += 1;
  state.dialogue.inputs.push({ id: state.counters.input, party: command.party, text: command.text, submittedAt: ctx.now });
  completeTasks(state, ctx.now, (t) => t.type === 'GIVE_INPUT' && t.addressedTo === command.party);
  log.add('WRITTEN_INPUT_SUBMITTED', responsibleOf(command.party), 'CONSULTATION', { answered: [command.party] });
  return OK;
};
