import { isValidOrganisationNumber, luhnCheckDigit, parseOrganisationNumber } from './organisation-number';

describe('organisationsnummer', () => {
  it('computes the Luhn check digit of a known organisation number', () => {
    // Telefonaktiebolaget LM Ericsson, 556016-0680.
    expect(luhnCheckDigit('556016068')).toBe(0);
  });

  it('accepts a valid number with or without the dash and returns it as NNNNNN-NNNN', () => {
    expect(parseOrganisationNumber('802456-1238')).toEqual({ ok: true, value: '802456-1238' });
    expect(parseOrganisationNumber(' 8024561238 ')).toEqual({ ok: true, value: '802456-1238' });
  });

  it('refuses a wrong check digit with a reason in Swedish and English', () => {
    const result = parseOrganisationNumber('802456-1237');
    expect(result).toEqual({
      ok: false,
      refusal: {
        code: 'ORGANISATION_NUMBER_CHECK_DIGIT',
        kind: 'INVALID',
        message: { sv: expect.stringContaining('kontrollsiffra'), en: expect.stringContaining('check digit') },
      },
    });
  });

  it.each(['80245-61238', '802456-123', 'abcdef-ghij', '802456 1238', ''])('refuses the malformed number %p', (raw) => {
    const result = parseOrganisationNumber(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.code).toBe('ORGANISATION_NUMBER_FORMAT');
  });

  it('accepts every seed organisation number used in the demo data', () => {
    expect(['802456-1238', '802003-4529'].every(isValidOrganisationNumber)).toBe(true);
  });
});
