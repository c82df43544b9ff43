import { OK } from '../kernel/checks';
import type { Check } from '../kernel/checks';
import type { PartyKey } from '../kernel/parties';
import { advanceWhenComplete } from './completion';
import type { Working } from './move';
import { activeOrganisations, activeParties } from './parties';
import { endAction } from './step-actions';
import { cancelTasks } from './tasks';
import type { EndReason } from './vocabulary';

/** The partnership ends: every task goes, an agreement that expired or was terminated is no longer in force. */
export function end({ state, ctx, log }: Working, reason: EndReason, detail?: string): void {
  cancelTasks(state, ctx.now, () => true);
  if (reason === 'EXPIRED' || reason === 'TERMINATED') state.agreement = undefined;
  const phase = state.phase;
  state.phase = 'ENDED';
  state.ended = { reason, at: ctx.now, detail };
  log.add(endAction(reason), { kind: 'JOINT' }, 'INFORMATION', { informed: activeParties(state) }, phase);
}

/**
 * After an organisation declines or withdraws: its tasks go, the process ends if no organisation remains, and
 * otherwise a step waiting only for that organisation is now complete.
 */
export function leaveProcess(working: Working, party: PartyKey): Check {
  const { state, ctx } = working;
  cancelTasks(state, ctx.now, (t) => t.addressedTo === party);
  if (activeOrganisations(state).length === 0) {
    end(working, 'NO_ORGANISATIONS_LEFT', 'Ingen idéburen organisation återstår / no organisation remains');
    return OK;
  }
  advanceWhenComplete(working);
  return OK;
}
