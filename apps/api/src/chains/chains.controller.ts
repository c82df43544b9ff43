import { Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorBody } from '../common/api-error';
import { Policy } from '../identity/policy';
import { ChainsService } from './chains.service';
import { CheckpointsQuery } from './dto/chains.query';

/** For auditors: the signed checkpoints of the hash chains, and the chain of commands outside any partnership. */
@ApiTags('auditing')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ApiForbiddenResponse({ type: ApiErrorBody })
@Controller('chains')
export class ChainsController {
  constructor(private readonly chains: ChainsService) {}

  @Get('checkpoints')
  @Policy('chain:read')
  @ApiOkResponse({ description: "A chain's signed checkpoints, oldest first (without `chain`: each chain's latest)", type: Object, isArray: true })
  list(@Query() query: CheckpointsQuery) {
    return this.chains.list(query.chain);
  }

  @Post('checkpoints')
  @Policy('chain:checkpoint')
  @ApiCreatedResponse({ description: 'The checkpoints signed now: one per chain whose head moved since its last', type: Object })
  checkpoint() {
    return this.chains.checkpointNow();
  }

  @Get('global/verification')
  @Policy('chain:read')
  @ApiOkResponse({ description: "The chain of commands outside any partnership (signatories), verified like a partnership's", type: Object })
  verifyGlobal() {
    return this.chains.verifyGlobal();
  }
}
