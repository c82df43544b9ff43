export * from './environment';
export * from './config.module';
export * from './bootstrap';
export * from './logging';
export * from './shutdown';
