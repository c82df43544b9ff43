import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { underRulesSince } from '../../kernel/rules-version';
import { end } from '../ending';
import { requireActive } from '../guards';
import { giveOwnNotice, noticeEffectiveDate } from '../leaving';
import type { MoveHandler } from '../move';
import { othersThan } from '../parties';
import { Refusals } from '../refusals';

/**
 * A party gives notice (uppsägning). The public party's notice ends the agreement for everyone when the notice runs
 * out (at once without one); under rules version 3 an organisation's ends only its own participation (leaving.ts),
 * while under 1 and 2 any party's notice ends it for all and a second one is refused.
 */
export const terminate: MoveHandler<'TERMINATE'> = (move) => {
  const { state, command, ctx, log } = move;
  const active = requireActive(state, command.party);
  if (!active.ok) return active;
  if (underRulesSince(state, 3) && command.party !== PUBLIC_PARTY) return giveOwnNotice(move, command.party, command.reason);
  if (!state.agreement) return Refusals.noAgreementInForce();
  if (state.termination) return Refusals.terminationPending();
  const { months, effectiveDate } = noticeEffectiveDate(state, state.agreement, ctx.now.slice(0, 10));
  state.termination = { by: command.party, reason: command.reason, noticeGivenAt: ctx.now, effectiveDate };
  log.add('TERMINATION_NOTIFIED', responsibleOf(command.party), 'INFORMATION', { informed: othersThan(state, command.party) });
  if (months === 0) end(move, 'TERMINATED', command.reason);
  return OK;
};
