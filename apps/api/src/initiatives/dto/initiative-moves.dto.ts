import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, ValidateNested } from 'class-validator';
import { CRITERION_ASSESSMENTS, SKR_CRITERIA, INITIATIVE_OUTCOMES, OTHER_FORMS } from '@iop/domain';
import type { CriterionVerdict, SkrCriterion, InitiativeOutcome, OtherForm } from '@iop/domain';
import { IsOmittable, IsText } from '../../common/validation';

export class CriterionAssessmentDto {
  @ApiProperty({ enum: SKR_CRITERIA, description: "One of SKR's eight criteria of 2017" })
  @IsIn(SKR_CRITERIA)
  criterion!: SkrCriterion;

  @ApiProperty({ enum: CRITERION_ASSESSMENTS })
  @IsIn(CRITERION_ASSESSMENTS)
  verdict!: CriterionVerdict;

  @ApiProperty({ maxLength: 4000 })
  @IsText(1, 4000)
  comment!: string;
}

/** The officer assesses criteria, one or all at once; a criterion assessed again replaces its earlier assessment. */
export class AssessInitiativeDto {
  @ApiProperty({ type: [CriterionAssessmentDto], minItems: 1, maxItems: SKR_CRITERIA.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SKR_CRITERIA.length)
  @ValidateNested({ each: true })
  @Type(() => CriterionAssessmentDto)
  assessments!: CriterionAssessmentDto[];
}

export class OpenedPartnershipDto {
  @ApiProperty({ example: 'Läxhjälp i Vårsta', maxLength: 300 })
  @IsText(3, 300)
  title!: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 20, description: 'The goals of the problem definition proposed with the opening' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsText(2, 1000, { each: true })
  goals!: string[];
}

/** The decision on an initiative, once every criterion is assessed. */
export class DecideInitiativeDto {
  @ApiProperty({ enum: INITIATIVE_OUTCOMES })
  @IsIn(INITIATIVE_OUTCOMES)
  outcome!: InitiativeOutcome;

  @ApiPropertyOptional({ enum: OTHER_FORMS, description: 'Required for OTHER_FORM' })
  @IsOmittable()
  @IsIn(OTHER_FORMS)
  otherForm?: OtherForm;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Required for OTHER_FORM and DECLINED' })
  @IsOmittable()
  @IsText(1, 4000)
  reason?: string;

  @ApiPropertyOptional({ type: OpenedPartnershipDto, description: 'Required for OPEN_PARTNERSHIP: the IOP process opened' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => OpenedPartnershipDto)
  partnership?: OpenedPartnershipDto;
}
