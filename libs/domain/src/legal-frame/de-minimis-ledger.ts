import { addDays, addYears } from '../dates';
import { refuse, type RuleResult, accept } from '../kernel/refusal';
import { DE_MINIMIS_CEILINGS_EUR, type AidCurrency, type DeMinimisKind } from './state-aid';

/** An exchange rate the region recorded: kronor per euro from a date on, until the next one. */
export interface ExchangeRate {
  validFrom: string;
  sekPerEur: number;
}

/** One de minimis aid to an organisation: granted by this engine's decisions or declared by the organisation. */
export interface DeMinimisAid {
  grantedOn: string;
  amount: number;
  currency: AidCurrency;
  /** Where it comes from: a partnership's id, or the granting body the organisation declared. */
  source: string;
}

/** The rate in force on a day: the latest recorded from that day or before; none is a refusal, never a guess. */
export function rateOn(rates: readonly ExchangeRate[], date: string): RuleResult<ExchangeRate> {
  const inForce = rates.filter((r) => r.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  return inForce
    ? accept(inForce)
    : refuse(
        'EXCHANGE_RATE_MISSING',
        `Ingen växelkurs är införd som gäller ${date}; för in kursen innan stödet räknas.`,
        `No exchange rate in force on ${date} is recorded; record the rate before the aid is counted.`,
        'CONFLICT',
      );
}

/** An aid in whole euro cents, converted at the rate in force on its grant date. */
export function inEuroCents(aid: DeMinimisAid, rates: readonly ExchangeRate[]): RuleResult<number> {
  if (aid.currency === 'EUR') return accept(Math.round(aid.amount * 100));
  const rate = rateOn(rates, aid.grantedOn);
  return rate.ok ? accept(Math.round((aid.amount * 100) / rate.value.sekPerEur)) : rate;
}

/** The first day of the three years that end on `date`: aid granted before it no longer counts. */
export const windowStart = (date: string): string => addDays(addYears(date, -3), 1);

/** What the organisation has received within the three years ending on `date`, in euro cents. */
export function runningTotalCents(aids: readonly DeMinimisAid[], date: string, rates: readonly ExchangeRate[]): RuleResult<number> {
  const from = windowStart(date);
  let total = 0;
  for (const aid of aids.filter((a) => a.grantedOn >= from && a.grantedOn <= date)) {
    const cents = inEuroCents(aid, rates);
    if (!cents.ok) return cents;
    total += cents.value;
  }
  return accept(total);
}

const eur = (cents: number) => `EUR ${(cents / 100).toFixed(2)}`;
const sek = (cents: number, rate: number) => `SEK ${Math.round((cents / 100) * rate)}`;

/**
 * Whether a new aid granted on its date keeps the organisation within the ceiling over the three years ending then.
 * Over it, the refusal shows the running total, this aid and the ceiling, in euro and in kronor at that day's rate.
 */
export function checkDeMinimisCeiling(
  kind: DeMinimisKind,
  organisation: string,
  earlier: readonly DeMinimisAid[],
  aid: DeMinimisAid,
  rates: readonly ExchangeRate[],
): RuleResult<{ totalCents: number; aidCents: number; ceilingCents: number }> {
  const total = runningTotalCents(earlier, aid.grantedOn, rates);
  if (!total.ok) return total;
  const thisAid = inEuroCents(aid, rates);
  if (!thisAid.ok) return thisAid;
  const rate = rateOn(rates, aid.grantedOn);
  if (!rate.ok) return rate;
  const ceilingCents = DE_MINIMIS_CEILINGS_EUR[kind] * 100;
  const facts = { totalCents: total.value, aidCents: thisAid.value, ceilingCents };
  if (total.value + thisAid.value <= ceilingCents) return accept(facts);
  const r = rate.value.sekPerEur;
  return refuse(
    'DE_MINIMIS_CEILING_EXCEEDED',
    `Stödet tar ${organisation} över taket för försumbart stöd: hittills ${eur(total.value)} (${sek(total.value, r)}) på tre år, detta stöd ${eur(thisAid.value)} (${sek(thisAid.value, r)}), taket ${eur(ceilingCents)} (${sek(ceilingCents, r)}).`,
    `The aid takes ${organisation} over the de minimis ceiling: so far ${eur(total.value)} (${sek(total.value, r)}) over three years, this aid ${eur(thisAid.value)} (${sek(thisAid.value, r)}), the ceiling ${eur(ceilingCents)} (${sek(ceilingCents, r)}).`,
    'CONFLICT',
  );
}
