/**
 * `npm run cluster` (started by scripts/cluster.sh after installing and building): the engine in a region's shape on
 * this machine. An embedded PostgreSQL, the real Temporal server on it (built once per machine, see
 * scripts/lib/temporal-cluster-build.sh) with its Web UI, the migrations, then two workers sharing the task queue and
 * two API processes on ports of their own, each kept running by a supervisor. Ctrl-C stops all of it, in order.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { engineHealthy, isPortFree, postgresAnswers, SupervisedProcess, superviseProcess, waitFor, watchServer } from '../libs/devstack/src';
import { seedDemoSignatories } from './demo-identity';
import { appEnvironment, demoTokens, OrderedShutdown, Prerequisite, printAccess } from './lib/app-stack';
import { ClusterServers, startClusterServers } from './lib/cluster-servers';

const root = resolve(__dirname, '..', '..');
const dataDir = resolve(process.env.IOP_CLUSTER_DATA_DIR ?? join(root, '.data', 'cluster'));
const logDir = join(dataDir, 'logs');

function portList(variable: string, fallback: string): number[] {
  const raw = process.env[variable] ?? fallback;
  const ports = raw.split(',').map((part) => Number(part.trim()));
  if (ports.length === 0 || ports.some((port) => !Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new Prerequisite(`${variable} must be a comma-separated list of ports (for example ${fallback}), not "${raw}".`);
  }
  return ports;
}

function port(variable: string, fallback: number): number {
  const [value] = portList(variable, String(fallback));
  return value;
}

/** One port per worker: the list given, or consecutive ports from the default. */
function portsPerWorker(variable: string, firstDefault: number, workers: number): number[] {
  const defaults = Array.from({ length: workers }, (_, i) => firstDefault + i).join(',');
  const ports = portList(variable, defaults);
  if (ports.length !== workers)
    throw new Prerequisite(`${variable} must name one port per worker (${workers}, CLUSTER_WORKERS), not ${ports.length}.`);
  return ports;
}

