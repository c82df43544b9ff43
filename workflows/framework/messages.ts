import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { FrameworkCommand, FrameworkCommandType, FrameworkState } from '../../libs/domain/src';
import type { FrameworkCommandEnvelope, FrameworkCommandResult } from './types';

export const getFrameworkStateQuery = defineQuery<FrameworkState>('getFrameworkState');

/**
 * Sent together with the start (update-with-start): it completes once the opening is recorded, so that the HTTP
 * request which opened the framework answers with a read model that already holds it.
 */
export const awaitFrameworkOpeningRecordedUpdate = defineUpdate<FrameworkState>('awaitFrameworkOpeningRecorded');

type FrameworkCommandUpdate<T extends FrameworkCommandType> = UpdateDefinition<
  FrameworkCommandResult,
  [FrameworkCommandEnvelope<Extract<FrameworkCommand, { type: T }>>]
>;

const update = <T extends FrameworkCommandType>(name: string): FrameworkCommandUpdate<T> => defineUpdate(name);

/**
 * One update per move, each with a validator in the workflow: an update rather than a signal because the caller
 * must learn at once whether the move was accepted, and why not. Names are the workflow's history: never rename one.
 */
export const frameworkCommandUpdates: { [T in FrameworkCommandType]: FrameworkCommandUpdate<T> } = {
  PROPOSE_VERSION: update('proposeFrameworkVersionUpdate'),
  RECORD_ADOPTION_DECISION: update('recordFrameworkAdoptionDecisionUpdate'),
  APPLY_TO_JOIN: update('applyToJoinFrameworkUpdate'),
  DECIDE_ON_APPLICATION: update('decideOnFrameworkApplicationUpdate'),
  LEAVE_FRAMEWORK: update('leaveFrameworkUpdate'),
  APPOINT_STEERING_GROUP_MEMBER: update('appointSteeringGroupMemberUpdate'),
  END_STEERING_GROUP_MEMBERSHIP: update('endSteeringGroupMembershipUpdate'),
  RECORD_STEERING_GROUP_MEETING: update('recordSteeringGroupMeetingUpdate'),
  RECORD_SECTOR_ATTENDANCE: update('recordSectorAttendanceUpdate'),
  RECORD_FOLLOW_UP_CONFERENCE: update('recordFollowUpConferenceUpdate'),
  SET_ACTION_PLAN: update('setFrameworkActionPlanUpdate'),
  RECORD_REVIEW_DECISION: update('recordFrameworkReviewDecisionUpdate'),
  END_FRAMEWORK: update('endFrameworkUpdate'),
};

/**
 * The update that carries `command`, typed for it: what a client sends a move with (TypeScript cannot follow a
 * union through the table's index, hence the one assertion here rather than one at every caller).
 */
export const frameworkUpdateFor = <C extends FrameworkCommand>(command: C): UpdateDefinition<FrameworkCommandResult, [FrameworkCommandEnvelope<C>]> =>
  frameworkCommandUpdates[command.type] as unknown as UpdateDefinition<FrameworkCommandResult, [FrameworkCommandEnvelope<C>]>;
