import { OK } from '../../kernel/checks';
import { responsibleOf } from '../../kernel/parties';
import { addMonths, compareDates } from '../../dates';
import { end } from '../ending';
import { requireActive } from '../guards';
import type { MoveHandler } from '../move';
import { othersThan } from '../parties';
import { Refusals } from '../refusals';

/** A party gives notice (uppsägning); the agreement ends when the notice runs out, at once without one. */
export const terminate: MoveHandler<'TERMINATE'> = (move) => {
  const { state, command, ctx, log } = move;
  const active = requireActive(state, command.party);
  if (!active.ok) return active;
  if (!state.agreement) return Refusals.noAgreementInForce();
  if (state.termination) return Refusals.terminationPending();
  const notice = state.drafts.find((d) => d.version === state.agreement!.draftVersion)?.terminationNoticeMonths ?? 0;
  const byNotice = addMonths(ctx.now.slice(0, 10), notice);
  // The agreement ends at the end of the notice, or at its own end date if that comes first.
  const effectiveDate = compareDates(byNotice, state.agreement.endDate) < 0 ? byNotice : state.agreement.endDate;
  state.termination = { by: command.party, reason: command.reason, noticeGivenAt: ctx.now, effectiveDate };
  log.add('TERMINATION_NOTIFIED', responsibleOf(command.party), 'INFORMATION', { informed: othersThan(state, command.party) });
  if (notice === 0) end(move, 'TERMINATED', command.reason);
  return OK;
};
