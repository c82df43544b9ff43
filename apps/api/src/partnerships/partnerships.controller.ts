import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrorBody } from '../common/api-error';
import { Command, CommandContext } from '../common/command-context';
import { parseUuidParam } from '../common/validation';
import { CreatePartnershipDto } from './dto/create-partnership.dto';
import { PartnershipPage, PartnershipResponse } from './dto/partnership.response';
import { InboxTaskResponse } from '../tasks/dto/inbox-task.response';
import { PartnershipListQuery } from '../auditing/dto/auditing.query';
import { TaskListQuery } from '../tasks/dto/task-list.query';
import { TasksService } from '../tasks/tasks.service';
import { PartnershipsService } from './partnerships.service';
import type { Principal } from '@iop/identity';
import { ActingParty, CurrentPrincipal } from '../identity/current-principal.decorator';
import { AvailableMoveResponse } from './dto/available-move.response';
import { AvailableMovesService } from './available-moves.service';
import { Policy } from '../identity/policy';
import { ProcessRoute } from '../identity/process-route';
import { PARTNERSHIP_PROCESS } from './partnership-process';
import { PartnershipLevelsResponse } from '../auditing/dto/overview.response';

@ApiTags('partnerships')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ProcessRoute(PARTNERSHIP_PROCESS, 'id')
@Controller('partnerships')
export class PartnershipsController {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly moves: AvailableMovesService,
    // One inbox across kinds of process: a partnership's tasks are read as any process's.
    private readonly inbox: TasksService,
  ) {}

  @Post()
  @Policy('partnership:create')
  @ApiForbiddenResponse({ type: ApiErrorBody })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'A retry by the same caller with the same body gets the same partnership (Idempotent-Replayed: true); the key bound to another request is a 422',
  })
  @ApiCreatedResponse({ type: PartnershipResponse })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ type: ApiErrorBody })
  async create(
    @Body() dto: CreatePartnershipDto,
    @Command() command: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PartnershipResponse> {
    const partnership = await this.partnerships.create(dto, command);
    res.status(HttpStatus.CREATED).location(`/partnerships/${partnership.id}`);
    return partnership;
  }

  @Get()
  @Policy('authenticated')
  @ApiOkResponse({
    type: PartnershipPage,
    description: "Newest first; an officer sees their public party's, a representative their organisation's, an auditor all",
  })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  list(@Query() query: PartnershipListQuery, @CurrentPrincipal() principal: Principal): Promise<PartnershipPage> {
    return this.partnerships.list(query, principal);
  }

  @Get(':id')
  @Policy('process:read')
  @ApiOkResponse({ type: PartnershipResponse, description: "A representative sees only their own organisation's tasks" })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', parseUuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<PartnershipResponse> {
    return this.partnerships.get(id, principal);
  }

  @Get(':id/tasks')
  @Policy('process:read')
  @ApiOkResponse({ type: [InboxTaskResponse], description: "A representative sees only their own organisation's tasks" })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  tasks(
    @Param('id', parseUuidParam('id')) id: string,
    @Query() query: TaskListQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InboxTaskResponse[]> {
    return this.inbox.tasks({ processId: id, openOnly: query.status === 'open', addressedTo: principal.organisationNumber });
  }

  @Get(':id/available-moves')
  @Policy('process:read')
  @ApiOkResponse({
    type: [AvailableMoveResponse],
    description:
      "The moves the caller's party may make now, as the lifecycle's rules judge the current state, each with its route and body fields; an auditor, who never acts, gets none",
  })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  availableMoves(
    @Param('id', parseUuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @ActingParty() party: string | undefined,
  ): Promise<AvailableMoveResponse[]> {
    return this.moves.list(id, principal, party);
  }

  @Get(':id/participation-levels')
  @Policy('process:read')
  @ApiOkResponse({
    type: PartnershipLevelsResponse,
    description: "Per phase, the levels its steps aimed for and reached (derived from each step's evidence), and the steps that fell short",
  })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  levels(@Param('id', parseUuidParam('id')) id: string): Promise<PartnershipLevelsResponse> {
    return this.partnerships.levels(id);
  }

  @Get(':id/workflow-state')
  @Policy('process:read')
  @ApiOkResponse({ description: "The workflow's live state (a Temporal query), the source the read model follows", type: Object })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  liveState(@Param('id', parseUuidParam('id')) id: string, @CurrentPrincipal() principal: Principal): Promise<object> {
    return this.partnerships.liveState(id, principal);
  }
}
