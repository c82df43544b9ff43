import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, registerDecorator } from 'class-validator';
import { EARLIEST_DATE, LATEST_DATE, REGISTER_STATUSES } from '@iop/domain';
import type { RegisterStatus } from '@iop/domain';
import { withSentences } from '../../common/field-messages';
import { canonicalParty, IsOrganisationNumber, IsText } from '../../common/validation';

/** A rule's Swedish sentence in the body's summary, given the parameter's name (see validation.ts). */
const inSwedish = (sentence: string) => ({ context: { messageSv: (field: string) => `${field} ${sentence}` } });

const asNumber = ({ value }: { value: unknown }) => (value === undefined ? value : Number(value));

const FIRST_YEAR = Number(EARLIEST_DATE.slice(0, 4));
const LAST_YEAR = Number(LATEST_DATE.slice(0, 4));

/**
 * A calendar year in the range of days the engine accepts, as one rule with one sentence: "2O27" or "tjugosju" is
 * told it is no year, not also that it is below one bound and above the other.
 */
const IsYear = (): PropertyDecorator => (target, propertyName) =>
  registerDecorator({
    name: 'isYear',
    target: target.constructor,
    propertyName: propertyName as string,
    constraints: [FIRST_YEAR, LAST_YEAR],
    options: {
      message: `${String(propertyName)} must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
      context: {
        ...withSentences(`Enter a year from ${FIRST_YEAR} to ${LAST_YEAR}.`, `Ange ett årtal från ${FIRST_YEAR} till ${LAST_YEAR}.`).context,
        messageSv: (field: string) => `${field} måste vara ett årtal från ${FIRST_YEAR} till ${LAST_YEAR}.`,
      },
    },
    validator: { validate: (value: unknown) => Number.isInteger(value) && (value as number) >= FIRST_YEAR && (value as number) <= LAST_YEAR },
  });

/** The formats the register is published in: JSON by default, CSV for a spreadsheet. */
export const REGISTER_FORMATS = ['json', 'csv'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

/**
 * The most IOPs one page holds. The whole country is estimated to have 100 to 240, so a region's register fits in
 * one page, and no request reads more than this many states.
 */
export const REGISTER_MAX_PAGE_SIZE = 1000;

/** The register's filters: whose, with which organisation, in force in which year, in force or ended. */
export class PublicRegisterQuery {
  @ApiPropertyOptional({ example: 'Region Skåne', description: 'The public party (region or municipality), its name exactly' })
  @IsOptional()
  @IsText(2, 200)
  publicParty?: string;

  @ApiPropertyOptional({ description: 'IOPs this organisation is (or was) party to, by organisationsnummer' })
  @IsOptional()
  @Transform(canonicalParty)
  @IsOrganisationNumber(inSwedish('måste vara ett organisationsnummer NNNNNN-NNNN med rätt kontrollsiffra.'))
  organisationNumber?: string;

  @ApiPropertyOptional({ example: 2027, description: 'IOPs in force during some day of this calendar year' })
  @IsOptional()
  @Transform(asNumber)
  @IsYear()
  year?: number;

  @ApiPropertyOptional({ enum: REGISTER_STATUSES, description: 'IN_FORCE: signed and not ended; ENDED: ended after it was signed' })
  @IsOptional()
  @IsIn(REGISTER_STATUSES, inSwedish(`måste vara en av ${REGISTER_STATUSES.join(', ')}.`))
  status?: RegisterStatus;

  @ApiPropertyOptional({
    enum: REGISTER_FORMATS,
    description: 'csv: the same entries as a CSV file for Swedish spreadsheets (also chosen by Accept: text/csv); json when absent',
  })
  @IsOptional()
  @IsIn(REGISTER_FORMATS, inSwedish(`måste vara en av ${REGISTER_FORMATS.join(', ')}.`))
  format?: RegisterFormat;

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Transform(asNumber)
  @IsInt(inSwedish('måste vara ett heltal.'))
  @Min(1, inSwedish('måste vara minst 1.'))
  @Max(100000, inSwedish('får vara högst 100000.'))
  page = 1;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: REGISTER_MAX_PAGE_SIZE })
  @IsOptional()
  @Transform(asNumber)
  @IsInt(inSwedish('måste vara ett heltal.'))
  @Min(1, inSwedish('måste vara minst 1.'))
  @Max(REGISTER_MAX_PAGE_SIZE, inSwedish(`får vara högst ${REGISTER_MAX_PAGE_SIZE}.`))
  pageSize = 100;
}
