import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentStore, HandlingsRepository } from '../../libs/database/src';
import { useApiAndWorker, useOwnDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, officerOf, representativeOf, secondOfficerOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const N = NATVERKET.organisationNumber;
const V = VARSTA.organisationNumber;

// The periods are set around the year the test runs in, so that "in force during a year" has the same answer in any.
const Y = new Date().getUTCFullYear();

const CONTACT = { name: 'Karin Holm', email: 'karin.holm@natverket.example', phone: '070-123 45 67' };
const ATTENDEES = ['Anna Lindqvist', 'Erik Nätverksson'];
const SECRET_SUBJECT = 'Hälsouppgifter om en deltagare';
const SECRET_SENDER = 'Sven Svensson';

/**
 * The public register of IOPs (GET /public/partnerships) over HTTP, without a token: the signed agreements in force
 * and ended with their public facts, filtered and validated, cached with an ETag, as JSON and as a Swedish CSV, and
 * nothing of the people who took part.
 */
describe('the public register of IOPs', () => {
  // The register lists every partnership of the database: a database of its own, so that other files' are not in it.
  useOwnDatabase('public_register');
  const app = useApiAndWorker('public-register');
  const http = () => request(app().getHttpServer());
  let inForce: LifecycleClient;
  let drafting: LifecycleClient;
  let ended: LifecycleClient;

  /** To all signatures, the draft with `overrides`: approved, decided, signed before legal force. */
  async function sign(
    iop: LifecycleClient,
    organisations: string[],
    overrides: Record<string, unknown>,
    decision: Record<string, unknown>,
    inDialogue?: () => Promise<void>,
  ) {
    await iop.toDrafting(organisations, { inDialogue });
    await iop.move('/drafts', iop.draft(organisations, overrides));
    for (const p of ['PUBLIC', ...organisations]) await iop.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    await iop.move('/decisions', { party: 'PUBLIC', outcome: 'APPROVED', ...decision });
    await iop.signBeforeLegalForce();
    for (const p of ['PUBLIC', ...organisations]) await iop.move('/signatures', { party: p });
  }

  /** A file marked secret under OSL, registered in the case, from a sender who is a person. */
  async function registerSecretHandling(processId: string): Promise<void> {
    const bytes = Buffer.from('%PDF-1.4\n% hemlig bilaga\n');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await app()
      .get(DataSource)
      .transaction(async (manager) => {
        await app()
          .get(DocumentStore)
          .store(manager, { sha256, mediaType: 'application/pdf', sizeBytes: bytes.length }, Readable.from([bytes]));
        await app()
          .get(HandlingsRepository)
          .register(manager, {
            processId,
            target: 'PROCESS',
            targetSeq: null,
            origin: 'RECEIVED',
            documentKind: 'CORRESPONDENCE',
            datedOn: `${Y}-01-15`,
            counterpart: SECRET_SENDER,
            subject: SECRET_SUBJECT,
            fileName: 'bilaga.pdf',
            contentSha256: sha256,
            secrecyProvision: 'OSL 26 kap. 1 §',
            secrecyDecidedBy: 'Registrator',
            retentionKind: 'DISPOSE',
            retentionYears: 2,
            registeredBy: officerOf('Region Skåne').name,
            registeredByParty: 'PUBLIC',
            requestId: 'public-register-test',
          });
      });
  }

  beforeAll(async () => {
    inForce = new LifecycleClient(app());
    await inForce.create('Region Skåne', [NATVERKET], 'Mötesplatser för äldre i Skåne');
    await inForce.move(
      `/organisations/${N}/profile`,
      { party: N, legalForm: 'NON_PROFIT_ASSOCIATION', registeredAsIdeburen: false, contact: CONTACT, attachments: [] },
      'put',
    );
    const meeting = async () => {
      await inForce.move('/meetings', {
        party: 'PUBLIC',
        date: `${Y}-01-10`,
        minutes: 'Första mötet',
        attendees: [
          { party: 'PUBLIC', names: [ATTENDEES[0]] },
          { party: N, names: [ATTENDEES[1]] },
        ],
      });
    };
    await sign(
      inForce,
      [N],
      {
        purpose: 'Fler mötesplatser för äldre',
        startDate: `${Y + 1}-01-01`,
        endDate: `${Y + 3}-12-31`,
        contributions: [
          { party: 'PUBLIC', amountSek: 900000, years: [0, 1, 2].map((i) => ({ year: Y + 1 + i, amountSek: 300000 })) },
          { party: N, amountSek: 0, ownContribution: 'Ideella krafter och lokaler' },
        ],
      },
      { body: 'Regionstyrelsen', meetingDate: `${Y}-02-10`, diarienummer: 'RS 2026/00321', paragraph: '§ 88' },
      meeting,
    );
    await app().get(HandlingsRepository).setDiarienummer(inForce.id, 'RS 2026/00321', officerOf('Region Skåne').name);
    await registerSecretHandling(inForce.id);

    drafting = new LifecycleClient(app());
    await drafting.create('Region Skåne', [VARSTA], 'Sommarlovsaktiviteter under utformning');
    await drafting.toDrafting([V]);

    ended = new LifecycleClient(app());
    await ended.create('Region Västernorrland', [VARSTA], 'Stöd till anhöriga i Västernorrland');
    await sign(
      ended,
      [V],
      { purpose: 'Stöd till anhöriga', startDate: `${Y - 1}-01-01`, endDate: `${Y + 10}-12-31`, terminationNoticeMonths: 0 },
      { body: 'Regionfullmäktige', meetingDate: `${Y - 2}-11-20`, diarienummer: 'RV 2024/55', paragraph: '§ 12' },
    );
    await ended.move('/termination', { party: 'PUBLIC', reason: 'Verksamheten upphör' });
  });

  const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

  it('lists a signed partnership in force with its public facts, to anyone without signing in', async () => {
    expect((await inForce.read()).phase).toBe('IMPLEMENTATION');
    const response = await http().get('/public/partnerships').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const entry = response.body.items.find((i: { partnershipId: string }) => i.partnershipId === inForce.id);
    expect(entry).toEqual({
      partnershipId: inForce.id,
      title: 'Mötesplatser för äldre i Skåne',
      status: 'IN_FORCE',
      publicParty: 'Region Skåne',
      organisations: [{ name: NATVERKET.name, organisationNumber: N, leftOn: null }],
      purpose: 'Fler mötesplatser för äldre',
      period: { start: `${Y + 1}-01-01`, end: `${Y + 3}-12-31` },
      ended: null,
      publicGrant: { totalSek: 900000, perYear: [0, 1, 2].map((i) => ({ year: Y + 1 + i, amountSek: 300000 })) },
      decision: { body: 'Regionstyrelsen', meetingDate: `${Y}-02-10`, diarienummer: 'RS 2026/00321', paragraph: '§ 88' },
      caseDiarienummer: 'RS 2026/00321',
    });
  });

  it('lists an ended partnership that was signed, with the day and reason it ended, and none still being drafted', async () => {
    const { body } = await http().get('/public/partnerships').expect(200);
    expect(titles(body)).not.toContain('Sommarlovsaktiviteter under utformning');
    const entry = body.items.find((i: { partnershipId: string }) => i.partnershipId === ended.id);
    expect(entry).toMatchObject({
      status: 'ENDED',
      publicParty: 'Region Västernorrland',
      organisations: [{ name: VARSTA.name, organisationNumber: V, leftOn: null }],
      ended: { on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), reason: 'TERMINATED' },
      decision: { body: 'Regionfullmäktige', diarienummer: 'RV 2024/55', paragraph: '§ 12' },
      // The case took the approving decision's diarienummer when its agreement was registered.
      caseDiarienummer: 'RV 2024/55',
    });
    // One entry per signed partnership: the one in force and the ended one.
    expect(body).toMatchObject({ page: 1, pageSize: 100, hasMore: false });
    expect(body.items).toHaveLength(2);
  });

  it('filters by public party, organisation, year in force and status', async () => {
    const list = async (query: Record<string, string | number>) => titles((await http().get('/public/partnerships').query(query).expect(200)).body);
    const inForceTitle = 'Mötesplatser för äldre i Skåne';
    const endedTitle = 'Stöd till anhöriga i Västernorrland';
    expect(await list({ publicParty: 'Region Skåne' })).toEqual([inForceTitle]);
    expect(await list({ publicParty: 'Region Västernorrland' })).toEqual([endedTitle]);
    expect(await list({ publicParty: 'Region Gotland' })).toEqual([]);
    // Without the dash too, as an organisationsnummer is often typed.
    expect(await list({ organisationNumber: V.replace('-', '') })).toEqual([endedTitle]);
    expect(await list({ organisationNumber: N })).toEqual([inForceTitle]);
    // The ended one was in force from Y-1 until it ended this year; the one in force starts next year.
    expect(await list({ year: Y + 1 })).toEqual([inForceTitle]);
    expect(await list({ year: Y - 1 })).toEqual([endedTitle]);
    expect(await list({ year: Y + 5 })).toEqual([]);
    expect(await list({ status: 'IN_FORCE' })).toEqual([inForceTitle]);
    expect(await list({ status: 'ENDED' })).toEqual([endedTitle]);
    expect(await list({ status: 'ENDED', publicParty: 'Region Skåne' })).toEqual([]);
  });

  it('pages through the register', async () => {
    const first = (await http().get('/public/partnerships').query({ pageSize: 1 }).expect(200)).body;
    const second = (await http().get('/public/partnerships').query({ pageSize: 1, page: 2 }).expect(200)).body;
    expect({ first: first.items.length, hasMore: first.hasMore }).toEqual({ first: 1, hasMore: true });
    expect({ second: second.items.length, hasMore: second.hasMore }).toEqual({ second: 1, hasMore: false });
    expect(first.items[0].partnershipId).not.toBe(second.items[0].partnershipId);
  });

  it.each([
    [{ year: 'abc' }, 'year', 'isYear'],
    [{ year: 1800 }, 'year', 'isYear'],
    [{ year: 2026.5 }, 'year', 'isYear'],
    [{ organisationNumber: '802456-1239' }, 'organisationNumber', 'isOrganisationNumber'],
    [{ status: 'ACTIVE' }, 'status', 'isIn'],
    [{ publicParty: 'R' }, 'publicParty', 'isLength'],
    [{ format: 'xml' }, 'format', 'isIn'],
    [{ pageSize: 5000 }, 'pageSize', 'max'],
    [{ colour: 'red' }, 'colour', 'whitelistValidation'],
  ])('refuses %j with a 400 naming the field and its rule in English and Swedish', async (query, field, rule) => {
    const response = await http().get('/public/partnerships').query(query).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', messageSv: expect.any(String) });
    expect(response.body.errors).toEqual([expect.objectContaining({ field, rule, message: expect.any(String), messageSv: expect.any(String) })]);
  });

  it('answers 304 to the ETag it gave while the register is unchanged, and a new ETag once it changed', async () => {
    const first = await http().get('/public/partnerships').expect(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers.vary).toMatch(/Accept/);
    const again = await http().get('/public/partnerships').set('If-None-Match', etag).expect(304);
    expect(again.text).toBeFalsy();
    // Another filter is another body, and so another tag.
    const filtered = await http().get('/public/partnerships').query({ status: 'ENDED' }).set('If-None-Match', etag).expect(200);
    expect(filtered.headers.etag).not.toBe(etag);

    // The registrator corrects the case's diarienummer: the register changes with it.
    await app().get(HandlingsRepository).setDiarienummer(ended.id, 'RV 2024/56', officerOf('Region Västernorrland').name);
    const changed = await http().get('/public/partnerships').set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.items.find((i: { partnershipId: string }) => i.partnershipId === ended.id).caseDiarienummer).toBe('RV 2024/56');
  });

  it('gives the register as a CSV for Swedish spreadsheets, by Accept or by ?format=csv', async () => {
    const byAccept = await http().get('/public/partnerships').set('Accept', 'text/csv').expect(200);
    const byQuery = await http().get('/public/partnerships').query({ format: 'csv' }).expect(200);
    for (const response of [byAccept, byQuery]) {
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="IOP-register.csv"');
      expect(response.headers.etag).toEqual(expect.any(String));
    }
    const csv = byQuery.text;
    expect(byAccept.text).toBe(csv);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csv.slice(1).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(header.split(';')).toEqual([
      'Titel',
      'Status',
      'Offentlig part',
      'Idéburna organisationer',
      'Syfte',
      'Gäller från',
      'Gäller till',
      'Avslutat den',
      'Orsak till avslut',
      'Offentligt bidrag totalt (kr)',
      'Offentligt bidrag per år (kr)',
      'Beslutande organ',
      'Beslutsdatum',
      'Beslutets diarienummer',
      'Paragraf',
      'Ärendets diarienummer',
    ]);
    const row = rows.find((r) => r.startsWith('Mötesplatser för äldre i Skåne;'))!;
    const years = [0, 1, 2].map((i) => `${Y + 1 + i}: 300000`).join('\n');
    expect(row).toBe(
      [
        'Mötesplatser för äldre i Skåne',
        'Gällande',
        'Region Skåne',
        `${NATVERKET.name} (${N})`,
        'Fler mötesplatser för äldre',
        `${Y + 1}-01-01`,
        `${Y + 3}-12-31`,
        '',
        '',
        '900000',
        `"${years}"`,
        'Regionstyrelsen',
        `${Y}-02-10`,
        'RS 2026/00321',
        '§ 88',
        'RS 2026/00321',
      ].join(';'),
    );
    expect(rows.find((r) => r.startsWith('Stöd till anhöriga i Västernorrland;'))).toContain(';Avslutat;Region Västernorrland;');
    // The CSV's tag is its own: a cache keeps the two formats apart.
    const json = await http().get('/public/partnerships').expect(200);
    expect(json.headers.etag).not.toBe(byQuery.headers.etag);
  });

  it('shows nothing of the people: no names or e-mails of those who signed in, signed, met or are contacts, nothing of a secret handling', async () => {
    const people = [
      officerOf('Region Skåne'),
      secondOfficerOf('Region Skåne'),
      officerOf('Region Västernorrland'),
      secondOfficerOf('Region Västernorrland'),
      representativeOf(N),
      representativeOf(V),
      AUDITOR,
    ];
    const forbidden = [
      ...people.flatMap((p) => [p.name, p.email!, p.subject]),
      CONTACT.name,
      CONTACT.email,
      CONTACT.phone,
      ...ATTENDEES,
      SECRET_SUBJECT,
      SECRET_SENDER,
      'OSL 26 kap',
    ];
    // The names really are in the case: the signatures carry the signed-in officer's and representative's names.
    const partnership = await inForce.read();
    expect(partnership.signatures.map((s: { signatoryName: string }) => s.signatoryName)).toContain(officerOf('Region Skåne').name);
    const json = (await http().get('/public/partnerships').expect(200)).text;
    const csv = (await http().get('/public/partnerships').query({ format: 'csv' }).expect(200)).text;
    for (const body of [json, csv]) {
      expect(forbidden.filter((value) => body.includes(value))).toEqual([]);
    }
  });
});
