import { all, OK } from '../../kernel/checks';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { checkTask, requireActive } from '../guards';
import type { MoveHandler } from '../move';
import { Refusals } from '../refusals';
import { completeTasks } from '../tasks';

/** An organisation reports on a yearly follow-up (uppföljning) the timer raised. */
export const submitFollowUpReport: MoveHandler<'SUBMIT_FOLLOW_UP_REPORT'> = ({ state, command, ctx, log }) => {
  if (command.party === PUBLIC_PARTY) return Refusals.organisationOnly('submit a follow-up report', 'lämna en uppföljningsrapport');
  const ok = all(requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  const followUp = state.followUps.find((f) => f.dueDate === command.dueDate);
  if (!followUp || !state.agreement) return Refusals.followUpNotDue(command.dueDate);
  if (followUp.reports.some((r) => r.party === command.party)) return Refusals.reportAlreadySubmitted();
  followUp.reports.push({ party: command.party, summary: command.summary, submittedAt: ctx.now });
  completeTasks(state, ctx.now, (t) => t.type === 'SUBMIT_FOLLOW_UP_REPORT' && t.addressedTo === command.party && t.ref === command.dueDate);
  log.add('FOLLOW_UP_REPORT_SUBMITTED', responsibleOf(command.party), 'CONSULTATION', { answered: [command.party] }, 'IMPLEMENTATION');
  return OK;
};