function count(variable: string, fallback: number, min: number, max: number): number {
  const raw = process.env[variable] ?? String(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Prerequisite(`${variable} must be a whole number from ${min} to ${max}, not "${raw}".`);
  return value;
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const ordered = new OrderedShutdown(say, dataDir);

async function main(): Promise<void> {
  const apiPorts = portList('CLUSTER_API_PORTS', '3100,3101');
  const workers = count('CLUSTER_WORKERS', 2, 1, 8);
  const postgresPort = port('CLUSTER_POSTGRES_PORT', 5434);
  const temporalPort = port('CLUSTER_TEMPORAL_PORT', 7333);
  const temporalUiPort = port('CLUSTER_TEMPORAL_UI_PORT', 8333);
  const historyShards = count('CLUSTER_HISTORY_SHARDS', 8, 1, 1024);
  // Each worker serves its health endpoints and its SDK metrics on ports of its own.
  const workerHealthPorts = portsPerWorker('CLUSTER_WORKER_HEALTH_PORTS', 3110, workers);
  const workerMetricsPorts = portsPerWorker('CLUSTER_WORKER_METRICS_PORTS', 9470, workers);
  const namespace = process.env.TEMPORAL_NAMESPACE ?? 'iop';
  const wanted: [number, string, string][] = [
    ...apiPorts.map((p, i) => [p, 'CLUSTER_API_PORTS', `API ${i + 1}`] as [number, string, string]),
    [postgresPort, 'CLUSTER_POSTGRES_PORT', 'PostgreSQL'],
    [temporalPort, 'CLUSTER_TEMPORAL_PORT', 'Temporal'],
    [temporalUiPort, 'CLUSTER_TEMPORAL_UI_PORT', 'the Temporal Web UI'],
    ...workerHealthPorts.map((p, i) => [p, 'CLUSTER_WORKER_HEALTH_PORTS', `worker ${i + 1}'s health`] as [number, string, string]),
    ...workerMetricsPorts.map((p, i) => [p, 'CLUSTER_WORKER_METRICS_PORTS', `worker ${i + 1}'s metrics`] as [number, string, string]),
  ];
  for (const [p, variable, what] of wanted) {
    if (!(await isPortFree(p)))
      throw new Prerequisite(`Port ${p} (${what}) is already taken: stop the program that uses it, or set ${variable} to a free port.`);
  }
  mkdirSync(logDir, { recursive: true });
  const logs = new Map<string, NodeJS.WritableStream>();
  const logTo = (name: string) => {
    if (!logs.has(name)) logs.set(name, createWriteStream(join(logDir, `${name}.log`), { flags: 'a' }));
    return logs.get(name)!;
  };

  const firstApi = `http://127.0.0.1:${apiPorts[0]}`;
  let servers: ClusterServers;
  try {
    servers = await startClusterServers({
      dataDir,
      postgresPort,
      temporalPort,
      temporalUiPort,
      namespace,
      historyShards,
      postgresFallbackName: 'cluster',
      codecEndpoint: `${firstApi}/codec`,
      say,
      log: (server, line) => logTo(server).write(line.endsWith('\n') ? line : `${line}\n`),
    });
  } catch (error) {
    throw new Prerequisite(error instanceof Error ? error.message : String(error));
  }
  ordered.stops.push({ name: 'the Temporal server and PostgreSQL', stop: () => servers.stop() });
  const { temporal } = servers;

  const app = appEnvironment({
    root,
    dataDir,
    databaseUrl: servers.databaseUrl,
    temporalAddress: temporal.address,
    namespace,
    temporalUi: temporal.uiUrl,
  });
  const supervised: SupervisedProcess[] = [];
  const onEvent = (line: string) => {
    if (!ordered.stopping) say(line);
  };
  for (let i = 1; i <= workers; i++) {
    supervised.push(
      superviseProcess({
        name: `worker (${i} of ${workers})`,
        command: process.execPath,
        args: [join(root, 'dist', 'apps', 'worker', 'src', 'main.js')],
        cwd: root,
        env: {
          ...app.env,
          WORKER_HEALTH_PORT: String(workerHealthPorts[i - 1]),
          WORKER_METRICS_ADDRESS: `127.0.0.1:${workerMetricsPorts[i - 1]}`,
        },
        logFile: join(logDir, `worker-${i}.log`),
        pidFile: join(dataDir, 'pids', `worker-${i}.pid`),
        onEvent,
      }),
    );
  }
  apiPorts.forEach((apiPort, index) => {
    const url = `http://127.0.0.1:${apiPort}`;
    supervised.push(
      superviseProcess({
        name: `API (${index + 1} of ${apiPorts.length}, port ${apiPort})`,
        command: process.execPath,
        args: [join(root, 'dist', 'apps', 'api', 'src', 'main.js')],
        cwd: root,
        env: { ...app.env, API_PORT: String(apiPort) },
        logFile: join(logDir, `api-${index + 1}.log`),
        pidFile: join(dataDir, 'pids', `api-${index + 1}.pid`),
        // Serving HTTP is being up; a worker's polling is a condition of /health, which the banner waits for once.
        ready: async () => (await fetch(`${url}/health/live`)).status === 200,
        onEvent,
      }),
    );
  });
  // Apps first when stopping: they drain while Temporal and PostgreSQL still answer.
  ordered.stops.push({ name: 'the workers and APIs', stop: () => Promise.all(supervised.map((child) => child.stop())).then(() => undefined) });

  const watchers = [
    watchServer({
      name: 'The Temporal server',
      probe: async () => {
        const connection = await Connection.connect({ address: temporal.address, connectTimeout: 1000 });
        try {
          await connection.workflowService.getSystemInfo({});
          return true;
        } finally {
          await connection.close();
        }
      },
      gone: () => temporal.pid === undefined,
      restart: () => temporal.restart(),
      onEvent,
    }),
    watchServer({
      name: 'PostgreSQL',
      probe: () => postgresAnswers(servers.ownerUrl, 2000),
      restart: () => servers.restartPostgres(),
      onEvent,
    }),
  ];
  ordered.stops.push({ name: 'the watchers', stop: async () => watchers.forEach((watcher) => watcher.stop()) });

  await Promise.all(supervised.map((child) => child.whenReady(120_000)));
  await waitFor('the first API to report healthy (a worker polling)', () => engineHealthy(firstApi), 120_000);
  const signatories = app.secret ? await seedDemoSignatories(firstApi, app.secret) : [];

  // The tokens' file is complete before the banner names it: a client that reads it at the banner finds them all.
  const tokens = await demoTokens(app, dataDir);
  say('');
  say(`IOP engine is running as a cluster: ${workers} workers, ${apiPorts.length} APIs, the Temporal server on PostgreSQL.`);
  apiPorts.forEach((apiPort, index) => say(`  API ${index + 1}              http://127.0.0.1:${apiPort}  (health: /health, OpenAPI: /docs)`));
  say(`  Web interface      ${firstApi}/app/`);
  workerHealthPorts.forEach((healthPort, index) =>
    say(
      `  Worker ${index + 1}           http://127.0.0.1:${healthPort}/health/ready  (metrics: http://127.0.0.1:${workerMetricsPorts[index]}/metrics)`,
    ),
  );
  say(`  Temporal           ${temporal.address}  (namespace ${namespace}, ${historyShards} history shards)`);
  if (temporal.uiUrl) say(`  Temporal Web UI    ${temporal.uiUrl}/namespaces/${namespace}/workflows`);
  say(`  PostgreSQL         127.0.0.1:${postgresPort}  (databases iop, temporal, temporal_visibility; data in ${servers.postgres.dataDir})`);
  say(`  Logs               ${logDir}  (process ids in ${join(dataDir, 'pids')})`);
  printAccess({ say, apiUrl: firstApi, dataDir, app, tokens, signatories });
  say('');
  say('A worker or an API that stops is started again; press Ctrl-C to stop everything (the data is kept).');
}

process.on('SIGINT', () => void ordered.run(0));
process.on('SIGTERM', () => void ordered.run(0));

main().catch(async (error: unknown) => {
  say(error instanceof Prerequisite ? error.message : `Could not start: ${error instanceof Error ? error.message : String(error)}`);
  await ordered.run(1);
});
