import request from 'supertest';
import type { Client } from '@temporalio/client';
import { SKANE, useApiAndWorker, withDatabase } from '../support/harness';
import { connectTemporalClient } from '../support/temporal-client';
import { bearer, officerOf } from '../support/tokens';

/** An invented organisationsnummer of this run that passes the Luhn check, so that only this test's starts name it. */
function freshOrganisationNumber(): string {
  const digits = `80${String(Date.now() % 1e7).padStart(7, '0')}`.split('').map(Number);
  const sum = digits.reduce((total, digit, i) => {
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  const all = [...digits, (10 - (sum % 10)) % 10].join('');
  return `${all.slice(0, 6)}-${all.slice(6)}`;
}

const problemDefinition = {
  challenge: 'Ensamhet bland äldre i Skåne',
  targetGroup: 'Äldre över 75 år som bor ensamma',
  goals: ['Fler mötesplatser', 'Fler volontärer'],
  developmentAreas: ['COLLABORATION'],
};

describe('POST /partnerships with the whole start in one request, all or nothing', () => {
  const app = useApiAndWorker('start-in-one-request');
  let officer: { Authorization: string };
  let temporal: Client;
  const http = () => request.agent(app().getHttpServer()).set(officer);

  beforeAll(async () => {
    officer = await bearer(officerOf('Region Skåne'));
    temporal = await connectTemporalClient();
  });
  afterAll(() => temporal.connection.close());

  const rowsNaming = (title: string, organisationNumber: string) =>
    withDatabase(async (db) => ({
      processes: (await db.query('SELECT count(*)::int AS n FROM processes WHERE title = $1', [title])).rows[0].n,
      partnerships: (await db.query('SELECT count(*)::int AS n FROM partnerships WHERE title = $1', [title])).rows[0].n,
      parties: (await db.query('SELECT count(*)::int AS n FROM parties WHERE organisation_number = $1', [organisationNumber])).rows[0].n,
      tasks: (await db.query('SELECT count(*)::int AS n FROM tasks WHERE addressed_to = $1', [organisationNumber])).rows[0].n,
    }));

  /** The workflows naming the organisation, once Temporal's visibility has caught up with at least `atLeast`. */
  async function workflowsNaming(organisationNumber: string, atLeast: number): Promise<string[]> {
    for (;;) {
      const ids: string[] = [];
      for await (const execution of temporal.workflow.list({ query: `IopOrganisationNumbers = '${organisationNumber}'` }))
        ids.push(execution.workflowId);
      if (ids.length >= atLeast) return ids;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('starts with two organisations and a problem definition proposed by the public party, its own step after the opening', async () => {
    const second = { name: 'Vårsta Diakonigård', organisationNumber: freshOrganisationNumber() };
    const created = await http()
      .post('/partnerships')
      .send({ title: 'Trygg ålderdom i Skåne', publicParty: SKANE.publicParty, organisations: [SKANE.natverket, second], problemDefinition })
      .expect(201);

    const read = await http().get(`/partnerships/${created.body.id}`).expect(200);
    expect(read.body).toMatchObject({
      phase: 'PROBLEM_DEFINITION',
      problemDefinition: { ...problemDefinition, proposedBy: 'PUBLIC', agreedBy: ['PUBLIC'] },
      organisations: [
        { organisationNumber: '802456-1238', status: 'INVITED' },
        { organisationNumber: second.organisationNumber, status: 'INVITED' },
      ],
    });
    expect(read.body.steps.map((s: { action: string }) => s.action)).toEqual(['PARTNERSHIP_OPENED', 'PROBLEM_DEFINITION_PROPOSED']);
    const open = read.body.tasks
      .filter((t: { status: string }) => t.status === 'OPEN')
      .map((t: { type: string; addressedTo: string }) => `${t.type} ${t.addressedTo}`);
    expect(open.sort()).toEqual(
      [
        'RESPOND_TO_INVITATION 802456-1238',
        `RESPOND_TO_INVITATION ${second.organisationNumber}`,
        'AGREE_PROBLEM_DEFINITION 802456-1238',
        `AGREE_PROBLEM_DEFINITION ${second.organisationNumber}`,
      ].sort(),
    );
    // The workflow holds what the read model shows.
    const live = await http().get(`/partnerships/${created.body.id}/workflow-state`).expect(200);
    expect(live.body.problemDefinition).toMatchObject({ challenge: problemDefinition.challenge, proposedBy: 'PUBLIC' });
  });

  it('refuses a start with a bad problem definition and a bad second organisation, naming every field, and creates nothing', async () => {
    const title = `Ett start som avvisas ${Date.now()}`;
    const first = { name: 'Vårsta Diakonigård', organisationNumber: freshOrganisationNumber() };
    const body = {
      title,
      publicParty: SKANE.publicParty,
      organisations: [first, { name: 'Föreningen Gemenskap', organisationNumber: '802456-1239' }],
      problemDefinition: { ...problemDefinition, challenge: 'ab', goals: [] },
    };
    const refused = await http().post('/partnerships').set('X-Request-Id', `req-refused-start-${Date.now()}`).send(body).expect(400);

    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        {
          field: 'organisations.1.organisationNumber',
          rule: 'isOrganisationNumber',
          message: 'The check digit of the organisation number is wrong (Luhn algorithm).',
          messageSv: 'Organisationsnumrets kontrollsiffra stämmer inte (Luhn-algoritmen).',
        },
        { field: 'problemDefinition.challenge', rule: 'isLength', message: 'Enter at least 3 characters.', messageSv: 'Skriv minst 3 tecken.' },
        { field: 'problemDefinition.goals', rule: 'arrayMinSize', message: 'Enter at least one.', messageSv: 'Ange minst en.' },
      ]),
    );
    expect(await rowsNaming(title, first.organisationNumber)).toEqual({ processes: 0, partnerships: 0, parties: 0, tasks: 0 });
    const audit = await withDatabase((db) =>
      db.query(`SELECT outcome, status_code FROM audit_log WHERE request_id = $1`, [refused.headers['x-request-id']]),
    );
    expect(audit.rows).toEqual([{ outcome: 'REFUSED', status_code: 400 }]);

    // Corrected and sent again: one partnership, one workflow naming the organisation, not two.
    const corrected = { ...body, organisations: [first, SKANE.natverket], problemDefinition };
    const created = await http().post('/partnerships').send(corrected).expect(201);
    expect(await rowsNaming(title, first.organisationNumber)).toEqual({ processes: 1, partnerships: 1, parties: 1, tasks: 2 });
    expect(await workflowsNaming(first.organisationNumber, 1)).toEqual([created.body.workflowId]);
  });

  it('refuses a start that breaks a rule of the domain (one organisation named twice) with 422 before anything exists', async () => {
    const title = `Osparbar text ${Date.now()}`;
    const first = { name: 'Vårsta Diakonigård', organisationNumber: freshOrganisationNumber() };
    const refused = await http()
      .post('/partnerships')
      .send({ title, publicParty: SKANE.publicParty, organisations: [first, first], problemDefinition })
      .expect(422);
    expect(refused.body).toMatchObject({
      code: 'ORGANISATION_DUPLICATE',
      messageSv: expect.stringContaining(first.organisationNumber),
      errors: [
        {
          field: 'organisations.1.organisationNumber',
          rule: 'uniqueOrganisation',
          message: 'This organisation is already named above; name each organisation once.',
          messageSv: 'Organisationen finns redan med ovan; ange varje organisation en gång.',
        },
      ],
    });
    expect(await rowsNaming(title, first.organisationNumber)).toEqual({ processes: 0, partnerships: 0, parties: 0, tasks: 0 });
  });

  it('gives a retry with the same Idempotency-Key and body the same partnership, and refuses the key with another problem definition', async () => {
    const key = `start-${Date.now()}`;
    const first = { name: 'Vårsta Diakonigård', organisationNumber: freshOrganisationNumber() };
    const body = { title: `Ett start med nyckel ${key}`, publicParty: SKANE.publicParty, organisations: [first], problemDefinition };
    const one = await http().post('/partnerships').set('Idempotency-Key', key).send(body).expect(201);
    const again = await http().post('/partnerships').set('Idempotency-Key', key).send(body).expect(201);
    expect(again.body.id).toBe(one.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');

    const other = await http()
      .post('/partnerships')
      .set('Idempotency-Key', key)
      .send({ ...body, problemDefinition: { ...problemDefinition, challenge: 'En annan utmaning' } })
      .expect(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await rowsNaming(body.title, first.organisationNumber)).toMatchObject({ processes: 1, partnerships: 1 });
    expect(await workflowsNaming(first.organisationNumber, 1)).toEqual([one.body.workflowId]);
  });
});
