import { draft, move, NATVERKET, refusal, toDrafting } from './decide-builders.test';
import type { Contribution } from './state';

/** A draft for 2026-03-01..2029-03-01 whose contributions are these. */
const withContributions = (contributions: Contribution[]) => draft([NATVERKET], { contributions });
const own = { party: NATVERKET, amountSek: 0, ownContribution: 'Ideella timmar' };

describe('a contribution split per year of the agreement', () => {
  it('is kept on the draft when each year is named once, within the period, adding up to the amount', () => {
    const years = [
      { year: 2026, amountSek: 400_000 },
      { year: 2027, amountSek: 600_000 },
      { year: 2029, amountSek: 500_000 },
    ];
    const { state } = move(toDrafting(), withContributions([{ party: 'PUBLIC', amountSek: 1_500_000, years }, own]));
    expect(state.drafts[0].contributions[0].years).toEqual(years);
  });

  it('refuses a year named twice for the same party, naming the field', () => {
    const refused = refusal(
      toDrafting(),
      withContributions([
        {
          party: 'PUBLIC',
          amountSek: 2,
          years: [
            { year: 2027, amountSek: 1 },
            { year: 2027, amountSek: 1 },
          ],
        },
        own,
      ]),
    );
    expect(refused).toMatchObject({ code: 'CONTRIBUTION_YEAR_REPEATED', kind: 'INVALID', field: 'contributions.0.years.1.year' });
    expect(refused.message.sv).toContain('år 2027 anges mer än en gång');
  });

  it('refuses a year outside the period, naming the field', () => {
    const refused = refusal(toDrafting(), withContributions([{ party: 'PUBLIC', amountSek: 1, years: [{ year: 2030, amountSek: 1 }] }, own]));
    expect(refused).toMatchObject({ code: 'CONTRIBUTION_YEAR_OUTSIDE_PERIOD', field: 'contributions.0.years.0.year' });
    expect(refused.message.en).toContain('2026–2029');
  });

  it("refuses years that do not add up to the contribution's amount, naming the amount", () => {
    const refused = refusal(
      toDrafting(),
      withContributions([
        { party: 'PUBLIC', amountSek: 1_500_000 },
        { ...own, amountSek: 100, years: [{ year: 2026, amountSek: 60 }] },
      ]),
    );
    expect(refused).toMatchObject({ code: 'CONTRIBUTION_YEARS_TOTAL_MISMATCH', field: 'contributions.1.amountSek' });
    expect(refused.message.sv).toContain('sammanlagt 60 kr, men bidraget är 100 kr');
  });
});
