import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { leaveProcess } from '../ending';
import { checkTask, requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { Refusals } from '../refusals';
import { completeTasks } from '../tasks';

/** An organisation accepts or declines its invitation; declining is leaving the process. */
export const respondToInvitation: MoveHandler<'RESPOND_TO_INVITATION'> = (move) => {
  const { state, command, ctx, log } = move;
  if (command.party === PUBLIC_PARTY) return Refusals.organisationOnly('answer an invitation', 'besvara en inbjudan');
  // Checked first: naming another party's task is refused whatever the state of one's own invitation. No recorded
  // history carries a taskId on this move (the API refused the field until now), so no rules version is needed.
  const task = checkTask(state, command.party, command.taskId);
  if (!task.ok) return task;
  const organisation = state.organisations.find((o) => o.organisationNumber === command.party)!;
  if (organisation.status !== 'INVITED') return Refusals.invitationAnswered();
  const beforeSignature = requirePhase(state, 'PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'POLITICAL_APPROVAL', 'SIGNATURE');
  if (!beforeSignature.ok || state.agreement) return Refusals.withdrawAfterSignature();
  completeTasks(state, ctx.now, (t) => t.type === 'RESPOND_TO_INVITATION' && t.addressedTo === command.party);
  if (command.accept) {
    organisation.status = 'ACCEPTED';
    log.add('INVITATION_ACCEPTED', responsibleOf(command.party), 'INFORMATION', { informed: [PUBLIC_PARTY] });
    return OK;
  }
  organisation.status = 'DECLINED';
  organisation.statusReason = command.reason;
  log.add('INVITATION_DECLINED', responsibleOf(command.party), 'INFORMATION', { informed: [PUBLIC_PARTY] });
  return leaveProcess(move, command.party);
};
