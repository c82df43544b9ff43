import { randomUUID } from 'node:crypto';
import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { SKANE, startApi, startWorker, useOwnTaskQueue } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';

const ORG = SKANE.natverket.organisationNumber;

/**
 * A move waits for a worker to take the workflow's task. With none polling its task queue (every worker stopped),
 * the caller still gets an answer: 503 MOVE_NOT_ANSWERED after TEMPORAL_MOVE_TIMEOUT_SECONDS, in both languages,
 * and a retry under the same Idempotency-Key once a worker is back learns the outcome with the move applied once.
 */
describe('a move nobody takes', () => {
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;
  const saved = process.env.TEMPORAL_MOVE_TIMEOUT_SECONDS;

  beforeAll(async () => {
    useOwnTaskQueue('move-timeout');
    process.env.TEMPORAL_MOVE_TIMEOUT_SECONDS = '3';
    worker = await startWorker();
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
    await worker?.close();
    process.env.TEMPORAL_MOVE_TIMEOUT_SECONDS = saved;
  });

  it('answers 503 MOVE_NOT_ANSWERED while no worker runs, and a retry under the same key applies the move once', async () => {
    const iop = new LifecycleClient(api);
    await iop.create('Region Skåne', [SKANE.natverket]);
    await worker!.close();
    worker = undefined;

    const headers = { 'Idempotency-Key': `timeout-${randomUUID()}` };
    const answer = { party: ORG, accept: true };
    const waiting = await iop.attempt('/invitation-response', answer, 'post', headers);
    expect(waiting.status).toBe(503);
    expect(waiting.body).toMatchObject({
      code: 'MOVE_NOT_ANSWERED',
      message: expect.stringContaining('same Idempotency-Key'),
      messageSv: expect.stringContaining('samma Idempotency-Key'),
    });
    const accepted = async () => (await iop.read()).steps.filter((s: { action: string }) => s.action === 'INVITATION_ACCEPTED');
    // Reads do not need a worker, and nothing is recorded yet.
    expect(await accepted()).toHaveLength(0);

    worker = await startWorker();
    const retry = await iop.attempt('/invitation-response', answer, 'post', headers);
    expect(retry.status).toBe(200);
    expect(await accepted()).toHaveLength(1);
  });
});
