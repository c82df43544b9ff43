/**
 * `npm run bench`: the engine's figures beside their baselines, measured in the same run on this machine, on a
 * stack of its own (embedded PostgreSQL, the Temporal CLI's dev server, the built API and worker as processes).
 * BENCH_OPEN (default "1000,10000") sets how many open partnerships the worker holds for the memory figure;
 * BENCH_MEETINGS (default 40) how many moves the payload figures make; BENCH_ONLY=payload measures only those.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Client as Pg } from 'pg';
import { runMigrations } from '../libs/database/src/migrate';
import { timelineQuery } from '../libs/database/src/auditing.repository';
import { buildListQuery } from '../libs/database/src/partnership-list.repository';
import {
  ensureDatabase,
  findTemporalCli,
  freePort,
  generateCheckpointKeyPair,
  generatePayloadKeys,
  startEmbeddedPostgres,
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

const root = resolve(__dirname, '..', '..');
const ORG = '802456-1238';
const say = (line = '') => process.stdout.write(`${line}\n`);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
/** Between the measurements of the spaced round: past the workflow's own write of the answer before. */
const SPACING_MS = 50;

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

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'iop-bench-'));
  chmodSync(work, 0o755);
  const stops: (() => Promise<void>)[] = [];
  try {
    say('Starting PostgreSQL, Temporal, the worker and the API for the benchmark…');
    const postgres = await startEmbeddedPostgres({ dataDir: join(work, 'postgres'), port: await freePort() });
    stops.push(() => postgres.stop());
    await ensureDatabase(postgres.url('postgres'), 'iop');
    const databaseUrl = postgres.url('iop');
    await runMigrations(databaseUrl);
    const cli = findTemporalCli(root);
    if (!cli) throw new Error('No temporal CLI: run scripts/test.sh or scripts/run.sh once, which install it.');
    const temporalServer = await startTemporalDevServer({ cli, port: await freePort(), dbFile: join(work, 'temporal.db') });
    stops.push(() => temporalServer.stop());

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
      TEMPORAL_ADDRESS: temporalServer.address,
      TEMPORAL_TASK_QUEUE: 'bench',
      API_PORT: String(apiPort),
      LOG_LEVEL: 'warn',
      WORKFLOW_BUNDLE_PATH: join(root, 'dist', 'workflow-bundle.js'),
    };
    // The development issuer refuses NODE_ENV=production; the API runs as in development, the worker as in production.
    const start = (app: 'api' | 'worker'): ChildProcess => {
      const child = spawn(process.execPath, [join(root, 'dist', 'apps', app, 'src', 'main.js')], {
        env: app === 'api' ? { ...env, NODE_ENV: 'development' } : env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      stops.push(() => stopProcess(child, 'SIGTERM', 15000));
      return child;
    };
    const worker = start('worker');
    start('api');
    const api = `http://127.0.0.1:${apiPort}`;
    await waitFor('the API', async () => ((await fetch(`${api}/health`)).status === 200 ? true : undefined), 60000);

    const officer = await signDevToken(secret, { subject: 'bench-officer', name: 'Bench', role: 'officer', publicParty: 'Region Skåne' });
    const representative = await signDevToken(secret, { subject: 'bench-rep', name: 'Bench', role: 'organisation_rep', organisationNumber: ORG });
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

    const connection = await Connection.connect({ address: temporalServer.address });
    const client = new Client({ connection, dataConverter: dataConverterFrom(env) });
    stops.push(() => connection.close());

    // 0. What a move weighs: its answer, its activity input and its history, beside the whole state it used to carry.
    await benchPayloads({ post, client, officer, representative, organisationNumber: ORG, meetings: Number(process.env.BENCH_MEETINGS ?? 40), say });
    if (process.env.BENCH_ONLY === 'payload') return;

    // 1. Answering a task through the API, beside a bare update round trip on the same server, in two rounds.
    // Spaced: each measurement starts on a quiet machine (the write an answer leaves to the workflow's activity has
    // had 50 ms to finish): the latency one person sees. Back to back: that write runs beside the next measurement,
    // whichever it is. Answer and bare update alternate, so that both see the same machine; the bare update goes to
    // an idle partnership, since an update waits for any workflow task already running on its own workflow.
    const answers = 200;
    const warmUp = 100;
    const ids: string[] = [];
    for (let i = 0; i < 2 * answers + warmUp; i++)
      ids.push(((await (await post('/partnerships', officer, newPartnership(`Svar ${i}`))).json()) as { id: string }).id);
    const pause = (gapMs: number) => new Promise((resolve) => setTimeout(resolve, gapMs));
    const answerRound = async (round: string[], idle: string[], gapMs: number) => {
      const api: number[] = [];
      const bare: number[] = [];
      for (const [i, id] of round.entries()) {
        const response = await timed(api, () => post(`/partnerships/${id}/invitation-response`, representative, { accept: true }));
        if (response.status !== 200) throw new Error(`answer: ${response.status} ${await response.text()}`);
        await pause(gapMs);
        await timed(bare, () => client.workflow.getHandle(partnershipWorkflowId(idle[i])).executeUpdate(awaitOpeningRecordedUpdate));
        await pause(gapMs);
      }
      return { api, bare };
    };
    // Each round's bare updates go to the partnerships the other round answers (before or after it, never during).
    const [first, second, spare] = [ids.slice(0, answers), ids.slice(answers, 2 * answers), ids.slice(2 * answers)];
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
      say(`  ${name}:`);
      say(`    API         p50 ${ms(percentile(round.api, 50))}  p95 ${ms(percentile(round.api, 95))}  p99 ${ms(percentile(round.api, 99))}`);
      say(`    bare update p50 ${ms(percentile(round.bare, 50))}  p95 ${ms(percentile(round.bare, 95))}  p99 ${ms(percentile(round.bare, 99))}`);
      say(
        `    ratio of p95: ${ratio.toFixed(2)}×   (targets: p95 ≤ 50 ms ${percentile(round.api, 95) <= 50 ? 'met' : 'NOT met'}; ≤ 2× bare ${ratio <= 2 ? 'met' : 'NOT met'})`,
      );
    }

    // 2. Partnerships started per second: through the API, beside the bare client.
    const starts = 300;
    const apiRate = await throughput(starts, 8, async (i) => {
      const response = await post('/partnerships', officer, newPartnership(`Start ${i}`));
      if (response.status !== 201) throw new Error(`start: ${response.status}`);
    });
    const bareRate = await throughput(starts, 8, (i) =>
      client.workflow.start(partnershipWorkflow, {
        taskQueue: 'bench',
        workflowId: `bench-bare-${i}-${randomUUID()}`,
        args: [{ partnershipId: randomUUID(), partnership: newPartnership(`Bar ${i}`), startedBy: 'bench', requestId: 'bench' }],
      }),
    );
    say();
    say(`Partnerships started, ${starts} at 8 in flight:`);
    say(`  API (start + opening written to PostgreSQL): ${apiRate.toFixed(1)} /s`);
    say(`  bare client start:                           ${bareRate.toFixed(1)} /s`);

    // 3. The auditor's timeline of a partnership with 500 steps, and a filtered list over 10,000 partnerships.
    const db = new Pg({ connectionString: databaseUrl });
    await db.connect();
    stops.push(() => db.end());
    // The reads are measured once the starts above are written (the bare client does not wait for their openings).
    await waitFor(
      'the started partnerships written',
      async () => {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM partnerships WHERE title LIKE 'Bar %'`);
        return rows[0].n >= starts ? true : undefined;
      },
      120000,
    );
    const long = first[0];
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
    const auditor = await signDevToken(secret, { subject: 'bench-auditor', name: 'Bench', role: 'auditor' });
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
    say();
    say(`Reads, ${repeat} each (partnerships: ${counted[0].p}; steps of the long partnership: ${counted[0].s}):`);
    say(`  timeline of 500 steps via API p95 ${ms(percentile(timelineApi, 95))}   the same query in raw SQL p95 ${ms(percentile(timelineSql, 95))}`);
    say(
      `  list filtered by phase via API p95 ${ms(percentile(listApi, 95))}   the same query in raw SQL p95 ${ms(percentile(listSql, 95))}   (target ≤ 20 ms: ${percentile(listApi, 95) <= 20 ? 'met' : 'NOT met'})`,
    );

    // 4. Open partnerships held by one worker: its resident memory.
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
    }
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
