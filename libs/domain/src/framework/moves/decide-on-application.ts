import { OK } from '../../kernel/checks';
import { checkFrameworkTask, requirePublic } from '../guards';
import { memberOf } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import { asStored } from '../step-record';
import { completeFrameworkTasks } from '../tasks';

/**
 * The public party confirms an application (the organisation has joined from today) or refuses it with a reason.
 * The joining is an answer: the organisation asked and signed, the public party's confirmation completes it.
 */
export const decideOnApplication: FrameworkMoveHandler<'DECIDE_ON_APPLICATION'> = ({ state, command, ctx, log }) => {
  const party = requirePublic(command.party, 'decide on an application', 'besluta om en ansökan');
  if (!party.ok) return party;
  const member = memberOf(state, command.organisationNumber);
  if (member?.status !== 'APPLIED') return FrameworkRefusals.noApplication(command.organisationNumber);
  const task = checkFrameworkTask(state, command.party, command.taskId);
  if (!task.ok) return task;
  if (!command.confirm && !command.reason?.trim()) return FrameworkRefusals.refusalReasonRequired();
  member.decidedAt = ctx.now;
  completeFrameworkTasks(state, ctx.now, (t) => t.type === 'DECIDE_ON_APPLICATION' && t.ref === member.organisationNumber);
  const organisation = { kind: 'ORGANISATION' as const, organisationNumber: member.organisationNumber };
  if (command.confirm) {
    member.status = 'JOINED';
    member.joinedOn = ctx.now.slice(0, 10);
    delete member.reason;
    delete member.leftOn;
    const step = log.add('APPLICATION_CONFIRMED', organisation, 'CONSULTATION', {
      informed: [member.organisationNumber],
      answered: [member.organisationNumber],
    });
    step.record = asStored({ organisationNumber: member.organisationNumber, joinedOn: member.joinedOn });
  } else {
    member.status = 'REFUSED';
    member.reason = command.reason!.trim();
    const step = log.add('APPLICATION_REFUSED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: [member.organisationNumber] });
    step.record = asStored({ organisationNumber: member.organisationNumber, reason: member.reason });
  }
  return OK;
};
