// The partnership (IOP) process: its state, its moves and their handlers, its timers and its draft rules.
export * from './commands';
export * from './decide';
export { draftApprovalRefusals, latestDraft } from './draft-rules';
export * from './move';
export * from './new-partnership';
export * from './open';
export { activeOrganisations, activeParties } from './parties';
export * from './phase';
export * from './principle';
export * from './refusals';
export * from './rules-version';
export * from './state';
export * from './step-actions';
export type { PartnershipStepLog, StepRecord, StepTerms } from './step-record';
export * from './storable';
export * from './tasks';
export * from './timers';
export * from './vocabulary';
