/**
 * The words of an initiative from an organisation (IOP-initiativ): the organisation proposes, the public party it
 * addresses assesses it against SKR's criteria of 2017 and decides what becomes of it.
 */

/**
 * SKR's eight criteria of 2017 for when an IOP fits (Sveriges Kommuner och Regioner, "Idéburet offentligt
 * partnerskap", 2017), in SKR's order; the web's labels give each one's wording in Swedish and English.
 */
export const INITIATIVE_CRITERIA = [
  'NOT_BASIC_ASSOCIATION_GRANT', // ej del av föreningsbidrag (grundbidrag)
  'NOT_A_PURCHASE_CO_FINANCED', // inte köp av tjänst utan medfinansierat av båda
  'SHARED_NEED_FOR_COLLABORATION', // gemensamt behov av samverkan
  'PART_OF_POLITICAL_PROGRAMME', // helst del av ett politiskt program som nämner civilsamhället
  'NOT_DETAIL_REGULATED', // inte detaljreglerat av den offentliga parten
  'SHARED_ENGAGEMENT_AND_GOVERNANCE', // gemensamt engagemang, ägarskap och styrning
  'MUTUAL_COLLABORATION_IN_A_MARKET', // på en marknad: tydligt en medfinansierad ömsesidig samverkan
  'MEANT_TO_LAST_AND_DEVELOP', // långsiktigt, utvecklas genom gemensam uppföljning och gemensamma beslut
] as const;
export type InitiativeCriterion = (typeof INITIATIVE_CRITERIA)[number];

/** The assessment of one criterion (uppfyllt, ej uppfyllt, oklart). */
export const CRITERION_VERDICTS = ['MET', 'NOT_MET', 'UNCLEAR'] as const;
export type CriterionVerdict = (typeof CRITERION_VERDICTS)[number];

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
