import { PipeTransform } from '@nestjs/common';
import { EARLIEST_DATE, isCalendarDay, LATEST_DATE, parseOrganisationNumber } from '@iop/domain';
import { ApiException } from './api.exception';
import { fieldError } from './field-messages';

/**
 * Route parameters, parsed strictly from the text of the path (the global validation pipe leaves them as sent).
 * Each kind is a class of its own, so that tests find the date and number parameters of every route from the
 * route table.
 */
const invalid = (field: string, rule: string, value?: unknown): ApiException => ApiException.invalid([fieldError(field, rule, { value })]);

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID in any case, returned in lower case: the case the ids are stored, and workflows and audit chains named. */
export class UuidParamPipe implements PipeTransform<unknown, string> {
  /** The rule its 400 names, which the OpenAPI document describes the parameter by (common/openapi-routes.ts). */
  readonly rule = 'isUuid';

  constructor(readonly name: string) {}

  transform(value: unknown): string {
    if (typeof value === 'string' && UUID_PATTERN.test(value)) return value.toLowerCase();
    throw invalid(this.name, 'isUuid');
  }
}

/** The one wording of the date rule, for bodies, queries and paths alike. */
export const CALENDAR_DATE_RULE = {
  rule: 'isCalendarDate',
  message: `must be a real calendar day written YYYY-MM-DD, from ${EARLIEST_DATE} to ${LATEST_DATE}`,
};

/** A calendar day within the range the domain accepts anywhere. */
export class CalendarDateParamPipe implements PipeTransform<unknown, string> {
  /** The rule its 400 names, which the OpenAPI document describes the parameter by (common/openapi-routes.ts). */
  readonly rule = CALENDAR_DATE_RULE.rule;

  constructor(readonly name: string) {}

  transform(value: unknown): string {
    if (isCalendarDay(value)) return value;
    throw invalid(this.name, CALENDAR_DATE_RULE.rule);
  }
}

/** Digits only, no sign, exponent, spaces or leading zero: "1e3", " 7" and "007" are not version numbers. */
export class PositiveIntParamPipe implements PipeTransform<unknown, number> {
  /** The rule its 400 names, which the OpenAPI document describes the parameter by (common/openapi-routes.ts). */
  readonly rule = 'isPositiveInt';

  constructor(readonly name: string) {}

  transform(value: unknown): number {
    if (typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value)) return Number(value);
    throw invalid(this.name, 'isPositiveInt');
  }
}

/** An organisationsnummer with or without the dash, returned as NNNNNN-NNNN. */
export class OrganisationNumberParamPipe implements PipeTransform<unknown, string> {
  /** The rule its 400 names, which the OpenAPI document describes the parameter by (common/openapi-routes.ts). */
  readonly rule = 'isOrganisationNumber';

  constructor(readonly name: string) {}

  transform(value: unknown): string {
    const parsed = parseOrganisationNumber(String(value));
    if (parsed.ok) return parsed.value;
    throw invalid(this.name, 'isOrganisationNumber', String(value));
  }
}

export const parseUuidParam = (name: string): UuidParamPipe => new UuidParamPipe(name);
export const parseCalendarDateParam = (name: string): CalendarDateParamPipe => new CalendarDateParamPipe(name);
export const parsePositiveIntParam = (name: string): PositiveIntParamPipe => new PositiveIntParamPipe(name);
export const parseOrganisationNumberParam = (name: string): OrganisationNumberParamPipe => new OrganisationNumberParamPipe(name);
