import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal } from '@iop/identity';
import { ApiErrorBody } from '../common/api-error';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { DisposalDueService } from './disposal-due.service';
import { DisposalDueQuery } from './dto/disposal-due.query';
import { DisposalDueResponse } from './dto/handling.response';

/** The list the archivist works from: what may be disposed of (gallras) now; the engine itself disposes of nothing. */
@ApiTags('records')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Controller('records')
export class DisposalDueController {
  constructor(private readonly disposalDue: DisposalDueService) {}

  @Get('disposal-due')
  @Policy('records:disposal-due')
  @ApiOkResponse({ type: DisposalDueResponse, description: 'Handlings of closed cases whose retention has run out by asOf, oldest closing first' })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiForbiddenResponse({ type: ApiErrorBody, description: 'OFFICER_ONLY: representatives' })
  list(@Query() query: DisposalDueQuery, @CurrentPrincipal() principal: Principal): Promise<DisposalDueResponse> {
    return this.disposalDue.list(query, principal);
  }
}
