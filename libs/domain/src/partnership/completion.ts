import { PUBLIC_PARTY } from '../kernel/parties';
import { underRulesSince } from '../kernel/rules-version';
import { draftApprovalRefusals, latestDraft } from './draft-rules';
import { awaitsLegalForce } from './legal-force-gate';
import type { Working } from './move';
import { activeOrganisations, activeParties } from './parties';
import type { Agreement, DraftVersion } from './state';
import { openTask } from './tasks';

/**
 * After a move that may have given the last answer a phase waits for (an agreement, an approval, a signature, or
 * the leaving of the only party still to answer): the phase completes and the next begins.
 */
export function advanceWhenComplete(working: Working): void {
  const { state } = working;
  const parties = activeParties(state);
  if (state.phase === 'PROBLEM_DEFINITION' && state.problemDefinition) {
    if (parties.every((p) => state.problemDefinition!.agreedBy.includes(p))) adoptProblemDefinition(working);
  } else if (state.phase === 'DRAFTING') {
    const draft = latestDraft(state);
    const approvedByAll = draft && parties.every((p) => draft.reviews.some((r) => r.party === p && r.decision === 'APPROVED'));
    // Since version 2 a party's leaving can also make the approvals it leaves behind insufficient: a draft naming
    // its contribution is not agreed, whoever approved it before.
    const blocked = draft && underRulesSince(state, 2) && draftApprovalRefusals(state, draft).length > 0;
    if (draft && approvedByAll && !blocked) {
      draftApprovedByAll(working, draft);
    }
  } else if (state.phase === 'SIGNATURE') {
    const signed = state.signatures.filter((s) => s.round === state.round.number).map((s) => s.party);
    // Under rules version 4 the last signature waits for the decision's legal force (or the recorded choice not to).
    if (parties.every((p) => signed.includes(p)) && !awaitsLegalForce(state)) agreementSigned(working);
  }
}

function adoptProblemDefinition({ state, ctx, log }: Working): void {
  log.add('PROBLEM_DEFINITION_ADOPTED', { kind: 'JOINT' }, 'PARTNERSHIP', { coDecidedBy: [...state.problemDefinition!.agreedBy] });
  state.phase = 'DIALOGUE';
  for (const organisation of activeOrganisations(state)) openTask(state, 'GIVE_INPUT', organisation, ctx.now);
}

function draftApprovedByAll({ state, ctx, log }: Working, draft: DraftVersion): void {
  log.add('DRAFT_AGREED', { kind: 'JOINT' }, 'PARTNERSHIP', {
    coDecidedBy: draft.reviews.filter((r) => r.decision === 'APPROVED').map((r) => r.party),
  });
  state.phase = 'POLITICAL_APPROVAL';
  openTask(state, 'RECORD_DECISION', PUBLIC_PARTY, ctx.now, String(draft.version));
}

function agreementSigned({ state, ctx, log }: Working): void {
  const draft = latestDraft(state)!;
  const agreement: Agreement = {
    round: state.round.number,
    draftVersion: draft.version,
    startDate: draft.startDate,
    endDate: draft.endDate,
    signedAt: ctx.now,
    // An amendment or a renewal links to the agreement it follows, even one that lapsed meanwhile.
    previousRound: state.agreements[state.agreements.length - 1]?.round,
  };
  state.agreement = agreement;
  state.agreements.push(agreement);
  log.add('AGREEMENT_SIGNED', { kind: 'JOINT' }, 'PARTNERSHIP', {
    coDecidedBy: state.signatures.filter((s) => s.round === state.round.number).map((s) => s.party),
  });
  state.phase = 'IMPLEMENTATION';
}
