import { applyDecorators, ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { getMetadataStorage, isEmail, IsString, Length, registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { sentencesOf } from './field-messages';
import { ruleName } from './rule-name';
import { isCalendarDay, isStorableText, normaliseText, parseOrganisationNumber, textProblem, TextProblem } from '@iop/domain';
import { ApiException } from './api.exception';
import type { FieldErrorBody } from './api-error';
import { CALENDAR_DATE_RULE } from './path-params';

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

/** A rule of our own may carry its Swedish sentence in its context (`{ messageSv }`), given the field's path. */
type SwedishContext = { messageSv?: (field: string) => string };

/** The metadata of the rule `rule` on `property` of the object validated, for its limits and whether it is per item. */
function ruleMetadataOf(target: object | undefined, property: string, rule: string): ValidationMetadata | undefined {
  if (!target) return undefined;
  return getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', false, false)
    .find((m) => m.propertyName === property && (ruleName(m) ?? m.type) === rule);
}

/** Each field error worded for people in both languages (common/field-messages.ts), and the top level's Swedish. */
function flatten(errors: ValidationError[], prefix = ''): (FieldErrorBody & { summarySv?: string })[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, fallback]) => {
      const metadata = ruleMetadataOf(error.target, error.property, rule);
      // class-validator copies a rule's context onto its error only for asynchronous rules: read it from the rule too.
      const context = error.contexts?.[rule] ?? metadata?.context;
      const facts = { constraints: metadata?.constraints ?? [], value: error.value, each: metadata?.each ?? false };
      const sentences = sentencesOf(rule, facts, context) ?? { en: fallback, sv: `Värdet följer inte regeln ${rule}.` };
      const summarySv = (context as SwedishContext | undefined)?.messageSv?.(field);
      return { field, rule, message: sentences.en, messageSv: sentences.sv, ...(summarySv ? { summarySv } : {}) };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * The 400 of a failed validation. Every field error has its sentences; the body's Swedish summary names each field
 * whose rule has a summary of its own, and is otherwise the generic one.
 */
function validationFailed(errors: ValidationError[]): ApiException {
  const flat = flatten(errors);
  const swedish = flat.flatMap((e) => (e.summarySv ? [e.summarySv] : []));
  const fieldErrors = flat.map(({ summarySv: _sv, ...e }) => e);
  return swedish.length > 0 ? ApiException.invalid(fieldErrors, `Begäran är ogiltig: ${swedish.join(' ')}`) : ApiException.invalid(fieldErrors);
}

/**
 * Path parameters are parsed by their routes' own strict pipes. The global pipe would otherwise convert them first
 * by their TypeScript type (`+value` for a number), so that `drafts/1e3/reviews` reached the route as version 1000.
 */
class BodyAndQueryValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }

  /**
   * A body is one JSON object. A JSON array (the parser admits one) would be validated as an object of the DTO's
   * class whose errors name no field of it; it is refused first, as the request's whole body.
   */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && typeof metadata.metatype === 'function' && metadata.metatype !== Array && Array.isArray(value)) {
      const { en, sv } = sentencesOf('unknownValue', { constraints: [], value, each: false })!;
      throw ApiException.invalid([{ field: '(body)', rule: 'isObject', message: en, messageSv: sv }]);
    }
    return super.transform(value, metadata);
  }
}

/** Whitelisting pipe: unknown fields are refused, and every offending field is named with its rule. */
export function createValidationPipe(): ValidationPipe {
  return new BodyAndQueryValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    // The object and the value of each error, for the sentence's limits and which of them was missed; neither is
    // sent (validationFailed keeps field, rule and the sentences only).
    validationError: { target: true, value: true },
    exceptionFactory: validationFailed,
  });
}

