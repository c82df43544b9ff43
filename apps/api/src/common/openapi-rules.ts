import { EARLIEST_DATE, LATEST_DATE } from '@iop/domain';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IDEMPOTENCY_KEY } from './command-context';
import { DIARIENUMMER_PATTERN, PARAGRAPH_PATTERN } from './validation';

/**
 * What each validation rule, by the name class-validator records for it, says in JSON Schema. A rule missing here
 * is left out of the document (its message still names it); a rule JSON Schema cannot say fully is said as far as
 * it can, and the custom `format` names the rest for tools that know it (the fuzzer's hooks do).
 */

/** NNNNNN-NNNN or ten digits; the Luhn check digit is the `organisationsnummer` format's part. */
export const ORGANISATION_NUMBER_SCHEMA = { type: 'string', format: 'organisationsnummer', pattern: '^[0-9]{6}-?[0-9]{4}$' } as const;

/** A day YYYY-MM-DD in the years the engine accepts (EARLIEST_DATE..LATEST_DATE); `format: date` says it exists. */
export const CALENDAR_DATE_SCHEMA = {
  type: 'string',
  format: 'date',
  pattern: yearsPattern(EARLIEST_DATE, LATEST_DATE),
  description: `A calendar day from ${EARLIEST_DATE} to ${LATEST_DATE}.`,
} as const;

/** The years of the range as a pattern on the date's first four digits (whole years only: 1900..2199 → 19|20|21). */
function yearsPattern(earliest: string, latest: string): string {
  const centuries: string[] = [];
  for (let century = Number(earliest.slice(0, 2)); century <= Number(latest.slice(0, 2)); century++) centuries.push(String(century));
  return `^(${centuries.join('|')})[0-9]{2}-[0-9]{2}-[0-9]{2}$`;
}

const partyKeyPattern = (...words: string[]): string => `^(${[...words, ORGANISATION_NUMBER_SCHEMA.pattern.slice(1, -1)].join('|')})$`;

/**
 * DIARIENUMMER_PATTERN said without look-ahead (generators from patterns, such as the fuzzer's, cannot honour
 * one): its characters around one digit, and no space first or last, since the validator trims before it matches
 * and " 1" would pass the pattern yet be refused as too short.
 */
function diarienummerSchema(): SchemaObject {
  const [, characters, min, max] = /\[([^\]]+)\]\{(\d+),(\d+)\}/.exec(DIARIENUMMER_PATTERN.source) ?? [];
  const any = `[${characters}]`;
  const edge = `[${characters.replace(' ', '')}]`;
  return { type: 'string', pattern: `^(${edge}${any}*)?[0-9](${any}*${edge})?$`, minLength: Number(min), maxLength: Number(max) };
}

/**
 * A JavaScript pattern as every engine reads it alike: `\d` and `\s` are ASCII in JavaScript but Unicode-wide
 * elsewhere (Python's re: "٣" is a digit, "\x1c" a space), so they are spelt [0-9] and a plain space.
 */
const portable = (source: string): string => source.replace(/\\d/g, '[0-9]').replace(/\\s/g, ' ');

type Fragment = (constraints: unknown[]) => SchemaObject;
const n = (value: unknown): number => Number(value);

export const VALIDATOR_SCHEMAS: Record<string, Fragment> = {
  isString: () => ({ type: 'string' }),
  isBoolean: () => ({ type: 'boolean' }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  isArray: () => ({ type: 'array' }),
  isObject: () => ({ type: 'object' }),
  isEmail: () => ({ type: 'string', format: 'email' }),
  isUuid: () => ({ type: 'string', format: 'uuid' }),
  // class-validator's Matches keeps its RegExp as the first constraint.
  matches: ([pattern]) => ({ type: 'string', pattern: portable(pattern instanceof RegExp ? pattern.source : String(pattern)) }),
  isLength: ([min, max]) => ({ type: 'string', minLength: n(min), ...(max !== undefined ? { maxLength: n(max) } : {}) }),
  minLength: ([min]) => ({ minLength: n(min) }),
  maxLength: ([max]) => ({ maxLength: n(max) }),
  min: ([min]) => ({ minimum: n(min) }),
  max: ([max]) => ({ maximum: n(max) }),
  isIn: ([values]) => ({ enum: [...(values as unknown[])] }),
  arrayMinSize: ([min]) => ({ minItems: n(min) }),
  arrayMaxSize: ([max]) => ({ maxItems: n(max) }),
  // The path pipe's rule: what /^[1-9]\d{0,8}$/ admits (common/validation.ts).
  isPositiveInt: () => ({ type: 'integer', minimum: 1, maximum: 999_999_999 }),
  // A year as a query's filter (public-register.query.ts): a whole number within its constraints.
  isYear: ([min, max]) => ({ type: 'integer', minimum: n(min), maximum: n(max) }),
  isOrganisationNumber: () => ({ ...ORGANISATION_NUMBER_SCHEMA }),
  isPartyKey: () => ({ type: 'string', format: 'party-key', pattern: partyKeyPattern('PUBLIC') }),
  isPartyKeyOrJoint: () => ({ type: 'string', format: 'party-key', pattern: partyKeyPattern('PUBLIC', 'JOINT') }),
  isCalendarDate: () => ({ ...CALENDAR_DATE_SCHEMA }),
  isDiarienummer: diarienummerSchema,
  isProtocolParagraph: () => ({ type: 'string', pattern: portable(PARAGRAPH_PATTERN.source) }),
};

/** Request headers the API checks itself (the Command decorator), by name. */
export const HEADER_SCHEMAS: Record<string, SchemaObject> = {
  'Idempotency-Key': { type: 'string', pattern: portable(IDEMPOTENCY_KEY.source) },
};
