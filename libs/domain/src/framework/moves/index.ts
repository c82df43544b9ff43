// One handler per move; decide.ts dispatches to them through its table.
export * from './apply-to-join';
export * from './appoint-steering-group-member';
export * from './decide-on-application';
export * from './end-framework';
export * from './end-steering-group-membership';
export * from './leave-framework';
export * from './propose-version';
export * from './record-adoption-decision';
export * from './record-follow-up-conference';
export * from './record-review-decision';
export * from './record-sector-attendance';
export * from './record-steering-group-meeting';
export * from './set-action-plan';
