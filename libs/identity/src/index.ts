export * from './principal';
export * from './claims';
export * from './dev-tokens';
