/**
 * The stack `npm run bench` measures on one server: its own database (migrated) and Temporal server (the CLI's dev
 * server, or libs/devstack's cluster on the shared PostgreSQL), the built worker and API as processes, and the
 * clients the figures use: HTTP with development tokens, and the bare SDK beside it on the same server.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { runMigrations } from '../../libs/database/src/migrate';
import {
  ensureDatabase,
  ensureTemporalClusterBuilt,
  findTemporalCli,
  freePort,
  generateCheckpointKeyPair,
  generatePayloadKeys,
  PostgresServer,
  startTemporalCluster,
  startTemporalDevServer,
  stopProcess,
  waitFor,
} from '../../libs/devstack/src';
import type { NewPartnership } from '../../libs/domain/src';
import { signDevToken } from '../../libs/identity/src';
import { dataConverterFrom } from '../../libs/temporal/src/data-converter';
import { partnershipWorkflow } from '../../workflows';
import { awaitOpeningRecordedUpdate } from '../../workflows/partnership/messages';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { say } from './bench-figures';
import { BenchResponse, benchHttp } from './bench-http';
import type { ServerKind } from './bench-settings';
import { cpuMeter } from './process-cpu';

const root = resolve(__dirname, '..', '..', '..');
export const ORG = '802456-1238';

/** The bare client's input for a start: what every bare start sends, from the bench process or its bare HTTP server. */
export function bareStartInput(partnership: NewPartnership) {
  return { partnershipId: randomUUID(), partnership, startedBy: 'bench', requestId: 'bench' };
}

export interface BenchStack {
  namespace: string;
  databaseUrl: string;
  /** The variables the API and the worker get (Temporal's address, namespace, task queue, payload keys, …). */
  appEnv: Record<string, string | undefined>;
  /** The first worker, started with the stack. */
  worker: ChildProcess;
  /** Starts one more worker on the same task queue (stopped with the stack). */
  startWorker(): ChildProcess;
  /** CPU per process tree: api, worker, temporal, postgres, client. */
  cpu: ReturnType<typeof cpuMeter>;
  officer: string;
  representative: string;
  auditor: string;
  post(path: string, token: string, body: unknown): Promise<BenchResponse>;
  get(path: string, token: string): Promise<BenchResponse>;
  newPartnership(title: string): NewPartnership;
  /** A start through the API; the partnership's id. */
  createThroughApi(title: string): Promise<string>;
  /** The bare SDK on the same server and task queue. */
  client: Client;
  bareStart(title: string): Promise<unknown>;
  bareUpdateWithStart(title: string): Promise<unknown>;
}

