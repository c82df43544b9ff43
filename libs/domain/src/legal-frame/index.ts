// The legal frame an IOP must stay inside (domain.md §6): why IOP (SKR's criteria, Forum's keys).
export * from './skr-criteria';
export * from './forum-keys';
export * from './legal-basis';
// State aid (StateAidAssessment, moves RECORD_STATE_AID_ASSESSMENT and DECLARE_DE_MINIMIS_AID): its lists and the
// de minimis ledger's pure rules.
export * from './state-aid';
export * from './de-minimis-ledger';
