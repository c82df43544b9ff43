import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { AID_CURRENCIES, STATE_AID_CONCLUSIONS } from '@iop/domain';
import type { AidCurrency, StateAidConclusion } from '@iop/domain';
import { canonicalParty, IsCalendarDate, IsOmittable, IsOrganisationNumber, IsText } from '../../common/validation';
import { IsDecimal } from '../../common/decimal';
import { AnswerTaskDto } from './problem-definition.dto';

/** The aid this partnership grants one of its organisations, in whole kronor. */
export class OrganisationAidDto {
  @ApiProperty({ example: '802456-1238', description: 'An organisation of this partnership' })
  @Transform(canonicalParty)
  @IsOrganisationNumber()
  organisationNumber!: string;

  @ApiProperty({ example: 450000, minimum: 1, description: 'The aid in whole kronor (SEK)' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  amountSek!: number;
}

/** StateAidAssessment (statsstödsbedömning): the conclusion, its reasons, and what that conclusion needs. */
export class StateAidDto {
  @ApiProperty({ enum: STATE_AID_CONCLUSIONS })
  @IsIn(STATE_AID_CONCLUSIONS)
  conclusion!: StateAidConclusion;

  @ApiProperty({ maxLength: 4000, description: 'Why this conclusion' })
  @IsText(3, 4000)
  reasons!: string;

  // Which of these a conclusion needs is the domain's rule (422 STATE_AID_INCOMPLETE naming the field): the document
  // can say a field's shape, not that another field's value requires it.
  @ApiPropertyOptional({ maxLength: 200, description: "SGEI_ENTRUSTMENT: the entrustment act's reference (överlåtelseakt)" })
  @ValidateIf((o: StateAidDto) => o.entrustmentReference !== undefined)
  @IsText(1, 200)
  entrustmentReference?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'OTHER: the legal basis the aid rests on' })
  @ValidateIf((o: StateAidDto) => o.otherLegalBasis !== undefined)
  @IsText(1, 1000)
  otherLegalBasis?: string;

  @ApiPropertyOptional({ type: [OrganisationAidDto], maxItems: 50, description: 'DE_MINIMIS, SGEI_DE_MINIMIS: the aid per organisation' })
  @ValidateIf((o: StateAidDto) => o.aid !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrganisationAidDto)
  aid?: OrganisationAidDto[];
}

/** Another de minimis aid the organisation received: who granted it, when, how much. */
export class DeclaredAidDto {
  @ApiProperty({ example: 'Tillväxtverket', maxLength: 200 })
  @IsText(2, 200)
  grantingBody!: string;

  @ApiProperty({ example: '2025-03-01', description: 'The date it was granted' })
  @IsCalendarDate()
  grantedOn!: string;

  @IsDecimal(2, 0.01, 1_000_000_000, { example: 120000, description: 'In the currency, to the öre or cent' })
  amount!: number;

  @ApiProperty({ enum: AID_CURRENCIES })
  @IsIn(AID_CURRENCIES)
  currency!: AidCurrency;
}

/** The organisation's declaration (försäkran om stöd av mindre betydelse): its other de minimis aid, or none. */
export class DeMinimisDeclarationDto extends AnswerTaskDto {
  @ApiProperty({ description: 'true: no other de minimis aid over the last three years (aids then empty)' })
  @IsBoolean()
  none!: boolean;

  @ApiProperty({ type: [DeclaredAidDto], maxItems: 50 })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DeclaredAidDto)
  aids: DeclaredAidDto[] = [];
}
