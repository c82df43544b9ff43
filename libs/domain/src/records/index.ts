export * from './vocabulary';
export * from './accepted-files';
export * from './retention-plan';
export * from './public-register';
export * from './handling-targets';
