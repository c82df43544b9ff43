/**
 * The cluster suite (`npm run test:cluster`): the engine's processes on the real Temporal server with PostgreSQL
 * persistence, built once per machine (scripts/lib/temporal-cluster-build.sh). The global setup starts that cluster
 * once; each file spawns the workers and APIs it kills and replaces, on a task queue of its own.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config file
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/cluster'],
  testMatch: ['**/*.cluster-spec.ts'],
  globalSetup: '<rootDir>/test/cluster/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/cluster/setup/global-teardown.ts',
  testTimeout: 240000,
  // One file at a time: the resilience file restarts the shared Temporal server.
  maxWorkers: 1,
};
