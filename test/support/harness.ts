import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { Client } from 'pg';
import { ApiModule } from '../../apps/api/src/api.module';
import { setupApp } from '../../apps/api/src/setup-app';
import { Clock } from '../../apps/api/src/common/clock';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { runMigrations } from '../../libs/database/src/migrate';
import { ensureDatabase } from '../../libs/devstack/src/postgres';

/** A task queue of this test file's own, so parallel files never pick up each other's workflows. */
export function useOwnTaskQueue(name: string): string {
  const queue = `test-${process.env.IOP_TEST_RUN_ID}-${name}-${randomBytes(3).toString('hex')}`;
  process.env.TEMPORAL_TASK_QUEUE = queue;
  return queue;
}

/**
 * The real HTTP API, built exactly as main.ts builds it, listening on a free loopback port. `today` replaces the
 * API's day where a test reads its lists as of another day; `now` its instant too, where a test runs the workflows on
 * skipped time (a partnership opens at the workflows' time).
 */
export async function startApi(options: { today?: () => Promise<string>; now?: () => Promise<Date> } = {}): Promise<INestApplication> {
  let builder = Test.createTestingModule({ imports: [ApiModule.register()] });
  if (options.today || options.now) {
    builder = builder.overrideProvider(Clock).useValue({
      today: options.today ?? (async () => new Date().toISOString().slice(0, 10)),
      now: options.now ?? (async () => new Date()),
    });
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, bufferLogs: true, abortOnError: false });
  setupApp(app);
  await app.listen(0, '127.0.0.1');
  return app;
}

/** The real worker application context: Temporal worker, activities and their database access. */
export function startWorker(): Promise<INestApplicationContext> {
  quietTemporalRuntime();
  return NestFactory.createApplicationContext(WorkerModule.register(), { bufferLogs: true, abortOnError: false });
}

/**
 * Direct SQL on this run's database, to check what the API wrote (or did not write), or to tamper with it: as the
 * schema's owner by default, who may do what the application's role may not.
 */
export async function withDatabase<T>(
  use: (db: Client) => Promise<T>,
  url = process.env.IOP_TEST_OWNER_DATABASE_URL ?? process.env.DATABASE_URL,
): Promise<T> {
  const db = new Client({ connectionString: url });
  // A server stopped under a test (the fault tests) ends the connection with 57P01: the query in hand fails with it;
  // without a listener the client's 'error' event would also fail the whole test file as unhandled.
  db.on('error', () => undefined);
  await db.connect();
  try {
    return await use(db);
  } finally {
    await db.end();
  }
}

/**
 * A database of this test file's own, migrated, on the run's server and with the run's logins, for the describe it is
 * called in (before `useApiAndWorker`): for tests of what spans every process, such as signing the head of every
 * chain that moved, which other files' requests would otherwise sign first in the shared database.
 */
export function useOwnDatabase(name: string): void {
  const saved = {
    app: process.env.DATABASE_URL,
    owner: process.env.IOP_TEST_OWNER_DATABASE_URL,
    exportFile: process.env.CHAIN_CHECKPOINT_EXPORT_FILE,
  };
  beforeAll(async () => {
    const admin = new URL(process.env.IOP_TEST_ADMIN_DATABASE_URL!);
    const database = `${new URL(saved.owner!).pathname.slice(1)}_${name}`;
    await ensureDatabase(admin.toString(), database);
    const inDatabase = (url: string) => Object.assign(new URL(url), { pathname: `/${database}` }).toString();
    await runMigrations(inDatabase(saved.owner!));
    process.env.DATABASE_URL = inDatabase(saved.app!);
    process.env.IOP_TEST_OWNER_DATABASE_URL = inDatabase(saved.owner!);
    // The checkpoints signed in this database go to an export file of its own: in the run's file they would be
    // checkpoints the run's database never stored, and its verification would rightly call the chain broken.
    if (saved.exportFile?.endsWith('/chain-checkpoints.jsonl'))
      process.env.CHAIN_CHECKPOINT_EXPORT_FILE = join(dirname(saved.exportFile), `chain-checkpoints-${database}.jsonl`);
  });
  afterAll(() => {
    // The jest worker runs other files after this one: they use the run's database again.
    process.env.DATABASE_URL = saved.app;
    process.env.IOP_TEST_OWNER_DATABASE_URL = saved.owner;
    process.env.CHAIN_CHECKPOINT_EXPORT_FILE = saved.exportFile;
  });
}

/** Organisations from the seeds, with invented organisationsnummer that pass the Luhn check. */
export const SKANE = {
  publicParty: { name: 'Region Skåne' },
  natverket: { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' },
};

/** The SDK logs every worker state change at INFO; tests keep warnings and errors only. */
export function quietTemporalRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // Already installed for this test file.
  }
}

/**
 * For a test file that talks to the real API and worker over HTTP: both start before its tests, on a task queue
 * of the file's own, and stop after them. Returns a getter for the API.
 */
export function useApiAndWorker(name: string): () => INestApplication {
  let api: INestApplication | undefined;
  let worker: INestApplicationContext | undefined;
  beforeAll(async () => {
    useOwnTaskQueue(name);
    worker = await startWorker();
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
    await worker?.close();
  });
  return () => {
    if (!api) throw new Error('The API has not started');
    return api;
  };
}
