// SKR's criteria of 2017 for when an IOP (and not a grant or a procurement) is the right form: the one list, read
// by the partnership's legal basis (why IOP) and by the assessment of an organisation's initiative alike.

/** Sveriges Kommuner och Regioner, "Idéburet offentligt partnerskap" (2017): the eight criteria, in its order. */
export const SKR_CRITERIA = [
  /** Not part of the basic grant to associations (inte en del av föreningsbidraget). */
  'NOT_BASIC_ASSOCIATION_GRANT',
  /** Not a purchase, but co-financed by both sides (inte ett köp utan samfinansierat). */
  'NOT_A_PURCHASE_CO_FINANCED',
  /** A shared need for the collaboration (ett gemensamt behov av samverkan). */
  'SHARED_NEED',
  /** Preferably part of a political programme that names civil society (del av ett politiskt program). */
  'POLITICAL_PROGRAMME',
  /** Not detail-regulated by the public party (inte detaljstyrt). */
  'NOT_DETAIL_REGULATED',
  /** Shared engagement, ownership and governance (gemensamt engagemang, ägarskap och styrning). */
  'SHARED_OWNERSHIP_AND_GOVERNANCE',
  /** Where there is a market, clearly a co-financed mutual collaboration (tydligt ömsesidig samverkan). */
  'MUTUAL_IN_A_MARKET',
  /** Meant to last and to develop through joint follow-up and decisions (långsiktigt, utvecklas gemensamt). */
  'LASTING_AND_DEVELOPING',
] as const;
export type SkrCriterion = (typeof SKR_CRITERIA)[number];

/** How a criterion is found: uppfyllt, inte uppfyllt, oklart. */
export const CRITERION_ASSESSMENTS = ['MET', 'NOT_MET', 'UNCLEAR'] as const;
export type CriterionAssessment = (typeof CRITERION_ASSESSMENTS)[number];

/** One criterion as the officer found it, with why. */
export interface CriterionFinding {
  assessment: CriterionAssessment;
  comment: string;
}

export type CriteriaFindings = Record<SkrCriterion, CriterionFinding>;
