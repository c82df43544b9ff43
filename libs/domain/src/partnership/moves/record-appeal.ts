import { compareDates } from '../../dates';
import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { underRulesSince } from '../../kernel/rules-version';
import { advanceWhenComplete } from '../completion';
import { latestDraft } from '../draft-rules';
import type { MoveHandler, Working } from '../move';
import { activeOrganisations } from '../parties';
import { Refusals } from '../refusals';
import type { PartnershipState, PoliticalDecision } from '../state';
import { asStored } from '../step-record';
import { cancelTasks, openTask } from '../tasks';

/** The latest decision, if it is the approving one named: the only one whose appeal matters to the agreement. */
function latestApproving(state: PartnershipState, seq: number): PoliticalDecision | undefined {
  const latest = state.decisions[state.decisions.length - 1];
  return latest && latest.seq === seq && latest.outcome === 'APPROVED' ? latest : undefined;
}

/**
 * The officer records that a member of the municipality appealed the decision (laglighetsprövning, kommunallagen 13
 * kap.): lodged within the window and before legal force, once. The legal-force timer then waits for the court.
 */
export const recordAppeal: MoveHandler<'RECORD_APPEAL'> = ({ state, command, ctx, log }) => {
  if (!underRulesSince(state, 3)) return Refusals.appealWindowNeedsRulesVersion3();
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record an appeal of a decision', 'föra in ett överklagande av ett beslut');
  const decision = latestApproving(state, command.decisionSeq);
  if (!decision) return Refusals.decisionNotLatest(command.decisionSeq);
  if (!command.court?.trim()) return Refusals.courtRequired();
  if (!command.caseNumber?.trim()) return Refusals.caseNumberRequired();
  if (decision.appeal) return Refusals.appealAlreadyRecorded();
  if (decision.legalForceOn) return Refusals.decisionHasLegalForce();
  if (!decision.lastDayOfAppeal) return Refusals.appealWithoutAnnouncement();
  if (compareDates(command.lodgedOn, decision.meetingDate) < 0) return Refusals.appealBeforeMeeting();
  if (compareDates(command.lodgedOn, decision.lastDayOfAppeal) > 0) return Refusals.appealAfterWindow(decision.lastDayOfAppeal);
  decision.appeal = { court: command.court.trim(), caseNumber: command.caseNumber.trim(), lodgedOn: command.lodgedOn, recordedAt: ctx.now };
  const step = log.add('APPEAL_RECORDED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  step.record = asStored({ decision });
  return OK;
};

/**
 * The court's ruling on the appeal: UPHELD, the decision gains legal force at once; ANNULLED (upphävt), the
 * partnership goes back to the political approval for a new decision, and what was signed on the annulled one falls.
 */
export const recordAppealOutcome: MoveHandler<'RECORD_APPEAL_OUTCOME'> = (move) => {
  const { state, command, log } = move;
  if (!underRulesSince(state, 3)) return Refusals.appealWindowNeedsRulesVersion3();
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record the outcome of an appeal', 'föra in utgången av ett överklagande');
  const decision = latestApproving(state, command.decisionSeq);
  if (!decision) return Refusals.decisionNotLatest(command.decisionSeq);
  const appeal = decision.appeal;
  if (!appeal || appeal.outcome) return Refusals.noAppealPending();
  if (compareDates(command.decidedOn, appeal.lodgedOn) < 0) return Refusals.appealDecidedBeforeLodged();
  appeal.outcome = command.outcome;
  appeal.decidedOn = command.decidedOn;
  const informed = { informed: activeOrganisations(state) };
  if (command.outcome === 'UPHELD') {
    log.add('APPEAL_UPHELD', { kind: 'PUBLIC' }, 'INFORMATION', informed).record = asStored({ decision });
    decision.legalForceOn = command.decidedOn;
    log.add('DECISION_GAINED_LEGAL_FORCE', { kind: 'PUBLIC' }, 'INFORMATION', informed).record = asStored({ decision });
    advanceWhenComplete(move);
  } else {
    log.add('DECISION_ANNULLED', { kind: 'PUBLIC' }, 'INFORMATION', informed).record = asStored({ decision });
    backToPoliticalApproval(move, decision);
  }
  return OK;
};

/** A new decision on the same agreed draft: the signatures and the agreement that rested on the annulled one fall. */
function backToPoliticalApproval({ state, ctx }: Working, decision: PoliticalDecision): void {
  state.signatures = state.signatures.filter((s) => s.round !== decision.round);
  cancelTasks(state, ctx.now, (t) => t.type === 'SIGN');
  if (state.agreement?.round === decision.round) {
    const annulled = state.agreement;
    state.agreements = state.agreements.filter((a) => a.round !== annulled.round);
    // An amendment or a renewal annulled: the agreement it was to replace is the one in force again.
    state.agreement = state.agreements.find((a) => a.round === annulled.previousRound);
  }
  state.phase = 'POLITICAL_APPROVAL';
  openTask(state, 'RECORD_DECISION', PUBLIC_PARTY, ctx.now, String(latestDraft(state)!.version));
}
