export * from './state';
export * from './commands';
export * from './refusals';
export * from './tasks';
export * from './decide';
export * from './rules-version';
export * from './storable';
