import { OK } from '../../kernel/checks';
import { addYears } from '../../dates';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { checkDecisionTerms, recordedDecision } from '../decision-rules';
import { checkFrameworkTask, requirePublic } from '../guards';
import { frameworkParties } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { clearWarnings } from '../warnings';
import { FrameworkRefusals } from '../refusals';
import { versionDecisionAction } from '../step-actions';
import { asStored } from '../step-record';
import { completeFrameworkTasks } from '../tasks';
import { bringIntoForce, pendingDraft } from '../versions';

/**
 * The political body's decision on the latest draft (antagande). APPROVED adopts it: in force at once when its
 * period has started by the decision's date (the version before is superseded that day), else ADOPTED until its
 * period starts (a timer), the version in force staying in force meanwhile. REJECTED ends that version; RETURNED
 * (återremiss) keeps it a draft, to be decided again. An adoption also starts the review interval afresh.
 */
export const recordAdoptionDecision: FrameworkMoveHandler<'RECORD_ADOPTION_DECISION'> = (move) => {
  const { state, command, ctx, log } = move;
  const today = ctx.now.slice(0, 10);
  const party = requirePublic(command.party, 'record the decision on a version', 'föra in beslutet om en version');
  if (!party.ok) return party;
  const draft = pendingDraft(state);
  if (!draft || draft.version !== command.version) return FrameworkRefusals.versionNotLatestDraft(command.version, draft?.version);
  const ok = checkDecisionTerms(command, today);
  if (!ok.ok) return ok;
  const task = checkFrameworkTask(state, command.party, command.taskId);
  if (!task.ok) return task;
  if (command.outcome === 'APPROVED' && draft.period.end !== undefined && draft.period.end < command.meetingDate) {
    return FrameworkRefusals.periodEndedBeforeDecision(draft.version, draft.period.end);
  }
  const decision = recordedDecision(command, ctx.now);
  draft.decisions.push(decision);
  if (command.taskId) completeFrameworkTasks(state, ctx.now, (t) => t.id === command.taskId);
  const informed = frameworkParties(state).filter((p) => p !== PUBLIC_PARTY);
  if (command.outcome === 'APPROVED') {
    draft.status = 'ADOPTED';
    // Co-decided: the text the body adopts is the one negotiated with the sector's representative, which signs it
    // and joins with its entry into force (it is the other party to the agreement, not an applicant): the adoption
    // completes a decision both sides took, the level a framework agreement is meant to reach.
    const step = log.add(versionDecisionAction('APPROVED'), { kind: 'PUBLIC' }, 'PARTNERSHIP', {
      informed,
      coDecidedBy: [PUBLIC_PARTY, state.sectorRepresentative.organisationNumber],
    });
    step.record = asStored({ version: draft.version, decision });
    state.reviewDueBy = addYears(command.meetingDate, draft.steeringGroup.reviewIntervalYears);
    completeFrameworkTasks(state, ctx.now, (t) => t.type === 'DECIDE_ON_REVIEW');
    clearWarnings(state, ctx.now, (w) => w.code === 'REVIEW_OVERDUE');
    if (draft.period.start <= command.meetingDate) bringIntoForce(move, draft, command.meetingDate);
  } else {
    if (command.outcome === 'REJECTED') draft.status = 'REJECTED';
    const step = log.add(versionDecisionAction(command.outcome), { kind: 'PUBLIC' }, 'INFORMATION', { informed });
    step.record = asStored({ version: draft.version, decision });
  }
  return OK;
};
