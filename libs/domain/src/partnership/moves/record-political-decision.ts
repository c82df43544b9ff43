import { OK } from '../../kernel/checks';
import { underRulesSince } from '../../kernel/rules-version';
import { lastDayOfAppeal } from '../../appeal-window';
import { compareDates } from '../../dates';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { latestDraft } from '../draft-rules';
import { end } from '../ending';
import { requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { activeOrganisations, activeParties } from '../parties';
import { Refusals } from '../refusals';
import type { PoliticalDecision } from '../state';
import { decisionAction } from '../step-actions';
import { asStored } from '../step-record';
import { completeTasks, openTask } from '../tasks';
import { checkGrantsWithinCeiling, grantsAt } from '../de-minimis-at-decision';
import { checkAgreementDocument } from '../agreement-document';

/** The public party records what its political body decided (politiskt beslut) on the agreed draft. */
export const recordPoliticalDecision: MoveHandler<'RECORD_POLITICAL_DECISION'> = (move) => {
  const { state, command, ctx, log } = move;
  const ok = requirePhase(state, 'POLITICAL_APPROVAL');
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record a political decision', 'föra in ett politiskt beslut');
  if (!command.diarienummer?.trim()) return Refusals.diarienummerRequired();
  if (command.outcome !== 'APPROVED' && !command.reasons?.trim()) return Refusals.reasonsRequired();
  const v3 = underRulesSince(state, 3);
  // Rules version 3: the justering and anslag dates, in their order, and the appeal window they open.
  if (v3 && command.protocolApprovedOn && compareDates(command.protocolApprovedOn, command.meetingDate) < 0) return Refusals.justeringBeforeMeeting();
  if (v3 && command.announcedOn && compareDates(command.announcedOn, command.protocolApprovedOn ?? command.meetingDate) < 0)
    return Refusals.announcedBeforeJustering();
  const draft = latestDraft(state)!;
  // Rules version 3: an approval granting de minimis aid stays within each organisation's ceiling (the ledger the API read).
  const grants = command.outcome === 'APPROVED' ? grantsAt(state, command.meetingDate, state.counters.decision + 1) : [];
  const withinCeiling = checkGrantsWithinCeiling(grants, command.deMinimisLedger);
  if (!withinCeiling.ok) return withinCeiling;
  // Rules version 5: an approval names the agreement document rendered from this version, for these parties.
  const v5Approval = command.outcome === 'APPROVED' && underRulesSince(state, 5);
  if (v5Approval) {
    const named = checkAgreementDocument(state, command.agreementDocument);
    if (!named.ok) return named;
  }
  state.counters.decision += 1;
  const recorded: PoliticalDecision = {
    seq: state.counters.decision,
    round: state.round.number,
    draftVersion: draft.version,
    body: command.body,
    meetingDate: command.meetingDate,
    diarienummer: command.diarienummer.trim(),
    paragraph: command.paragraph,
    outcome: command.outcome,
    reasons: command.reasons,
    recordedAt: ctx.now,
  };
  if (v3) {
    if (command.protocolApprovedOn) recorded.protocolApprovedOn = command.protocolApprovedOn;
    if (command.announcedOn) {
      recorded.announcedOn = command.announcedOn;
      recorded.lastDayOfAppeal = lastDayOfAppeal(command.announcedOn);
    }
  }
  if (v5Approval) {
    const { sha256, sizeBytes, draftVersion, parties } = command.agreementDocument!;
    recorded.agreementDocument = { sha256, sizeBytes, draftVersion, parties: [...parties] };
  }
  state.decisions.push(recorded);
  completeTasks(state, ctx.now, (t) => t.type === 'RECORD_DECISION');
  const step = log.add(decisionAction(command.outcome), { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  step.record = asStored({ decision: recorded });
  if (command.outcome === 'APPROVED') {
    if (grants.length) state.deMinimisGrants = [...(state.deMinimisGrants ?? []), ...grants];
    state.phase = 'SIGNATURE';
    for (const p of activeParties(state)) openTask(state, 'SIGN', p, ctx.now, String(draft.version));
  } else if (command.outcome === 'RETURNED') {
    // Återremiss: a new drafting round; the earlier versions stay on record.
    state.round = {
      number: state.round.number + 1,
      kind: state.round.kind === 'INITIAL' ? 'RESUBMISSION' : state.round.kind,
      openedAt: ctx.now,
      reasons: command.reasons,
    };
    state.phase = 'DRAFTING';
  } else if (state.agreement) {
    // A rejected amendment or renewal leaves the agreement in force as it was.
    state.phase = 'IMPLEMENTATION';
  } else {
    end(move, 'REJECTED', command.reasons);
  }
  return OK;
};
