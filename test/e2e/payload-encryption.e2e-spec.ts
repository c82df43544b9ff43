import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import type { Principal } from '../../libs/identity/src';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { LEGAL_BASIS } from '../support/legal-basis';
import { connectTemporalClient } from '../support/temporal-client';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');
const UI_ORIGIN = 'http://temporal-ui.example:8080';

/** People and words found nowhere else, so that finding one in a history can only mean it was stored there. */
const OFFICER: Principal = {
  subject: 'officer:encryption-test',
  name: 'Ingegerd Qvarfordt-Pålsson',
  email: 'ingegerd.qvarfordt@kvarnbacken-region.example',
  role: 'officer',
  publicParty: 'Region Skåne',
};
const ORGANISATION = { name: 'Föreningen Zwölfhamns Fyrvaktare', organisationNumber: '802456-1238' };
const CHALLENGE = 'Ensamhet bland fyrvaktarna på Zwölfhamns skär';
// Short enough to travel in the move itself: a text of 72 characters or more is stored by its SHA-256 and the history
// holds only the reference (test/e2e/text-claim-check.e2e-spec.ts).
const MINUTES = 'Qvarfordt visade sjökortet över Zwölfhamns skär.';
const ATTENDEE = 'Torgny Åkesson-Lindqvarn';
const SECRETS = [OFFICER.name, OFFICER.email!, ORGANISATION.name, CHALLENGE, MINUTES, ATTENDEE];

/** A partnership moved by OFFICER, with the distinctive texts in its problem definition and its dialogue. */
class DistinctivePartnership extends LifecycleClient {
  override principalOf(party: string): Principal {
    return party === 'PUBLIC' ? OFFICER : super.principalOf(party);
  }

  override async create(): Promise<void> {
    const response = await this.http()
      .post('/partnerships')
      .set(await bearer(OFFICER))
      .send({ title: 'Fyrvaktarnas partnerskap', publicParty: { name: OFFICER.publicParty }, organisations: [ORGANISATION] })
      .expect(201);
    this.id = response.body.id;
  }

  override async toDrafting(organisations: string[]): Promise<void> {
    await this.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: CHALLENGE,
      targetGroup: 'Fyrvaktare',
      goals: ['Fler besök'],
      developmentAreas: ['COLLABORATION'],
    });
    for (const o of organisations) await this.move('/problem-definition/agreements', { party: o });
    await this.move('/meetings', {
      party: 'PUBLIC',
      date: '2026-11-20',
      minutes: MINUTES,
      attendees: [{ party: 'PUBLIC', names: [OFFICER.name, ATTENDEE] }],
    });
    await this.move('/shared-goal', { party: 'PUBLIC', sharedGoal: 'Ett gemensamt mål' }, 'put');
    await this.move('/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS });
    await this.move('/dialogue/close', { party: 'PUBLIC' });
  }
}

/** `temporal workflow show --output json`, asynchronously: with a codec endpoint, the CLI calls back into this process's API. */
function showHistory(workflowId: string, extra: string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [
      'workflow',
      'show',
      '--workflow-id',
      workflowId,
      '--address',
      process.env.TEMPORAL_ADDRESS!,
      '--namespace',
      'default',
      '--output',
      'json',
      ...extra,
    ];
    const child = spawn(join(root, '.tools', 'venv', 'bin', 'temporal'), args, {
      env: { PATH: process.env.PATH, HOME: process.env.IOP_TEST_WORK_DIR },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => (status === 0 ? resolve(stdout) : reject(new Error(`temporal workflow show exited ${status}: ${stderr}`))));
  });
}

/** The history's text as a reader of the stored JSON gets it: the JSON itself and every base64 value decoded. */
function readableText(json: string): string {
  const decoded: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string' && value.length >= 4 && /^[A-Za-z0-9+/]+={0,2}$/.test(value))
      decoded.push(Buffer.from(value, 'base64').toString('utf8'));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(json));
  return `${json}\n${decoded.join('\n')}`;
}

/** The base64 a text becomes at each of the three byte offsets it can start at inside a longer value. */
function base64Forms(text: string): string[] {
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), Buffer.from(text)]).toString('base64');
    const stable = Math.floor((offset + Buffer.byteLength(text)) / 3) * 4;
    return encoded.slice(offset ? 4 : 0, stable);
  });
}

