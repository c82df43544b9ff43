/**
 * `npm run bench`: the engine's figures beside their bare-SDK baselines, each pair measured on the same server in the
 * same run, on the Temporal CLI's dev server and on the real Temporal server on PostgreSQL (libs/devstack's cluster),
 * one after the other, each with a stack of its own (embedded PostgreSQL, the built API and worker as processes).
 *
 * BENCH_SERVERS (default "dev,cluster") chooses the servers; BENCH_ONLY (a comma list of payload, answers, starts,
 * reads, workers, memory; default all) the figures; BENCH_OPEN (default "1000,10000") how many open partnerships the
 * worker holds for the memory figure; BENCH_MEETINGS (default 40) how many moves the payload figures make;
 * BENCH_CPU_PROFILE, a folder, has the API and the worker write V8 CPU profiles there (per server and app) as they stop.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { Client as Pg } from 'pg';
import { runMigrations } from '../libs/database/src/migrate';
import { timelineQuery } from '../libs/database/src/auditing.repository';
import { buildListQuery } from '../libs/database/src/partnership-list.repository';
import {
  ensureDatabase,
  ensureTemporalClusterBuilt,
  findTemporalCli,
  freePort,
  generateCheckpointKeyPair,
  generatePayloadKeys,
  PostgresServer,
  startEmbeddedPostgres,
  startTemporalCluster,
  startTemporalDevServer,
  stopProcess,
  waitFor,
} from '../libs/devstack/src';
import { signDevToken } from '../libs/identity/src';
import { dataConverterFrom } from '../libs/temporal/src/data-converter';
import { partnershipWorkflow } from '../workflows';
import { awaitOpeningRecordedUpdate } from '../workflows/partnership/messages';
import { partnershipWorkflowId } from '../workflows/partnership/types';
import { benchPayloads } from './lib/bench-payload';
import { cpuMeter } from './lib/process-cpu';

const root = resolve(__dirname, '..', '..');
const ORG = '802456-1238';
const say = (line = '') => process.stdout.write(`${line}\n`);

const SECTIONS = ['payload', 'answers', 'starts', 'reads', 'workers', 'memory'] as const;
type Section = (typeof SECTIONS)[number];
type ServerKind = 'dev' | 'cluster';
const SERVER_NAMES: Record<ServerKind, string> = { dev: 'dev server (CLI, SQLite)', cluster: 'cluster (Temporal server on PostgreSQL)' };

function listSetting<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const raw = process.env[name];
  if (!raw) return [...fallback];
  const values = raw.split(',').map((v) => v.trim()) as T[];
  const wrong = values.filter((v) => !allowed.includes(v));
  if (wrong.length) throw new Error(`${name} names ${wrong.join(', ')}: use a comma list of ${allowed.join(', ')}.`);
  return values;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
/** Between the measurements of the spaced round: past the workflow's own write of the answer before. */
const SPACING_MS = 50;
/** Partnerships started per figure of the starts. */
const STARTS = 300;

async function timed<T>(samples: number[], action: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await action();
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  return result;
}

/** Runs `count` actions, `concurrency` at a time; returns actions per second. */
async function throughput(count: number, concurrency: number, action: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await action(next++);
    }),
  );
  return count / ((Date.now() - start) / 1000);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** One figure of a server: the engine's, its baseline's, and how they compare (ratio of engine to baseline). */
interface Figure {
  name: string;
  engine: string;
  baseline: string;
  ratio?: string;
  target?: string;
}

/**
 * Every figure of one server, on a stack of its own: its own database, Temporal server, worker(s) and API.
 */
