import request from 'supertest';
import { SKANE, useApiAndWorker, withDatabase } from '../support/harness';
import { bearer, officerOf } from '../support/tokens';

const newPartnership = () => ({
  title: 'Idéburen sektor som utvecklingskraft i Skåne',
  publicParty: SKANE.publicParty,
  organisations: [SKANE.natverket],
});

describe('POST /partnerships and GET /partnerships/:id over HTTP, on real PostgreSQL and Temporal', () => {
  const app = useApiAndWorker('partnerships');
  let officer: { Authorization: string };
  const http = () => request.agent(app().getHttpServer()).set(officer);

  beforeAll(async () => {
    officer = await bearer(officerOf('Region Skåne'));
  });

  it('starts a partnership workflow whose first step is in the read model when the POST answers', async () => {
    const created = await http().post('/partnerships').set('X-Request-Id', 'req-e2e-create-0001').send(newPartnership()).expect(201);

    expect(created.headers.location).toBe(`/partnerships/${created.body.id}`);
    expect(created.body.workflowId).toBe(`partnership-${created.body.id}`);

    const read = await http().get(`/partnerships/${created.body.id}`).expect(200);
    expect(read.body).toMatchObject({
      id: created.body.id,
      title: 'Idéburen sektor som utvecklingskraft i Skåne',
      phase: 'PROBLEM_DEFINITION',
      publicParty: { name: 'Region Skåne' },
      organisations: [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238', status: 'INVITED' }],
      tasks: [{ type: 'RESPOND_TO_INVITATION', addressedTo: '802456-1238', status: 'OPEN' }],
    });
    expect(read.body.steps).toHaveLength(1);
    expect(read.body.steps[0]).toMatchObject({
      phase: 'PROBLEM_DEFINITION',
      action: 'PARTNERSHIP_OPENED',
      responsibleKind: 'PUBLIC',
      // Rules version 3: the opening aims for its phase's level, and none is chosen yet.
      levelAimedFor: null,
      levelReached: 'INFORMATION',
      evidence: { informed: ['802456-1238'] },
    });

    // The request id travels from the HTTP request through the workflow into the activity's row.
    const requestIds = await withDatabase((db) => db.query('SELECT request_id FROM step_records WHERE process_id = $1', [created.body.id]));
    expect(requestIds.rows).toEqual([{ request_id: 'req-e2e-create-0001' }]);
  });

  it('accepts an organisationsnummer written without the dash and stores it as NNNNNN-NNNN', async () => {
    const body = { ...newPartnership(), organisations: [{ name: 'Vårsta Diakonigård', organisationNumber: '8020034529' }] };
    const created = await http().post('/partnerships').send(body).expect(201);
    expect(created.body.organisations[0].organisationNumber).toBe('802003-4529');
  });

  it('answers a retry with the same Idempotency-Key with the same partnership and starts no second workflow', async () => {
    const key = `e2e-idem-${Date.now()}`;
    const first = await http().post('/partnerships').set('Idempotency-Key', key).send(newPartnership()).expect(201);
    const retry = await http().post('/partnerships').set('Idempotency-Key', key).send(newPartnership()).expect(201);

    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const rows = await withDatabase(async (db) => ({
      partnerships: (await db.query('SELECT count(*)::int AS n FROM partnerships WHERE id = $1', [first.body.id])).rows[0].n,
      steps: (await db.query('SELECT count(*)::int AS n FROM step_records WHERE process_id = $1', [first.body.id])).rows[0].n,
    }));
    expect(rows).toEqual({ partnerships: 1, steps: 1 });
  });

  it('refuses an Idempotency-Key reused for a different request with 422', async () => {
    const key = `e2e-reuse-${Date.now()}`;
    await http().post('/partnerships').set('Idempotency-Key', key).send(newPartnership()).expect(201);
    const reused = await http()
      .post('/partnerships')
      .set('Idempotency-Key', key)
      .send({ ...newPartnership(), title: 'Ett annat partnerskap' })
      .expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('answers a bad request with 400 naming each field and rule, and writes nothing', async () => {
    // Marks that only this request carries, so that what other test files write meanwhile does not count.
    const mark = `e2e-bad-${Date.now()}`;
    const response = await http()
      .post('/partnerships')
      .set('Idempotency-Key', mark)
      .send({
        title: '',
        publicParty: { name: 'Region Skåne' },
        organisations: [{ name: `Vårsta Diakonigård ${mark}`, organisationNumber: '802003-4528' }],
        budget: 1000,
      })
      .expect(400);

    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', rule: 'isLength' }),
        expect.objectContaining({ field: 'budget', rule: 'whitelistValidation' }),
        expect.objectContaining({
          field: 'organisations.0.organisationNumber',
          rule: 'isOrganisationNumber',
          message: 'The check digit of the organisation number is wrong (Luhn algorithm).',
          messageSv: 'Organisationsnumrets kontrollsiffra stämmer inte (Luhn-algoritmen).',
        }),
      ]),
    );
    const written = await withDatabase(async (db) => ({
      parties: (await db.query('SELECT count(*)::int AS n FROM parties WHERE name = $1', [`Vårsta Diakonigård ${mark}`])).rows[0].n,
      keys: (await db.query('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', [mark])).rows[0].n,
      partnerships: (await db.query(`SELECT count(*)::int AS n FROM partnerships WHERE state::text LIKE $1`, [`%${mark}%`])).rows[0].n,
    }));
    expect(written).toEqual({ parties: 0, keys: 0, partnerships: 0 });
  });

  it('refuses a partnership without organisations, and one naming the same organisation twice', async () => {
    const none = await http()
      .post('/partnerships')
      .send({ ...newPartnership(), organisations: [] })
      .expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'organisations', rule: 'arrayMinSize' })]);

    const twice = await http()
      .post('/partnerships')
      .send({ ...newPartnership(), organisations: [SKANE.natverket, { ...SKANE.natverket, organisationNumber: '8024561238' }] })
      .expect(422);
    expect(twice.body).toMatchObject({ code: 'ORGANISATION_DUPLICATE', messageSv: expect.stringContaining('802456-1238') });
  });

  it('answers malformed JSON and a wrong id with 400, and an unknown partnership with 404', async () => {
    const malformed = await http().post('/partnerships').set('Content-Type', 'application/json').send('{"title": ').expect(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_JSON' });

    const badId = await http().get('/partnerships/not-a-uuid').expect(400);
    expect(badId.body.errors).toEqual([
      {
        field: 'id',
        rule: 'isUuid',
        message: 'This is not the id of anything here (a UUID is expected).',
        messageSv: 'Det här är inte id för något här (ett UUID väntas).',
      },
    ]);

    const unknown = await http().get('/partnerships/6f1d4d3e-8a55-4c4b-9a43-2b7c1f9e0d11').expect(404);
    expect(unknown.body.code).toBe('PARTNERSHIP_NOT_FOUND');
  });

  it('records every command in the audit log, accepted or refused, with its request id', async () => {
    await http().post('/partnerships').set('X-Request-Id', 'req-audit-accepted').send(newPartnership()).expect(201);
    await http().post('/partnerships').set('X-Request-Id', 'req-audit-refused').send({}).expect(400);

    const entries = await withDatabase((db) =>
      db.query(
        `SELECT request_id, actor, actor_role, actor_public_party, action, outcome, status_code, reason FROM audit_log
         WHERE request_id IN ('req-audit-accepted', 'req-audit-refused') ORDER BY id`,
      ),
    );
    const who = { actor: 'officer@region-sk-ne.example', actor_role: 'officer', actor_public_party: 'Region Skåne', action: 'POST /partnerships' };
    expect(entries.rows).toEqual([
      { request_id: 'req-audit-accepted', ...who, outcome: 'ACCEPTED', status_code: 201, reason: null },
      { request_id: 'req-audit-refused', ...who, outcome: 'REFUSED', status_code: 400, reason: 'VALIDATION_FAILED' },
    ]);
  });

  it('serves the OpenAPI document with the partnership routes and the error body', async () => {
    const document = await http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/partnerships',
        '/partnerships/{id}',
        '/health',
        '/partnerships/{id}/problem-definition',
        '/partnerships/{id}/drafts/{version}/reviews',
        '/partnerships/{id}/decisions',
        '/partnerships/{id}/signatures',
        '/partnerships/{id}/follow-ups/{dueDate}/reports',
        '/partnerships/{id}/termination',
        '/organisations/{organisationNumber}/tasks',
        '/codec/decode',
      ]),
    );
    expect(document.body.paths['/partnerships/{id}/signatures'].post.responses).toHaveProperty('409');
    expect(document.body.components.schemas).toHaveProperty('CreatePartnershipDto');
    expect(document.body.components.schemas).toHaveProperty('ApiErrorBody');
    const page = await http().get('/docs').expect(200);
    expect(page.text).toContain('swagger-ui');
  });
});
