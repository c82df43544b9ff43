// One handler per move; decide.ts dispatches to them through its table.
export * from './agree-to-problem-definition';
export * from './close-dialogue';
export * from './propose-amendment';
export * from './propose-problem-definition';
export * from './record-legal-basis';
export * from './record-meeting';
export * from './record-political-decision';
export * from './respond-to-invitation';
export * from './review-draft';
export * from './set-shared-goal';
export * from './sign';
export * from './start-renewal';
export * from './submit-draft';
export * from './submit-follow-up-report';
export * from './submit-input';
export * from './terminate';
export * from './withdraw-organisation';
