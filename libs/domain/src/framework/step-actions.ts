import type { DecisionOutcome } from '../partnership/vocabulary';

/** Every action a step of a framework's timeline can carry, roughly in the order a framework meets them. */
export const FRAMEWORK_STEP_ACTIONS = [
  'FRAMEWORK_OPENED',
  'VERSION_PROPOSED',
  'VERSION_DECISION_APPROVED',
  'VERSION_DECISION_REJECTED',
  'VERSION_DECISION_RETURNED',
  'VERSION_IN_FORCE',
  'FRAMEWORK_LAPSED',
  'APPLICATION_SUBMITTED',
  'APPLICATION_CONFIRMED',
  'APPLICATION_REFUSED',
  'MEMBER_LEFT',
  'STEERING_GROUP_MEMBER_APPOINTED',
  'STEERING_GROUP_MEMBERSHIP_ENDED',
  'STEERING_GROUP_MEETING_HELD',
  'SECTOR_ATTENDANCE_RECORDED',
  'STEERING_GROUP_MEETINGS_BEHIND',
  'STEERING_GROUP_MEETINGS_MISSED',
  'FOLLOW_UP_CONFERENCE_RAISED',
  'FOLLOW_UP_CONFERENCE_HELD',
  'ACTION_PLAN_SET',
  'REVIEW_RAISED',
  'REVIEW_OVERDUE',
  'REVIEW_DECISION_APPROVED',
  'REVIEW_DECISION_REJECTED',
  'REVIEW_DECISION_RETURNED',
  'FRAMEWORK_ENDED',
] as const;

export type FrameworkStepAction = (typeof FRAMEWORK_STEP_ACTIONS)[number];

// Actions named after a decision's outcome are spelled in the list above; these fail to compile when an outcome is
// added without its action.
export const versionDecisionAction = (outcome: DecisionOutcome) => `VERSION_DECISION_${outcome}` as const satisfies FrameworkStepAction;
export const reviewDecisionAction = (outcome: DecisionOutcome) => `REVIEW_DECISION_${outcome}` as const satisfies FrameworkStepAction;
