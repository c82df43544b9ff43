import type { Check } from '../../kernel/checks';
import { all, OK } from '../../kernel/checks';
import { underRulesSince } from '../../kernel/rules-version';
import type { PartyKey } from '../../kernel/parties';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { requireActive, requirePhase } from '../guards';
import type { Working } from '../move';
import { activeOrganisations, othersThan } from '../parties';
import { Refusals } from '../refusals';
import { openTask } from '../tasks';

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
  // Rules version 3: a renewal asks each organisation to confirm or update its profile (the registration re-checked).
  if (kind === 'RENEWAL' && underRulesSince(state, 3)) {
    for (const organisation of activeOrganisations(state)) openTask(state, 'CONFIRM_ORGANISATION_PROFILE', organisation, ctx.now);
  }
  log.add(kind === 'AMENDMENT' ? 'AMENDMENT_PROPOSED' : 'RENEWAL_STARTED', responsibleOf(party), 'DIALOGUE', {
    informed: othersThan(state, party),
    initiatedByOrganisation: party !== PUBLIC_PARTY,
  });
  return OK;
}
