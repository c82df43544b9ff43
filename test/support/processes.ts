import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { connectTemporalClient } from './temporal-client';

const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');

/** The worker as its own process (the built one, as deployed), so that a test can kill it. */
export function spawnWorker(env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', 'worker', 'src', 'main.js')], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.resume();
  return child;
}

/**
 * The built API or worker as a process of its own, as deployed, so that a test can signal it. `output` collects what
 * it wrote to stderr (its drain notices, a refusal to start), for the test to read or print when it fails.
 */
export function spawnApp(app: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess & { output: string[] } {
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', app, 'src', 'main.js')], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  }) as ChildProcess & { output: string[] };
  child.output = [];
  child.stderr?.on('data', (chunk: Buffer) => child.output.push(chunk.toString()));
  return child;
}

/** The exit code (or the signal) a process ended with. */
export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Holds the lock on a partnership's hash-chain head in a transaction of its own: the next writes of that partnership
 * (the API's, and the workflow's syncReadModel activity) wait on it, so a test can stop things in the middle of one.
 * `waitForBlockedWriter('iop-worker')` waits until the worker's own write is among them.
 */
export async function holdPartnershipWrites(
  databaseUrl: string,
  partnershipId: string,
): Promise<{ waitForBlockedWriter(app?: 'iop-api' | 'iop-worker'): Promise<void>; release(): Promise<void> }> {
  const db = new Client({ connectionString: databaseUrl });
  db.on('error', () => undefined);
  await db.connect();
  await db.query('BEGIN');
  await db.query('SELECT 1 FROM hash_chain_heads WHERE chain_key = $1 FOR UPDATE', [partnershipId]);
  return {
    async waitForBlockedWriter(app?: 'iop-api' | 'iop-worker') {
      for (let i = 0; i < 200; i++) {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid() AND ($1::text IS NULL OR application_name = $1)`,
          [app ?? null],
        );
        if (rows[0].n > 0) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('No write started waiting on the lock');
    },
    async release() {
      await db.query('ROLLBACK').catch(() => undefined);
      await db.end().catch(() => undefined);
    },
  };
}

export async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 60000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && check(value)) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The auditor's command line (`npm run verify-chains`, `reconcile`, `checkpoint`: the built script), as a process of
 * its own and asynchronously, since the test's process hosts the API and worker it reads.
 */
export function auditCheck(...args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'scripts', 'audit-check.js'), ...args], { env: process.env });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

/** The environment of a person's shell: none of the variables the test setup exported for the in-process apps. */
export function shellEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'DATABASE_OWNER_URL',
    'TEMPORAL_ADDRESS',
    'TEMPORAL_TASK_QUEUE',
    'WORKFLOW_BUNDLE_PATH',
    'NODE_ENV',
    'AUTH_MODE',
    'DEV_AUTH_SECRET',
    'TEMPORAL_PAYLOAD_KEYS',
    'CHAIN_SIGNING_KEY',
  ]) {
    delete env[name];
  }
  return { ...env, ...extra };
}

/**
 * Until a worker has run the partnership workflow's first task (its own write of the opening included): a start is
 * answered before that (the API writes the opening), so a test that holds or kills the next write waits for it first.
 */
export async function openedByWorker(partnershipId: string): Promise<void> {
  const temporal = await connectTemporalClient();
  try {
    await until(
      () => temporal.workflow.getHandle(`partnership-${partnershipId}`).fetchHistory(),
      (history) => (history.events ?? []).some((event) => event.workflowTaskCompletedEventAttributes),
    );
  } finally {
    await temporal.connection.close();
  }
}
