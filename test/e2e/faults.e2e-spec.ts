import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { runMigrations } from '../../libs/database/src/migrate';
import { freePort } from '../../libs/devstack/src/ports';
import { findTemporalCli, startTemporalDevServer, TemporalDevServer } from '../../libs/devstack/src/temporal-server';
import { startApi, startWorker, useOwnTaskQueue, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { exited, holdPartnershipWrites, openedByWorker, spawnWorker, until } from '../support/processes';
import { ScratchPostgres } from '../support/scratch-postgres';

const ORG = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };

const stepCount = (partnershipId: string, action: string, url = process.env.DATABASE_URL) =>
  withDatabase(
    async (db) =>
      (await db.query(`SELECT count(*)::int AS n FROM step_records WHERE process_id = $1 AND action = $2`, [partnershipId, action])).rows[0].n,
    url,
  );

/** Real processes stopped at the wrong moment: nothing is lost, nothing is done twice, and the API says 503, never 500. */
describe('faults', () => {
  describe('the worker is killed (SIGKILL) in the middle of an activity', () => {
    let api: INestApplication;
    let worker: ChildProcess;

    beforeAll(async () => {
      useOwnTaskQueue('fault-worker');
      worker = spawnWorker({ TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE });
      api = await startApi();
      // /health is 200 without a worker; its reported condition says when the spawned one polls.
      await until(
        () => request(api.getHttpServer()).get('/health'),
        (r) => r.body.conditions?.workerPolling?.status === 'up',
      );
    });

    afterAll(async () => {
      worker?.kill('SIGKILL');
      await api?.close();
    });

    it('goes on when the worker is started again, with exactly one record of that step', async () => {
      const iop = new LifecycleClient(api);
      await iop.create('Region Skåne', [ORG], 'Arbetaren dör');
      await openedByWorker(iop.id);
      const hold = await holdPartnershipWrites(process.env.DATABASE_URL!, iop.id);
      const answer = iop.attempt('/invitation-response', { party: ORG.organisationNumber, accept: true });
      // The worker's activity is in the middle of its write (the API's own write of the move waits as well).
      await hold.waitForBlockedWriter('iop-worker');

      worker.kill('SIGKILL');
      await exited(worker);
      await hold.release();
      worker = spawnWorker({ TEMPORAL_TASK_QUEUE: process.env.TEMPORAL_TASK_QUEUE });

      const response = await answer;
      expect(response.status).toBe(200);
      expect(await stepCount(iop.id, 'INVITATION_ACCEPTED')).toBe(1);
      const partnership = await iop.read();
      expect(partnership.organisations[0].status).toBe('ACCEPTED');
      // The partnership goes on, once the new worker takes the move: a client that gets 503 retries with the same
      // Idempotency-Key (the answer above may have come from the killed worker, and a new one starts slowly on a
      // loaded machine).
      const key = { 'Idempotency-Key': `fault-worker-${iop.id}` };
      const goesOn = await until(
        () => iop.attempt('/problem-definition', { party: 'PUBLIC', challenge: 'Fortsätter', targetGroup: 'Alla', goals: ['Mål'] }, 'post', key),
        (r) => r.status !== 503,
        90000,
      );
      expect(goesOn.status).toBe(200);
      expect(await stepCount(iop.id, 'PROBLEM_DEFINITION_PROPOSED')).toBe(1);
      const verification = await iop.get(`/partnerships/${iop.id}/verification`);
      expect(verification.body.valid).toBe(true);
    });
  });

  describe('PostgreSQL stops while an activity runs', () => {
    let postgres: ScratchPostgres;
    let api: INestApplication;
    let worker: INestApplicationContext;
    const shared = process.env.DATABASE_URL;

    beforeAll(async () => {
      postgres = await ScratchPostgres.create();
      process.env.DATABASE_URL = postgres.url;
      await runMigrations(postgres.url);
      useOwnTaskQueue('fault-postgres');
      worker = await startWorker();
      api = await startApi();
    });

    afterAll(async () => {
      await api?.close();
      await worker?.close();
      postgres?.stop();
      process.env.DATABASE_URL = shared;
    });

    it('answers 503 meanwhile, and completes the move once PostgreSQL is back', async () => {
      const iop = new LifecycleClient(api);
      await iop.create('Region Skåne', [ORG], 'Databasen stannar');
      const hold = await holdPartnershipWrites(postgres.url, iop.id);
      const answer = iop.attempt('/invitation-response', { party: ORG.organisationNumber, accept: true });
      await hold.waitForBlockedWriter('iop-worker');

      postgres.stop();
      await hold.release();
      const read = await iop.get(`/partnerships/${iop.id}`);
      expect({ status: read.status, code: read.body.code }).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      const move = await iop.attempt('/withdrawal', { party: ORG.organisationNumber, reason: 'Under avbrottet' });
      expect(move.status).toBe(503);

      postgres.start();
      const response = await answer;
      expect(response.status).toBe(200);
      expect(await stepCount(iop.id, 'INVITATION_ACCEPTED', postgres.url)).toBe(1);
      expect((await iop.read()).organisations[0].status).toBe('ACCEPTED');
    });
  });

  describe('the Temporal dev server stops and restarts on its persistent file', () => {
    let server: TemporalDevServer;
    let port: number;
    let dbFile: string;
    let api: INestApplication;
    let worker: INestApplicationContext;
    const shared = process.env.TEMPORAL_ADDRESS;
    const cli = findTemporalCli(process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..'))!;

    beforeAll(async () => {
      port = await freePort();
      dbFile = join(mkdtempSync(join(process.env.IOP_TEST_WORK_DIR ?? '/tmp', 'temporal-')), 'temporal.db');
      server = await startTemporalDevServer({ cli, port, dbFile });
      process.env.TEMPORAL_ADDRESS = server.address;
      useOwnTaskQueue('fault-temporal');
      worker = await startWorker();
      api = await startApi();
    });

    afterAll(async () => {
      await api?.close();
      await worker?.close();
      await server?.stop();
      process.env.TEMPORAL_ADDRESS = shared;
    });

    it('keeps running partnerships going after the restart; meanwhile moves answer 503 and reads still work', async () => {
      const iop = new LifecycleClient(api);
      await iop.create('Region Skåne', [ORG], 'Temporal startar om');
      await server.stop();

      // Named as Temporal's outage (not as a move no worker took), with Retry-After, within the move timeout; the
      // guard of the limit + 15 s only catches a request that hangs.
      const sent = Date.now();
      const move = await iop.attempt('/invitation-response', { party: ORG.organisationNumber, accept: true });
      expect({ status: move.status, code: move.body.code }).toEqual({ status: 503, code: 'TEMPORAL_UNAVAILABLE' });
      expect(move.headers['retry-after']).toBe('5');
      expect(Date.now() - sent).toBeLessThan((10 + 15) * 1000);
      await request(api.getHttpServer()).get('/health/ready').expect(503);
      await request(api.getHttpServer()).get('/health/live').expect(200);
      expect((await iop.read()).phase).toBe('PROBLEM_DEFINITION');

      server = await startTemporalDevServer({ cli, port, dbFile });
      const accepted = await until(
        () => iop.attempt('/invitation-response', { party: ORG.organisationNumber, accept: true }),
        (r) => r.status === 200,
      );
      expect(accepted.body.revision).toBe(1);
      expect((await iop.read()).organisations[0].status).toBe('ACCEPTED');
    });
  });

  describe('the API restarts between a command and the read that follows', () => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      useOwnTaskQueue('fault-api');
      worker = await startWorker();
    });

    afterAll(async () => {
      await worker?.close();
    });

    it('loses nothing', async () => {
      const first = await startApi();
      const iop = new LifecycleClient(first);
      await iop.create('Region Skåne', [ORG], 'API:t startar om');
      await iop.move('/invitation-response', { party: ORG.organisationNumber, accept: true });
      await first.close();

      const second = await startApi();
      try {
        const again = new LifecycleClient(second);
        again.id = iop.id;
        const partnership = await again.read();
        expect(partnership.organisations[0].status).toBe('ACCEPTED');
        expect(partnership.steps.map((s: { action: string }) => s.action)).toEqual(['PARTNERSHIP_OPENED', 'INVITATION_ACCEPTED']);
      } finally {
        await second.close();
      }
    });
  });
});