function rule(name: string, validate: (value: unknown) => boolean, message: string, each = false): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} ${message}`, each },
      validator: { validate },
    });
}

/** The rule each text problem breaks, as clients see it in `errors[].rule`. */
export const TEXT_RULES: Record<TextProblem, { rule: string; message: string }> = {
  NUL_CHARACTER: { rule: 'noNulCharacter', message: 'must not contain the NUL character (U+0000)' },
  LONE_SURROGATE: { rule: 'noLoneSurrogate', message: 'must not contain an unpaired UTF-16 surrogate (U+D800 to U+DFFF)' },
};

const nfc = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? normaliseText(value) : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? normaliseText(v) : v)) : value;

/** Only what PostgreSQL can store, for strings that another rule already shapes (an e-mail address). */
export const IsStorableText = ({ each = false }: { each?: boolean } = {}): PropertyDecorator =>
  applyDecorators(
    ...Object.entries(TEXT_RULES).map(([problem, { rule: name, message }]) =>
      rule(name, (v) => typeof v !== 'string' || textProblem(v) !== problem, message, each),
    ),
  );

/** An e-mail address. validator.js's check throws (URIError) on an unpaired surrogate, so that is refused first. */
export const IsEmailAddress = (): PropertyDecorator =>
  applyDecorators(
    IsStorableText(),
    rule('isEmail', (v) => typeof v === 'string' && isStorableText(v) && isEmail(v), 'must be an e-mail address'),
  );

/**
 * Free text (a title, minutes, reasons): a string of min..max characters that PostgreSQL can store (the domain's
 * rule), NFC-normalised so that the same words typed on different keyboards are stored alike. `each` for arrays.
 */
export const IsText = (min: number, max: number, { each = false }: { each?: boolean } = {}): PropertyDecorator =>
  applyDecorators(Transform(nfc), IsString({ each }), Length(min, max, { each }), IsStorableText({ each }));

/**
 * At most `max` names over every party of a meeting's attendance, as well as the bound per party: a meeting is
 * evidence of who met, not a member register, and the whole attendance travels in the move.
 */
export const HasAtMostNamesInAll =
  (max: number): PropertyDecorator =>
  (target, propertyName) =>
    registerDecorator({
      name: 'maxNamesInAll',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [max],
      options: {
        message: `${String(propertyName)} must name at most ${max} people in all, over every party`,
        context: {
          messageSv: (field: string) => `${field} får ange högst ${max} namn sammanlagt, för alla parter tillsammans.`,
        } satisfies SwedishContext,
      },
      validator: {
        validate: (value: unknown) =>
          !Array.isArray(value) ||
          value.reduce(
            (sum: number, entry: unknown) =>
              sum + (Array.isArray((entry as { names?: unknown })?.names) ? (entry as { names: unknown[] }).names.length : 0),
            0,
          ) <= max,
      },
    });

/** 'PUBLIC' for the public party, or an organisation's organisationsnummer. */
export const IsPartyKey = ({ each = false }: { each?: boolean } = {}): PropertyDecorator =>
  rule(
    'isPartyKey',
    (v) => v === 'PUBLIC' || (typeof v === 'string' && parseOrganisationNumber(v).ok),
    "must be 'PUBLIC' or an organisationsnummer NNNNNN-NNNN with a valid check digit",
    each,
  );

/** A calendar day YYYY-MM-DD that exists and lies in the range the domain accepts (the domain's one rule). */
export const IsCalendarDate = (): PropertyDecorator => rule(CALENDAR_DATE_RULE.rule, isCalendarDay, CALENDAR_DATE_RULE.message);

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

/** A party key, or 'JOINT' for the steps both sides carried. */
export const IsPartyKeyOrJoint = (): PropertyDecorator =>
  rule(
    'isPartyKeyOrJoint',
    (v) => v === 'JOINT' || v === 'PUBLIC' || (typeof v === 'string' && parseOrganisationNumber(v).ok),
    "must be 'PUBLIC', 'JOINT' or an organisationsnummer",
  );

export { CALENDAR_DATE_RULE, parseCalendarDateParam, parseOrganisationNumberParam, parsePositiveIntParam, parseUuidParam } from './path-params';

/**
 * A field the client may leave out, but not send as null: class-validator's IsOptional lets null through, and a null
 * would then be stored where the document promises a string or a list.
 */
export const IsOmittable = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
