import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { bearer, officerOf } from '../support/tokens';

const SWEDISH = 'Åsa Öberg & Ärlig Förening – ”citat” é ü ß ø æ';

describe('input the API meets on a network', () => {
  const app = useApiAndWorker('robustness');
  let officer: { Authorization: string };
  const post = (path: string) => request(app().getHttpServer()).post(path).set(officer);

  beforeAll(async () => {
    officer = await bearer(officerOf('Region Skåne'));
  });

  it('refuses a body over the limit with 413, naming the limit', async () => {
    const response = await post('/partnerships')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ title: 'x'.repeat(300 * 1024) }));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(response.body.message).toContain('256kb');
    expect(response.body.messageSv).toBe('Begärans innehåll är större än 256kb.');
  });

  it('answers malformed JSON with 400 MALFORMED_JSON, in Swedish too', async () => {
    const response = await post('/partnerships').set('Content-Type', 'application/json').send('{"title": "Trasig",');
    expect({ status: response.status, code: response.body.code, messageSv: response.body.messageSv }).toEqual({
      status: 400,
      code: 'MALFORMED_JSON',
      messageSv: 'Begärans innehåll är inte giltig JSON.',
    });
  });

  it('answers deeply nested JSON with 400, not a crash', async () => {
    const depth = 5000;
    const nested = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const response = await post('/partnerships')
      .set('Content-Type', 'application/json')
      .send(`{"title":"Djup","publicParty":${nested},"organisations":[]}`);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'JSON_TOO_DEEP' });
    expect(response.body.messageSv).toContain('nästlat djupare');
    // And the API still answers afterwards.
    await request(app().getHttpServer())
      .get('/health')
      .expect((r) => expect([200, 503]).toContain(r.status));
  });

  it.each([
    ['text/plain', 'title=Fel'],
    ['application/x-www-form-urlencoded', 'title=Fel&publicParty=Region'],
    ['application/xml', '<partnership><title>Fel</title></partnership>'],
  ])('refuses a body sent as %s with 415', async (type, body) => {
    const response = await post('/partnerships').set('Content-Type', type).send(body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(response.body.messageSv).toBe('Skicka innehållet som application/json.');
  });

  it('names every missing field of an empty JSON object, nested objects included', async () => {
    const response = await post('/partnerships').send({});
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'publicParty', 'organisations']));
  });

  it('accepts JSON as deep as a real request nests, and a body with a charset parameter', async () => {
    const response = await post('/partnerships')
      .set('Content-Type', 'application/json; charset=utf-8')
      .send(
        JSON.stringify({
          title: 'Djupt nog',
          publicParty: { name: 'Region Skåne' },
          organisations: [{ name: 'Förening', organisationNumber: '802456-1238' }],
        }),
      );
    expect(response.status).toBe(201);
  });

  it('refuses a JSON body that is not an object', async () => {
    for (const body of ['[]', '"text"', '42', 'null']) {
      const response = await post('/partnerships').set('Content-Type', 'application/json').send(body);
      expect(response.status).toBe(400);
    }
  });

  it('refuses a JSON array as the body of any route with 400 naming the body, the sign-in of the demo users too', async () => {
    for (const path of ['/partnerships', '/auth/dev/token', '/signatories']) {
      const response = await post(path).set('Content-Type', 'application/json').send('[null, null]');
      expect({ path, status: response.status, errors: response.body.errors }).toEqual({
        path,
        status: 400,
        errors: [
          {
            field: '(body)',
            rule: 'isObject',
            message: 'Send the fields of this request as a JSON object.',
            messageSv: 'Skicka begärans fält som ett JSON-objekt.',
          },
        ],
      });
    }
  });

  it('keeps Swedish text in every text field exactly as sent', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [{ name: `${SWEDISH} (förening)`, organisationNumber: '802456-1238' }], `IOP: ${SWEDISH}`);
    await iop.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: `Utmaning: ${SWEDISH}`,
      targetGroup: `Målgrupp: ${SWEDISH}`,
      goals: [`Mål: ${SWEDISH}`],
    });
    await iop.move('/problem-definition/agreements', { party: '802456-1238' });
    await iop.move('/inputs', { party: '802456-1238', text: `Synpunkt: ${SWEDISH}` });
    await iop.move('/meetings', {
      party: 'PUBLIC',
      date: '2026-11-23',
      minutes: `Protokoll: ${SWEDISH}`,
      attendees: [{ party: 'PUBLIC', names: [SWEDISH] }],
    });
    await iop.move('/shared-goal', { party: 'PUBLIC', sharedGoal: `Gemensamt mål: ${SWEDISH}` }, 'put');
    const p = await iop.read();
    expect(p.title).toBe(`IOP: ${SWEDISH}`);
    expect(p.organisations[0].name).toBe(`${SWEDISH} (förening)`);
    expect(p.problemDefinition).toMatchObject({ challenge: `Utmaning: ${SWEDISH}`, targetGroup: `Målgrupp: ${SWEDISH}`, goals: [`Mål: ${SWEDISH}`] });
    expect(p.dialogue.inputs[0].text).toBe(`Synpunkt: ${SWEDISH}`);
    expect(p.dialogue.meetings[0]).toMatchObject({ minutes: `Protokoll: ${SWEDISH}`, attendees: [{ party: 'PUBLIC', names: [SWEDISH] }] });
    expect(p.dialogue.sharedGoal).toBe(`Gemensamt mål: ${SWEDISH}`);
  });
});
