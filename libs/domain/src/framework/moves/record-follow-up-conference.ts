import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { firstRefusal, requireOneOf, requireText, requireWholeNumber } from '../field-checks';
import { checkFrameworkTask, requireInForce, requirePublic } from '../guards';
import { frameworkParties, isJoined } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import type { FollowUpConference } from '../state';
import { asStored } from '../step-record';
import { completeFrameworkTasks } from '../tasks';
import { commitmentsOf } from '../terms-rules';
import { versionInForce } from '../versions';
import { ACTION_OUTCOMES } from '../vocabulary';

/**
 * The yearly follow-up conference (uppföljningskonferens): one per year, held that year or early the next, recording
 * commitment by commitment of the version in force what was done, and how the actions of that year's (or the year
 * before's) action plan stand. The parties present are the evidence of the level reached. A commitment left
 * without an outcome is a warning, not a refusal: the conference may not have come to it.
 */
export const recordFollowUpConference: FrameworkMoveHandler<'RECORD_FOLLOW_UP_CONFERENCE'> = ({ state, command, ctx, log, warnings }) => {
  const today = ctx.now.slice(0, 10);
  const party = requirePublic(command.party, 'record the follow-up conference', 'föra in uppföljningskonferensen');
  if (!party.ok) return party;
  const inForce = requireInForce(state);
  if (!inForce.ok) return inForce;
  const version = versionInForce(state)!;
  const year = requireWholeNumber(command.year, 1900, 2199, 'year');
  if (!year.ok) return year;
  if (state.conferences.some((c) => c.year === command.year)) return FrameworkRefusals.conferenceAlreadyRecorded(command.year);
  const dateYear = Number(command.date.slice(0, 4));
  if (command.date > today || (dateYear !== command.year && dateYear !== command.year + 1))
    return FrameworkRefusals.conferenceDate(command.year, today);
  const commitments = commitmentsOf(version).map((c) => c.id);
  const actions = state.actionPlans.filter((p) => p.year === command.year || p.year === command.year - 1).flatMap((p) => p.actions.map((a) => a.id));
  const ok = firstRefusal(
    () => {
      for (const [i, outcome] of (command.commitmentOutcomes ?? []).entries()) {
        const field = `commitmentOutcomes.${i}`;
        if (!commitments.includes(outcome?.commitmentId))
          return FrameworkRefusals.unknownCommitment(`${field}.commitmentId`, String(outcome?.commitmentId), version.version);
        if (command.commitmentOutcomes.findIndex((o) => o.commitmentId === outcome.commitmentId) !== i)
          return FrameworkRefusals.valueRepeated(`${field}.commitmentId`);
        const text = requireText(outcome.whatWasDone, `${field}.whatWasDone`);
        if (!text.ok) return text;
      }
      return OK;
    },
    () => {
      for (const [i, followUp] of (command.actionFollowUps ?? []).entries()) {
        const field = `actionFollowUps.${i}`;
        if (!actions.includes(followUp?.actionId))
          return FrameworkRefusals.unknownAction(`${field}.actionId`, String(followUp?.actionId), command.year);
        if (command.actionFollowUps.findIndex((f) => f.actionId === followUp.actionId) !== i)
          return FrameworkRefusals.valueRepeated(`${field}.actionId`);
        const outcome = requireOneOf(followUp.outcome, ACTION_OUTCOMES, `${field}.outcome`);
        if (!outcome.ok) return outcome;
      }
      return OK;
    },
    () => {
      for (const [i, attendee] of (command.attendedBy ?? []).entries()) {
        if (attendee !== PUBLIC_PARTY && !isJoined(state, attendee)) return FrameworkRefusals.attendeeNotMember(`attendedBy.${i}`, attendee);
        if (command.attendedBy.indexOf(attendee) !== i) return FrameworkRefusals.valueRepeated(`attendedBy.${i}`);
      }
      return OK;
    },
    () => checkFrameworkTask(state, command.party, command.taskId),
  );
  if (!ok.ok) return ok;
  state.counters.conference += 1;
  const conference: FollowUpConference = {
    id: state.counters.conference,
    year: command.year,
    date: command.date,
    commitmentOutcomes: command.commitmentOutcomes.map((o) => ({ commitmentId: o.commitmentId, whatWasDone: o.whatWasDone.trim() })),
    actionFollowUps: command.actionFollowUps.map((f) =>
      f.comment?.trim() ? { actionId: f.actionId, outcome: f.outcome, comment: f.comment.trim() } : { actionId: f.actionId, outcome: f.outcome },
    ),
    attendedBy: [...command.attendedBy],
    recordedAt: ctx.now,
  };
  if (command.notes?.trim()) conference.notes = command.notes.trim();
  state.conferences.push(conference);
  completeFrameworkTasks(state, ctx.now, (t) => t.type === 'HOLD_FOLLOW_UP_CONFERENCE' && t.ref === String(command.year));
  const unreported = commitments.filter((id) => !conference.commitmentOutcomes.some((o) => o.commitmentId === id));
  if (unreported.length > 0) {
    warnings.push({
      code: 'COMMITMENTS_NOT_FOLLOWED_UP',
      message: {
        sv: `Konferensen tog inte upp åtagandena ${unreported.join(', ')}.`,
        en: `The conference did not follow up the commitments ${unreported.join(', ')}.`,
      },
      kind: 'INVALID',
      field: 'commitmentOutcomes',
    });
  }
  const step = log.add('FOLLOW_UP_CONFERENCE_HELD', { kind: 'JOINT' }, 'DIALOGUE', {
    informed: frameworkParties(state),
    meetings: [{ attendedBy: conference.attendedBy }],
  });
  step.record = asStored({ conference });
  return OK;
};
