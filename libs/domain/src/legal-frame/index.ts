// The legal frame an IOP must stay inside (domain.md §6): why IOP (SKR's criteria, Forum's keys).
export * from './skr-criteria';
export * from './forum-keys';
export * from './legal-basis';
// State aid (StateAidAssessment): its lists and the de minimis ledger's pure rules (not yet a move; see the report).
export * from './state-aid';
export * from './de-minimis-ledger';
