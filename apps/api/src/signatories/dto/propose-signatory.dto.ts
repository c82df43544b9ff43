import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsEmailAddress, IsProtocolParagraph, IsText, IsOmittable } from '../../common/validation';
import { ALL_SIGNATORY_BASIS_KINDS, basisNeedsParagraph, SignatoryBasisKind } from '../signatory-basis';

/** What shows that the person signs for the party; which kinds fit which party is checked by the service. */
export class SignatoryBasisDto {
  @ApiProperty({
    enum: ALL_SIGNATORY_BASIS_KINDS,
    description: 'BOARD_DECISION or REGISTER_EXTRACT for an organisation, DELEGATION_ORDER for a public party',
  })
  @IsIn(ALL_SIGNATORY_BASIS_KINDS)
  kind!: SignatoryBasisKind;

  @ApiProperty({
    example: 'Styrelseprotokoll 2026-03-12, § 7',
    description: 'Which decision, extract or delegation order: its name, number or diarienummer',
  })
  @IsText(3, 300)
  reference!: string;

  @ApiProperty({ format: 'date', description: 'The day of the decision, of the extract, or of the delegation order' })
  @IsCalendarDate()
  date!: string;

  @ApiPropertyOptional({ example: '§ 4', description: "The delegation order's paragraph; required for DELEGATION_ORDER, refused for the others" })
  @ValidateIf((basis: SignatoryBasisDto) => basisNeedsParagraph(basis.kind) || basis.paragraph !== undefined)
  @IsProtocolParagraph()
  paragraph?: string;
}

/** A firmatecknare of the caller's own party, proposed; it is valid once someone else confirms it. */
export class ProposeSignatoryDto {
  @ApiProperty({ description: "The person's subject in the identity provider (the token's sub)" })
  @IsText(1, 200)
  subject!: string;

  @ApiProperty({ example: 'Anna Lindqvist' })
  @IsText(2, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'anna.lindqvist@skane.example' })
  @IsOmittable()
  @IsEmailAddress()
  email?: string;

  @ApiProperty({ format: 'date', description: 'First day the person may sign' })
  @IsCalendarDate()
  validFrom!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day the person may sign; open-ended when absent' })
  @IsOmittable()
  @IsCalendarDate()
  validTo?: string;

  @ApiProperty({ type: SignatoryBasisDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SignatoryBasisDto)
  basis!: SignatoryBasisDto;
}
