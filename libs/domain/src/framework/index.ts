// The framework agreement (överenskommelse) process: its state, its moves, its timers.
export * from './available-moves';
export * from './commands';
export * from './decide';
export type { FrameworkMoveContext, FrameworkMoveHandler, FrameworkOutcome, FrameworkWorking } from './move';
export * from './refusals';
export * from './rules-version';
export * from './start';
export * from './state';
export * from './step-actions';
export type { FrameworkStepLog, FrameworkStepRecord } from './step-record';
export * from './tasks';
export { MEETINGS_PER_YEAR, REVIEW_INTERVAL_YEARS } from './terms-rules';
export * from './timers';
export * from './vocabulary';
