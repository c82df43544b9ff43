import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrorBody } from '../common/api-error';
import { Command, CommandContext } from '../common/command-context';
import { parseUuidParam } from '../common/validation';
import { CreatePartnershipDto } from './dto/create-partnership.dto';
import { OrganisationTaskResponse, PartnershipResponse } from './dto/partnership.response';
import { TaskListQuery } from './dto/task-list.query';
import { PartnershipsService } from './partnerships.service';

@ApiTags('partnerships')
@Controller('partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retrying with the same key returns the same partnership' })
  @ApiCreatedResponse({ type: PartnershipResponse })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ type: ApiErrorBody })
  async create(
    @Body() dto: CreatePartnershipDto,
    @Command() command: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnershipResponse> {
    const { partnership, replayed } = await this.partnerships.create(dto, command);
    res.status(HttpStatus.CREATED).location(`/partnerships/${partnership.id}`);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return partnership;
  }

  @Get(':id')
  @ApiOkResponse({ type: PartnershipResponse })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', parseUuidParam('id')) id: string): Promise<PartnershipResponse> {
    return this.partnerships.get(id);
  }

  @Get(':id/tasks')
  @ApiOkResponse({ type: [OrganisationTaskResponse] })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  tasks(@Param('id', parseUuidParam('id')) id: string, @Query() query: TaskListQuery): Promise<OrganisationTaskResponse[]> {
    return this.partnerships.tasks({ partnershipId: id, openOnly: query.status === 'open' });
  }

  @Get(':id/workflow-state')
  @ApiOkResponse({ description: "The workflow's live state (a Temporal query), the source the read model follows", type: Object })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  liveState(@Param('id', parseUuidParam('id')) id: string): Promise<object> {
    return this.partnerships.liveState(id);
  }
}
