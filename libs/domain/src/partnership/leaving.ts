import { OK } from '../kernel/checks';
import type { Check } from '../kernel/checks';
import { responsibleOf } from '../kernel/parties';
import type { PartyKey } from '../kernel/parties';
import { addMonths, compareDates } from '../dates';
import { advanceWhenComplete } from './completion';
import { end } from './ending';
import type { Working } from './move';
import { activeOrganisations, othersThan } from './parties';
import { Refusals } from './refusals';
import type { Agreement, Leaving, PartnershipState } from './state';
import { cancelTasks } from './tasks';

/**
 * The day a notice given today takes effect: at the end of the agreement's notice period (uppsägningstid), or on
 * its own end date if that comes first. One rule for the public party's notice and an organisation's.
 */
export function noticeEffectiveDate(state: PartnershipState, agreement: Agreement, today: string): { months: number; effectiveDate: string } {
  const months = state.drafts.find((d) => d.version === agreement.draftVersion)?.terminationNoticeMonths ?? 0;
  const byNotice = addMonths(today, months);
  return { months, effectiveDate: compareDates(byNotice, agreement.endDate) < 0 ? byNotice : agreement.endDate };
}

/** The organisations' notices still to take effect. */
export const pendingLeavings = (state: PartnershipState): Leaving[] => (state.leavings ?? []).filter((l) => !l.leftAt);

/**
 * Rules version 3: an organisation gives notice of its own participation in the agreement in force; the others go
 * on. Another organisation's pending notice does not stop it; its own does, and so does a notice for everyone.
 */
export function giveOwnNotice(working: Working, party: PartyKey, reason: string): Check {
  const { state, ctx, log } = working;
  if (!state.agreement) return Refusals.noAgreementInForce();
  if (state.termination) return Refusals.terminationPending();
  if (pendingLeavings(state).some((l) => l.party === party)) return Refusals.noticeAlreadyGiven();
  const { months, effectiveDate } = noticeEffectiveDate(state, state.agreement, ctx.now.slice(0, 10));
  const leaving: Leaving = { party, reason, noticeGivenAt: ctx.now, effectiveDate };
  state.leavings = [...(state.leavings ?? []), leaving];
  log.add('ORGANISATION_NOTICE_GIVEN', responsibleOf(party), 'INFORMATION', { informed: othersThan(state, party) });
  if (months === 0) return takeLeave(working, party);
  return OK;
}

/**
 * An organisation's notice takes effect: it leaves (status LEFT), its tasks go, and the agreement goes on for the
 * organisations that remain; when none remains, the last one's leaving ends it.
 */
export function takeLeave(working: Working, party: PartyKey): Check {
  const { state, ctx, log } = working;
  const leaving = pendingLeavings(state).find((l) => l.party === party);
  const organisation = state.organisations.find((o) => o.organisationNumber === party);
  if (!leaving || !organisation) return OK;
  leaving.leftAt = ctx.now;
  organisation.status = 'LEFT';
  organisation.statusReason = leaving.reason;
  cancelTasks(state, ctx.now, (t) => t.addressedTo === party);
  log.add('ORGANISATION_LEFT', responsibleOf(party), 'INFORMATION', { informed: othersThan(state, party) });
  if (activeOrganisations(state).length === 0) {
    end(working, 'TERMINATED', leaving.reason);
    return OK;
  }
  advanceWhenComplete(working);
  return OK;
}
