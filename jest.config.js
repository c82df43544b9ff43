/** One jest run for the whole suite: unit, workflow, integration and end-to-end tests. */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/workflows', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // The web's ES modules the API reads too (apps/api/src/web/web-module.ts): jest runs CommonJS only.
    '^.+/apps/web/.+\\.js$': ['@swc/jest', { ...swc, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } }],
  },
  moduleNameMapper: {
    '^@iop/(domain|config|database|temporal|devstack|identity)$': '<rootDir>/libs/$1/src',
  },
  // Starts PostgreSQL and Temporal once per run, migrates a database of this run's own, bundles the workflows.
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 2,
};
