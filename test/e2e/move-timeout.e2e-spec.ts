import { randomUUID } from 'node:crypto';
import { ChildProcess } from 'node:child_process';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { SKANE, startApi, startWorker, useOwnTaskQueue } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { exited, spawnWorker, until } from '../support/processes';
import { bearer, officerOf } from '../support/tokens';

const ORG = SKANE.natverket.organisationNumber;
/** The limit these tests run with, and a guard well above it against a request that hangs (not a timing assertion). */
const LIMIT_SECONDS = 3;
const HANG_GUARD_MS = (LIMIT_SECONDS + 15) * 1000;

/** The request's answer, and whether it came before the guard (a hung request fails the test instead of jest's timeout). */
async function answeredBeforeGuard<T>(call: () => Promise<T>): Promise<{ answer: T; beforeGuard: boolean }> {
  const started = Date.now();
  const answer = await call();
  return { answer, beforeGuard: Date.now() - started < HANG_GUARD_MS };
}

/**
 * A move waits for a worker to take the workflow's task. With none polling its task queue (every worker stopped),
 * or the one that has the workflow frozen, the caller still gets an answer: 503 MOVE_NOT_ANSWERED after
 * TEMPORAL_MOVE_TIMEOUT_SECONDS, in both languages, with Retry-After; and a retry under the same Idempotency-Key once
 * a worker is back learns the outcome with the move applied once.
 */
describe('a move nobody takes', () => {
  const saved = process.env.TEMPORAL_MOVE_TIMEOUT_SECONDS;
  beforeAll(() => (process.env.TEMPORAL_MOVE_TIMEOUT_SECONDS = String(LIMIT_SECONDS)));
  afterAll(() => (process.env.TEMPORAL_MOVE_TIMEOUT_SECONDS = saved));

  describe('while no worker runs', () => {
    let api: INestApplication;
    let worker: INestApplicationContext | undefined;

    beforeAll(async () => {
      useOwnTaskQueue('move-timeout');
      worker = await startWorker();
      api = await startApi();
    });
    afterAll(async () => {
      await api?.close();
      await worker?.close();
    });

    it('answers 503 MOVE_NOT_ANSWERED with Retry-After, and a retry under the same key applies the move once', async () => {
      const iop = new LifecycleClient(api);
      await iop.create('Region Skåne', [SKANE.natverket]);
      await worker!.close();
      worker = undefined;

      const headers = { 'Idempotency-Key': `timeout-${randomUUID()}` };
      const answer = { party: ORG, accept: true };
      const waiting = await answeredBeforeGuard(() => iop.attempt('/invitation-response', answer, 'post', headers));
      expect(waiting.answer.status).toBe(503);
      expect(waiting.answer.headers['retry-after']).toBe('5');
      expect(waiting.beforeGuard).toBe(true);
      expect(waiting.answer.body).toMatchObject({
        code: 'MOVE_NOT_ANSWERED',
        message: expect.stringContaining(`within ${LIMIT_SECONDS} s`),
        messageSv: expect.stringContaining('samma Idempotency-Key'),
      });
      const accepted = async () => (await iop.read()).steps.filter((s: { action: string }) => s.action === 'INVITATION_ACCEPTED');
      // Reads do not need a worker, and nothing is recorded yet.
      expect(await accepted()).toHaveLength(0);

      // A start does not wait for a worker: the API writes its opening from what Temporal recorded of the start.
      const start = await request(api.getHttpServer())
        .post('/partnerships')
        .set(await bearer(officerOf('Region Skåne')))
        .send({ title: 'Ingen tar emot', publicParty: { name: 'Region Skåne' }, organisations: [SKANE.natverket] });
      expect(start.status).toBe(201);
      expect(start.body.steps.map((s: { action: string }) => s.action)).toContain('PARTNERSHIP_OPENED');

      worker = await startWorker();
      const retry = await iop.attempt('/invitation-response', answer, 'post', headers);
      expect(retry.status).toBe(200);
      expect(await accepted()).toHaveLength(1);
    });
  });

  describe('while the worker that holds the workflow is frozen (SIGSTOP)', () => {
    let api: INestApplication;
    let worker: ChildProcess | undefined;

    beforeAll(async () => {
      useOwnTaskQueue('move-frozen');
      worker = spawnWorker({ TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE });
      api = await startApi();
      await until(
        () => request(api.getHttpServer()).get('/health'),
        (r) => r.body.conditions?.workerPolling?.status === 'up',
      );
    });
    afterAll(async () => {
      if (worker) {
        worker.kill('SIGCONT');
        worker.kill('SIGKILL');
        await exited(worker);
      }
      await api?.close();
    });

    it('answers 503 MOVE_NOT_ANSWERED within the limit, and the same key after SIGCONT learns the move applied once', async () => {
      const iop = new LifecycleClient(api);
      await iop.create('Region Skåne', [SKANE.natverket], 'Arbetaren fryser');
      worker!.kill('SIGSTOP');

      const headers = { 'Idempotency-Key': `frozen-${randomUUID()}` };
      const answer = { party: ORG, accept: true };
      const waiting = await answeredBeforeGuard(() => iop.attempt('/invitation-response', answer, 'post', headers));
      expect({ status: waiting.answer.status, code: waiting.answer.body.code }).toEqual({ status: 503, code: 'MOVE_NOT_ANSWERED' });
      expect(waiting.answer.headers['retry-after']).toBe('5');
      expect(waiting.beforeGuard).toBe(true);
      // The API itself stays ready: reads go on.
      await request(api.getHttpServer()).get('/health/ready').expect(200);

      worker!.kill('SIGCONT');
      const retry = await until(
        () => iop.attempt('/invitation-response', answer, 'post', headers),
        (r) => r.status === 200,
      );
      expect(retry.body.revision).toBe(1);
      const steps = (await iop.read()).steps.filter((s: { action: string }) => s.action === 'INVITATION_ACCEPTED');
      expect(steps).toHaveLength(1);
    });
  });
});