/** Starts the stack of one server, pushing each part's stop onto `stops` as it starts (the caller runs them in reverse). */
export async function startBenchStack(kind: ServerKind, postgres: PostgresServer, work: string, stops: (() => Promise<void>)[]): Promise<BenchStack> {
  await ensureDatabase(postgres.url('postgres'), `iop_${kind}`);
  const databaseUrl = postgres.url(`iop_${kind}`);
  await runMigrations(databaseUrl);
  const namespace = kind === 'dev' ? 'default' : 'iop-bench';
  let address: string;
  let temporalPid: () => number | undefined;
  if (kind === 'dev') {
    const cli = findTemporalCli(root);
    if (!cli) throw new Error('No temporal CLI: run scripts/test.sh or scripts/run.sh once, which install it.');
    const server = await startTemporalDevServer({ cli, port: await freePort(), dbFile: join(work, 'temporal.db') });
    stops.push(() => server.stop());
    address = server.address;
    temporalPid = () => server.process.pid;
  } else {
    say('Building the Temporal server once per machine when missing (about 20 minutes cold; cached afterwards)…');
    const binaries = await ensureTemporalClusterBuilt({});
    const login = new URL(postgres.url('postgres'));
    const cluster = await startTemporalCluster({
      binaries,
      postgres: {
        host: login.hostname,
        port: Number(login.port),
        user: decodeURIComponent(login.username),
        password: decodeURIComponent(login.password),
      },
      dataDir: join(work, 'temporal-cluster'),
      port: await freePort(),
      namespace,
    });
    stops.push(() => cluster.stop());
    address = cluster.address;
    temporalPid = () => cluster.pid;
  }

  const secret = randomBytes(32).toString('hex');
  const apiPort = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_MODE: 'development',
    DEV_AUTH_SECRET: secret,
    // A production worker signs the chains' checkpoints, so it needs a key.
    CHAIN_SIGNING_KEY: generateCheckpointKeyPair().privateKeyPem,
    // Measured as deployed: every payload encrypted.
    TEMPORAL_PAYLOAD_KEYS: generatePayloadKeys('bench'),
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: address,
    TEMPORAL_NAMESPACE: namespace,
    TEMPORAL_TASK_QUEUE: 'bench',
    API_PORT: String(apiPort),
    LOG_LEVEL: 'warn',
    WORKFLOW_BUNDLE_PATH: join(root, 'dist', 'workflow-bundle.js'),
  };
  // The development issuer refuses NODE_ENV=production; the API runs as in development, the worker as in production.
  const start = (app: 'api' | 'worker'): ChildProcess => {
    const child = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${join(process.env.BENCH_CPU_PROFILE, kind, app)}`] : []),
        join(root, 'dist', 'apps', app, 'src', 'main.js'),
      ],
      {
        env: app === 'api' ? { ...env, NODE_ENV: 'development' } : env,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    stops.push(() => stopProcess(child, 'SIGTERM', 15000));
    return child;
  };
  const worker = start('worker');
  const apiProcess = start('api');
  const postmaster = Number(readFileSync(join(postgres.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  // Where the CPU goes, per process (PostgreSQL's backends serve the engine and, on the cluster, Temporal too).
  const cpu = cpuMeter({
    api: () => apiProcess.pid,
    worker: () => worker.pid,
    temporal: temporalPid,
    postgres: () => postmaster,
    client: () => process.pid,
  });
  const api = `http://127.0.0.1:${apiPort}`;
  // Up once a worker polls: the report's condition, or (an API without it) the report's 200.
  await waitFor(
    'the API and a polling worker',
    async () => {
      const response = await fetch(`${api}/health`);
      const body = (await response.json().catch(() => ({}))) as { conditions?: { workerPolling?: { status?: string } } };
      const polling = body.conditions?.workerPolling?.status;
      return polling === 'up' || (polling === undefined && response.status === 200) ? true : undefined;
    },
    90000,
  );

  const officer = await signDevToken(secret, { subject: 'bench-officer', name: 'Bench', role: 'officer', publicParty: 'Region Skåne' });
  const representative = await signDevToken(secret, { subject: 'bench-rep', name: 'Bench', role: 'organisation_rep', organisationNumber: ORG });
  const auditor = await signDevToken(secret, { subject: 'bench-auditor', name: 'Bench', role: 'auditor' });
  const http = benchHttp(api);
  const post = (path: string, token: string, body: unknown) => http('POST', path, token, body);
  const get = (path: string, token: string) => http('GET', path, token);
  const newPartnership = (title: string) => ({
    title,
    publicParty: { name: 'Region Skåne' },
    organisations: [{ name: 'NÄTVERKET', organisationNumber: ORG }],
  });
  const createThroughApi = async (title: string): Promise<string> => {
    const response = await post('/partnerships', officer, newPartnership(title));
    if (response.status !== 201) throw new Error(`start: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  };

  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace, dataConverter: dataConverterFrom(env) });
  stops.push(() => connection.close());
  const bareInput = (title: string) => bareStartInput(newPartnership(title));
  const bareStart = (title: string) =>
    client.workflow.start(partnershipWorkflow, { taskQueue: 'bench', workflowId: `bench-bare-${randomUUID()}`, args: [bareInput(title)] });
  /** The engine's own start, straight from the SDK: update-with-start, answered once the opening is written. */
  const bareUpdateWithStart = (title: string) => {
    const input = bareInput(title);
    return client.workflow.executeUpdateWithStart(awaitOpeningRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(partnershipWorkflow, {
        taskQueue: 'bench',
        workflowId: partnershipWorkflowId(input.partnershipId),
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
  };

  return {
    namespace,
    databaseUrl,
    appEnv: env,
    worker,
    startWorker: () => start('worker'),
    cpu,
    officer,
    representative,
    auditor,
    post,
    get,
    newPartnership,
    createThroughApi,
    client,
    bareStart,
    bareUpdateWithStart,
  };
}
