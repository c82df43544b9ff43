import { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Client as TemporalClient } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { runMigrations } from '../../libs/database/src/migrate';
import { startApi, startWorker, useApiAndWorker, useOwnTaskQueue, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { ScratchPostgres } from '../support/scratch-postgres';
import { connectTemporalClient, decryptedHistory } from '../support/temporal-client';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

const ORG = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface HistoryEvent {
  eventType?: unknown;
  workflowExecutionUpdateAcceptedEventAttributes?: {
    protocolInstanceId?: string | null;
    acceptedRequest?: { input?: { name?: string | null; args?: unknown } | null } | null;
  } | null;
  workflowExecutionUpdateCompletedEventAttributes?: {
    meta?: { updateId?: string | null } | null;
    outcome?: { failure?: unknown; success?: unknown } | null;
  } | null;
}

/** The request ids of the updates Temporal applied to a partnership's workflow (every run), moves only. */
async function appliedMoveRequestIds(temporal: TemporalClient, partnershipId: string): Promise<string[]> {
  const { events } = await decryptedHistory(temporal, `partnership-${partnershipId}`);
  const applied: string[] = [];
  const accepted = new Map<string, string>();
  for (const event of (events ?? []) as HistoryEvent[]) {
    const acceptedAttributes = event.workflowExecutionUpdateAcceptedEventAttributes;
    if (acceptedAttributes?.acceptedRequest?.input?.name && acceptedAttributes.acceptedRequest.input.name !== 'awaitOpeningRecorded') {
      const args = (await import('@temporalio/common')).defaultPayloadConverter.fromPayload(
        (acceptedAttributes.acceptedRequest.input.args as { payloads: never[] }).payloads[0],
      ) as { requestId: string };
      accepted.set(String(acceptedAttributes.protocolInstanceId), args.requestId);
    }
    const completed = event.workflowExecutionUpdateCompletedEventAttributes;
    if (completed && !completed.outcome?.failure) {
      const requestId = accepted.get(String(completed.meta?.updateId));
      if (requestId) applied.push(requestId);
    }
  }
  return applied;
}

/** Sends a move until it is answered with something other than an outage, with one Idempotency-Key throughout. */
async function persist(send: (key: string) => Promise<request.Response>): Promise<request.Response> {
  const key = `durable-${randomUUID()}`;
  for (let attempt = 0; ; attempt++) {
    const response = await send(key).catch(() => undefined);
    if (response && response.status !== 503) return response;
    if (attempt > 200) throw new Error('The move was never answered');
    await sleep(250);
  }
}

describe('the audit trail', () => {
  describe('while PostgreSQL stops and starts under moves sent with retries', () => {
    let postgres: ScratchPostgres;
    let api: INestApplication;
    let worker: INestApplicationContext;
    let temporal: TemporalClient;
    const shared = process.env.DATABASE_URL;

    beforeAll(async () => {
      postgres = await ScratchPostgres.create();
      process.env.DATABASE_URL = postgres.url;
      await runMigrations(postgres.url);
      useOwnTaskQueue('audit-outage');
      worker = await startWorker();
      api = await startApi();
      temporal = await connectTemporalClient();
    });

    afterAll(async () => {
      await api?.close();
      await worker?.close();
      await temporal?.connection.close();
      postgres?.stop();
      process.env.DATABASE_URL = shared;
    });

    it('records every update Temporal applied as exactly one ACCEPTED entry, move by move', async () => {
      const partnerships = await Promise.all(
        [1, 2, 3].map(async (n) => {
          const iop = new LifecycleClient(api);
          await iop.create('Region Skåne', [ORG], `Avbrott ${n}`);
          return iop;
        }),
      );
      const storyOf = (iop: LifecycleClient) => async () => {
        const moves: [string, Record<string, unknown>, ('post' | 'put')?][] = [
          ['/invitation-response', { party: ORG.organisationNumber, accept: true }],
          ['/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet bland äldre', targetGroup: 'Äldre', goals: ['Mötesplatser'] }],
          ['/problem-definition/agreements', { party: ORG.organisationNumber }],
          ...Array.from({ length: 6 }, (_, i): [string, Record<string, unknown>] => [
            '/meetings',
            {
              party: 'PUBLIC',
              date: '2026-11-0' + (i + 1),
              attendees: [
                { party: 'PUBLIC', names: ['Anna'] },
                { party: ORG.organisationNumber, names: ['Erik'] },
              ],
              minutes: `Möte ${i + 1}`,
            },
          ]),
          ...Array.from({ length: 3 }, (_, i): [string, Record<string, unknown>] => [
            '/inputs',
            { party: ORG.organisationNumber, text: `Synpunkt ${i + 1}` },
          ]),
        ];
        for (const [path, body, method] of moves) {
          const response = await persist((key) => iop.attempt(path, body, method ?? 'post', { 'Idempotency-Key': key }));
          expect(response.status).toBe(200);
        }
      };
      const stories = Promise.all(partnerships.map((iop) => storyOf(iop)()));
      await sleep(400);
      postgres.stop();
      await sleep(2500);
      postgres.start();
      await sleep(300);
      postgres.stop();
      await sleep(1500);
      postgres.start();
      await stories;

      for (const iop of partnerships) {
        // The workflow's own writes may follow the answers: wait until the read model holds every move.
        const applied = await appliedMoveRequestIds(temporal, iop.id);
        expect(applied).toHaveLength(12);
        for (let i = 0; i < 100; i++) {
          const { rows } = await withDatabase((db) => db.query(`SELECT revision FROM partnerships WHERE id = $1`, [iop.id]), postgres.url);
          if (rows[0]?.revision === 12) break;
          await sleep(200);
        }
        const entries = await withDatabase(
          (db) =>
            db.query(
              `SELECT request_id AS "requestId", outcome FROM audit_log WHERE target = $1 AND action <> 'POST /partnerships' ORDER BY chain_seq`,
              [iop.id],
            ),
          postgres.url,
        );
        const accepted = entries.rows.filter((e) => e.outcome === 'ACCEPTED').map((e) => e.requestId);
        expect([...accepted].sort()).toEqual([...applied].sort());
        expect((await iop.get(`/partnerships/${iop.id}/verification`)).body.valid).toBe(true);
      }
    });
  });

  describe('entries and their chains', () => {
    const app = useApiAndWorker('audit-hygiene');
    const http = () => request(app().getHttpServer());
    const officer = officerOf('Region Skåne');

    const chainLength = (chainKey: string) =>
      withDatabase(
        async (db) =>
          (await db.query(`SELECT coalesce(max(seq), 0)::int AS n FROM hash_chain_heads WHERE chain_key = $1`, [chainKey])).rows[0]?.n ?? 0,
      );

    it('writes an accepted move once, under its route template, with the request id it came in', async () => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [ORG], 'Granskningsloggen');
      const response = await iop.attempt('/invitation-response', { party: ORG.organisationNumber, accept: true }, 'post', {
        'X-Request-Id': 'req-audit-0001',
      });
      expect(response.status).toBe(200);
      const rows = await withDatabase(
        async (db) =>
          (await db.query(`SELECT action, outcome, request_id, actor_organisation FROM audit_log WHERE target = $1 ORDER BY chain_seq`, [iop.id]))
            .rows,
      );
      expect(rows).toEqual([
        { action: 'POST /partnerships', outcome: 'ACCEPTED', request_id: expect.any(String), actor_organisation: null },
        {
          action: 'POST /partnerships/:id/invitation-response',
          outcome: 'ACCEPTED',
          request_id: 'req-audit-0001',
          actor_organisation: ORG.organisationNumber,
        },
      ]);
    });

    it('keeps anonymous and unroutable requests out of a partnership chain, with the path truncated and its length counted', async () => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [ORG], 'Skräp i loggen');
      const before = await chainLength(iop.id);
      const junk = 'x'.repeat(12_000);
      const anonymous = await http().post(`/partnerships/${iop.id}/${junk}`).send({});
      expect(anonymous.status).toBeGreaterThanOrEqual(400);
      const onRoute = await http().post(`/partnerships/${iop.id}/withdrawal`).send({ reason: 'anonym' });
      expect(onRoute.status).toBe(401);
      expect(await chainLength(iop.id)).toBe(before);
      const [entry] = await withDatabase(
        async (db) =>
          (
            await db.query(`SELECT action, target, chain_key, path, path_length FROM audit_log WHERE request_id = $1`, [
              anonymous.headers['x-request-id'],
            ])
          ).rows,
      );
      expect(entry).toEqual({ action: 'POST (no route)', target: null, chain_key: 'global', path: expect.any(String), path_length: 12_051 });
      expect(entry.path.length).toBe(200);
    });

    it('creates no chain for a partnership that does not exist', async () => {
      const unknown = randomUUID();
      const response = await http()
        .post(`/partnerships/${unknown}/withdrawal`)
        .set(await bearer(representativeOf(ORG.organisationNumber)))
        .send({ reason: 'Finns inte' });
      expect(response.status).toBe(404);
      const heads = await withDatabase(
        async (db) => (await db.query(`SELECT count(*)::int AS n FROM hash_chain_heads WHERE chain_key = $1`, [unknown])).rows[0].n,
      );
      expect(heads).toBe(0);
    });

    it('names the signed-in caller and the request id of a request refused before routing', async () => {
      const response = await http()
        .post('/partnerships')
        .set(await bearer(officer))
        .set('Content-Type', 'application/json')
        .send('{"title": "trasig json"');
      expect(response.status).toBe(400);
      const requestId = response.headers['x-request-id'];
      expect(requestId).toEqual(expect.any(String));
      const [entry] = await withDatabase(
        async (db) => (await db.query(`SELECT actor, actor_role, reason FROM audit_log WHERE request_id = $1`, [requestId])).rows,
      );
      expect(entry).toEqual({ actor: officer.email, actor_role: 'officer', reason: 'MALFORMED_JSON' });
    });

    it('chains every column of a step: a request id changed in SQL breaks the chain', async () => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [ORG], 'Begärans id i kedjan');
      await iop.move('/invitation-response', { party: ORG.organisationNumber, accept: true });
      await withDatabase((db) =>
        db.query(`UPDATE step_records SET request_id = 'someone-elses' WHERE process_id = $1 AND action = 'INVITATION_ACCEPTED'`, [iop.id]),
      );
      const verification = (
        await http()
          .get(`/partnerships/${iop.id}/verification`)
          .set(await bearer(AUDITOR))
          .expect(200)
      ).body;
      expect(verification.valid).toBe(false);
      expect(verification.firstBrokenLink).toMatchObject({ table: 'step_records', problem: 'CONTENT_ALTERED' });
    });

    it('checks decisions and signatures against the terms their chained steps hold', async () => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [ORG], 'Beslutet i kedjan');
      await iop.toSignature([ORG.organisationNumber]);
      await iop.move('/signatures', { party: 'PUBLIC' });
      const verify = async () =>
        (
          await http()
            .get(`/partnerships/${iop.id}/verification`)
            .set(await bearer(AUDITOR))
            .expect(200)
        ).body;
      expect((await verify()).valid).toBe(true);

      await withDatabase((db) => db.query(`UPDATE decisions SET diarienummer = 'RS 2026/99999' WHERE partnership_id = $1`, [iop.id]));
      expect((await verify()).firstBrokenLink).toMatchObject({ table: 'decisions', problem: 'RECORD_MISMATCH' });
      await withDatabase((db) => db.query(`UPDATE decisions SET diarienummer = 'RS 2026/00321' WHERE partnership_id = $1`, [iop.id]));
      expect((await verify()).valid).toBe(true);

      await withDatabase((db) => db.query(`UPDATE signatures SET signatory_name = 'Någon annan' WHERE partnership_id = $1`, [iop.id]));
      expect((await verify()).firstBrokenLink).toMatchObject({ table: 'signatures', problem: 'RECORD_MISMATCH' });
    });
  });
});
