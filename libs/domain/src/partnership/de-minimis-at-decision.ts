import { OK, type Check } from '../kernel/checks';
import { underRulesSince } from '../kernel/rules-version';
import { checkDeMinimisCeiling } from '../legal-frame/de-minimis-ledger';
import { type DeMinimisGrant, type DeMinimisLedgerExtract, isDeMinimis } from '../legal-frame/state-aid';
import { Refusals } from './refusals';
import type { PartnershipState } from './state';

/**
 * The de minimis aid an approving decision on `meetingDate` would grant (rules version 3): the aid per organisation
 * of the state aid assessment in force, none when it is not de minimis.
 */
export function grantsAt(state: PartnershipState, meetingDate: string, decisionSeq: number): DeMinimisGrant[] {
  if (!underRulesSince(state, 3)) return [];
  const inForce = state.stateAid?.[state.stateAid.length - 1];
  if (!inForce || !isDeMinimis(inForce.conclusion)) return [];
  const kind = inForce.conclusion;
  return (inForce.aid ?? []).map((a) => ({
    organisationNumber: a.organisationNumber,
    kind,
    amountSek: a.amountSek,
    grantedOn: meetingDate,
    decisionSeq,
  }));
}

/**
 * Each grant within its organisation's ceiling over the three years ending on the decision's date, from the ledger
 * the API read and passed in the command (the ledger spans partnerships, the workflow sees one): the first over it is
 * refused with the running total, this aid and the ceiling; a grant whose ledger was not passed is refused too.
 */
export function checkGrantsWithinCeiling(grants: DeMinimisGrant[], ledger: DeMinimisLedgerExtract[] | undefined): Check {
  for (const grant of grants) {
    const extract = ledger?.find((l) => l.organisationNumber === grant.organisationNumber);
    if (!extract) return Refusals.deMinimisLedgerMissing(grant.organisationNumber);
    const aid = { grantedOn: grant.grantedOn, amount: grant.amountSek, currency: 'SEK' as const, source: 'this decision' };
    const checked = checkDeMinimisCeiling(grant.kind, grant.organisationNumber, extract.earlier, aid, extract.rates);
    if (!checked.ok) return checked;
  }
  return OK;
}
