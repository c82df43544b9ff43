import { ApiProperty } from '@nestjs/swagger';
import { PHASES } from '@iop/domain';

export class FrameworkPartnershipOrganisationResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ example: '802456-1238' }) organisationNumber!: string;
}

export class FrameworkPartnershipResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ type: [FrameworkPartnershipOrganisationResponse] }) organisations!: FrameworkPartnershipOrganisationResponse[];
}

export class FrameworkPartnershipsResponse {
  @ApiProperty({ type: [FrameworkPartnershipResponse], description: 'Newest first' }) items!: FrameworkPartnershipResponse[];
}
