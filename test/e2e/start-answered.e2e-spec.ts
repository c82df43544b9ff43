import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import request from 'supertest';
import { SKANE, startApi, startWorker, useOwnTaskQueue, withDatabase } from '../support/harness';
import { until } from '../support/processes';
import { connectTemporalClient } from '../support/temporal-client';
import { AUDITOR, bearer, officerOf } from '../support/tokens';

const ORG = SKANE.natverket.organisationNumber;

/**
 * A start answers once Temporal has recorded it and the API has written its opening, without waiting for a worker
 * to take the workflow's first task: the opening is decided from the workflow's input and start time, exactly as
 * the workflow decides it, and the workflow's own write of it (its local activity) then changes nothing.
 */
describe('a start answered before a worker takes it', () => {
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;
  let temporal: Client;

  beforeAll(async () => {
    useOwnTaskQueue('start-answered');
    api = await startApi();
    temporal = await connectTemporalClient();
  });
  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await temporal?.connection.close();
  });

  const http = () => request(api.getHttpServer());
  const asAuditor = async (path: string) =>
    http()
      .get(path)
      .set(await bearer(AUDITOR));
  const recorded = (id: string) =>
    withDatabase(async (db) => ({
      openings: (await db.query(`SELECT count(*)::int AS n FROM step_records WHERE process_id = $1 AND action = 'PARTNERSHIP_OPENED'`, [id])).rows[0]
        .n,
      steps: (await db.query(`SELECT count(*)::int AS n FROM step_records WHERE process_id = $1`, [id])).rows[0].n,
      audited: (
        await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE target = $1 AND action = 'POST /partnerships' AND outcome = 'ACCEPTED'`, [id])
      ).rows[0].n,
    }));

  it('answers 201 with the opening while no worker polls; the workflow decides the same opening once one does', async () => {
    const long = 'Ensamheten bland äldre i Skåne växer. '.repeat(40);
    const created = await http()
      .post('/partnerships')
      .set(await bearer(officerOf('Region Skåne')))
      .send({
        title: 'Svar före arbetaren',
        publicParty: SKANE.publicParty,
        organisations: [SKANE.natverket],
        // A long text travels by reference: the opening decided here holds the same reference as the workflow's.
        problemDefinition: {
          challenge: long,
          targetGroup: 'Äldre som bor ensamma',
          goals: ['Fler mötesplatser'],
          developmentAreas: ['COLLABORATION'],
        },
      });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(created.body.steps.map((s: { action: string }) => s.action)).toEqual(['PARTNERSHIP_OPENED', 'PROBLEM_DEFINITION_PROPOSED']);
    expect(created.body.problemDefinition.challenge).toBe(long);
    expect(await recorded(id)).toEqual({ openings: 1, steps: 2, audited: 1 });
    // The answer is made from the opening just written, not read back: it is the partnership's page as a read gives it.
    const page = await http()
      .get(`/partnerships/${id}`)
      .set(await bearer(officerOf('Region Skåne')));
    expect(page.status).toBe(200);
    expect(created.body).toEqual(page.body);
    // No worker has taken the workflow's first task yet: its history holds the start and the task waiting.
    const handle = temporal.workflow.getHandle(`partnership-${id}`);
    expect((await handle.fetchHistory()).events?.map((e) => e.workflowTaskCompletedEventAttributes).filter(Boolean)).toEqual([]);

    worker = await startWorker();
    // The workflow's first task ran its own write of the opening (a local activity's marker in its history)…
    await until(
      async () => (await handle.fetchHistory()).events ?? [],
      (events) => events.some((e) => e.markerRecordedEventAttributes),
    );
    // …which changed nothing: one opening, one audit entry, the chain intact, the read model the workflow's state.
    expect(await recorded(id)).toEqual({ openings: 1, steps: 2, audited: 1 });
    expect((await asAuditor(`/partnerships/${id}/verification`)).body.valid).toBe(true);
    expect((await asAuditor(`/partnerships/${id}/reconciliation`)).body).toMatchObject({
      consistent: true,
      differences: [],
      workflowStatus: 'RUNNING',
    });

    // And the partnership moves on as any other.
    const accepted = await http()
      .post(`/partnerships/${id}/invitation-response`)
      .set(await bearer({ subject: `rep:${ORG}`, name: 'Rep', role: 'organisation_rep', organisationNumber: ORG }))
      .send({ accept: true });
    expect(accepted.status).toBe(200);
    expect((await asAuditor(`/partnerships/${id}/reconciliation`)).body).toMatchObject({ consistent: true, differences: [] });
  });

  it("a retry under the same Idempotency-Key answers with the first attempt's partnership, its opening written once", async () => {
    worker ??= await startWorker();
    const key = `start-answered-${Date.now()}`;
    const attempt = async () =>
      http()
        .post('/partnerships')
        .set({ ...(await bearer(officerOf('Region Skåne'))), 'Idempotency-Key': key })
        .send({ title: 'Två försök', publicParty: SKANE.publicParty, organisations: [SKANE.natverket] });
    const first = await attempt();
    const second = await attempt();
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expect(await recorded(first.body.id)).toEqual({ openings: 1, steps: 1, audited: 1 });
  });
});
