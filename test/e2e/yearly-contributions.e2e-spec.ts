import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';

const ORG = '802456-1238';

/**
 * A draft's contributions split per calendar year over HTTP: accepted and shown on the draft when each (party, year)
 * is named once, within the period, adding up to the amount; each refusal names its field in both languages and
 * changes nothing.
 */
describe('contributions per year of the agreement', () => {
  const app = useApiAndWorker('yearly-contributions');
  let iop: LifecycleClient;

  beforeAll(async () => {
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: ORG }], 'Bidrag per år');
    await iop.toDrafting([ORG]);
  });

  /** The draft of 2027-01-01..2029-12-31 with these contributions. */
  const draftWith = (contributions: unknown[]) => iop.draft([ORG], { contributions });
  const own = (extra: object = {}) => ({ party: ORG, amountSek: 0, ownContribution: 'Ideella timmar', ...extra });

  async function refused(contributions: unknown[]) {
    const before = (await iop.read()).revision;
    const response = await iop.attempt('/drafts', draftWith(contributions));
    expect((await iop.read()).revision).toBe(before);
    return response;
  }

  it('keeps the amounts per year on the draft', async () => {
    const years = [
      { year: 2027, amountSek: 300000 },
      { year: 2028, amountSek: 300000 },
      { year: 2029, amountSek: 300000 },
    ];
    await iop.move(
      '/drafts',
      draftWith([{ party: 'PUBLIC', amountSek: 900000, years }, own({ amountSek: 50000, years: [{ year: 2027, amountSek: 50000 }] })]),
    );
    const draft = (await iop.read()).drafts[0];
    expect(draft.contributions.map((c: { years?: unknown }) => c.years)).toEqual([years, [{ year: 2027, amountSek: 50000 }]]);
  });

  it('refuses a year given twice for a party, naming the year field', async () => {
    const response = await refused([
      {
        party: 'PUBLIC',
        amountSek: 2,
        years: [
          { year: 2028, amountSek: 1 },
          { year: 2028, amountSek: 1 },
        ],
      },
      own(),
    ]);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'CONTRIBUTION_YEAR_REPEATED',
      errors: [{ field: 'contributions.0.years.1.year', rule: 'CONTRIBUTION_YEAR_REPEATED' }],
    });
    expect(response.body.errors[0].messageSv).toMatch(/år 2028 anges mer än en gång/);
    expect(response.body.errors[0].message).toMatch(/the year 2028 is given more than once/);
  });

  it('refuses a year outside the period, naming the year field', async () => {
    const response = await refused([{ party: 'PUBLIC', amountSek: 900000 }, own({ amountSek: 10, years: [{ year: 2026, amountSek: 10 }] })]);
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'contributions.1.years.0.year', rule: 'CONTRIBUTION_YEAR_OUTSIDE_PERIOD' }),
    ]);
    expect(response.body.messageSv).toMatch(/år 2026 ligger utanför avtalsperioden \(2027–2029\)/);
  });

  it('refuses yearly amounts that do not add up to the contribution, naming its amount', async () => {
    const response = await refused([{ party: 'PUBLIC', amountSek: 900000, years: [{ year: 2027, amountSek: 500000 }] }, own()]);
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'contributions.0.amountSek', rule: 'CONTRIBUTION_YEARS_TOTAL_MISMATCH' }),
    ]);
    expect(response.body.message).toMatch(/add up to SEK 500000, but the contribution is SEK 900000/);
  });

  it('refuses a year that is no whole number with a 400 naming the field', async () => {
    const response = await refused([{ party: 'PUBLIC', amountSek: 900000, years: [{ year: 2027.5, amountSek: 900000 }] }, own()]);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'contributions.0.years.0.year', rule: 'isInt' })]));
  });
});
