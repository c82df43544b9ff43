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
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as Pg } from 'pg';
import { freePort, PostgresServer, startEmbeddedPostgres } from '../libs/devstack/src';
import { benchAnswers } from './lib/bench-answers';
import { Figure, printSideBySide, say } from './lib/bench-figures';
import { benchMemory } from './lib/bench-memory';
import { benchPayloads } from './lib/bench-payload';
import { benchReads } from './lib/bench-reads';
import { listSetting, Section, SECTIONS, SERVER_NAMES, ServerKind } from './lib/bench-settings';
import { ORG, startBenchStack } from './lib/bench-stack';
import { benchStarts } from './lib/bench-starts';
import { benchWorkers } from './lib/bench-workers';

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
    const stack = await startBenchStack(kind, postgres, work, stops);
    const { post, client, officer, representative } = stack;

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
      const answers = await benchAnswers(stack);
      figures.push(...answers.figures);
      long = answers.long;
    }

    const db = new Pg({ connectionString: stack.databaseUrl });
    await db.connect();
    stops.push(() => db.end());

    // 2. Partnerships started per second: through the API, beside the bare client's start (which waits for nothing
    // but the server) and the engine's own start made straight with the SDK (update-with-start, answered once the
    // worker has written the opening), which says how much of the gap is Temporal's and the worker's.
    if (has('starts')) figures.push(...(await benchStarts(stack, db)));

    // 3. The auditor's timeline of a partnership with 500 steps, and a filtered list over 10,000 partnerships.
    if (has('reads')) figures.push(...(await benchReads(stack, db, { long, afterStarts: has('starts') })));

    // 4. Throughput with one worker and with two: moves through the API at 16 in flight (an organisation accepting its
    // invitation: each answered once a worker has run the update), beside bare updates on the same workers (each one
    // a workflow task too). Two cores cannot show two workers scaling: see the README.
    if (has('workers')) figures.push(...(await benchWorkers(stack)));

    // 5. Open partnerships held by one worker: its resident memory.
    if (has('memory')) figures.push(...(await benchMemory(stack, db)));

    return figures;
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
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
