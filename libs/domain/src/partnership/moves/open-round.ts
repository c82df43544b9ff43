import type { Check } from '../../kernel/checks';
import { all, OK } from '../../kernel/checks';
import type { PartyKey } from '../../kernel/parties';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { requireActive, requirePhase } from '../guards';
import type { Working } from '../move';
import { othersThan } from '../parties';
import { Refusals } from '../refusals';

/**
 * An amendment or a renewal: a new drafting round while the agreement stays in force, unless it is already being
 * terminated.
 */
export function openRound({ state, ctx, log }: Working, party: PartyKey, kind: 'AMENDMENT' | 'RENEWAL', reason: string | undefined): Check {
  const ok = all(requirePhase(state, 'IMPLEMENTATION'), requireActive(state, party));
  if (!ok.ok) return ok;
  if (state.termination) return Refusals.terminationPending();
  state.round = { number: state.round.number + 1, kind, openedAt: ctx.now, reasons: reason };
  state.phase = 'DRAFTING';
  log.add(kind === 'AMENDMENT' ? 'AMENDMENT_PROPOSED' : 'RENEWAL_STARTED', responsibleOf(party), 'DIALOGUE', {
    informed: othersThan(state, party),
    initiatedByOrganisation: party !== PUBLIC_PARTY,
  });
  return OK;
}
