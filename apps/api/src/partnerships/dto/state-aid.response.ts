import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { STATE_AID_CONCLUSIONS } from '@iop/domain';
import type { StateAidConclusion } from '@iop/domain';
import { DeclaredAidDto, OrganisationAidDto } from './state-aid.dto';

/** One recorded version of the state aid assessment; the last of the list is in force. */
export class StateAidResponse {
  @ApiProperty({ description: 'The first recorded is 1' }) version!: number;
  @ApiProperty({ enum: STATE_AID_CONCLUSIONS }) conclusion!: StateAidConclusion;
  @ApiProperty() reasons!: string;
  @ApiPropertyOptional() entrustmentReference?: string;
  @ApiPropertyOptional() otherLegalBasis?: string;
  @ApiPropertyOptional({ type: [OrganisationAidDto] }) aid?: OrganisationAidDto[];
  @ApiProperty({ example: 'PUBLIC' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** An organisation's latest declaration of its other de minimis aid. */
export class DeMinimisDeclarationResponse {
  @ApiProperty({ example: '802456-1238' }) organisationNumber!: string;
  @ApiProperty({ description: 'true: no other de minimis aid' }) none!: boolean;
  @ApiProperty({ type: [DeclaredAidDto] }) aids!: DeclaredAidDto[];
  @ApiProperty({ format: 'date-time' }) declaredAt!: string;
}
