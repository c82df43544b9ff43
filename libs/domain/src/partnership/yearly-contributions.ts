import { refuse, type RuleResult } from '../kernel/refusal';
import type { DraftTerms } from './state';

/**
 * A contribution may be split per calendar year of the agreement (bidrag per år): each party names a year once, only
 * years the period touches, and the years add up to the contribution's whole amount. A contribution without years
 * is one amount for the whole period, as before. Each refusal names the field that breaks the rule (`field`), as
 * the API's path of it, so that a form can put the sentence beside its input.
 */
export function checkYearlyAmounts(terms: Pick<DraftTerms, 'contributions' | 'startDate' | 'endDate'>): RuleResult<true> {
  const first = Number(terms.startDate.slice(0, 4));
  const last = Number(terms.endDate.slice(0, 4));
  const seen = new Set<string>();
  for (const [i, contribution] of terms.contributions.entries()) {
    const years = contribution.years;
    if (!years) continue;
    for (const [j, entry] of years.entries()) {
      const field = `contributions.${i}.years.${j}.year`;
      const key = `${contribution.party} ${entry.year}`;
      if (seen.has(key)) return YearRefusals.repeated(field, contribution.party, entry.year);
      seen.add(key);
      if (entry.year < first || entry.year > last) return YearRefusals.outsidePeriod(field, entry.year, first, last);
    }
    const total = years.reduce((sum, entry) => sum + entry.amountSek, 0);
    if (years.length > 0 && total !== contribution.amountSek) {
      return YearRefusals.totalMismatch(`contributions.${i}.amountSek`, contribution.amountSek, total);
    }
  }
  return { ok: true, value: true };
}

const withField = <T>(result: RuleResult<T>, field: string): RuleResult<T> =>
  result.ok ? result : { ok: false, refusal: { ...result.refusal, field } };

export const YearRefusals = {
  repeated: <T>(field: string, party: string, year: number): RuleResult<T> =>
    withField(
      refuse(
        'CONTRIBUTION_YEAR_REPEATED',
        `${field}: år ${year} anges mer än en gång för ${party}; ange varje år en gång.`,
        `${field}: the year ${year} is given more than once for ${party}; give each year once.`,
      ),
      field,
    ),
  outsidePeriod: <T>(field: string, year: number, first: number, last: number): RuleResult<T> =>
    withField(
      refuse(
        'CONTRIBUTION_YEAR_OUTSIDE_PERIOD',
        `${field}: år ${year} ligger utanför avtalsperioden (${first}–${last}).`,
        `${field}: the year ${year} is outside the agreement's period (${first}–${last}).`,
      ),
      field,
    ),
  totalMismatch: <T>(field: string, amountSek: number, total: number): RuleResult<T> =>
    withField(
      refuse(
        'CONTRIBUTION_YEARS_TOTAL_MISMATCH',
        `${field}: beloppen per år blir sammanlagt ${total} kr, men bidraget är ${amountSek} kr; summan ska vara lika med bidraget.`,
        `${field}: the yearly amounts add up to SEK ${total}, but the contribution is SEK ${amountSek}; they must add up to it.`,
      ),
      field,
    ),
};
