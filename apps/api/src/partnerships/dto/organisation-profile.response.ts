import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_KINDS, LEGAL_FORMS, PARTICIPATION_LEVELS } from '@iop/domain';
import type { AttachmentKind, LegalForm } from '@iop/domain';

// The organisation as a party and the levels chosen per phase, as the partnership's answer shows them (the enums
// are the domain's lists).

export class ProfileContactResponse {
  @ApiProperty() name!: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() phone?: string;
}

export class ProfileAttachmentResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind!: AttachmentKind;
}

export class OrganisationProfileResponse {
  @ApiProperty({ enum: LEGAL_FORMS }) legalForm!: LegalForm;
  @ApiPropertyOptional() legalFormDescription?: string;
  @ApiProperty({ description: 'Registered as idéburen with Kammarkollegiet (lag (2022:900)), as stated' }) registeredAsIdeburen!: boolean;
  @ApiPropertyOptional({ format: 'date' }) registeredSince?: string;
  @ApiPropertyOptional({ type: ProfileContactResponse, description: 'Personal data: kept out of any public export' })
  contact?: ProfileContactResponse;
  @ApiProperty({ type: [ProfileAttachmentResponse] }) attachments!: ProfileAttachmentResponse[];
  @ApiProperty({ description: "Who stated it: 'PUBLIC' (with the start) or the organisation" }) statedBy!: string;
  @ApiProperty() statedByActor!: string;
  @ApiProperty({ format: 'date-time' }) statedAt!: string;
}

export class PhaseLevelChoiceResponse {
  @ApiPropertyOptional({ enum: PARTICIPATION_LEVELS, nullable: true, type: String, description: 'null: no level aimed for' }) level!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
  @ApiProperty() proposedByActor!: string;
}
