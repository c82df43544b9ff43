// The framework agreement (överenskommelse) process: its state, its moves, its timers.
export * from './commands';
export * from './state';
export * from './vocabulary';
