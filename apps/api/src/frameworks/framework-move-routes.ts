import type { AvailableFrameworkMove, FrameworkCommandType } from '@iop/domain';
import { MoveRoute, routeOf } from '../common/move-fields';
import { FrameworkCommandsController } from './framework-commands.controller';

type Handler = Exclude<keyof FrameworkCommandsController, 'execute'>;

/**
 * Which route of FrameworkCommandsController makes each move: the one list. Method, path and body are read from
 * the controller's own decorators, so a route renamed there is renamed here too.
 */
export const FRAMEWORK_MOVE_HANDLERS: Record<FrameworkCommandType, Handler> = {
  PROPOSE_VERSION: 'proposeVersion',
  RECORD_ADOPTION_DECISION: 'recordAdoptionDecision',
  APPLY_TO_JOIN: 'applyToJoin',
  DECIDE_ON_APPLICATION: 'decideOnApplication',
  LEAVE_FRAMEWORK: 'leave',
  APPOINT_STEERING_GROUP_MEMBER: 'appointMember',
  END_STEERING_GROUP_MEMBERSHIP: 'endMembership',
  RECORD_STEERING_GROUP_MEETING: 'recordMeeting',
  RECORD_SECTOR_ATTENDANCE: 'recordSectorAttendance',
  RECORD_FOLLOW_UP_CONFERENCE: 'recordConference',
  SET_ACTION_PLAN: 'setActionPlan',
  RECORD_REVIEW_DECISION: 'recordReview',
  END_FRAMEWORK: 'end',
};

export function frameworkRouteOf(move: Pick<AvailableFrameworkMove, 'type'>): MoveRoute {
  return routeOf(FrameworkCommandsController, FRAMEWORK_MOVE_HANDLERS[move.type]);
}

/** The route to send a move to, its path filled in: the framework's id, and the move's `ref` as its path parameter. */
export function frameworkMovePath(template: string, frameworkId: string, ref: string | undefined): string {
  return template.replace(':id', frameworkId).replace(/:(version|organisationNumber|memberId|meetingId)/, () => encodeURIComponent(ref ?? ''));
}
