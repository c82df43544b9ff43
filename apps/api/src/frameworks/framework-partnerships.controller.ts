import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorBody } from '../common/api-error';
import { parseUuidParam } from '../common/validation';
import { Policy } from '../identity/policy';
import { ProcessRoute } from '../identity/process-route';
import { FRAMEWORK_PROCESS } from './framework-process';
import { FrameworkPartnershipsResponse } from './framework-partnerships.response';
import { FrameworkPartnershipsService } from './framework-partnerships.service';

@ApiTags('frameworks')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ProcessRoute(FRAMEWORK_PROCESS, 'id')
@Controller('frameworks')
export class FrameworkPartnershipsController {
  constructor(private readonly partnerships: FrameworkPartnershipsService) {}

  // Any signed-in person, as every read of a framework: what was entered within one is as public as the framework.
  @Get(':id/partnerships')
  @Policy('framework:read')
  @ApiOkResponse({
    type: FrameworkPartnershipsResponse,
    description: 'The partnerships (IOP) entered within the framework agreement, with their phases and organisations',
  })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'FRAMEWORK_NOT_FOUND' })
  list(@Param('id', parseUuidParam('id')) id: string): Promise<FrameworkPartnershipsResponse> {
    return this.partnerships.list(id);
  }
}
