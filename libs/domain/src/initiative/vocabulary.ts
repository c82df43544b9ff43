/**
 * The words of an initiative from an organisation (IOP-initiativ): the organisation proposes, the public party it
 * addresses assesses it against SKR's criteria of 2017 and decides what becomes of it.
 */

// An initiative is assessed against SKR's eight criteria of 2017 with MET / NOT_MET / UNCLEAR: the same lists a
// partnership's legal basis assessment uses, both read from legal-frame/skr-criteria.ts.
import type { CriterionAssessment, SkrCriterion } from '../legal-frame/skr-criteria';
export type { SkrCriterion };
/** The verdict on one criterion (uppfyllt, ej uppfyllt, oklart). */
export type CriterionVerdict = CriterionAssessment;

/** What the public party decides on an initiative. */
export const INITIATIVE_OUTCOMES = ['OPEN_PARTNERSHIP', 'OTHER_FORM', 'DECLINED'] as const;
export type InitiativeOutcome = (typeof INITIATIVE_OUTCOMES)[number];

/** The other forms an initiative may be pointed to instead of an IOP (bidrag, upphandling). */
export const OTHER_FORMS = ['GRANT', 'PROCUREMENT'] as const;
export type OtherForm = (typeof OTHER_FORMS)[number];

/** Submitted (inkommet), being assessed (under bedömning), decided (beslutat). */
export const INITIATIVE_STATUSES = ['SUBMITTED', 'ASSESSING', 'DECIDED'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The public party is asked to assess and decide (its inbox); the organisation reads the outcome on its page. */
export const INITIATIVE_TASK_TYPES = ['ASSESS_INITIATIVE'] as const;
export type InitiativeTaskType = (typeof INITIATIVE_TASK_TYPES)[number];

/** Every action a step of an initiative's timeline can carry. */
export const INITIATIVE_STEP_ACTIONS = [
  'INITIATIVE_SUBMITTED',
  'INITIATIVE_ASSESSED',
  'INITIATIVE_PARTNERSHIP_OPENED',
  'INITIATIVE_OTHER_FORM_PROPOSED',
  'INITIATIVE_DECLINED',
] as const;
export type InitiativeStepAction = (typeof INITIATIVE_STEP_ACTIONS)[number];

/** The action of the step a decision makes, one per outcome (fails to compile when an outcome lacks one). */
export const INITIATIVE_DECISION_ACTIONS = {
  OPEN_PARTNERSHIP: 'INITIATIVE_PARTNERSHIP_OPENED',
  OTHER_FORM: 'INITIATIVE_OTHER_FORM_PROPOSED',
  DECLINED: 'INITIATIVE_DECLINED',
} as const satisfies Record<InitiativeOutcome, InitiativeStepAction>;

/** Days the public party is given to assess and decide an initiative (a task's due date, not a rule). */
export const INITIATIVE_ASSESSMENT_DAYS = 60;
