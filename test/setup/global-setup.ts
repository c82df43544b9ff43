import { bundleWorkflowCode } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Relative imports: jest's moduleNameMapper does not apply to the global setup.
import { runMigrations } from '../../libs/database/src/migrate';
import {
  dropApplicationLogin,
  ensureApplicationLogin,
  ensureDatabase,
  findTemporalCli,
  freePort,
  generateCheckpointKeyPair,
  generatePayloadKeys,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '../../libs/devstack/src';
import { workflowBundleOptions } from '../../libs/temporal/src/workflow-bundle-options';
import type { TestStack } from './test-stack';

/**
 * One real PostgreSQL and one real Temporal dev server for the whole run, on free loopback ports. This run gets a
 * database of its own (and each test file a task queue of its own), so two runs never see each other's data.
 * DATABASE_URL or TEMPORAL_ADDRESS, when set, point the suite at existing servers instead.
 *
 * As in production, the migrations run as the owner and the apps connect as a login of the application role (one of
 * this run's own, with a password of its own); tests that tamper with rows in SQL use the owner's URL. The run gets an
 * Ed25519 key pair of its own for the chains' checkpoints, and an AES key of its own for the Temporal payloads.
 */
export default async function globalSetup(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  const runId = randomBytes(4).toString('hex');
  const workDir = mkdtempSync(join(tmpdir(), 'iop-test-'));
  // The postgres system user must be able to enter this folder.
  chmodSync(workDir, 0o755);
  const stack: TestStack = { workDir, stops: [] };

  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const postgres = await startEmbeddedPostgres({ dataDir: join(workDir, 'postgres'), port: await freePort() });
    stack.stops.push(() => postgres.stop());
    adminUrl = postgres.url('postgres');
  }
  const database = `iop_test_${runId}`;
  await ensureDatabase(adminUrl, database);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const ownerUrl = url.toString();
  await runMigrations(ownerUrl);
  const appLogin = `iop_app_${runId}`;
  const appUrl = await ensureApplicationLogin(ownerUrl, appLogin, randomBytes(18).toString('hex'));
  // Roles belong to the server, which may outlive this run (DATABASE_URL): the run's login goes when the run ends.
  stack.stops.push(() => dropApplicationLogin(ownerUrl, appLogin));
  const checkpointKeys = generateCheckpointKeyPair();

  let temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) {
    const cli = findTemporalCli(root);
    if (!cli) throw new Error('No temporal CLI: run the tests through scripts/test.sh, which installs it.');
    const server = await startTemporalDevServer({ cli, port: await freePort() });
    stack.stops.push(() => server.stop());
    temporalAddress = server.address;
  }

  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(root), logger: silentLogger });
  const bundlePath = join(workDir, 'workflow-bundle.js');
  writeFileSync(bundlePath, code);

  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DATABASE_URL: appUrl,
    IOP_TEST_OWNER_DATABASE_URL: ownerUrl,
    IOP_TEST_ADMIN_DATABASE_URL: adminUrl,
    CHAIN_SIGNING_KEY: checkpointKeys.privateKeyPem,
    // A key of this run's own: the shared Temporal server sees only ciphertext, as a deployment's cluster would.
    TEMPORAL_PAYLOAD_KEYS: generatePayloadKeys('test'),
    CHAIN_CHECKPOINT_EXPORT_FILE: join(workDir, 'chain-checkpoints.jsonl'),
    TEMPORAL_ADDRESS: temporalAddress,
    WORKFLOW_BUNDLE_PATH: bundlePath,
    IOP_TEST_RUN_ID: runId,
    IOP_TEST_WORK_DIR: workDir,
    IOP_PROJECT_ROOT: root,
    AUTH_MODE: 'development',
    DEV_AUTH_SECRET: randomBytes(32).toString('hex'),
  });
  (globalThis as { __IOP_TEST_STACK__?: TestStack }).__IOP_TEST_STACK__ = stack;
}

const noop = () => undefined;
const silentLogger = { log: noop, trace: noop, debug: noop, info: noop, warn: noop, error: noop };
