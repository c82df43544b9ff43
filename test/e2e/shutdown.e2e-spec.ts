import { INestApplication } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { connect } from 'node:net';
import { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { freePort } from '../../libs/devstack/src/ports';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { DrainState } from '../../apps/api/src/health/drain-state';
import { SKANE, startApi, startWorker, useOwnTaskQueue, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { exitOf, holdPartnershipWrites, openedByWorker, spawnApp, until } from '../support/processes';
import { connectTemporalClient, decryptedHistory } from '../support/temporal-client';
import { bearer, officerOf, representativeOf } from '../support/tokens';

const ORG = SKANE.natverket;

/** Whether a new TCP connection to the port is refused (nothing listens any more). */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

const acceptedSteps = (partnershipId: string) =>
  withDatabase(
    async (db) =>
      (await db.query(`SELECT count(*)::int AS n FROM step_records WHERE process_id = $1 AND action = 'INVITATION_ACCEPTED'`, [partnershipId]))
        .rows[0].n as number,
  );

/**
 * SIGTERM drains: the built API and worker, as deployed, each finish the work in hand (a move whose write is held in
 * PostgreSQL) and exit 0, while taking no new work.
 */
describe('a SIGTERM', () => {
  describe('to the API', () => {
    let api: ChildProcess & { output: string[] };
    let port: number;
    let worker: Awaited<ReturnType<typeof startWorker>> | undefined;

    beforeAll(async () => {
      useOwnTaskQueue('shutdown-api');
      worker = await startWorker();
      port = await freePort();
      api = spawnApp('api', { API_PORT: String(port), API_HOST: '127.0.0.1', SHUTDOWN_GRACE_SECONDS: '20' });
      await until(
        () => fetch(`http://127.0.0.1:${port}/health/ready`),
        (r) => r.status === 200,
      );
    });
    afterAll(async () => {
      if (api.exitCode === null && api.signalCode === null) api.kill('SIGKILL');
      await worker?.close();
    });

    it('finishes the move in hand with 2xx, refuses new connections meanwhile, and exits 0', async () => {
      const base = `http://127.0.0.1:${port}`;
      const created = await fetch(`${base}/partnerships`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(await bearer(officerOf('Region Skåne'))) },
        body: JSON.stringify({ title: 'API:t stängs', publicParty: { name: 'Region Skåne' }, organisations: [ORG] }),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      await openedByWorker(id);

      // The move's own read-model write waits on the partnership's lock: a request in hand when the SIGTERM comes.
      const hold = await holdPartnershipWrites(process.env.DATABASE_URL!, id);
      const inFlight = fetch(`${base}/partnerships/${id}/invitation-response`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(await bearer(representativeOf(ORG.organisationNumber))) },
        body: JSON.stringify({ accept: true }),
      });
      await hold.waitForBlockedWriter('iop-api');
      const exit = exitOf(api);
      api.kill('SIGTERM');

      // It stops accepting at once, while the move is still in hand.
      expect(
        await until(
          () => refused(port),
          (r) => r,
          10_000,
        ),
      ).toBe(true);
      expect(api.exitCode).toBeNull();

      await hold.release();
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.headers.get('connection')).toBe('close');
      expect(await exit).toEqual({ code: 0, signal: null });
      expect(api.output.join('')).toContain('api: drained, exiting');
      expect(await acceptedSteps(id)).toBe(1);
    });
  });

  describe('to the API in this process', () => {
    let api: INestApplication;
    beforeAll(async () => {
      useOwnTaskQueue('shutdown-ready');
      api = await startApi();
    });
    afterAll(() => api?.close());

    it('makes /health/ready 503 at once while /health/live stays 200', async () => {
      await request(api.getHttpServer()).get('/health/ready').expect(200);
      api.get(DrainState).begin();
      const ready = await request(api.getHttpServer()).get('/health/ready').expect(503);
      expect(ready.body.error.process).toMatchObject({ status: 'down', message: expect.stringContaining('draining') });
      expect(ready.headers['retry-after']).toBe('5');
      await request(api.getHttpServer()).get('/health/live').expect(200);
    });
  });

  describe('to the worker', () => {
    let api: INestApplication;
    let worker: ChildProcess & { output: string[] };
    let healthPort: number;
    let temporal: Client;

    beforeAll(async () => {
      useOwnTaskQueue('shutdown-worker');
      healthPort = await freePort();
      worker = spawnApp('worker', {
        TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE,
        WORKER_HEALTH_PORT: String(healthPort),
        SHUTDOWN_GRACE_SECONDS: '20',
      });
      api = await startApi();
      temporal = await connectTemporalClient();
    });
    afterAll(async () => {
      if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
      await api?.close();
      await temporal?.connection.close();
    });

    it('is ready on its own health port once it polls, within its cache bound', async () => {
      const ready = await until(
        () => fetch(`http://127.0.0.1:${healthPort}/health/ready`),
        (r) => r.status === 200,
      );
      expect(await ready.json()).toMatchObject({
        status: 'ok',
        state: 'RUNNING',
        draining: false,
        polling: { status: 'up', workflowPoller: 'POLLING', activityPoller: 'POLLING' },
        cache: { status: 'up', cachedWorkflows: 0, max: 500 },
      });
      expect(await (await fetch(`http://127.0.0.1:${healthPort}/health/live`)).json()).toEqual({ status: 'ok' });
    });

    it('stops at start with one sentence when its health port is taken', async () => {
      const taken = spawnApp('worker', { TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE, WORKER_HEALTH_PORT: String(healthPort) });
      expect(await exitOf(taken)).toEqual({ code: 1, signal: null });
      expect(taken.output.join('').trim()).toBe(`WORKER_HEALTH_PORT: 127.0.0.1:${healthPort} is already in use; choose a free port or unset it`);
    });

    it('lets the activity in hand land its write, answers 503 on readiness meanwhile, and exits 0', async () => {
      const iop = new LifecycleClient(api);
      await iop.create('Region Skåne', [ORG], 'Arbetaren stängs');
      await openedByWorker(iop.id);
      const hold = await holdPartnershipWrites(process.env.DATABASE_URL!, iop.id);
      const answer = iop.attempt('/invitation-response', { party: ORG.organisationNumber, accept: true });
      // The worker's syncReadModel activity is in the middle of its write.
      await hold.waitForBlockedWriter('iop-worker');
      const exit = exitOf(worker);
      worker.kill('SIGTERM');

      const draining = await until(
        () => fetch(`http://127.0.0.1:${healthPort}/health/ready`),
        (r) => r.status === 503,
        10_000,
      );
      expect(await draining.json()).toMatchObject({ status: 'error', draining: true });
      expect(worker.exitCode).toBeNull();

      await hold.release();
      expect((await answer).status).toBe(200);
      expect(await exit).toEqual({ code: 0, signal: null });
      expect(worker.output.join('')).toContain('worker: drained, exiting');

      // The activity completed on the worker that drained, rather than being cut off and retried elsewhere.
      const history = await decryptedHistory(temporal, partnershipWorkflowId(iop.id));
      const events = history.events ?? [];
      const completed = events.filter((e) => e.activityTaskCompletedEventAttributes);
      const failedOrTimedOut = events.filter((e) => e.activityTaskFailedEventAttributes || e.activityTaskTimedOutEventAttributes);
      expect(completed.map((e) => e.activityTaskCompletedEventAttributes!.identity)).toEqual(
        expect.arrayContaining([expect.stringMatching(new RegExp(`^${worker.pid}@`))]),
      );
      expect(failedOrTimedOut).toEqual([]);
      expect(await acceptedSteps(iop.id)).toBe(1);
    });
  });
});
