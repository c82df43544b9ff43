import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACCEPTED_MEDIA_TYPES, DOCUMENT_KINDS, HANDLING_ORIGINS, HANDLING_TARGETS, PROCESS_KINDS, RETENTION_KINDS } from '@iop/domain';
import type { DocumentKind, HandlingOrigin, HandlingTarget, ProcessKind, RetentionKind } from '@iop/domain';

export class SecrecyMarkingResponse {
  @ApiProperty({ example: 'OSL 31 kap. 16 §' }) provision!: string;
  @ApiProperty({ example: 'Registrator Eva Nilsson' }) decidedBy!: string;
}

export class RetentionResponse {
  @ApiProperty({ enum: RETENTION_KINDS, description: 'PRESERVE: bevaras; DISPOSE: gallras `years` after the case was closed' })
  kind!: RetentionKind;
  @ApiPropertyOptional({ type: 'integer', minimum: 1 }) years?: number;
}

/** A handling (allmän handling) as the diarium lists it, with the way to its file. */
export class HandlingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: "Its number in the case (the diarienummer's löpnummer)" }) number!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'RS 2026/123-4',
    description: "The case's diarienummer and the number; null until the case has one",
  })
  diarienummer!: string | null;
  @ApiProperty({ format: 'date' }) datedOn!: string;
  @ApiProperty({ enum: HANDLING_ORIGINS }) origin!: HandlingOrigin;
  @ApiProperty({ enum: DOCUMENT_KINDS }) documentKind!: DocumentKind;
  @ApiProperty({ description: 'Sender or recipient' }) counterpart!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: HANDLING_TARGETS }) target!: HandlingTarget;
  @ApiProperty({ type: 'integer', nullable: true }) targetSeq!: number | null;
  @ApiProperty({ example: 'Stadgar för föreningen.pdf' }) fileName!: string;
  @ApiProperty({ enum: ACCEPTED_MEDIA_TYPES }) mediaType!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) sizeBytes!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) sha256!: string;
  @ApiProperty({ type: SecrecyMarkingResponse, nullable: true, description: 'Kept out of every public export' })
  secrecy!: SecrecyMarkingResponse | null;
  @ApiProperty({ type: RetentionResponse }) retention!: RetentionResponse;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ description: 'Who registered it (the e-mail the token names)' }) registeredBy!: string;
  @ApiProperty({ example: 'PUBLIC', description: "'PUBLIC' or the organisationsnummer it was registered for" }) registeredByParty!: string;
  @ApiProperty({ example: '/partnerships/…/documents/…/content', description: 'GET: the file' }) contentPath!: string;
}

export class HandlingListResponse {
  @ApiProperty({ type: String, nullable: true, example: 'RS 2026/123', description: "The case's diarienummer; null until given" })
  diarienummer!: string | null;
  @ApiProperty({
    type: [HandlingResponse],
    description: 'In their order; a secret-marked one only for officers, auditors and the party that registered it',
  })
  items!: HandlingResponse[];
}

/** A handling whose retention has run out, with its case. */
export class DisposalDueItemResponse {
  @ApiProperty({ format: 'uuid' }) processId!: string;
  @ApiProperty({ enum: PROCESS_KINDS }) processKind!: ProcessKind;
  @ApiProperty() processTitle!: string;
  @ApiProperty() publicParty!: string;
  @ApiProperty({ format: 'date', description: 'The day the case was closed (ENDED)' }) closedOn!: string;
  @ApiProperty({ format: 'date', description: 'The first day it may be disposed of' }) disposableFrom!: string;
  @ApiProperty({ type: HandlingResponse }) handling!: HandlingResponse;
}

export class DisposalDueResponse {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: [DisposalDueItemResponse], description: 'Listed only: the engine never disposes of anything itself' })
  items!: DisposalDueItemResponse[];
}
