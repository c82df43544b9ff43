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
