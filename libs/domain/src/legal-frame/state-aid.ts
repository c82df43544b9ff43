import type { DeMinimisAid, ExchangeRate } from './de-minimis-ledger';

// The state aid assessment's closed lists (StateAidAssessment): the conclusion a public party draws, and the de minimis
// ceilings over any three years. The API's enums and the web's labels read these.

/** What the assessment concludes. */
export const STATE_AID_CONCLUSIONS = [
  /** No economic activity: no state aid at all. */
  'NO_ECONOMIC_ACTIVITY',
  /** De minimis under Regulation (EU) 2023/2831. */
  'DE_MINIMIS',
  /** De minimis for services of general economic interest under Regulation (EU) 2023/2832. */
  'SGEI_DE_MINIMIS',
  /** An SGEI entrustment act (överlåtelseakt), with its reference. */
  'SGEI_ENTRUSTMENT',
  /** Another legal basis, named. */
  'OTHER',
] as const;
export type StateAidConclusion = (typeof STATE_AID_CONCLUSIONS)[number];

/** The ceiling of each de minimis regulation over any period of three years, in whole euro. */
export const DE_MINIMIS_CEILINGS_EUR = { DE_MINIMIS: 300_000, SGEI_DE_MINIMIS: 750_000 } as const;
export type DeMinimisKind = keyof typeof DE_MINIMIS_CEILINGS_EUR;

export const AID_CURRENCIES = ['SEK', 'EUR'] as const;
export type AidCurrency = (typeof AID_CURRENCIES)[number];

/** The aid this partnership grants one organisation, in whole kronor; it counts from the approving decision's date. */
export interface OrganisationAid {
  organisationNumber: string;
  amountSek: number;
}

/** What the public party's officer records (StateAidAssessment, statsstödsbedömning). */
export interface StateAidTerms {
  conclusion: StateAidConclusion;
  reasons: string;
  /** SGEI_ENTRUSTMENT only: the entrustment act's reference (överlåtelseaktens diarienummer). */
  entrustmentReference?: string;
  /** OTHER only: the legal basis the aid rests on. */
  otherLegalBasis?: string;
  /** DE_MINIMIS and SGEI_DE_MINIMIS only: the aid per organisation of this partnership. */
  aid?: OrganisationAid[];
}

/** One recorded version; the last is in force, every one stays in the state and on the timeline. */
export interface StateAidAssessment extends StateAidTerms {
  version: number;
  recordedBy: string;
  recordedAt: string;
}

/** The conclusions that put aid on the organisations' de minimis ledgers. */
export const isDeMinimis = (conclusion: StateAidConclusion): conclusion is DeMinimisKind => conclusion in DE_MINIMIS_CEILINGS_EUR;

/** Other de minimis aid an organisation declares it received (from another granting body). */
export interface DeclaredAid {
  grantingBody: string;
  grantedOn: string;
  amount: number;
  currency: AidCurrency;
}

/** The organisation's declaration (försäkran om stöd av mindre betydelse): other aid, or none (`aids` empty). */
export interface DeMinimisDeclarationTerms {
  none: boolean;
  aids: DeclaredAid[];
}

export interface DeMinimisDeclaration extends DeMinimisDeclarationTerms {
  organisationNumber: string;
  declaredAt: string;
}

/**
 * What the API read of one organisation's ledger before an approving decision (computed across partnerships, so not
 * the workflow's to read): its earlier de minimis aid and the deciding public party's exchange rates.
 */
export interface DeMinimisLedgerExtract {
  organisationNumber: string;
  earlier: DeMinimisAid[];
  rates: ExchangeRate[];
}

/** De minimis aid granted by an approving decision of this partnership: what the ledger reads. */
export interface DeMinimisGrant {
  organisationNumber: string;
  kind: DeMinimisKind;
  amountSek: number;
  /** The approving decision's date (its meeting date): the aid counts from then. */
  grantedOn: string;
  decisionSeq: number;
}
