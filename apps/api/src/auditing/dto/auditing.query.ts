import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, registerDecorator } from 'class-validator';
import { EARLIEST_DATE, isCalendarDay, LATEST_DATE, PARTICIPATION_LEVELS, PHASES } from '@iop/domain';
import { CALENDAR_DATE_RULE } from '../../common/path-params';
import { IsFrameworkId } from '../../partnerships/dto/framework-id';
import { canonicalParty, IsCalendarDate, IsDiarienummer, IsOrganisationNumber, IsPartyKeyOrJoint } from '../../common/validation';

/** A rule's Swedish sentence, given the parameter's name (see validation.ts: the body names each field in Swedish). */
const inSwedish = (sentence: string) => ({ context: { messageSv: (field: string) => `${field} ${sentence}` } });

/** A calendar day, refused in both languages: the calendar's range and the overviews' filters are typed by people. */
const IsDay = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: CALENDAR_DATE_RULE.rule,
    target: target.constructor,
    propertyName: propertyName as string,
    options: {
      message: `${String(propertyName)} ${CALENDAR_DATE_RULE.message}`,
      ...inSwedish(`måste vara en verklig dag skriven ÅÅÅÅ-MM-DD, från ${EARLIEST_DATE} till ${LATEST_DATE}.`),
    },
    validator: { validate: isCalendarDay },
  });

/** `true` or `false` in the address; anything else is refused rather than read as false. */
const asBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class TimelineQuery {
  @ApiPropertyOptional({ enum: PHASES }) @IsOptional() @IsIn(PHASES) phase?: string;

  @ApiPropertyOptional({ description: "'PUBLIC', 'JOINT' or an organisationsnummer" })
  @IsOptional()
  @Transform(canonicalParty)
  @IsPartyKeyOrJoint()
  party?: string;
}

export class RolesQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The day asked about; today when absent' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

/** What the dossier is exported as: the whole as JSON, the timeline as CSV, the report as HTML for print or as PDF. */
export const DOSSIER_FORMATS = ['json', 'csv', 'html', 'pdf'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];

export class DossierQuery {
  @ApiPropertyOptional({ enum: DOSSIER_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(DOSSIER_FORMATS, inSwedish(`måste vara ett av formaten ${DOSSIER_FORMATS.join(', ')}.`))
  format: DossierFormat = 'json';
}

/**
 * The filters of the lists across partnerships (the officer's board, "Mina partnerskap", the auditor's register).
 */
export class PartnershipListQuery {
  @ApiPropertyOptional({ enum: PHASES })
  @IsOptional()
  @IsIn(PHASES, inSwedish(`måste vara en av faserna ${PHASES.join(', ')}.`))
  phase?: string;
  @ApiPropertyOptional({ description: 'Partnerships this organisation is party to' })
  @IsOptional()
  @Transform(canonicalParty)
  @IsOrganisationNumber(inSwedish('måste vara ett organisationsnummer NNNNNN-NNNN med rätt kontrollsiffra.'))
  organisation?: string;
  @ApiPropertyOptional({
    enum: PARTICIPATION_LEVELS,
    description: 'Partnerships with at least one step, in any phase, that reached this level (the level reached so far)',
  })
  @IsOptional()
  @IsIn(PARTICIPATION_LEVELS, inSwedish(`måste vara en av delaktighetsnivåerna ${PARTICIPATION_LEVELS.join(', ')}.`))
  levelReached?: string;
  @ApiPropertyOptional({
    type: Boolean,
    description: "Only partnerships with an open task past its due date (a representative: one of their organisation's)",
  })
  @IsOptional()
  @Transform(asBoolean)
  @IsIn([true, false], inSwedish('måste vara true eller false.'))
  overdue?: boolean;
  @ApiPropertyOptional({ format: 'date', description: 'Started on or after' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Started on or before' }) @IsOptional() @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ example: 'RS 2015/1014', description: 'Partnerships with a decision of this diarienummer' })
  @IsOptional()
  @IsDiarienummer()
  diarienummer?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Partnerships entered within this framework agreement (överenskommelse)' })
  @IsOptional()
  @IsFrameworkId()
  framework?: string;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100000)
  page = 1;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? value : Number(value)))
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}

/** The longest range a calendar covers: two years, so that one request never reads every task there is. */
export const CALENDAR_MAX_DAYS = 731;

/** What every report across partnerships may be narrowed to: the partnerships within one framework agreement. */
export class ReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only partnerships entered within this framework agreement (överenskommelse)' })
  @IsOptional()
  @IsFrameworkId()
  framework?: string;
}

export class CalendarQuery extends ReportQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The first day shown; today when absent' })
  @IsOptional()
  @IsDay()
  from?: string;
  @ApiPropertyOptional({
    format: 'date',
    description: `The last day shown (at most ${CALENDAR_MAX_DAYS} days after from); a year after from when absent`,
  })
  @IsOptional()
  @IsDay()
  to?: string;
}

/**
 * A whole number from `min` to `max` in a query string, as class-validator's own rules (so that the OpenAPI document
 * says integer, minimum and maximum): each refusal names the parameter and its rule in English and in Swedish.
 */
const IsWholeNumberFrom = (min: number, max: number): PropertyDecorator =>
  applyDecorators(
    IsInt({ message: '$property must be a whole number', context: { messageSv: (field: string) => `${field} ska vara ett heltal.` } }),
    Min(min, { message: `$property must be at least ${min}`, context: { messageSv: (field: string) => `${field} ska vara minst ${min}.` } }),
    Max(max, { message: `$property must be at most ${max}`, context: { messageSv: (field: string) => `${field} får vara högst ${max}.` } }),
  );

const asNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? value : Number(value));

/** Temporal's history one page at a time; without `page` and `pageSize`, the whole history as before. */
export class HistoryQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100000, description: 'Which page (1 is the first); with pageSize' })
  @IsOptional()
  @Transform(asNumber)
  @IsWholeNumberFrom(1, 100000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, description: 'Events per page; 25 when only page is given' })
  @IsOptional()
  @Transform(asNumber)
  @IsWholeNumberFrom(1, 200)
  pageSize?: number;
}
