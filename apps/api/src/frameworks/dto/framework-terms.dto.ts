import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { COMMITMENT_HOLDERS, DEVELOPMENT_AREAS, JOINING_UNDERTAKINGS, PRINCIPLES } from '@iop/domain';
import type { CommitmentHolder, DevelopmentArea, JoiningUndertaking, Principle, SteeringGroupRules } from '@iop/domain';
import { IsCalendarDate, IsOmittable, IsText } from '../../common/validation';

/** Commitments (åtaganden) one principle may list in a version, and texts' lengths the read model stores. */
export const MAX_COMMITMENTS_PER_PRINCIPLE = 30;
export const MAX_COMMITMENT_TEXT = 4000;
export const MAX_SUMMARY_TEXT = 20000;

export class PeriodDto {
  @ApiProperty({ format: 'date', example: '2010-06-29', description: 'The first day the version is in force' })
  @IsCalendarDate()
  start!: string;

  @ApiPropertyOptional({ format: 'date', example: '2014-12-31', description: 'The last day it is in force (inclusive); none: until further notice' })
  @IsOmittable()
  @IsCalendarDate()
  end?: string;
}

/** A commitment as proposed: the version numbers them itself (`<principle>-<n>`, in the order sent). */
export class CommitmentDto {
  @ApiProperty({ example: 'Regionen bjuder in till dialog innan beslut som berör sektorn fattas.', maxLength: MAX_COMMITMENT_TEXT })
  @IsText(1, MAX_COMMITMENT_TEXT)
  text!: string;

  @ApiProperty({ enum: COMMITMENT_HOLDERS, description: 'Whom it binds: the public side, the idéburen sector, or both' })
  @IsIn(COMMITMENT_HOLDERS)
  heldBy!: CommitmentHolder;
}

export class PrincipleCommitmentsDto {
  @ApiProperty({ enum: PRINCIPLES })
  @IsIn(PRINCIPLES)
  principle!: Principle;

  @ApiProperty({ type: [CommitmentDto], maxItems: MAX_COMMITMENTS_PER_PRINCIPLE })
  @IsArray()
  @ArrayMaxSize(MAX_COMMITMENTS_PER_PRINCIPLE)
  @ValidateNested({ each: true })
  @Type(() => CommitmentDto)
  commitments!: CommitmentDto[];
}

/** The samverkansgrupp's rules: one number of seats for both sectors, so that they are always equal. */
export class SteeringGroupRulesDto implements SteeringGroupRules {
  @ApiProperty({ example: 5, minimum: 1, maximum: 50, description: 'Seats of each sector (both the same)' })
  @IsInt()
  @Min(1)
  @Max(50)
  seatsPerSector!: number;

  @ApiProperty({ example: 4, minimum: 1, maximum: 4, description: 'Meetings required in each calendar year (one per quarter at most counts)' })
  @IsInt()
  @Min(1)
  @Max(4)
  meetingsPerYear!: number;

  @ApiProperty({ example: 5, minimum: 1, maximum: 20, description: 'A review must be decided at least every this many years' })
  @IsInt()
  @Min(1)
  @Max(20)
  reviewIntervalYears!: number;
}

/** What a version of the framework says: the text the political body decides on (FrameworkTerms). */
export class FrameworkTermsDto {
  @ApiProperty({ type: PeriodDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PeriodDto)
  period!: PeriodDto;

  @ApiProperty({ type: [PrincipleCommitmentsDto], maxItems: PRINCIPLES.length, description: 'The six principles, each with its commitments' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PRINCIPLES.length)
  @ValidateNested({ each: true })
  @Type(() => PrincipleCommitmentsDto)
  principles!: PrincipleCommitmentsDto[];

  @ApiProperty({ enum: DEVELOPMENT_AREAS, isArray: true, description: 'Utvecklingsområden (Skåne: five)' })
  @IsArray()
  @ArrayMaxSize(DEVELOPMENT_AREAS.length)
  @IsIn(DEVELOPMENT_AREAS, { each: true })
  developmentAreas!: DevelopmentArea[];

  @ApiProperty({ enum: JOINING_UNDERTAKINGS, isArray: true, description: 'What an organisation must declare to join: every one of them' })
  @IsArray()
  @ArrayMaxSize(JOINING_UNDERTAKINGS.length)
  @IsIn(JOINING_UNDERTAKINGS, { each: true })
  joiningUndertakings!: JoiningUndertaking[];

  @ApiProperty({ type: SteeringGroupRulesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SteeringGroupRulesDto)
  steeringGroup!: SteeringGroupRulesDto;

  @ApiProperty({ description: 'Bakgrund och syfte', maxLength: MAX_SUMMARY_TEXT })
  @IsText(1, MAX_SUMMARY_TEXT)
  summary!: string;
}
