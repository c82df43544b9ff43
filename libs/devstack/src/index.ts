// Starts the real servers for local use and tests (an embedded PostgreSQL and the Temporal CLI's dev server) and keeps them running.
export * from './ports';
export * from './postgres';
export * from './temporal-server';
export * from './app-role';
export * from './signing-key';
export * from './payload-keys';
export * from './supervisor';
export * from './files';
export * from './temporal-cluster';
export * from './engine-health';
