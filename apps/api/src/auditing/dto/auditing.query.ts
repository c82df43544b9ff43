import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PARTICIPATION_LEVELS, PHASES } from '@iop/domain';
import { canonicalParty, IsCalendarDate, IsDiarienummer, IsOrganisationNumber, IsPartyKeyOrJoint } from '../../common/validation';

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

export class DossierQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'html'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'html'])
  format: 'json' | 'csv' | 'html' = 'json';
}

export class PartnershipListQuery {
  @ApiPropertyOptional({ enum: PHASES }) @IsOptional() @IsIn(PHASES) phase?: string;
  @ApiPropertyOptional({ description: 'Partnerships this organisation is party to' })
  @IsOptional()
  @Transform(canonicalParty)
  @IsOrganisationNumber()
  organisation?: string;
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, description: 'Partnerships with at least one step that reached this level' })
  @IsOptional()
  @IsIn(PARTICIPATION_LEVELS)
  levelReached?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Started on or after' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Started on or before' }) @IsOptional() @IsCalendarDate() to?: string;
  @ApiPropertyOptional({ example: 'RS 2015/1014', description: 'Partnerships with a decision of this diarienummer' })
  @IsOptional()
  @IsDiarienummer()
  diarienummer?: string;

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