describe('payload encryption', () => {
  process.env.TEMPORAL_UI_ORIGIN = UI_ORIGIN;
  const app = useApiAndWorker('payload-encryption');
  const http = () => request(app().getHttpServer());
  let iop: DistinctivePartnership;

  beforeAll(async () => {
    iop = new DistinctivePartnership(app());
    await iop.create();
    await iop.move('/invitation-response', { party: ORGANISATION.organisationNumber, accept: true });
    await iop.toSignature([ORGANISATION.organisationNumber]);
    // signatoryName: the officer's name from the token.
    await iop.move('/signatures', { party: 'PUBLIC' });
  });

  afterAll(() => {
    delete process.env.TEMPORAL_UI_ORIGIN;
  });

  it("keeps no person's or organisation's name, nor any text of the moves, in Temporal's history, not even as base64", async () => {
    const raw = await showHistory(`partnership-${iop.id}`);
    expect(JSON.parse(raw).events.length).toBeGreaterThan(20);
    const text = readableText(raw);
    expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
    expect(SECRETS.flatMap(base64Forms).filter((form) => raw.includes(form))).toEqual([]);
    expect(raw).toContain(Buffer.from('binary/encrypted').toString('base64'));
  });

  it("shows the history in clear to the temporal CLI through the codec endpoint with an auditor's token", async () => {
    const { port } = app().getHttpServer().address() as AddressInfo;
    const token = (await bearer(AUDITOR)).Authorization;
    const since = new Date();
    const decoded = await showHistory(`partnership-${iop.id}`, ['--codec-endpoint', `http://127.0.0.1:${port}/codec`, '--codec-auth', token]);
    const text = readableText(decoded);
    expect(SECRETS.filter((secret) => !text.includes(secret))).toEqual([]);

    // The CLI's calls only: other test files send this auditor's bad bodies to the same route in the same database.
    const audited = await withDatabase((db) =>
      db.query(
        `SELECT DISTINCT actor, outcome, status_code FROM audit_log WHERE action = 'POST /codec/decode' AND actor = $1 AND occurred_at >= $2`,
        [AUDITOR.email, since],
      ),
    );
    expect(audited.rows).toEqual([{ actor: AUDITOR.email, outcome: 'ACCEPTED', status_code: 200 }]);
  });

  it("shows the auditor's history route in clear", async () => {
    const history = await http()
      .get(`/partnerships/${iop.id}/history`)
      .set(await bearer(AUDITOR))
      .expect(200);
    const text = JSON.stringify(history.body);
    expect(SECRETS.filter((secret) => !text.includes(secret))).toEqual([]);
  });

  it.each([
    ['an officer', officerOf('Region Skåne')],
    ['a representative', representativeOf(ORGANISATION.organisationNumber)],
  ])('refuses the codec endpoint to %s: 403, logged', async (_who, principal) => {
    const response = await http()
      .post('/codec/decode')
      .set(await bearer(principal))
      .send({ payloads: [] });
    expect({ status: response.status, code: response.body.code, messageSv: response.body.messageSv }).toEqual({
      status: 403,
      code: 'AUDITOR_ONLY',
      messageSv: 'Bara en granskare får dekryptera arbetsflödenas innehåll.',
    });
    const logged = await withDatabase((db) =>
      db.query(`SELECT outcome FROM audit_log WHERE action = 'POST /codec/decode' AND actor = $1`, [principal.email]),
    );
    expect(logged.rows).toEqual(expect.arrayContaining([{ outcome: 'REFUSED' }]));
  });

  it('refuses a body that is not payloads, naming the field, in English and Swedish', async () => {
    const auditor = await bearer(AUDITOR);
    const response = await http()
      .post('/codec/decode')
      .set(auditor)
      .send({ payloads: [{ metadata: { encoding: 'not base64!' }, data: 'eyJ9' }] });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      messageSv: expect.any(String),
      errors: [expect.objectContaining({ field: 'payloads.0.metadata', rule: 'isBase64Map' })],
    });
    const notAList = await http().post('/codec/decode').set(auditor).send({ payloads: 'eyJ9' });
    expect(notAList.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'payloads', rule: 'isArray' })]));
    // protobuf's JSON form leaves an empty list out, and the CLI sends just that.
    await http().post('/codec/decode').set(auditor).send({}).expect(200, { payloads: [] });
  });

  it('refuses a payload it cannot decrypt, naming the payload and the key id', async () => {
    const metadata = {
      encoding: Buffer.from('binary/encrypted').toString('base64'),
      'encryption-key-id': Buffer.from('retired-2019').toString('base64'),
    };
    const response = await http()
      .post('/codec/decode')
      .set(await bearer(AUDITOR))
      .send({ payloads: [{ metadata, data: Buffer.alloc(40).toString('base64') }] });
    expect({ status: response.status, code: response.body.code, field: response.body.errors?.[0]?.field }).toEqual({
      status: 400,
      code: 'PAYLOAD_NOT_DECRYPTABLE',
      field: 'payloads.0',
    });
    expect(response.body.message).toContain('retired-2019');
    expect(response.body.messageSv).toContain('payloads.0');
  });

  it("answers the Web UI's preflight without a token, and its calls with CORS headers; other origins get none", async () => {
    const preflight = await http()
      .options('/codec/decode')
      .set('Origin', UI_ORIGIN)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,x-namespace');
    expect(preflight.status).toBe(204);
    expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': UI_ORIGIN, 'access-control-allow-methods': 'POST' });
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization.*Content-Type.*X-Namespace/);

    const call = await http()
      .post('/codec/decode')
      .set('Origin', UI_ORIGIN)
      .set(await bearer(AUDITOR))
      .send({ payloads: [] });
    expect({ status: call.status, body: call.body, origin: call.headers['access-control-allow-origin'] }).toEqual({
      status: 200,
      body: { payloads: [] },
      origin: UI_ORIGIN,
    });
    const unauthenticated = await http().post('/codec/decode').set('Origin', UI_ORIGIN).send({ payloads: [] });
    expect({ status: unauthenticated.status, origin: unauthenticated.headers['access-control-allow-origin'] }).toEqual({
      status: 401,
      origin: UI_ORIGIN,
    });

    const elsewhere = await http().options('/codec/decode').set('Origin', 'https://elsewhere.example').set('Access-Control-Request-Method', 'POST');
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps only the phase, the public party and organisation numbers in the search attributes, which codecs do not encrypt', async () => {
    const temporal = await connectTemporalClient();
    try {
      const { searchAttributes } = await temporal.workflow.getHandle(`partnership-${iop.id}`).describe();
      expect(
        Object.keys(searchAttributes)
          .filter((name) => name.startsWith('Iop'))
          .sort(),
      ).toEqual(['IopOrganisationNumbers', 'IopPhase', 'IopPublicParty']);
      expect(searchAttributes.IopPublicParty).toEqual(['Region Skåne']);
      expect(searchAttributes.IopOrganisationNumbers).toEqual([ORGANISATION.organisationNumber]);
      const text = JSON.stringify(searchAttributes);
      expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
    } finally {
      await temporal.connection.close();
    }
  });
});
