import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { canonicalParty, IsCalendarDate, IsPartyKey, IsText, IsOmittable } from '../../common/validation';
import { PRINCIPLES } from '@iop/domain';
import type { Principle } from '@iop/domain';
import { AnswerTaskDto } from './problem-definition.dto';

/** A contribution's amount in one calendar year of the period; the domain checks the years against the draft. */
export class YearlyAmountDto {
  @ApiProperty({ example: 2027, description: 'A calendar year within the agreement period' })
  @IsInt()
  @Min(1900)
  @Max(2199)
  year!: number;

  @ApiProperty({ example: 500000, description: 'Whole kronor (SEK) in that year, an integer ≥ 0' })
  @IsInt()
  @Min(0)
  @Max(100_000_000_000)
  amountSek!: number;
}

export class ContributionDto {
  @ApiProperty({ example: 'PUBLIC' })
  @Transform(canonicalParty)
  @IsPartyKey()
  party!: string;

  @ApiProperty({ example: 1500000, description: 'Whole kronor (SEK), an integer ≥ 0' })
  @IsInt()
  @Min(0)
  @Max(100_000_000_000)
  amountSek!: number;

  @ApiPropertyOptional({ description: 'Egen insats: volunteers, premises, knowledge; required of each organisation for approval' })
  @IsOmittable()
  @IsText(1, 4000)
  ownContribution?: string;

  @ApiPropertyOptional({
    type: [YearlyAmountDto],
    description: 'The amount per calendar year: each year once, within the period, adding up to amountSek',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => YearlyAmountDto)
  years?: YearlyAmountDto[];
}

/** The principles by their Swedish names, as the national agreement calls them. */
const PRINCIPLE_DESCRIPTIONS: Record<Principle, string> = {
  INDEPENDENCE: 'Självständighet och oberoende',
  DIALOGUE: 'Dialog',
  QUALITY: 'Kvalitet',
  LONG_TERM: 'Långsiktighet',
  TRANSPARENCY: 'Öppenhet och insyn',
  DIVERSITY: 'Mångfald',
};

/**
 * How the draft honours each of the six principles; an approval needs all six. One optional text per entry of the
 * domain's list: the properties are declared from it (in the order TypeScript applies stacked decorators, the
 * last first), and the interface merged with the class types them.
 */
// The merge is the point: the class carries the decorators, the interface the properties the list declares.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface PrinciplesDto extends Partial<Record<Principle, string>> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PrinciplesDto {}
for (const principle of PRINCIPLES) {
  IsText(1, 4000)(PrinciplesDto.prototype, principle);
  IsOmittable()(PrinciplesDto.prototype, principle);
  ApiPropertyOptional({ type: String, description: PRINCIPLE_DESCRIPTIONS[principle] })(PrinciplesDto.prototype, principle);
}

export class DraftDto {
  @ApiProperty() @IsText(3, 4000) purpose!: string;
  @ApiProperty() @IsText(3, 4000) sharedGoal!: string;

  @ApiProperty({ type: [ContributionDto], minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ContributionDto)
  contributions!: ContributionDto[];

  @ApiProperty({ format: 'date', example: '2016-01-01' }) @IsCalendarDate() startDate!: string;
  @ApiProperty({ format: 'date', example: '2018-12-31' }) @IsCalendarDate() endDate!: string;
  @ApiProperty({ description: 'Uppföljning och utvärdering' }) @IsText(3, 4000) followUpPlan!: string;
  @ApiProperty({ description: 'Styrning: samverkansgrupp, arbetsgrupp' }) @IsText(3, 4000) governance!: string;
  @ApiProperty({ description: 'Uppsägning, omförhandling, tvister' }) @IsText(3, 4000) terminationTerms!: string;

  @ApiProperty({ example: 6, description: 'Notice period in months, 0 to 36' })
  @IsInt()
  @Min(0)
  @Max(36)
  terminationNoticeMonths!: number;

  @ApiProperty({ type: PrinciplesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PrinciplesDto)
  principles!: PrinciplesDto;
}

export class DraftReviewDto extends AnswerTaskDto {
  @ApiProperty({ enum: ['APPROVED', 'CHANGES_REQUESTED'] })
  @IsIn(['APPROVED', 'CHANGES_REQUESTED'])
  decision!: 'APPROVED' | 'CHANGES_REQUESTED';

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOmittable()
  @IsText(1, 4000)
  comment?: string;
}
