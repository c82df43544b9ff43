// ESLint for the whole repository (`npm run lint`, part of the test command). The import rules below are the
// project's architecture: code that runs inside a Temporal workflow must be deterministic and bundle without Node,
// and the domain's rules stay pure, so both may import only what is safe there. test/determinism.spec.ts keeps a
// second net under the same rules (clocks and randomness, which an import rule cannot see).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'crypto', 'http', 'https', 'net', 'child_process', 'os', 'worker_threads', 'timers'];
const nodeBuiltins = NODE_BUILTINS.flatMap((name) => [name, `node:${name}`]);

/** What neither the workflows nor the domain may import: servers, databases, Node, and the apps. */
const notInDeterministicCode = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'Workflow and domain code runs in the workflow sandbox: no Node APIs.' })),
  patterns: [
    { group: ['@nestjs/*', 'typeorm', 'pg', 'pino', 'jose'], message: 'Workflow and domain code has no servers or databases.' },
    {
      group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'],
      message: 'Only @temporalio/workflow and @temporalio/common run inside a workflow.',
    },
    { group: ['@iop/*'], message: 'Path aliases do not resolve inside the workflow bundle: import by relative path.' },
    {
      group: ['**/apps/**', '**/libs/database/**', '**/libs/config/**', '**/libs/temporal/**', '**/libs/devstack/**', '**/libs/identity/**'],
      message: 'Workflow and domain code imports only the domain (and, for workflows, the shared workflow code).',
    },
  ],
};

/** The domain is pure: no Temporal at all, so that the API and tests run the same rules outside a workflow. */
const notInDomain = {
  paths: notInDeterministicCode.paths,
  patterns: [
    ...notInDeterministicCode.patterns,
    { group: ['@temporalio/*'], message: 'The domain knows nothing of Temporal: the workflow calls it.' },
    { group: ['**/workflows/**'], message: 'The domain does not depend on the workflows that run it.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.data/**', 'coverage/**', 'test-artifacts/**', '**/__histories__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused names are errors, except those that say so: `_type` when a destructuring drops a key on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Nest's empty modules and marker classes are declarations, not mistakes.
      '@typescript-eslint/no-extraneous-class': 'off',
      // Prettier owns the layout, and breaks `x()\n  [method](...)` chains the way this rule forbids.
      'no-unexpected-multiline': 'off',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', notInDeterministicCode] },
  },
  {
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts', 'libs/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', notInDomain] },
  },
  {
    // The web interface: plain modules the browser loads as they are.
    files: ['apps/web/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    // Tests read JSON bodies whose shape each assertion states; typing every one would restate the API's DTOs.
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['jest.config.js', 'jest.cluster.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
);
