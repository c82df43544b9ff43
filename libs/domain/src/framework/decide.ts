import type { Check } from '../kernel/checks';
import type { CommandContext } from '../kernel/context';
import { accept, Refusal, RuleResult } from '../kernel/refusal';
import { clone } from '../kernel/working-copy';
import type { FrameworkCommand, FrameworkCommandOf, FrameworkCommandType } from './commands';
import { checkFrameworkParty } from './guards';
import type { FrameworkMoveContext, FrameworkMoveHandler, FrameworkOutcome } from './move';
import {
  applyToJoin,
  appointSteeringGroupMember,
  decideOnApplication,
  endFramework,
  endSteeringGroupMembership,
  leaveFramework,
  proposeVersion,
  recordAdoptionDecision,
  recordFollowUpConference,
  recordReviewDecision,
  recordSectorAttendance,
  recordSteeringGroupMeeting,
  setActionPlan,
} from './moves';
import { FrameworkRefusals } from './refusals';
import type { FrameworkState } from './state';
import { frameworkStepLog } from './step-record';
import { checkFrameworkStorable } from './storable';

/** The handler of each move: a type of move without one does not compile. */
const FRAMEWORK_MOVE_HANDLERS: { [T in FrameworkCommandType]: FrameworkMoveHandler<T> } = {
  PROPOSE_VERSION: proposeVersion,
  RECORD_ADOPTION_DECISION: recordAdoptionDecision,
  APPLY_TO_JOIN: applyToJoin,
  DECIDE_ON_APPLICATION: decideOnApplication,
  LEAVE_FRAMEWORK: leaveFramework,
  APPOINT_STEERING_GROUP_MEMBER: appointSteeringGroupMember,
  END_STEERING_GROUP_MEMBERSHIP: endSteeringGroupMembership,
  RECORD_STEERING_GROUP_MEETING: recordSteeringGroupMeeting,
  RECORD_SECTOR_ATTENDANCE: recordSectorAttendance,
  RECORD_FOLLOW_UP_CONFERENCE: recordFollowUpConference,
  SET_ACTION_PLAN: setActionPlan,
  RECORD_REVIEW_DECISION: recordReviewDecision,
  END_FRAMEWORK: endFramework,
};

function handle<T extends FrameworkCommandType>(type: T, move: FrameworkMoveContext<FrameworkCommandOf<T>>): Check {
  return FRAMEWORK_MOVE_HANDLERS[type](move);
}

/**
 * Decides one move on a framework. Pure: the same state, command and context give the same outcome, so the
 * workflow runs it in the update's validator (to refuse before anything is written) and again in the handler.
 * An accepted move raises the revision by exactly one; a refused one changes nothing.
 */
export function decideFramework(current: FrameworkState, command: FrameworkCommand, ctx: CommandContext): RuleResult<FrameworkOutcome> {
  if (current.status === 'ENDED' || current.ended) return FrameworkRefusals.ended();
  // Before any rule that could echo the command's values in its refusal, which must be storable itself.
  const storable = checkFrameworkStorable(command);
  if (!storable.ok) return storable;
  const party = checkFrameworkParty(command.party);
  if (!party.ok) return party;
  const state = clone(current);
  state.revision += 1;
  const log = frameworkStepLog(state, ctx);
  const warnings: Refusal[] = [];
  const result = handle(command.type, { state, command, ctx, log, warnings } as FrameworkMoveContext<FrameworkCommandOf<typeof command.type>>);
  if (!result.ok) return result;
  return accept({ state, steps: log.steps, warnings });
}
