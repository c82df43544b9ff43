import { createServer } from 'node:net';
import type { WorkerStatus } from '@temporalio/worker';
import { EnvironmentError, validateEnvironment } from '@iop/config';
import { randomBytes } from 'node:crypto';
import { freePort } from '../../../../libs/devstack/src/ports';
import type { TemporalWorkerService } from '../temporal/temporal-worker.service';
import { WorkerHealthServer } from './worker-health.server';

const env = (extra: Record<string, string> = {}) =>
  validateEnvironment(
    {
      DATABASE_URL: 'postgres://app@127.0.0.1:5432/iop',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_PAYLOAD_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      WORKER_MAX_CACHED_WORKFLOWS: '2',
      ...extra,
    },
    'worker',
  );

const running: WorkerStatus = {
  runState: 'RUNNING',
  workflowPollerState: 'POLLING',
  activityPollerState: 'POLLING',
  hasOutstandingWorkflowPoll: true,
  hasOutstandingActivityPoll: true,
  numInFlightWorkflowActivations: 0,
  numInFlightActivities: 0,
  numInFlightNonLocalActivities: 0,
  numInFlightLocalActivities: 0,
  numCachedWorkflows: 2,
  numHeartbeatingActivities: 0,
};

/** What the worker's readiness makes of the SDK worker's state (the end-to-end shutdown test serves it over HTTP). */
describe('the worker health server', () => {
  const serverFor = (status: ReturnType<TemporalWorkerService['status']>, extra?: Record<string, string>) =>
    new WorkerHealthServer(env(extra), { status: () => status } as TemporalWorkerService);

  it('is ready while the SDK worker runs and polls, within the cache bound, and not draining', () => {
    expect(serverFor({ state: 'RUNNING', draining: false, status: running }).readiness()).toMatchObject({
      status: 'ok',
      polling: { status: 'up' },
      cache: { status: 'up', cachedWorkflows: 2, max: 2 },
    });
  });

  it.each([
    ['before the worker exists', { state: 'STARTING' as const, draining: false }, { polling: { status: 'down' } }],
    ['while it drains', { state: 'STOPPING' as const, draining: true, status: running }, { draining: true, polling: { status: 'down' } }],
    [
      'when a poller failed',
      { state: 'RUNNING' as const, draining: false, status: { ...running, activityPollerState: 'FAILED' as const } },
      { polling: { status: 'down', activityPoller: 'FAILED' } },
    ],
    [
      'with more workflows cached than WORKER_MAX_CACHED_WORKFLOWS',
      { state: 'RUNNING' as const, draining: false, status: { ...running, numCachedWorkflows: 3 } },
      { cache: { status: 'down', cachedWorkflows: 3, max: 2 } },
    ],
  ])('is not ready %s', (_when, status, expected) => {
    expect(serverFor(status).readiness()).toMatchObject({ status: 'error', ...expected });
  });

  it('stops the start with one sentence naming the variable when its port is taken', async () => {
    const port = await freePort();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const start = serverFor({ state: 'STARTING', draining: false }, { WORKER_HEALTH_PORT: String(port) }).onModuleInit();
      await expect(start).rejects.toThrow(EnvironmentError);
      await expect(start).rejects.toThrow(`WORKER_HEALTH_PORT: 127.0.0.1:${port} is already in use; choose a free port or unset it`);
    } finally {
      taken.close();
    }
  });
});
