import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SIGNATORY_STATUSES } from '@iop/database';
import { ALL_SIGNATORY_BASIS_KINDS, LEGACY_BASIS, SIGNATORY_BASIS_KINDS } from '../signatory-basis';

export class SignatoryBasisResponse {
  @ApiProperty({ enum: [...ALL_SIGNATORY_BASIS_KINDS, LEGACY_BASIS] }) kind!: string;
  @ApiProperty() reference!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'null for LEGACY entries' }) date!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) paragraph!: string | null;
}

export class SignatoryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['PUBLIC_PARTY', 'ORGANISATION'] }) partyKind!: string;
  @ApiProperty({ description: "The public party's name or the organisationsnummer" }) partyRef!: string;
  @ApiProperty() subject!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) validTo!: string | null;
  @ApiProperty({ type: SignatoryBasisResponse }) basis!: SignatoryBasisResponse;
  @ApiProperty({ enum: SIGNATORY_STATUSES, description: 'Only a CONFIRMED entry lets its person sign' }) status!: string;
  @ApiProperty({ description: 'Who proposed it (e-mail, else subject)' }) registeredBy!: string;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) confirmedBy!: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) confirmedAt!: string | null;
  @ApiProperty({ description: 'Whether the caller may confirm it now (an officer in reach, neither its person nor its proposer)' })
  mayConfirm!: boolean;
}

export class SignatoryBasisKindsResponse {
  @ApiProperty({ enum: SIGNATORY_BASIS_KINDS.ORGANISATION, isArray: true }) ORGANISATION!: string[];
  @ApiProperty({ enum: SIGNATORY_BASIS_KINDS.PUBLIC_PARTY, isArray: true }) PUBLIC_PARTY!: string[];
}
