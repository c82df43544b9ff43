import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer, officerOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const N = NATVERKET.organisationNumber;

const profile = {
  legalForm: 'NON_PROFIT_ASSOCIATION',
  registeredAsIdeburen: true,
  registeredSince: '2024-03-01',
  contact: { name: 'Karin Holm', email: 'karin.holm@example.se', phone: '070-123 45 67' },
  attachments: [
    { name: 'Stadgar antagna vid årsmötet 2025', date: '2025-04-20', kind: 'STATUTES' },
    { name: 'Årsredovisning 2025', date: '2026-03-15', kind: 'ANNUAL_REPORT' },
  ],
};

describe('the organisation as a party (PUT /partnerships/:id/organisations/:organisationNumber/profile)', () => {
  const app = useApiAndWorker('organisation-profile');

  /** Refused with the status, code and field, changing nothing. */
  async function expectRefused(iop: LifecycleClient, path: string, body: Record<string, unknown>, status: number, code: string, field?: string) {
    const before = await iop.read();
    const response = await iop.attempt(path, body, 'put');
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body.messageSv).toEqual(expect.any(String));
    if (field) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    const after = await iop.read();
    expect({ revision: after.revision, organisations: after.organisations }).toEqual({
      revision: before.revision,
      organisations: before.organisations,
    });
    return response.body;
  }

  it("is recorded by the organisation's representative, shown on the partnership, in the timeline, the dossier and to the auditor", async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA]);
    const answer = await iop.move(`/organisations/${N}/profile`, { party: N, ...profile }, 'put');
    expect(answer.phase).toBe('PROBLEM_DEFINITION');
    const partnership = await iop.read();
    const organisation = partnership.organisations.find((o: { organisationNumber: string }) => o.organisationNumber === N);
    expect(organisation.profile).toMatchObject({ ...profile, statedBy: N });
    expect(organisation.status).toBe('ACCEPTED');
    expect(partnership.steps.map((s: { action: string }) => s.action)).toContain('ORGANISATION_PROFILE_RECORDED');

    const dossier = await iop
      .http()
      .get(`/partnerships/${iop.id}/dossier?format=html`)
      .set(await bearer(AUDITOR));
    expect(dossier.status).toBe(200);
    expect(dossier.text).toContain('Organisationerna som parter');
    expect(dossier.text).toContain('Ideell förening');
    expect(dossier.text).toContain('Ja, sedan 2024-03-01');
    const audited = await iop
      .http()
      .get(`/partnerships/${iop.id}`)
      .set(await bearer(AUDITOR));
    expect(audited.body.organisations[0].profile.legalForm).toBe('NON_PROFIT_ASSOCIATION');
  });

  it("refuses another organisation's representative (403) and the officer, changing nothing", async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA]);
    await expectRefused(iop, `/organisations/${N}/profile`, { party: VARSTA.organisationNumber, ...profile }, 403, 'PROFILE_OF_ANOTHER_ORGANISATION');
    await expectRefused(iop, `/organisations/${N}/profile`, { party: 'PUBLIC', ...profile }, 403, 'ORGANISATION_ONLY');
  });

  it('refuses bad input naming the field: an unknown legal form, a registration in the future, OTHER without a description', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    const path = `/organisations/${N}/profile`;
    const unknown = await expectRefused(iop, path, { party: N, ...profile, legalForm: 'KOMMANDITBOLAG' }, 400, 'VALIDATION_FAILED', 'legalForm');
    expect(unknown.errors[0].messageSv).toEqual(expect.any(String));
    await expectRefused(iop, path, { party: N, ...profile, registeredSince: '2099-01-01' }, 422, 'DATE_IN_FUTURE', 'registeredSince');
    await expectRefused(iop, path, { party: N, ...profile, legalForm: 'OTHER' }, 422, 'LEGAL_FORM_DESCRIPTION_REQUIRED', 'legalFormDescription');
    await expectRefused(
      iop,
      path,
      { party: N, ...profile, attachments: [{ name: 'Bokslut', date: '2099-12-31', kind: 'ANNUAL_ACCOUNTS' }] },
      422,
      'DATE_IN_FUTURE',
      'attachments.0.date',
    );
    await expectRefused(
      iop,
      path,
      { party: N, ...profile, contact: { name: 'K', email: 'inte en adress' } },
      400,
      'VALIDATION_FAILED',
      'contact.email',
    );
  });

  it('may be given by the officer with the start; a profile the rules refuse refuses the start, naming the field', async () => {
    const iop = new LifecycleClient(app());
    const body = (p: Record<string, unknown>) => ({
      title: 'IOP med profil',
      publicParty: { name: 'Region Skåne' },
      organisations: [{ ...NATVERKET, profile: p }],
    });
    const started = await iop
      .http()
      .post('/partnerships')
      .set(await bearer(officerOf('Region Skåne')))
      .send(body({ legalForm: 'FOUNDATION', registeredAsIdeburen: false }));
    expect(started.status).toBe(201);
    expect(started.body.organisations[0].profile).toMatchObject({
      legalForm: 'FOUNDATION',
      registeredAsIdeburen: false,
      attachments: [],
      statedBy: 'PUBLIC',
    });
    const refused = await iop
      .http()
      .post('/partnerships')
      .set(await bearer(officerOf('Region Skåne')))
      .send(body({ legalForm: 'FOUNDATION', registeredAsIdeburen: true, registeredSince: '2099-01-01' }));
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 422, code: 'DATE_IN_FUTURE' });
    expect(refused.body.errors[0].field).toBe('organisations.0.profile.registeredSince');
  });

  it('is offered to each organisation for itself in its available moves, with the route of its own profile', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA]);
    const moves = (await iop.get(`/partnerships/${iop.id}/available-moves`, N)).body as { type: string; route: { method: string; path: string } }[];
    expect(moves.find((m) => m.type === 'RECORD_ORGANISATION_PROFILE')?.route).toEqual({
      method: 'PUT',
      path: `/partnerships/${iop.id}/organisations/${N}/profile`,
    });
    const officer = (await iop.get(`/partnerships/${iop.id}/available-moves`, 'PUBLIC')).body as { type: string }[];
    expect(officer.map((m) => m.type)).not.toContain('RECORD_ORGANISATION_PROFILE');
  });
});
