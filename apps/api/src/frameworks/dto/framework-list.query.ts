import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FRAMEWORK_STATUSES } from '@iop/domain';
import type { FrameworkStatus } from '@iop/domain';
import { IsText } from '../../common/validation';

export class FrameworkListQuery {
  @ApiPropertyOptional({ enum: FRAMEWORK_STATUSES })
  @IsOptional()
  @IsIn(FRAMEWORK_STATUSES)
  status?: FrameworkStatus;

  @ApiPropertyOptional({ example: 'Region Skåne', description: "The public party's name, exactly" })
  @IsOptional()
  @IsText(2, 200)
  publicParty?: string;
}
