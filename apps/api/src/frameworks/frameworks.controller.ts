import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@iop/identity';
import { ApiErrorBody } from '../common/api-error';
import { Command, CommandContext } from '../common/command-context';
import { parseUuidParam } from '../common/validation';
import { DossierQuery } from '../auditing/dto/auditing.query';
import { ActingParty, CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { ProcessRoute } from '../identity/process-route';
import { CreateFrameworkDto } from './dto/create-framework.dto';
import { FrameworkListQuery } from './dto/framework-list.query';
import { FrameworkAvailableMovesResponse, FrameworkPage, FrameworkResponse, FrameworkTimelineEntryResponse } from './dto/framework.response';
import { frameworkDossierHtml } from './framework-dossier';
import { FRAMEWORK_PROCESS } from './framework-process';
import { FrameworkReadsService } from './framework-reads.service';
import { viewerOf } from './framework-view';
import { FrameworksService } from './frameworks.service';

/**
 * Framework agreements (överenskommelser): started by an officer of the public party, read by anyone signed in (a
 * framework is a public document organisations read to join it). The moves are FrameworkCommandsController's.
 */
@ApiTags('framework agreements')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ProcessRoute(FRAMEWORK_PROCESS, 'id')
@Controller('frameworks')
export class FrameworksController {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly reads: FrameworkReadsService,
  ) {}

  @Post()
  @Policy('framework:create')
  @ApiForbiddenResponse({ type: ApiErrorBody })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'A retry by the same caller with the same body gets the same framework (Idempotent-Replayed: true); the key bound to another request is a 422',
  })
  @ApiCreatedResponse({ type: FrameworkResponse })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ type: ApiErrorBody })
  async create(
    @Body() dto: CreateFrameworkDto,
    @Command() command: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FrameworkResponse> {
    const framework = await this.frameworks.create(dto, command);
    res.status(HttpStatus.CREATED).location(`/frameworks/${framework.id}`);
    return framework;
  }

  @Get()
  @Policy('framework:read')
  @ApiOkResponse({ type: FrameworkPage, description: 'Newest first; every framework, whoever asks' })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  list(@Query() query: FrameworkListQuery, @CurrentPrincipal() principal: Principal): Promise<FrameworkPage> {
    return this.frameworks.list(query, principal);
  }

  @Get(':id')
  @Policy('framework:read')
  @ApiOkResponse({
    type: FrameworkResponse,
    description: "A representative sees the joined organisations and their own application and tasks, not other organisations' applications",
  })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(
    @Param('id', parseUuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @ActingParty() party: string | undefined,
  ): Promise<FrameworkResponse> {
    return this.frameworks.get(id, viewerOf(principal, party));
  }

  @Get(':id/available-moves')
  @Policy('framework:read')
  @ApiOkResponse({
    type: FrameworkAvailableMovesResponse,
    description:
      "The moves the caller's party may make now, each with its route and body fields; an auditor, or another public party's officer, gets none",
  })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  async availableMoves(
    @Param('id', parseUuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @ActingParty() party: string | undefined,
  ): Promise<FrameworkAvailableMovesResponse> {
    return { moves: await this.reads.availableMoves(id, principal, party) };
  }

  @Get(':id/timeline')
  @Policy('framework:read')
  @ApiOkResponse({ type: FrameworkTimelineEntryResponse, isArray: true, description: 'Step records, tasks and audit-log entries, oldest first' })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  timeline(@Param('id', parseUuidParam('id')) id: string, @CurrentPrincipal() principal: Principal, @ActingParty() party: string | undefined) {
    return this.reads.timeline(id, viewerOf(principal, party));
  }

  @Get(':id/dossier')
  @Policy('process:read')
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: 'JSON: complete; HTML: the printable report with Swedish headings' })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  async dossier(
    @Param('id', parseUuidParam('id')) id: string,
    @Query() query: DossierQuery,
    @CurrentPrincipal() principal: Principal,
    @ActingParty() party: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const dossier = await this.reads.dossier(id, viewerOf(principal, party));
    if (query.format === 'html' || query.format === 'csv') {
      res.type('text/html; charset=utf-8');
      return frameworkDossierHtml(dossier);
    }
    res.attachment(`overenskommelse-${id}.json`);
    return dossier;
  }
}
