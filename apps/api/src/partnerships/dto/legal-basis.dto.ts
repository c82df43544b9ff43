import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, ValidateNested } from 'class-validator';
import { CRITERION_ASSESSMENTS, FORUM_KEYS, SKR_CRITERIA } from '@iop/domain';
import type { CriteriaFindings, CriterionAssessment, ForumKey, SkrCriterion } from '@iop/domain';
import { IsText } from '../../common/validation';

/** One of SKR's criteria as the officer found it: met, not met or unclear, and why. */
export class CriterionFindingDto {
  @ApiProperty({ enum: CRITERION_ASSESSMENTS, description: 'MET, NOT_MET or UNCLEAR (uppfyllt, inte uppfyllt, oklart)' })
  @IsIn(CRITERION_ASSESSMENTS)
  assessment!: CriterionAssessment;

  @ApiProperty({ maxLength: 4000, description: 'Why: what in this partnership shows it' })
  @IsText(1, 4000)
  comment!: string;
}

/**
 * SKR's eight criteria (2017), each required: the properties are declared from the domain's list (as PrinciplesDto
 * is), so that a criterion added there is asked for here, and a missing one is refused naming `criteria.<criterion>`.
 */
// The merge is the point: the class carries the decorators, the interface the properties the list declares.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface CriteriaDto extends Record<SkrCriterion, CriterionFindingDto> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CriteriaDto {}
for (const criterion of SKR_CRITERIA) {
  Type(() => CriterionFindingDto)(CriteriaDto.prototype, criterion);
  ValidateNested()(CriteriaDto.prototype, criterion);
  IsObject()(CriteriaDto.prototype, criterion);
  ApiProperty({ type: CriterionFindingDto })(CriteriaDto.prototype, criterion);
}

/** Forum's four keys, each with how this partnership meets it. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface ForumKeysDto extends Record<ForumKey, string> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ForumKeysDto {}
for (const key of FORUM_KEYS) {
  IsText(1, 4000)(ForumKeysDto.prototype, key);
  ApiProperty({ type: String, maxLength: 4000, description: 'How it is met' })(ForumKeysDto.prototype, key);
}

/** Why IOP and not procurement or a grant (LegalBasisAssessment). */
export class LegalBasisDto {
  @ApiProperty({ type: CriteriaDto, description: "SKR's criteria of 2017, every one assessed" })
  @IsObject()
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria!: CriteriaDto & CriteriaFindings;

  @ApiProperty({ type: ForumKeysDto, description: "Forum's four keys, each with how it is met" })
  @IsObject()
  @ValidateNested()
  @Type(() => ForumKeysDto)
  forumKeys!: ForumKeysDto;

  @ApiProperty({ maxLength: 4000, description: 'The conclusion: why this is an IOP' })
  @IsText(3, 4000)
  conclusion!: string;
}
