import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { REVIEW_OUTCOMES } from '@iop/domain';
import type { ReviewOutcome } from '@iop/domain';
import { IsCalendarDate, IsOmittable, IsText } from '../../common/validation';
import { PoliticalDecisionDto } from '../../partnerships/dto/decision.dto';
import { FrameworkTermsDto } from './framework-terms.dto';
import type { MoveBody } from './move-body';

/** A version drafted: the first text, or a revision (revidering) while the version in force stays in force. */
export class ProposeVersionDto extends FrameworkTermsDto {
  @ApiPropertyOptional({ description: "Why the version is drafted (a revision's reason)", maxLength: 4000 })
  @IsOmittable()
  @IsText(1, 4000)
  reason?: string;
}

/** The political body's decision on the latest draft: APPROVED adopts it, RETURNED (återremiss) keeps it a draft. */
export class AdoptionDecisionDto extends PoliticalDecisionDto implements MoveBody<'RECORD_ADOPTION_DECISION', 'version'> {
  @ApiPropertyOptional({ example: 'T1', description: 'The task this answers' })
  @IsOmittable()
  @IsText(1, 40)
  taskId?: string;
}

/** The review (översyn) decided at least every fifth year: go on with the text in force, or revise it. */
export class ReviewDecisionDto extends AdoptionDecisionDto implements MoveBody<'RECORD_REVIEW_DECISION'> {
  @ApiProperty({ enum: REVIEW_OUTCOMES, description: 'CONTINUE with the text in force, or REVISE it (a new version follows)' })
  @IsIn(REVIEW_OUTCOMES)
  reviewOutcome!: ReviewOutcome;
}

/** The public party ends the framework, on a decision; its partnerships go on under their own terms. */
export class EndFrameworkDto implements MoveBody<'END_FRAMEWORK'> {
  @ApiProperty({ format: 'date', example: '2030-12-31' })
  @IsCalendarDate()
  endedOn!: string;

  @ApiProperty({ description: 'The decision and its reasons, in words', maxLength: 4000 })
  @IsText(1, 4000)
  statement!: string;
}