async function measureOn(kind: ServerKind, postgres: PostgresServer, work: string, sections: Section[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  const stops: (() => Promise<void>)[] = [];
  const has = (section: Section) => sections.includes(section);
  try {
    say();
    say(`=== ${SERVER_NAMES[kind]} ===`);
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
    const cpuLine = (perStart: Record<string, number>) =>
      Object.entries(perStart)
        .map(([name, value]) => `${name} ${value.toFixed(1)}`)
        .join(', ');
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
    const post = (path: string, token: string, body: unknown) =>
      fetch(`${api}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const get = (path: string, token: string) => fetch(`${api}${path}`, { headers: { Authorization: `Bearer ${token}` } });
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
    const bareInput = (title: string) => ({
      partnershipId: randomUUID(),
      partnership: newPartnership(title),
      startedBy: 'bench',
      requestId: 'bench',
    });
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

    // 0. What a move weighs: its answer, its activity input and its history, beside the whole state it used to carry.
    // The same on every server (the sizes are the engine's), so measured on the first one only.
    if (has('payload')) {
      await benchPayloads({
        post,
        client,
        officer,
        representative,
        organisationNumber: ORG,
        meetings: Number(process.env.BENCH_MEETINGS ?? 40),
        say,
      });
    }

    // 1. Answering a task through the API, beside a bare update round trip on the same server, in two rounds.
    // Spaced: each measurement starts on a quiet machine (the write an answer leaves to the workflow's activity has
    // had 50 ms to finish): the latency one person sees. Back to back: that write runs beside the next measurement,
    // whichever it is. Answer and bare update alternate, so that both see the same machine; the bare update goes to
    // an idle partnership, since an update waits for any workflow task already running on its own workflow.
    let long: string | undefined;
    if (has('answers')) {
      const answers = 200;
      const warmUp = 100;
      const ids: string[] = [];
      for (let i = 0; i < 2 * answers + warmUp; i++) ids.push(await createThroughApi(`Svar ${i}`));
      const pause = (gapMs: number) => new Promise((resolve) => setTimeout(resolve, gapMs));
      const answerRound = async (round: string[], idle: string[], gapMs: number) => {
        const apiSamples: number[] = [];
        const bare: number[] = [];
        for (const [i, id] of round.entries()) {
          const response = await timed(apiSamples, () => post(`/partnerships/${id}/invitation-response`, representative, { accept: true }));
          if (response.status !== 200) throw new Error(`answer: ${response.status} ${await response.text()}`);
          await pause(gapMs);
          await timed(bare, () => client.workflow.getHandle(partnershipWorkflowId(idle[i])).executeUpdate(awaitOpeningRecordedUpdate));
          await pause(gapMs);
        }
        return { api: apiSamples, bare };
      };
      // Each round's bare updates go to the partnerships the other round answers (before or after it, never during).
      const [first, second, spare] = [ids.slice(0, answers), ids.slice(answers, 2 * answers), ids.slice(2 * answers)];
      long = first[0];
      // Unmeasured: the API and the worker run their code paths once before the figures count.
      await answerRound(spare, first, 0);
      const backToBack = await answerRound(second, first, 0);
      const spaced = await answerRound(first, second, SPACING_MS);
      say();
      say(`An organisation answers a task (HTTP → update → validator → PostgreSQL), ${answers} answers per round, each followed by a bare update:`);
      for (const [name, round] of [
        [`spaced ${SPACING_MS} ms`, spaced],
        ['back to back', backToBack],
      ] as const) {
        const ratio = percentile(round.api, 95) / percentile(round.bare, 95);
        const line = (samples: number[]) =>
          `p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  p99 ${ms(percentile(samples, 99))}`;
        say(`  ${name}:`);
        say(`    API         ${line(round.api)}`);
        say(`    bare update ${line(round.bare)}`);
        say(`    ratio of p95: ${ratio.toFixed(2)}×   (target ≤ 1.5× bare: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
        figures.push({
          name: `answer, ${name} (p50/p95/p99)`,
          engine: line(round.api)
            .replace(/p\d+ /g, '')
            .replace(/ ms {2}/g, ' / '),
          baseline: line(round.bare)
            .replace(/p\d+ /g, '')
            .replace(/ ms {2}/g, ' / '),
          ratio: `${ratio.toFixed(2)}× at p95`,
          target: ratio <= 1.5 ? 'met' : 'NOT met',
        });
      }
    }

    const db = new Pg({ connectionString: databaseUrl });
    await db.connect();
    stops.push(() => db.end());

    // 2. Partnerships started per second: through the API, beside the bare client's start (which waits for nothing
    // but the server) and the engine's own start made straight with the SDK (update-with-start, answered once the
    // worker has written the opening), which says how much of the gap is Temporal's and the worker's.
    if (has('starts')) {
      const starts = STARTS;
      // Unmeasured: the paths run once before the figures count.
      await throughput(16, 8, (i) => createThroughApi(`Uppvärmning ${i}`));
      await throughput(16, 8, (i) => bareUpdateWithStart(`Uppvärmning bar ${i}`));
      // One at a time: a start's own latency, without queueing behind the others.
      const alone = { api: [] as number[], bare: [] as number[], uws: [] as number[] };
      for (let i = 0; i < 30; i++) {
        await timed(alone.api, () => createThroughApi(`Ensam ${i}`));
        await timed(alone.bare, () => bareStart(`Ensam bar ${i}`));
        await timed(alone.uws, () => bareUpdateWithStart(`Ensam uppdatering ${i}`));
      }
      // Every workflow's first task upserts its search attributes: once all carry them, no first task is waiting.
      const count = async (query: string) => Number((await client.workflowService.countWorkflowExecutions({ namespace, query })).count ?? 0);
      const firstTasksRun = () =>
        waitFor(
          "every workflow's first task run",
          async () => ((await count(`IopPublicParty = 'Region Skåne'`)) >= (await count('')) ? true : undefined),
          300000,
        );
      await firstTasksRun();
      cpu.start();
      const apiStartedAt = Date.now();
      const apiRate = await throughput(starts, 8, (i) => createThroughApi(`Start ${i}`));
      // The API answers once the opening is written; its workflows' first tasks may still be waiting for the worker.
      await firstTasksRun();
      const apiSettledRate = starts / ((Date.now() - apiStartedAt) / 1000);
      const apiCpu = cpu.perUnit(starts);
      cpu.start();
      const bareStartedAt = Date.now();
      const bareRate = await throughput(starts, 8, (i) => bareStart(`Bar start ${i}`));
      // The bare client waits for nothing but the server; its workflows' openings are written after it has gone on.
      // Until they are, for the like-for-like figure (and so that they do not slow the next measurement).
      await waitFor(
        'the bare starts written',
        async () => {
          const { rows } = await db.query(`SELECT count(*)::int AS n FROM partnerships WHERE title LIKE 'Bar start %'`);
          return rows[0].n >= starts ? true : undefined;
        },
        300000,
      );
      await firstTasksRun();
      const bareWrittenRate = starts / ((Date.now() - bareStartedAt) / 1000);
      const bareCpu = cpu.perUnit(starts);
      cpu.start();
      const uwsRate = await throughput(starts, 8, (i) => bareUpdateWithStart(`Bar uppdatering ${i}`));
      const uwsCpu = cpu.perUnit(starts);
      const share = apiRate / bareRate;
      say();
      say(`Partnerships started, ${starts} at 8 in flight:`);
      say(`  API (start + opening written to PostgreSQL):        ${apiRate.toFixed(1)} /s`);
      say(
        `  bare client start:                                  ${bareRate.toFixed(1)} /s   (API at ${(share * 100).toFixed(0)}%; target ≥ 75%: ${share >= 0.75 ? 'met' : 'NOT met'})`,
      );
      say(`  API, until its workflow's first task has run:       ${apiSettledRate.toFixed(1)} /s`);
      say(`  bare start, until its opening is written:            ${bareWrittenRate.toFixed(1)} /s`);
      say(`  bare update-with-start, answered once written:      ${uwsRate.toFixed(1)} /s   (API at ${((apiRate / uwsRate) * 100).toFixed(0)}%)`);
      say(
        `  one at a time, p50: API ${ms(percentile(alone.api, 50))}, bare start ${ms(percentile(alone.bare, 50))}, bare update-with-start ${ms(percentile(alone.uws, 50))}`,
      );
      say("  CPU per start, ms (each counted until its workflow's first task has run):");
      say(`    API start:              ${cpuLine(apiCpu)}`);
      say(`    bare start:             ${cpuLine(bareCpu)}`);
      say(`    bare update-with-start: ${cpuLine(uwsCpu)}`);
      figures.push({
        name: 'starts per second, 8 in flight',
        engine: `${apiRate.toFixed(1)} /s`,
        baseline: `${bareRate.toFixed(1)} /s (until first tasks ran: API ${apiSettledRate.toFixed(1)}, bare ${bareWrittenRate.toFixed(1)} /s; update-with-start ${uwsRate.toFixed(1)} /s)`,
        ratio: `${(share * 100).toFixed(0)}% (${((apiRate / uwsRate) * 100).toFixed(0)}%)`,
        target: share >= 0.75 ? 'met' : 'NOT met',
      });
    }

    // 3. The auditor's timeline of a partnership with 500 steps, and a filtered list over 10,000 partnerships.
    if (has('reads')) {
      // The reads are measured once the bare starts are written (the bare client does not wait for their openings).
      if (has('starts')) {
        await waitFor(
          'the started partnerships written',
          async () => {
            const { rows } = await db.query(`SELECT count(*)::int AS n FROM partnerships WHERE title LIKE 'Bar start %'`);
            return rows[0].n >= STARTS ? true : undefined;
          },
          120000,
        );
      }
      long ??= await createThroughApi('Lång tidslinje');
      await db.query(
        `INSERT INTO step_records (process_id, step_key, phase, action, responsible_kind, level_aimed_for, level_reached, actor, occurred_at, evidence)
         SELECT $1, 'bench.' || n, 'IMPLEMENTATION', 'FOLLOW_UP_REPORT_SUBMITTED', 'ORGANISATION', 'CONSULTATION', 'CONSULTATION', 'bench',
                now() + n * interval '1 minute', '{"answered":["802456-1238"]}'::jsonb
         FROM generate_series(1, 500 - (SELECT count(*)::int FROM step_records WHERE process_id = $1)) n`,
        [long],
      );
      await db.query(`
        WITH process AS (
          INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
          SELECT gen_random_uuid(), 'PARTNERSHIP', 'Partnerskap ' || i, 'Region Skåne', 'bench-list-' || i, timestamp '2020-01-01' + i * interval '2 hours'
          FROM generate_series(1, 10000) i
          RETURNING id, workflow_id, title, created_at
        )
        INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at, revision, public_party_name, state)
        SELECT id, workflow_id, title,
               (ARRAY['PROBLEM_DEFINITION','DIALOGUE','DRAFTING','POLITICAL_APPROVAL','SIGNATURE','IMPLEMENTATION','ENDED'])[1 + (substr(workflow_id, 12)::int) % 7],
               created_at, now(), 1, 'Region Skåne', '{}'::jsonb
        FROM process`);
      await db.query('ANALYZE');
      const { rows: counted } = await db.query(
        `SELECT (SELECT count(*) FROM partnerships)::int AS p, (SELECT count(*) FROM step_records WHERE process_id = $1)::int AS s`,
        [long],
      );
      const repeat = 200;
      const timelineApi: number[] = [];
      const timelineSql: number[] = [];
      const listApi: number[] = [];
      const listSql: number[] = [];
      const { sql: listQuery, params: listParams } = buildListQuery(
        { phase: 'DRAFTING', today: new Date().toISOString().slice(0, 10), page: 3, pageSize: 20 },
        'all',
      );
      const timeline = timelineQuery(long);
      for (let i = 0; i < repeat; i++) {
        await timed(timelineApi, async () => (await get(`/partnerships/${long}/timeline`, auditor)).arrayBuffer());
        await timed(timelineSql, () => db.query(timeline.sql, timeline.params));
        await timed(listApi, async () => (await get('/partnerships?phase=DRAFTING&page=3&pageSize=20', auditor)).arrayBuffer());
        await timed(listSql, () => db.query(listQuery, listParams));
      }
      const timelineRatio = percentile(timelineApi, 95) / percentile(timelineSql, 95);
      const listRatio = percentile(listApi, 95) / percentile(listSql, 95);
      say();
      say(`Reads, ${repeat} each (partnerships: ${counted[0].p}; steps of the long partnership: ${counted[0].s}):`);
      say(
        `  timeline of 500 steps via API p95 ${ms(percentile(timelineApi, 95))}   the same query in raw SQL p95 ${ms(percentile(timelineSql, 95))}   (${timelineRatio.toFixed(2)}×)`,
      );
      say(
        `  list filtered by phase via API p95 ${ms(percentile(listApi, 95))}   the same query in raw SQL p95 ${ms(percentile(listSql, 95))}   (${listRatio.toFixed(2)}×; target ≤ 1.5×: ${listRatio <= 1.5 ? 'met' : 'NOT met'})`,
      );
      figures.push(
        {
          name: 'timeline of 500 steps, p95',
          engine: ms(percentile(timelineApi, 95)),
          baseline: `${ms(percentile(timelineSql, 95))} raw SQL`,
          ratio: `${timelineRatio.toFixed(2)}×`,
        },
        {
          name: 'list by phase over 10,000 and more partnerships, p95',
          engine: ms(percentile(listApi, 95)),
          baseline: `${ms(percentile(listSql, 95))} raw SQL`,
          ratio: `${listRatio.toFixed(2)}×`,
          target: listRatio <= 1.5 ? 'met' : 'NOT met',
        },
      );
    }

    // 4. Throughput with one worker and with two: moves through the API at 16 in flight (an organisation accepting its
    // invitation: each answered once a worker has run the update), beside bare updates on the same workers (each one
    // a workflow task too). Two cores cannot show two workers scaling: see the README.
    if (has('workers')) {
      const count = 200;
      const waiting: string[] = [];
      for (let i = 0; i < 2 * count; i++) waiting.push(await createThroughApi(`Genomflöde ${i}`));
      const rates: Record<number, { api: number; bare: number }> = {};
      for (const workers of [1, 2]) {
        if (workers === 2) {
          start('worker');
          await waitFor(
            'the second worker polling',
            async () => {
              const queue = await client.workflowService.describeTaskQueue({ namespace, taskQueue: { name: 'bench' }, taskQueueType: 1 });
              return (queue.pollers?.length ?? 0) >= 2 ? true : undefined;
            },
            60000,
          );
        }
        const round = waiting.slice((workers - 1) * count, workers * count);
        const apiRate = await throughput(count, 16, async (i) => {
          const response = await post(`/partnerships/${round[i]}/invitation-response`, representative, { accept: true });
          if (response.status !== 200) throw new Error(`answer: ${response.status} ${await response.text()}`);
        });
        const bareRate = await throughput(count, 16, (i) =>
          client.workflow.getHandle(partnershipWorkflowId(round[i])).executeUpdate(awaitOpeningRecordedUpdate),
        );
        rates[workers] = { api: apiRate, bare: bareRate };
      }
      say();
      say(`Throughput, ${count} moves at 16 in flight (an organisation accepts its invitation), each answered once a worker ran it:`);
      for (const workers of [1, 2]) {
        const { api: apiRate, bare } = rates[workers];
        say(`  ${workers} worker${workers > 1 ? 's' : ' '}: API ${apiRate.toFixed(1)} /s   bare update ${bare.toFixed(1)} /s`);
        figures.push({
          name: `throughput, ${workers} worker${workers > 1 ? 's' : ''}, 16 in flight`,
          engine: `${apiRate.toFixed(1)} moves/s`,
          baseline: `${bare.toFixed(1)} bare updates/s`,
          ratio: `${((apiRate / bare) * 100).toFixed(0)}%`,
        });
      }
    }

    // 5. Open partnerships held by one worker: its resident memory.
    if (has('memory')) {
      const baseline = rssMb(worker.pid!);
      say();
      say(`Worker resident memory with open partnerships (baseline after the runs above: ${baseline.toFixed(0)} MB):`);
      let opened = 0;
      for (const target of (process.env.BENCH_OPEN ?? '1000,10000').split(',').map(Number)) {
        const startedAt = Date.now();
        await throughput(target - opened, 16, (i) =>
          client.workflow.start(partnershipWorkflow, {
            taskQueue: 'bench',
            workflowId: `bench-open-${opened + i}-${randomUUID()}`,
            args: [{ partnershipId: randomUUID(), partnership: newPartnership(`Öppen ${opened + i}`), startedBy: 'bench', requestId: 'bench' }],
          }),
        );
        opened = target;
        // Open means started and its opening written: wait for the read model to hold them all.
        await waitFor(
          `${target} open partnerships`,
          async () => {
            const { rows } = await db.query(`SELECT count(*)::int AS n FROM partnerships WHERE title LIKE 'Öppen %'`);
            return rows[0].n >= target ? true : undefined;
          },
          900000,
        );
        const rss = rssMb(worker.pid!);
        say(
          `  ${String(target).padStart(6)} open: ${rss.toFixed(0)} MB resident, ${rss > baseline ? `${(((rss - baseline) * 1024) / target).toFixed(1)} kB per open partnership above the baseline` : 'no growth above the baseline'}; opened in ${((Date.now() - startedAt) / 1000).toFixed(0)} s  (target ≤ 600 MB at 10,000: ${target === 10000 ? (rss <= 600 ? 'met' : 'NOT met') : '-'})`,
        );
        figures.push({ name: `worker memory, ${target} open`, engine: `${rss.toFixed(0)} MB`, baseline: `${baseline.toFixed(0)} MB before` });
      }
    }
    return figures;
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

/** The figures of every server side by side, each beside its baseline from the same server. */
function printSideBySide(results: [ServerKind, Figure[]][]): void {
  const names = [...new Set(results.flatMap(([, figures]) => figures.map((f) => f.name)))];
  say();
  say('Side by side (engine | bare-SDK or raw-SQL baseline on the same server | engine against baseline, target):');
  for (const name of names) {
    say(`  ${name}`);
    for (const [kind, figures] of results) {
      const figure = figures.find((f) => f.name === name);
      if (!figure) continue;
      const ratio = figure.ratio ? ` | ${figure.ratio}${figure.target ? `, target ${figure.target}` : ''}` : '';
      say(`    ${kind.padEnd(8)} ${figure.engine} | ${figure.baseline}${ratio}`);
    }
  }
}

async function main(): Promise<void> {
  const servers = listSetting<ServerKind>('BENCH_SERVERS', ['dev', 'cluster'], ['dev', 'cluster']);
  const sections = listSetting<Section>('BENCH_ONLY', SECTIONS, SECTIONS);
  const work = mkdtempSync(join(tmpdir(), 'iop-bench-'));
  chmodSync(work, 0o755);
  let postgres: PostgresServer | undefined;
  try {
    say(`Benchmark on ${servers.map((s) => SERVER_NAMES[s]).join(' and ')}: ${sections.join(', ')}.`);
    postgres = await startEmbeddedPostgres({ dataDir: join(work, 'postgres'), port: await freePort() });
    const results: [ServerKind, Figure[]][] = [];
    for (const [i, kind] of servers.entries()) {
      // The payload sizes are the engine's own, the same on every server: measured on the first.
      const own = i === 0 ? sections : sections.filter((s) => s !== 'payload');
      results.push([kind, await measureOn(kind, postgres, work, own)]);
    }
    printSideBySide(results);
  } finally {
    await postgres?.stop().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
