/**
 * The memory figure of `npm run bench`: the first worker's resident memory while it holds the open partnerships
 * BENCH_OPEN names (default 1000, then 10,000).
 */
import { randomUUID } from 'node:crypto';
import type { Client as Pg } from 'pg';
import { waitFor } from '../../libs/devstack/src';
import { partnershipWorkflow } from '../../workflows';
import { Figure, say } from './bench-figures';
import type { BenchStack } from './bench-stack';
import { rssMb, throughput } from './bench-stats';

export async function benchMemory(stack: BenchStack, db: Pg): Promise<Figure[]> {
  const { worker, client, newPartnership } = stack;
  const figures: Figure[] = [];
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
  return figures;
}
