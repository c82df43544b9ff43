import { OK } from '../../kernel/checks';
import { addYears } from '../../dates';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { checkDecisionTerms, recordedDecision } from '../decision-rules';
import { requireOneOf } from '../field-checks';
import { checkFrameworkTask, requirePublic } from '../guards';
import { frameworkParties } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import type { FrameworkReview } from '../state';
import { reviewDecisionAction } from '../step-actions';
import { asStored } from '../step-record';
import { completeFrameworkTasks } from '../tasks';
import { versionInForce, wasAdopted } from '../versions';
import { REVIEW_OUTCOMES } from '../vocabulary';
import { clearWarnings } from '../warnings';

/**
 * The political body's decision on the review (översyn), at least every `reviewIntervalYears`. Its outcome says
 * whether the body decided the review: APPROVED is a review decided (go on with the text, or revise it: a new
 * version to propose), which starts the interval afresh from the meeting's date, answers the task and clears the
 * overdue warning. RETURNED (återremiss) and REJECTED are recorded, with their reasons, but decide no review: the
 * review is still due, as the body asked for another proposal.
 */
export const recordReviewDecision: FrameworkMoveHandler<'RECORD_REVIEW_DECISION'> = ({ state, command, ctx, log }) => {
  const party = requirePublic(command.party, 'record a review decision', 'föra in ett beslut om översyn');
  if (!party.ok) return party;
  const adopted = [...state.versions].reverse().find((v) => wasAdopted(v) && v.status !== 'REJECTED');
  if (!adopted) return FrameworkRefusals.noVersionAdopted();
  const ok = requireOneOf(command.reviewOutcome, REVIEW_OUTCOMES, 'reviewOutcome');
  if (!ok.ok) return ok;
  const decision = checkDecisionTerms(command, ctx.now.slice(0, 10));
  if (!decision.ok) return decision;
  const task = checkFrameworkTask(state, command.party, command.taskId);
  if (!task.ok) return task;
  state.counters.review += 1;
  const review: FrameworkReview = { id: state.counters.review, ...recordedDecision(command, ctx.now), reviewOutcome: command.reviewOutcome };
  state.reviews.push(review);
  const informed = frameworkParties(state).filter((p) => p !== PUBLIC_PARTY);
  if (command.outcome === 'APPROVED') {
    const interval = (versionInForce(state) ?? adopted).steeringGroup.reviewIntervalYears;
    state.reviewDueBy = addYears(command.meetingDate, interval);
    completeFrameworkTasks(state, ctx.now, (t) => t.type === 'DECIDE_ON_REVIEW');
    clearWarnings(state, ctx.now, (w) => w.code === 'REVIEW_OVERDUE');
  }
  const step = log.add(reviewDecisionAction(command.outcome), { kind: 'PUBLIC' }, 'INFORMATION', { informed });
  step.record = asStored({ review });
  return OK;
};
