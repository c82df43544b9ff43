// The pieces any process kind reuses: parties, steps and their participation levels, tasks, checks and refusals,
// the rules-version seam, and calendar arithmetic (dates.ts stays beside the kernel, which other layers import
// directly).
export * from '../dates';
export * from './checks';
export * from './context';
export * from './participation-level';
export * from './phase-level';
export * from './level-summary';
export * from './parties';
export * from './phase-guard';
export * from './refusal';
export * from './refusals';
export * from './rules-version';
export * from './step-log';
export * from './tasks';
export * from './working-copy';
