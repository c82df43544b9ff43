import { HttpStatus, ParseUUIDPipe, ValidationError, ValidationPipe } from '@nestjs/common';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { parseOrganisationNumber } from '@iop/domain';
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
        errors: flatten(errors),
      }),
  });
}

/** A route parameter that must be a UUID; a bad one is a 400 naming the parameter. */
export function parseUuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', {
        errors: [{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }],
      }),
  });
}
