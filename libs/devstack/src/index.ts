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
export * from './temporal-cluster-build';
// The rest of these two is the cluster's start's own (database names, dynamic config, ports kept per data folder).
export { type PostgresLogin, setupTemporalSchemas } from './temporal-schemas';
export { temporalServerConfig } from './temporal-server-config';
export * from './engine-health';
