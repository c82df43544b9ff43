import type { DecisionOutcome, EndReason } from './vocabulary';

/** Every action a step of a partnership's timeline can carry, in the order a process normally records them. */
export const STEP_ACTIONS = [
  'PARTNERSHIP_OPENED',
  'INVITATION_ACCEPTED',
  'INVITATION_DECLINED',
  'ORGANISATION_WITHDRAWN',
  'ORGANISATION_PROFILE_RECORDED',
  'PHASE_LEVELS_PROPOSED',
  'PROBLEM_DEFINITION_PROPOSED',
  'PROBLEM_DEFINITION_AGREED',
  'PROBLEM_DEFINITION_ADOPTED',
  'DIALOGUE_MEETING_HELD',
  'WRITTEN_INPUT_SUBMITTED',
  'SHARED_GOAL_RECORDED',
  'LEGAL_BASIS_RECORDED',
  'STATE_AID_ASSESSED',
  'DE_MINIMIS_AID_DECLARED',
  'DIALOGUE_CLOSED',
  'DRAFT_VERSION_SUBMITTED',
  'DRAFT_VERSION_APPROVED',
  'DRAFT_CHANGES_REQUESTED',
  'DRAFT_AGREED',
  'POLITICAL_DECISION_APPROVED',
  'POLITICAL_DECISION_REJECTED',
  'POLITICAL_DECISION_RETURNED',
  'PROTOCOL_ANNOUNCEMENT_RECORDED',
  'DECISION_GAINED_LEGAL_FORCE',
  'APPEAL_RECORDED',
  'APPEAL_UPHELD',
  'DECISION_ANNULLED',
  'SIGNED',
  'AGREEMENT_SIGNED',
  'FOLLOW_UP_RAISED',
  'FOLLOW_UP_REPORT_SUBMITTED',
  'FOLLOW_UP_MEETING_HELD',
  'AMENDMENT_PROPOSED',
  'RENEWAL_STARTED',
  'TERMINATION_NOTIFIED',
  'ORGANISATION_NOTICE_GIVEN',
  'ORGANISATION_LEFT',
  'AGREEMENT_EXPIRED',
  'PARTNERSHIP_ENDED_EXPIRED',
  'PARTNERSHIP_ENDED_TERMINATED',
  'PARTNERSHIP_ENDED_REJECTED',
  'PARTNERSHIP_ENDED_NO_ORGANISATIONS_LEFT',
] as const;

export type StepAction = (typeof STEP_ACTIONS)[number];

// The actions named after an outcome or a reason are spelled in the list above; these types fail to compile when
// an outcome or a reason is added without its action.
export const decisionAction = (outcome: DecisionOutcome) => `POLITICAL_DECISION_${outcome}` as const satisfies StepAction;
export const endAction = (reason: EndReason) => `PARTNERSHIP_ENDED_${reason}` as const satisfies StepAction;
