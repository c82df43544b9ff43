import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { temporal } from '@temporalio/proto';
import { PartnershipWorkflowClient } from '../../apps/api/src/partnerships/partnership-workflow.client';
import { awaitOpeningRecordedUpdate } from '../../workflows/partnership/messages';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { bearer, officerOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;
const EventType = temporal.api.enums.v1.EventType;

const meeting = (minutes: string) => ({
  party: 'PUBLIC',
  date: '2026-11-23',
  attendees: [
    { party: 'PUBLIC', names: ['Anna Lindqvist'] },
    { party: ORG, names: ['Erik Holm'] },
  ],
  minutes,
});

/**
 * Idempotency-Key as the IETF draft (httpapi-idempotency-key-header) describes it, over HTTP with the real API,
 * worker, PostgreSQL and Temporal: a key names one request (caller, method, route, body); its retry gets the first
 * answer, marked `Idempotent-Replayed`, and any other use of it is a 422 that changes nothing.
 */
describe('Idempotency-Key binds one request', () => {
  const app = useApiAndWorker('idempotency');

  const key = () => `idem-${randomUUID()}`;

  /** A partnership in its dialogue, where meetings (always the officer's) may be recorded again and again. */
  async function inDialogue(): Promise<LifecycleClient> {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.move('/invitation-response', { party: ORG, accept: true });
    await iop.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: 'Ensamhet och utanförskap',
      targetGroup: 'Äldre',
      goals: ['Fler mötesplatser'],
      developmentAreas: ['COLLABORATION'],
    });
    await iop.move('/problem-definition/agreements', { party: ORG });
    return iop;
  }

  async function stepsOf(iop: LifecycleClient, action: string): Promise<number> {
    return (await iop.read()).steps.filter((s: { action: string }) => s.action === action).length;
  }

  function expectReused(response: request.Response): void {
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.any(String),
      messageSv: expect.stringContaining('Idempotency-Key'),
      errors: [expect.objectContaining({ field: 'Idempotency-Key', rule: 'boundToFirstRequest' })],
    });
  }

  it('answers a retry with the same key and body with the first answer, marked Idempotent-Replayed, and applies the move once', async () => {
    const iop = await inDialogue();
    const headers = { 'Idempotency-Key': key() };
    const first = await iop.attempt('/meetings', meeting('Första mötet'), 'post', headers);
    const retry = await iop.attempt('/meetings', meeting('Första mötet'), 'post', headers);

    expect(first.status).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await stepsOf(iop, 'DIALOGUE_MEETING_HELD')).toBe(1);
  });

  it('answers a retry from what Temporal applied when the first answer was never stored', async () => {
    const iop = await inDialogue();
    const idempotencyKey = key();
    const first = await iop.attempt('/meetings', meeting('Mötet'), 'post', { 'Idempotency-Key': idempotencyKey });
    // As if the API had stopped between Temporal's answer and storing it: the retry must ask Temporal again.
    await withDatabase((db) => db.query('UPDATE idempotency_keys SET response = NULL WHERE key = $1', [idempotencyKey]));
    const retry = await iop.attempt('/meetings', meeting('Mötet'), 'post', { 'Idempotency-Key': idempotencyKey });

    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await stepsOf(iop, 'DIALOGUE_MEETING_HELD')).toBe(1);
  });

  it('refuses the same key with another body with 422 in both languages and applies nothing; a fresh key applies it', async () => {
    const iop = await inDialogue();
    const headers = { 'Idempotency-Key': key() };
    await iop.move('/meetings', meeting('Första mötet'), 'post');
    expect((await iop.attempt('/meetings', meeting('Andra mötet'), 'post', headers)).status).toBe(200);
    const revision = (await iop.read()).revision;

    const reused = await iop.attempt('/meetings', meeting('Tredje mötet'), 'post', headers);
    expectReused(reused);
    expect((await iop.read()).revision).toBe(revision);
    expect(await stepsOf(iop, 'DIALOGUE_MEETING_HELD')).toBe(2);

    const fresh = await iop.attempt('/meetings', meeting('Tredje mötet'), 'post', { 'Idempotency-Key': key() });
    expect(fresh.status).toBe(200);
    expect(fresh.headers['idempotent-replayed']).toBeUndefined();
    expect(await stepsOf(iop, 'DIALOGUE_MEETING_HELD')).toBe(3);
  });

  it("refuses another party's move sent with the same key, and the key on another route, with 422", async () => {
    const iop = await inDialogue();
    const headers = { 'Idempotency-Key': key() };
    expect((await iop.attempt('/meetings', meeting('Mötet'), 'post', headers)).status).toBe(200);
    const revision = (await iop.read()).revision;

    // The organisation's representative, for another move: the key is the officer's meeting.
    expectReused(await iop.attempt('/inputs', { party: ORG, text: 'Våra synpunkter.' }, 'post', headers));
    // The officer again, on another route.
    expectReused(await iop.attempt('/shared-goal', { party: 'PUBLIC', sharedGoal: 'Ett gemensamt mål' }, 'put', headers));

    expect((await iop.read()).revision).toBe(revision);
    expect(await stepsOf(iop, 'WRITTEN_INPUT_SUBMITTED')).toBe(0);
  });

  it('claims an expired key anew: the retry is a new request and applies its move', async () => {
    const iop = await inDialogue();
    const idempotencyKey = key();
    expect((await iop.attempt('/meetings', meeting('Mötet'), 'post', { 'Idempotency-Key': idempotencyKey })).status).toBe(200);
    const before = await withDatabase(async (db) => {
      const [row] = (
        await db.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1 RETURNING update_id`, [idempotencyKey])
      ).rows;
      return row.update_id as string;
    });

    const again = await iop.attempt('/meetings', meeting('Mötet'), 'post', { 'Idempotency-Key': idempotencyKey });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(await stepsOf(iop, 'DIALOGUE_MEETING_HELD')).toBe(2);
    const after = await withDatabase(
      async (db) => (await db.query(`SELECT update_id, expires_at > now() AS live FROM idempotency_keys WHERE key = $1`, [idempotencyKey])).rows[0],
    );
    expect(after).toEqual({ update_id: expect.not.stringMatching(before), live: true });
  });

  it('applies a move once when several retries with one key arrive at the same time', async () => {
    const iop = await inDialogue();
    const headers = { 'Idempotency-Key': key() };
    const answers = await Promise.all([1, 2, 3, 4].map(() => iop.attempt('/meetings', meeting('Samtidigt'), 'post', headers)));

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.revision)).size).toBe(1);
    expect(await stepsOf(iop, 'DIALOGUE_MEETING_HELD')).toBe(1);
  });

  it('binds a key on POST /partnerships to its caller, and audits its replay as REPLAYED', async () => {
    const idempotencyKey = key();
    const create = async (publicParty: string) =>
      request(app().getHttpServer())
        .post('/partnerships')
        .set({ ...(await bearer(officerOf(publicParty))), 'Idempotency-Key': idempotencyKey })
        .send({ title: 'Mötesplatser för äldre', publicParty: { name: publicParty }, organisations: [NATVERKET] });
    const first = await create('Region Skåne');
    const retry = await create('Region Skåne');
    const other = await create('Region Stockholm');

    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expectReused(other);
    const audit = await withDatabase(
      async (db) => (await db.query('SELECT outcome, request_id FROM audit_log WHERE target = $1 ORDER BY id', [first.body.id])).rows,
    );
    expect(audit).toEqual([
      { outcome: 'ACCEPTED', request_id: first.headers['x-request-id'] },
      { outcome: 'REPLAYED', request_id: retry.headers['x-request-id'] },
    ]);
  });

  it('audits as ACCEPTED exactly the updates Temporal applied, and each replay as REPLAYED', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    const replays: string[] = [];
    const send = async (path: string, body: Record<string, unknown>, idempotencyKey: string, method: 'post' | 'put' = 'post') => {
      const response = await iop.attempt(path, body, method, { 'Idempotency-Key': idempotencyKey });
      if (response.headers['idempotent-replayed'] === 'true') replays.push(response.headers['x-request-id']);
      return response;
    };
    const [invitation, input, definition, agreement, meetingKey] = [key(), key(), key(), key(), key()];

    await send('/invitation-response', { party: ORG, accept: true }, invitation);
    await send('/invitation-response', { party: ORG, accept: true }, invitation);
    // Too early (the dialogue has not begun): refused, the key stays claimed, and its retry below is sent again.
    expect((await send('/inputs', { party: ORG, text: 'Synpunkter.' }, input)).status).toBe(409);
    await send(
      '/problem-definition',
      { party: 'PUBLIC', challenge: 'Ensamhet', targetGroup: 'Äldre', goals: ['Mötesplatser'], developmentAreas: ['COLLABORATION'] },
      definition,
    );
    await Promise.all([1, 2, 3].map(() => send('/problem-definition/agreements', { party: ORG }, agreement)));
    expect((await send('/inputs', { party: ORG, text: 'Synpunkter.' }, input)).status).toBe(200);
    await send('/meetings', meeting('Mötet'), meetingKey);
    await withDatabase((db) => db.query('UPDATE idempotency_keys SET response = NULL WHERE key = $1', [meetingKey]));
    await send('/meetings', meeting('Mötet'), meetingKey);
    expectReused(await send('/meetings', meeting('Ett annat möte'), meetingKey));

    const audit = await withDatabase(
      async (db) => (await db.query(`SELECT outcome, request_id FROM audit_log WHERE target = $1 AND action <> 'POST /partnerships'`, [iop.id])).rows,
    );
    const accepted = audit.filter((r) => r.outcome === 'ACCEPTED');
    const replayed = audit.filter((r) => r.outcome === 'REPLAYED').map((r) => r.request_id);
    const applied = await appliedUpdates(iop.id);

    expect(applied).toHaveLength(5);
    expect(accepted).toHaveLength(applied.length);
    expect(replays).toHaveLength(4);
    expect(replayed.sort()).toEqual([...replays].sort());
  });

  /** The names of the updates the workflow completed without failure, as its history records them. */
  async function appliedUpdates(partnershipId: string): Promise<string[]> {
    const { events } = await app().get(PartnershipWorkflowClient).history(partnershipId);
    const nameOf = new Map<string, string>();
    const applied: string[] = [];
    for (const event of events) {
      if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED) {
        const accepted = event.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!;
        nameOf.set(accepted.meta!.updateId!, accepted.input!.name!);
      }
      if (event.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED) {
        const completed = event.workflowExecutionUpdateCompletedEventAttributes!;
        const name = nameOf.get(completed.meta!.updateId!)!;
        if (!completed.outcome?.failure && name !== awaitOpeningRecordedUpdate.name) applied.push(name);
      }
    }
    return applied;
  }
});
