/**
 * The starts figure of `npm run bench`: partnerships started per second through the API, beside the bare client's
 * start, the same start behind a bare HTTP server, and the engine's own start made straight with the SDK
 * (update-with-start), with the CPU each costs per process.
 */
import type { Client as Pg } from 'pg';
import { waitFor } from '../../libs/devstack/src';
import { startBareServer } from './bench-bare-servers';
import { Figure, say } from './bench-figures';
import type { BenchStack } from './bench-stack';
import { ms, percentile, throughput, timed } from './bench-stats';

/** Partnerships started per figure of the starts. */
export const STARTS = 300;

const cpuLine = (perStart: Record<string, number>) =>
  Object.entries(perStart)
    .map(([name, value]) => `${name} ${value.toFixed(1)}`)
    .join(', ');

export async function benchStarts(stack: BenchStack, db: Pg): Promise<Figure[]> {
  const { newPartnership } = stack;
  // The least an HTTP service can do in front of the bare start (bench-bare-start-server.ts).
  const bareServer = await startBareServer('bench-bare-start-server.js', 'BARE_START_PORT', stack.appEnv);
  const bareHttpStart = async (title: string) => {
    const response = await bareServer.request('POST', newPartnership(title));
    if (response.status !== 201) throw new Error(`bare HTTP start: ${response.status} ${await response.text()}`);
    return response.arrayBuffer();
  };
  try {
    return await measureStarts(stack, db, bareHttpStart);
  } finally {
    await bareServer.stop();
  }
}

async function measureStarts(stack: BenchStack, db: Pg, bareHttpStart: (title: string) => Promise<unknown>): Promise<Figure[]> {
  const { createThroughApi, bareStart, bareUpdateWithStart, client, namespace, cpu } = stack;
  const figures: Figure[] = [];
  const starts = STARTS;
  // Unmeasured: the API, the bare start and its HTTP server run as often as they are measured before the figures
  // count, so that each is timed with its code compiled by V8's optimising tier, as in a process that has served for
  // a while; update-with-start, a reference only and the slowest, runs 16 times.
  const warmUp = Number(process.env.BENCH_WARM_UP ?? STARTS);
  await throughput(warmUp, 8, (i) => createThroughApi(`Uppvärmning ${i}`));
  await throughput(warmUp, 8, (i) => bareStart(`Uppvärmning bar ${i}`));
  await throughput(warmUp, 8, (i) => bareHttpStart(`Uppvärmning bar http ${i}`));
  await throughput(Math.min(warmUp, 16), 8, (i) => bareUpdateWithStart(`Uppvärmning uppdatering ${i}`));
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
  const bareHttpRate = await throughput(starts, 8, (i) => bareHttpStart(`Bar http-start ${i}`));
  await firstTasksRun();
  cpu.start();
  const uwsRate = await throughput(starts, 8, (i) => bareUpdateWithStart(`Bar uppdatering ${i}`));
  const uwsCpu = cpu.perUnit(starts);
  const share = apiRate / bareRate;
  const bareHttpShare = bareHttpRate / bareRate;
  say();
  say(`Partnerships started, ${starts} at 8 in flight:`);
  say(`  API (start + opening written to PostgreSQL):        ${apiRate.toFixed(1)} /s`);
  say(
    `  bare client start:                                  ${bareRate.toFixed(1)} /s   (API at ${(share * 100).toFixed(0)}%; target ≥ 75%: ${share >= 0.75 ? 'met' : 'NOT met'})`,
  );
  say(
    `  bare start behind a bare node:http server:           ${bareHttpRate.toFixed(1)} /s   (${(bareHttpShare * 100).toFixed(0)}% of the bare client's; the API at ${((apiRate / bareHttpRate) * 100).toFixed(0)}% of it)`,
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
    baseline: `${bareRate.toFixed(1)} /s (behind a bare HTTP server ${bareHttpRate.toFixed(1)} /s, ${(bareHttpShare * 100).toFixed(0)}%; until first tasks ran: API ${apiSettledRate.toFixed(1)}, bare ${bareWrittenRate.toFixed(1)} /s; update-with-start ${uwsRate.toFixed(1)} /s)`,
    ratio: `${(share * 100).toFixed(0)}% (${((apiRate / uwsRate) * 100).toFixed(0)}%)`,
    target: share >= 0.75 ? 'met' : 'NOT met',
  });
  return figures;
}
