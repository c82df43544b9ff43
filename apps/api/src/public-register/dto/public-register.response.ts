import { ApiProperty } from '@nestjs/swagger';
import { END_REASONS, REGISTER_STATUSES } from '@iop/domain';
import type { EndReason, PublicRegisterEntry, RegisterDecision, RegisterGrant, RegisterOrganisation, RegisterStatus } from '@iop/domain';

// The register's answer as the domain builds it (records/public-register.ts): the enums are the domain's lists and
// each class implements the domain's type, so that the document follows a change of the entry.

export class RegisterOrganisationResponse implements RegisterOrganisation {
  @ApiProperty({ example: 'NÄTVERKET-Idéburen sektor Skåne' }) name!: string;
  @ApiProperty({ example: '802456-1238' }) organisationNumber!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day it left the agreement; null while a party' })
  leftOn!: string | null;
}

export class RegisterYearlyAmountResponse {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ example: 500000, description: 'Whole kronor (SEK)' }) amountSek!: number;
}

export class RegisterGrantResponse implements RegisterGrant {
  @ApiProperty({ example: 1500000, description: "The public party's grant (bidrag) over the whole period, whole kronor" }) totalSek!: number;
  @ApiProperty({
    type: [RegisterYearlyAmountResponse],
    description: 'Per calendar year as the agreement splits it; empty when it gives one amount for a period over several years',
  })
  perYear!: RegisterYearlyAmountResponse[];
}

export class RegisterDecisionResponse implements RegisterDecision {
  @ApiProperty({ example: 'Regionstyrelsen', description: 'The political body that decided' }) body!: string;
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiProperty({ example: 'RS 2026/00321' }) diarienummer!: string;
  @ApiProperty({ example: '§ 88' }) paragraph!: string;
}

export class RegisterPeriodResponse {
  @ApiProperty({ format: 'date', description: 'The first day of the agreement' }) start!: string;
  @ApiProperty({ format: 'date', description: 'The last day of the agreement as signed' }) end!: string;
}

export class RegisterEndingResponse {
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty({ enum: END_REASONS }) reason!: EndReason;
}

export class PublicRegisterEntryResponse implements PublicRegisterEntry {
  @ApiProperty({ format: 'uuid' }) partnershipId!: string;
  @ApiProperty({ example: 'Idéburen sektor i Skåne' }) title!: string;
  @ApiProperty({ enum: REGISTER_STATUSES }) status!: RegisterStatus;
  @ApiProperty({ example: 'Region Skåne' }) publicParty!: string;
  @ApiProperty({ type: [RegisterOrganisationResponse] }) organisations!: RegisterOrganisationResponse[];
  @ApiProperty({ description: "The agreement's purpose (syfte) as signed" }) purpose!: string;
  @ApiProperty({ type: RegisterPeriodResponse }) period!: RegisterPeriodResponse;
  @ApiProperty({ type: RegisterEndingResponse, nullable: true, description: 'When and why it ended (ENDED only)' })
  ended!: RegisterEndingResponse | null;
  @ApiProperty({ type: RegisterGrantResponse }) publicGrant!: RegisterGrantResponse;
  @ApiProperty({ type: RegisterDecisionResponse, nullable: true, description: 'The decision that approved the agreement' })
  decision!: RegisterDecisionResponse | null;
  @ApiProperty({ type: String, nullable: true, example: 'RS 2026/00321', description: "The case's diarienummer, once given" })
  caseDiarienummer!: string | null;
}

export class PublicRegisterPage {
  @ApiProperty({ type: [PublicRegisterEntryResponse] }) items!: PublicRegisterEntryResponse[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 100 }) pageSize!: number;
  @ApiProperty({ description: 'Whether another page follows' }) hasMore!: boolean;
}
