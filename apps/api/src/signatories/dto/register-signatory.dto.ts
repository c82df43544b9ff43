import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, IsEmailAddress, IsText } from '../../common/validation';

/** A firmatecknare of the caller's own party. */
export class RegisterSignatoryDto {
  @ApiProperty({ description: "The person's subject in the identity provider (the token's sub)" })
  @IsText(1, 200)
  subject!: string;

  @ApiProperty({ example: 'Anna Lindqvist' })
  @IsText(2, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'anna.lindqvist@skane.example' })
  @IsOptional()
  @IsEmailAddress()
  email?: string;

  @ApiProperty({ format: 'date', description: 'First day the person may sign' })
  @IsCalendarDate()
  validFrom!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day the person may sign; open-ended when absent' })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string;

  @ApiProperty({ example: 'Regionstyrelsens delegationsordning, beslut 2015-03-12 § 4', description: 'On what authority' })
  @IsText(3, 1000)
  authority!: string;
}

export class SignatoryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['PUBLIC_PARTY', 'ORGANISATION'] }) partyKind!: string;
  @ApiProperty({ description: 'The public party\'s name or the organisationsnummer' }) partyRef!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) validTo!: string | null;
  @ApiProperty() authority!: string;
  @ApiProperty() registeredBy!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
}
