import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

// An organisation no other test grants de minimis aid or has declare: its ledger is this file's alone.
const HSO = { name: 'Handikappföreningarnas Samarbetsorgan', organisationNumber: '802011-2341' };
const ORG = HSO.organisationNumber;
const DECISION = {
  party: 'PUBLIC',
  body: 'Regionstyrelsen',
  meetingDate: '2026-11-20',
  diarienummer: 'RS 2026/00777',
  paragraph: '§ 9',
  outcome: 'APPROVED',
};

/** Exchange rates, the ledger across partnerships, and the ceiling at the approving decision, over HTTP. */
describe('the de minimis ledger (exchange rates, GET /organisations/:organisationNumber/de-minimis-ledger, the ceiling)', () => {
  const app = useApiAndWorker('de-minimis-ledger');
  const http = () => request(app().getHttpServer());
  const officer = () => bearer(officerOf('Region Skåne'));

  /** A partnership with HSO awaiting its political decision, its de minimis assessment granting `amountSek`. */
  async function awaitingDecision(amountSek: number): Promise<LifecycleClient> {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [HSO], `Stöd av mindre betydelse ${amountSek}`);
    await iop.toDrafting([ORG]);
    await iop.move('/state-aid', {
      party: 'PUBLIC',
      conclusion: 'DE_MINIMIS',
      reasons: 'Delvis ekonomisk verksamhet.',
      aid: [{ organisationNumber: ORG, amountSek }],
    });
    await iop.move('/drafts', iop.draft([ORG]));
    for (const p of ['PUBLIC', ORG]) await iop.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    return iop;
  }

  let first: LifecycleClient;

  beforeAll(async () => {
    first = await awaitingDecision(2_200_000); // EUR 200 000 at 11 kronor
  });

  it('refuses an approval granting de minimis aid while no exchange rate is recorded (409 EXCHANGE_RATE_MISSING), changing nothing', async () => {
    const before = await first.read();
    // Decided before any rate this suite records (the browser test records one from 2030): none is in force then.
    const refused = await first.attempt('/decisions', { ...DECISION, meetingDate: '2019-12-01' });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'EXCHANGE_RATE_MISSING' });
    expect(refused.body.messageSv).toMatch(/växelkurs/);
    const after = await first.read();
    expect({ phase: after.phase, revision: after.revision, decisions: after.decisions }).toEqual({
      phase: 'POLITICAL_APPROVAL',
      revision: before.revision,
      decisions: [],
    });
  });

  it('lets only officers record a rate, refuses bad input naming the field, and lists the rates to officers and auditors', async () => {
    const rep = await bearer(representativeOf(ORG));
    expect((await http().post('/exchange-rates').set(rep).send({ validFrom: '2020-01-01', sekPerEur: 11 })).status).toBe(403);
    const byAuditor = await http()
      .post('/exchange-rates')
      .set(await bearer(AUDITOR))
      .send({ validFrom: '2020-01-01', sekPerEur: 11 });
    expect({ status: byAuditor.status, code: byAuditor.body.code }).toEqual({ status: 403, code: 'READ_ONLY_ROLE' });
    const bad = await http()
      .post('/exchange-rates')
      .set(await officer())
      .send({ validFrom: '2026-02-30', sekPerEur: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['sekPerEur', 'validFrom']);
    const recorded = await http()
      .post('/exchange-rates')
      .set(await officer())
      .send({ validFrom: '2020-01-01', sekPerEur: 11 })
      .expect(201);
    expect(recorded.body).toMatchObject({ publicParty: 'Region Skåne', validFrom: '2020-01-01', sekPerEur: 11 });
    const listed = await http()
      .get('/exchange-rates')
      .set(await officer())
      .expect(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ validFrom: '2020-01-01', sekPerEur: 11 }));
    const audited = await http()
      .get('/exchange-rates')
      .query({ publicParty: 'Region Skåne' })
      .set(await bearer(AUDITOR))
      .expect(200);
    expect(audited.body).toContainEqual(expect.objectContaining({ publicParty: 'Region Skåne', validFrom: '2020-01-01' }));
    expect((await http().get('/exchange-rates').set(rep)).status).toBe(403);
  });

  it('approves within the ceiling, and the ledger shows the aid granted from the decision’s date to the officer, the auditor and the organisation', async () => {
    expect((await first.move('/decisions', DECISION)).phase).toBe('SIGNATURE');
    const read = async (principal: Parameters<typeof bearer>[0], query: Record<string, string> = {}) =>
      http()
        .get(`/organisations/${ORG}/de-minimis-ledger`)
        .query(query)
        .set(await bearer(principal));
    const ledger = (await read(officerOf('Region Skåne'))).body;
    expect(ledger).toMatchObject({ organisationNumber: ORG, publicParty: 'Region Skåne', runningTotalEurCents: 20_000_000 });
    expect(ledger.granted).toEqual([
      expect.objectContaining({ partnershipId: first.id, amountSek: 2_200_000, grantedOn: '2026-11-20', inWindow: true, eurCents: 20_000_000 }),
    ]);
    expect((await read(representativeOf(ORG), { publicParty: 'Region Skåne' })).body.runningTotalEurCents).toBe(20_000_000);
    expect((await read(AUDITOR, { publicParty: 'Region Skåne' })).status).toBe(200);
    const noParty = await read(AUDITOR);
    expect({ status: noParty.status, code: noParty.body.code }).toEqual({ status: 422, code: 'PUBLIC_PARTY_REQUIRED' });
    const poisoned = await read(AUDITOR, { publicParty: 'Region\u0000Skåne' });
    expect({ status: poisoned.status, field: poisoned.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'publicParty' });
    const otherRep = await read(representativeOf('802456-1238'), { publicParty: 'Region Skåne' });
    expect({ status: otherRep.status, code: otherRep.body.code }).toEqual({ status: 404, code: 'ORGANISATION_NOT_FOUND' });
  });

  it('refuses an approval that would take the organisation over its ceiling, showing the total, this aid and the ceiling, changing nothing', async () => {
    const second = await awaitingDecision(1_210_000); // EUR 110 000: EUR 310 000 in all
    const before = await second.read();
    const refused = await second.attempt('/decisions', { ...DECISION, diarienummer: 'RS 2026/00778' });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'DE_MINIMIS_CEILING_EXCEEDED' });
    for (const amount of ['EUR 200000.00 (SEK 2200000)', 'EUR 110000.00 (SEK 1210000)', 'EUR 300000.00 (SEK 3300000)']) {
      expect(refused.body.message).toContain(amount);
      expect(refused.body.messageSv).toContain(amount);
    }
    const after = await second.read();
    expect({ phase: after.phase, revision: after.revision, decisions: after.decisions }).toEqual({
      phase: 'POLITICAL_APPROVAL',
      revision: before.revision,
      decisions: [],
    });
    // A rejection needs no ledger and is recorded as before.
    const rejected = await second.move('/decisions', { ...DECISION, outcome: 'REJECTED', reasons: 'Taket för stöd av mindre betydelse.' });
    expect(rejected.phase).toBe('ENDED');
  });

  it('lets only as many of three concurrent approvals pass as the ceiling holds', async () => {
    // EUR 200 000 granted so far; EUR 50 000 each: two reach the ceiling exactly, the third would pass it. Sent at
    // once, each approval holds the organisation's lock from reading its ledger until it is recorded.
    const [a, b, c] = [await awaitingDecision(550_000), await awaitingDecision(550_000), await awaitingDecision(550_000)];
    const answers = await Promise.all([a, b, c].map((iop, i) => iop.attempt('/decisions', { ...DECISION, diarienummer: `RS 2026/0090${i}` })));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 409]);
    expect(answers.find((r) => r.status === 409)!.body.code).toBe('DE_MINIMIS_CEILING_EXCEEDED');
  });
});
