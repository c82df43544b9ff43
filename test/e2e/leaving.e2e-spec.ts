import request from 'supertest';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const [N, V] = [NATVERKET.organisationNumber, VARSTA.organisationNumber];

/** Leaving a multi-organisation agreement over HTTP (rules version 3, which new partnerships open under). */
describe('an organisation leaves a multi-organisation agreement', () => {
  const app = useApiAndWorker('leaving');

  /** Two organisations, signed by all: the agreement is in force. */
  async function inForce(noticeMonths: number): Promise<LifecycleClient> {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA], 'Gemensamt partnerskap för uppsägningar');
    await iop.toDrafting([N, V]);
    await iop.move('/drafts', iop.draft([N, V], { terminationNoticeMonths: noticeMonths }));
    for (const p of ['PUBLIC', N, V]) await iop.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    await iop.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: '2026-11-20',
      diarienummer: 'RS 2026/00417',
      paragraph: '§ 21',
      outcome: 'APPROVED',
    });
    // In force at the last signature: the officer records that the parties sign before legal force (rules version 4).
    await iop.signBeforeLegalForce();
    for (const p of ['PUBLIC', N, V]) await iop.move('/signatures', { party: p });
    expect((await iop.read()).phase).toBe('IMPLEMENTATION');
    return iop;
  }

  const offered = async (iop: LifecycleClient, party: string) =>
    ((await iop.get(`/partnerships/${iop.id}/available-moves`, party)).body as { type: string }[]).map((m) => m.type);

  it('accepts each organisation notice, the second while the first runs, and keeps the agreement in force for the others', async () => {
    const iop = await inForce(6);
    expect(await offered(iop, N)).toContain('TERMINATE');
    const answer = await iop.move('/termination', { party: N, reason: 'Verksamheten flyttar till en annan region' });
    expect(answer.phase).toBe('IMPLEMENTATION');
    let p = await iop.read();
    expect(p.termination).toBeUndefined();
    expect(p.agreement).toBeDefined();
    expect(p.leavings).toEqual([
      expect.objectContaining({
        party: N,
        reason: 'Verksamheten flyttar till en annan region',
        effectiveDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    ]);
    expect(p.organisations.map((o: { status: string }) => o.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(p.steps.at(-1)).toMatchObject({ action: 'ORGANISATION_NOTICE_GIVEN', responsibleKind: 'ORGANISATION', responsibleOrganisationNumber: N });
    // Its own notice is not offered again; the other organisation's still is.
    expect(await offered(iop, N)).not.toContain('TERMINATE');
    expect(await offered(iop, V)).toContain('TERMINATE');

    const again = await iop.attempt('/termination', { party: N, reason: 'En gång till' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'NOTICE_ALREADY_GIVEN', messageSv: expect.stringContaining('redan sagt upp') });
    expect((await iop.read()).revision).toBe(p.revision);

    await iop.move('/termination', { party: V, reason: 'Styrelsebeslut om att avsluta' });
    p = await iop.read();
    expect(p.leavings.map((l: { party: string }) => l.party)).toEqual([N, V]);
    expect(p.phase).toBe('IMPLEMENTATION');

    // The dossier says who gave notice, when, and what it does.
    const dossier = await request(app().getHttpServer())
      .get(`/partnerships/${iop.id}/dossier?format=html`)
      .set(await bearer(AUDITOR))
      .expect(200);
    const text = dossier.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Uppsägningar');
    expect(text).toContain('Organisationen lämnar avtalet; det fortsätter för de övriga');
    expect(text).toContain('Styrelsebeslut om att avsluta');
  });

  it('lets an organisation with no notice period leave at once, and the public party notice then ends it for everyone', async () => {
    const iop = await inForce(0);
    await iop.move('/termination', { party: V, reason: 'Verksamheten läggs ned' });
    let p = await iop.read();
    expect(p.organisations.find((o: { organisationNumber: string }) => o.organisationNumber === V)).toMatchObject({ status: 'LEFT' });
    expect(p.phase).toBe('IMPLEMENTATION');
    expect(p.steps.slice(-2).map((s: { action: string }) => s.action)).toEqual(['ORGANISATION_NOTICE_GIVEN', 'ORGANISATION_LEFT']);
    // The read model's party row says so too, for the lists and reports that query it.
    const rows = await withDatabase((db) => db.query('SELECT party_key, status FROM parties WHERE process_id = $1 ORDER BY position', [iop.id]));
    expect(rows.rows.map((r: { status: string }) => r.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'LEFT']);
    // The organisation that left can make no move in it any more.
    expect(await offered(iop, V)).toEqual([]);

    await iop.move('/termination', { party: 'PUBLIC', reason: 'Regionen avslutar samarbetet' });
    p = await iop.read();
    expect(p.ended).toMatchObject({ reason: 'TERMINATED', detail: 'Regionen avslutar samarbetet' });
    expect(p.organisations.find((o: { organisationNumber: string }) => o.organisationNumber === N)).toMatchObject({ status: 'ACCEPTED' });
  });

  it('refuses a notice without a reason, 400 naming the field, and changes nothing', async () => {
    const iop = await inForce(6);
    const before = await iop.read();
    const response = await iop.attempt('/termination', { party: N, reason: '' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const after = await iop.read();
    expect({ revision: after.revision, leavings: after.leavings }).toEqual({ revision: before.revision, leavings: undefined });
  });
});
