// Numbers as a Swede types them: spaces (also non-breaking ones) between the thousands, a decimal comma, perhaps
// "kr" after. Amounts are whole kronor, so a typed fraction is refused rather than read as another number.

/** Thin, non-breaking and ordinary spaces, which Swedish puts between groups of three digits. */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * The whole number the text means: { ok: true, value } or { ok: false, problem } where problem is 'notANumber'
 * (letters, a sign, nothing) or 'notWhole' (a fraction other than ",00"). An empty text is { ok: true, value: undefined }.
 */
export function parseWholeNumber(text) {
  const compact = String(text ?? '')
    .replace(/\s*kr\.?$/i, '')
    .replace(SPACES, '');
  if (compact === '') return { ok: true, value: undefined };
  const match = /^(\d+)(?:,(\d+))?$/.exec(compact);
  if (!match) return { ok: false, problem: 'notANumber' };
  if (match[2] !== undefined && /[1-9]/.test(match[2])) return { ok: false, problem: 'notWhole' };
  return { ok: true, value: Number(match[1]) };
}

/** A whole number written the Swedish way, for a prefilled input: 1500000 → "1 500 000". */
export const formatWholeNumber = (value) =>
  value === undefined || value === null ? '' : new Intl.NumberFormat('sv-SE').format(value).replace(SPACES, ' ');

/**
 * The lines of a contribution's amounts per year, "2027: 300 000" each: [{ year, amountSek }], or the number of the
 * first line that cannot be read (1-based) as { badLine }.
 */
export function parseYearlyAmounts(text) {
  const years = [];
  const lines = String(text ?? '').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const match = /^\s*(\d{4})\s*[:=]?\s*(.+)$/.exec(line);
    const amount = match && parseWholeNumber(match[2]);
    if (!match || !amount.ok || amount.value === undefined) return { badLine: i + 1, problem: amount?.ok === false ? amount.problem : 'notANumber' };
    years.push({ year: Number(match[1]), amountSek: amount.value });
  }
  return { years };
}

export const formatYearlyAmounts = (years) => (years ?? []).map((y) => `${y.year}: ${formatWholeNumber(y.amountSek)}`).join('\n');
