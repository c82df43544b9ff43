import { RuleResult, accept, refuse } from './kernel/refusal';

/** Organisationsnummer: ten digits written NNNNNN-NNNN; the last digit is a Luhn check digit over the first nine. */
export const ORGANISATION_NUMBER_PATTERN = /^\d{6}-?\d{4}$/;

export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let digit = Number(nineDigits[i]);
    // Counting from the left of a nine-digit body, every even position (0, 2, ...) is doubled.
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Accepts `NNNNNN-NNNN` or `NNNNNNNNNN` and returns the canonical `NNNNNN-NNNN` form. */
export function parseOrganisationNumber(raw: string): RuleResult<string> {
  const trimmed = raw.trim();
  if (!ORGANISATION_NUMBER_PATTERN.test(trimmed)) {
    return refuse(
      'ORGANISATION_NUMBER_FORMAT',
      'Organisationsnumret ska skrivas NNNNNN-NNNN (tio siffror).',
      'The organisation number must be written NNNNNN-NNNN (ten digits).',
    );
  }
  const digits = trimmed.replace('-', '');
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return refuse(
      'ORGANISATION_NUMBER_CHECK_DIGIT',
      'Organisationsnumrets kontrollsiffra stämmer inte (Luhn-algoritmen).',
      'The check digit of the organisation number is wrong (Luhn algorithm).',
    );
  }
  return accept(`${digits.slice(0, 6)}-${digits.slice(6)}`);
}

export function isValidOrganisationNumber(raw: string): boolean {
  return parseOrganisationNumber(raw).ok;
}
