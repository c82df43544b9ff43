import { HttpStatus, ParseUUIDPipe, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoDate, parseOrganisationNumber } from '@iop/domain';
import { ApiException } from './api.exception';
import type { FieldErrorBody } from './api-error';

/** Organisationsnummer NNNNNN-NNNN with a valid Luhn check digit (the rule lives in the domain lib). */
export function IsOrganisationNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isOrganisationNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseOrganisationNumber(value).ok,
        defaultMessage: (args) => {
          const parsed = typeof args?.value === 'string' ? parseOrganisationNumber(args.value) : undefined;
          return parsed && !parsed.ok ? parsed.refusal.message.en : 'organisationNumber must be a string NNNNNN-NNNN';
        },
      },
    });
}

function flatten(errors: ValidationError[], prefix = ''): FieldErrorBody[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelisting pipe: unknown fields are refused, and every offending field is named with its rule. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) =>
      new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', {
        messageSv: 'Begäran är ogiltig.',
        errors: flatten(errors),
      }),
  });
}

/** A route parameter that must be a UUID; a bad one is a 400 naming the parameter. */
export function parseUuidParam(name: string): ParseUUIDPipe {
  return enforcing('isUuid', new ParseUUIDPipe({
    exceptionFactory: () =>
      new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', {
        errors: [{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }],
      }),
  }));
}

function rule(name: string, validate: (value: unknown) => boolean, message: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} ${message}` },
      validator: { validate },
    });
}

/** 'PUBLIC' for the public party, or an organisation's organisationsnummer. */
export const IsPartyKey = (): PropertyDecorator =>
  rule(
    'isPartyKey',
    (v) => v === 'PUBLIC' || (typeof v === 'string' && parseOrganisationNumber(v).ok),
    "must be 'PUBLIC' or an organisationsnummer NNNNNN-NNNN with a valid check digit",
  );

/** A calendar date YYYY-MM-DD that exists. */
export const IsCalendarDate = (): PropertyDecorator =>
  rule('isCalendarDate', (v) => typeof v === 'string' && isIsoDate(v), 'must be a date written YYYY-MM-DD');

/**
 * Diarienummer as registries write them ("RS 2015/123", "KS 2023-00456", "1600045"): 2 to 40 letters, digits,
 * spaces and . / : -, with at least one digit.
 */
export const DIARIENUMMER_PATTERN = /^(?=.*\d)[A-Za-zÅÄÖåäö0-9 ./:-]{2,40}$/;
export const IsDiarienummer = (): PropertyDecorator =>
  rule('isDiarienummer', (v) => typeof v === 'string' && DIARIENUMMER_PATTERN.test(v.trim()), 'must be a diarienummer such as "RS 2015/123"');

/** A protocol paragraph: "§ 45", "§45" or "§ 45 a". */
export const PARAGRAPH_PATTERN = /^§\s?\d{1,4}(\s?[a-z])?$/;
export const IsProtocolParagraph = (): PropertyDecorator =>
  rule('isProtocolParagraph', (v) => typeof v === 'string' && PARAGRAPH_PATTERN.test(v.trim()), 'must be a protocol paragraph such as "§ 45"');

/** Organisation numbers arrive with or without the dash; the domain speaks NNNNNN-NNNN. */
export const canonicalParty = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string' || value === 'PUBLIC') return value;
  const parsed = parseOrganisationNumber(value);
  return parsed.ok ? parsed.value : value;
};

/** A route parameter holding a calendar date; a bad one is a 400 naming the parameter. */
export function parseCalendarDateParam(name: string): PipeTransform<string, string> {
  return enforcing('isCalendarDate', {
    transform: (value: string) => {
      if (isIsoDate(value)) return value;
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', {
        errors: [{ field: name, rule: 'isCalendarDate', message: `${name} must be a date written YYYY-MM-DD` }],
      });
    },
  });
}

/** A route parameter holding a positive integer; a bad one is a 400 naming the parameter. */
export function parsePositiveIntParam(name: string): PipeTransform<string, number> {
  return enforcing('isPositiveInt', {
    transform: (value: string) => {
      if (/^[1-9]\d{0,8}$/.test(value)) return Number(value);
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', {
        errors: [{ field: name, rule: 'isPositiveInt', message: `${name} must be a positive integer` }],
      });
    },
  });
}

/** A route parameter holding an organisationsnummer, returned as NNNNNN-NNNN. */
export function parseOrganisationNumberParam(name: string): PipeTransform<string, string> {
  return enforcing('isOrganisationNumber', {
    transform: (value: string) => {
      const parsed = parseOrganisationNumber(value);
      if (parsed.ok) return parsed.value;
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', {
        errors: [{ field: name, rule: 'isOrganisationNumber', message: parsed.refusal.message.en }],
      });
    },
  });
}

/** A party key, or 'JOINT' for the steps both sides carried. */
export const IsPartyKeyOrJoint = (): PropertyDecorator =>
  rule(
    'isPartyKeyOrJoint',
    (v) => v === 'JOINT' || v === 'PUBLIC' || (typeof v === 'string' && parseOrganisationNumber(v).ok),
    "must be 'PUBLIC', 'JOINT' or an organisationsnummer",
  );

/**
 * The rule a route parameter's pipe enforces, by the name its 400 gives, carried on the pipe so that the OpenAPI
 * document describes the parameter from the pipe itself (common/openapi-routes.ts).
 */
export const PARAM_RULE = Symbol('paramRule');
function enforcing<T extends object>(rule: string, pipe: T): T {
  return Object.assign(pipe, { [PARAM_RULE]: rule });
}
