import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Relative imports: jest's moduleNameMapper does not apply to the global setup.
import { freePort, generateCheckpointKeyPair, generatePayloadKeys } from '../../../libs/devstack/src';
import { startClusterServers } from '../../../scripts/lib/cluster-servers';

export interface ClusterTestStack {
  workDir: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL and the real Temporal server on it (four history shards, all services in one process), the engine's
 * migrations and an application login, on free loopback ports; the apps' environment goes to the test files through
 * process.env. A file restarts the Temporal server through a loopback control endpoint of this process, which owns
 * the server (IOP_CLUSTER_CONTROL_URL: POST /temporal/restart).
 */
export default async function globalSetup(): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..');
  const workDir = mkdtempSync(join(tmpdir(), 'iop-cluster-test-'));
  // The postgres system user must be able to enter this folder.
  chmodSync(workDir, 0o755);
  const namespace = 'iop-cluster-test';
  let servers;
  try {
    servers = await startClusterServers({
      dataDir: workDir,
      postgresPort: await freePort(),
      temporalPort: await freePort(),
      namespace,
      historyShards: 4,
      postgresFallbackName: `cluster-test-${randomBytes(3).toString('hex')}`,
      say: () => undefined,
      log: () => undefined,
    });
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    // One sentence (the build's or the server's), not a stack: the suite fails, it is never skipped.
    const failure = new Error(`The cluster suite could not start its cluster: ${error instanceof Error ? error.message : String(error)}`);
    failure.stack = failure.message;
    throw failure;
  }
  const { temporal } = servers;

  const control: Server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/temporal/restart') {
      temporal
        .restart({ kill: true })
        .then(() => response.writeHead(204).end())
        .catch((error: unknown) => response.writeHead(500).end(String(error)));
      return;
    }
    response.writeHead(404).end();
  });
  const controlPort = await freePort();
  await new Promise<void>((done) => control.listen(controlPort, '127.0.0.1', done));

  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DATABASE_URL: servers.databaseUrl,
    IOP_TEST_OWNER_DATABASE_URL: servers.ownerUrl,
    CHAIN_SIGNING_KEY: generateCheckpointKeyPair().privateKeyPem,
    TEMPORAL_PAYLOAD_KEYS: generatePayloadKeys('cluster'),
    CHAIN_CHECKPOINT_EXPORT_FILE: join(workDir, 'chain-checkpoints.jsonl'),
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: namespace,
    WORKFLOW_BUNDLE_PATH: join(root, 'dist', 'workflow-bundle.js'),
    IOP_TEST_WORK_DIR: workDir,
    IOP_PROJECT_ROOT: root,
    IOP_CLUSTER_CONTROL_URL: `http://127.0.0.1:${controlPort}`,
    AUTH_MODE: 'development',
    DEV_AUTH_SECRET: randomBytes(32).toString('hex'),
  });
  const stack: ClusterTestStack = {
    workDir,
    stop: async () => {
      await new Promise((done) => control.close(done));
      await servers.stop();
    },
  };
  (globalThis as { __IOP_CLUSTER_STACK__?: ClusterTestStack }).__IOP_CLUSTER_STACK__ = stack;
}
