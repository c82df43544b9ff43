/**
 * The workers figure of `npm run bench`: moves through the API at 16 in flight with one worker and with two, beside
 * bare updates on the same workers.
 */
import { waitFor } from '../../libs/devstack/src';
import { awaitOpeningRecordedUpdate } from '../../workflows/partnership/messages';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { Figure, say } from './bench-figures';
import type { BenchStack } from './bench-stack';
import { throughput } from './bench-stats';

/** Starts the stack's second worker on the way. */
export async function benchWorkers(stack: BenchStack): Promise<Figure[]> {
  const { createThroughApi, startWorker, client, namespace, post, representative } = stack;
  const figures: Figure[] = [];
  const count = 200;
  const waiting: string[] = [];
  for (let i = 0; i < 2 * count; i++) waiting.push(await createThroughApi(`Genomflöde ${i}`));
  const rates: Record<number, { api: number; bare: number }> = {};
  for (const workers of [1, 2]) {
    if (workers === 2) {
      startWorker();
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
  return figures;
}
