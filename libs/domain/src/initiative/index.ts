// The initiative from an organisation (IOP-initiativ): its submission, assessment and decision.
export * from './available-moves';
export * from './commands';
export * from './decide';
export type { InitiativeOutcome as InitiativeMoveOutcome } from './move';
export * from './refusals';
export * from './rules-version';
export * from './state';
export type { InitiativeStepRecord } from './step-record';
export * from './submit';
export * from './vocabulary';
