/** The benchmark's arithmetic: percentiles of timed samples, actions per second at a given concurrency, a process's resident memory. */
import { readFileSync } from 'node:fs';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
export const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function timed<T>(samples: number[], action: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await action();
  samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  return result;
}

/** Runs `count` actions, `concurrency` at a time; returns actions per second. */
export async function throughput(count: number, concurrency: number, action: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await action(next++);
    }),
  );
  return count / ((Date.now() - start) / 1000);
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}
