import { checkDeMinimisCeiling, type DeMinimisAid, type ExchangeRate, rateOn, runningTotalCents, windowStart } from './de-minimis-ledger';

const RATES: ExchangeRate[] = [
  { validFrom: '2024-01-01', sekPerEur: 11.5 },
  { validFrom: '2025-01-01', sekPerEur: 11 },
  { validFrom: '2026-01-01', sekPerEur: 10 },
];
const sek = (grantedOn: string, amount: number, source = 'p-1'): DeMinimisAid => ({ grantedOn, amount, currency: 'SEK', source });

describe('the de minimis ledger over any three rolling years', () => {
  it('counts aid from the day after the same date three years before', () => {
    expect(windowStart('2027-03-15')).toBe('2024-03-16');
    expect(windowStart('2028-02-29')).toBe('2025-03-01');
  });

  it('converts kronor at the rate in force on each grant date, and refuses a date without one', () => {
    expect(rateOn(RATES, '2025-06-30')).toEqual({ ok: true, value: { validFrom: '2025-01-01', sekPerEur: 11 } });
    const missing = rateOn(RATES, '2023-12-31');
    expect(missing.ok ? undefined : missing.refusal.code).toBe('EXCHANGE_RATE_MISSING');
    // 1 150 000 kr in 2024 at 11.5 and 1 100 000 kr in 2025 at 11: EUR 100 000 each.
    expect(runningTotalCents([sek('2024-06-01', 1_150_000), sek('2025-06-01', 1_100_000)], '2026-01-10', RATES)).toEqual({
      ok: true,
      value: 20_000_000,
    });
  });

  it('no longer counts aid that has left the window: a grant refused one day is accepted once the oldest aid is out', () => {
    const earlier = [sek('2024-06-01', 2_300_000, 'p-old'), sek('2025-06-01', 550_000, 'p-mid')]; // EUR 200 000 + 50 000
    const aid = (grantedOn: string) => sek(grantedOn, 1_000_000, 'p-new'); // EUR 100 000 at 10 kr
    const refused = checkDeMinimisCeiling('DE_MINIMIS', 'Vårsta Diakonigård', earlier, aid('2027-05-31'), RATES);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.refusal.code).toBe('DE_MINIMIS_CEILING_EXCEEDED');
    expect(refused.refusal.message.en).toContain('so far EUR 250000.00 (SEK 2500000)');
    expect(refused.refusal.message.en).toContain('this aid EUR 100000.00 (SEK 1000000)');
    expect(refused.refusal.message.en).toContain('the ceiling EUR 300000.00 (SEK 3000000)');
    expect(refused.refusal.message.sv).toContain('taket EUR 300000.00');
    // On 2027-06-01 the aid of 2024-06-01 has left the three years (2024-06-02..2027-06-01): 50 000 + 100 000 fit.
    expect(checkDeMinimisCeiling('DE_MINIMIS', 'Vårsta', earlier, aid('2027-06-01'), RATES)).toEqual({
      ok: true,
      value: { totalCents: 5_000_000, aidCents: 10_000_000, ceilingCents: 30_000_000 },
    });
  });

  it('holds services of general economic interest to EUR 750 000, and counts declared aid in euro as it is', () => {
    const declared: DeMinimisAid = { grantedOn: '2026-02-01', amount: 600_000, currency: 'EUR', source: 'Arvsfonden' };
    expect(checkDeMinimisCeiling('SGEI_DE_MINIMIS', 'Vårsta', [declared], sek('2026-03-01', 1_000_000), RATES).ok).toBe(true);
    expect(checkDeMinimisCeiling('SGEI_DE_MINIMIS', 'Vårsta', [declared], sek('2026-03-01', 1_600_000), RATES).ok).toBe(false);
  });
});
