import { PUBLIC_PARTY } from '../kernel/parties';
import type { Refusal } from '../kernel/refusal';
import { underRulesSince } from '../kernel/rules-version';
import { activeOrganisations, activeParties } from './parties';
import { PRINCIPLES } from './principle';
import { Refusals } from './refusals';
import type { DraftVersion, PartnershipState } from './state';

/** The draft under discussion: the last version submitted in the current round. */
export function latestDraft(state: PartnershipState): DraftVersion | undefined {
  const inRound = state.drafts.filter((d) => d.round === state.round.number);
  return inRound[inRound.length - 1];
}

/**
 * The rules that refuse an approval: every principle addressed, an own contribution from each organisation, and
 * (since version 2) no contribution of a party that declined or withdrew after the draft was submitted.
 */
export function draftApprovalRefusals(state: PartnershipState, draft: DraftVersion): Refusal[] {
  const refusals: Refusal[] = [];
  if (underRulesSince(state, 2)) {
    const active = activeParties(state);
    const gone = draft.contributions.find((c) => !active.includes(c.party));
    const r = gone && Refusals.contributionPartyNotActive(draft.version, gone.party);
    if (r && !r.ok) refusals.push(r.refusal);
  }
  const unaddressed = PRINCIPLES.filter((p) => !draft.principles[p]?.trim());
  if (unaddressed.length > 0) {
    const r = Refusals.principleUnaddressed(unaddressed);
    if (!r.ok) refusals.push(r.refusal);
  }
  const missing = activeOrganisations(state).filter((o) => !draft.contributions.some((c) => c.party === o && c.ownContribution?.trim()));
  if (missing.length > 0) {
    const r = Refusals.ownContributionMissing(missing);
    if (!r.ok) refusals.push(r.refusal);
  }
  return refusals;
}

/** Rules that only warn: worth a second look, but an IOP may legitimately be written that way. */
export function draftWarnings(state: PartnershipState, draft: DraftVersion): Refusal[] {
  const warnings = draftApprovalRefusals(state, draft);
  const grant = draft.contributions.find((c) => c.party === PUBLIC_PARTY)?.amountSek ?? 0;
  if (grant === 0) {
    warnings.push({
      code: 'NO_PUBLIC_GRANT',
      message: { sv: 'Den offentliga parten bidrar inte med pengar.', en: 'The public party contributes no money.' },
      kind: 'INVALID',
    });
  }
  const years = (Date.parse(draft.endDate) - Date.parse(draft.startDate)) / (365.25 * 86400000);
  if (years > 5) {
    warnings.push({
      code: 'LONG_TERM_WITHOUT_REVIEW',
      message: {
        sv: 'Avtalet löper över fem år: planera en översyn minst vart femte år.',
        en: 'The agreement runs over five years: plan a review at least every fifth year.',
      },
      kind: 'INVALID',
    });
  }
  return warnings;
}
