import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
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
import { MoveRoute } from '../common/move-route.decorator';
import { parseUuidParam } from '../common/validation';
import { DossierQuery } from '../auditing/dto/auditing.query';
import { ActingParty, CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { ProcessRoute } from '../identity/process-route';
import { AssessInitiativeDto, DecideInitiativeDto } from './dto/initiative-moves.dto';
import {
  InitiativeAvailableMovesResponse,
  InitiativeCommandResponse,
  InitiativePage,
  InitiativeResponse,
  InitiativeTimelineEntryResponse,
} from './dto/initiative.response';
import { SubmitInitiativeDto } from './dto/submit-initiative.dto';
import { initiativeDossierHtml } from './initiative-dossier';
import { INITIATIVE_PROCESS } from './initiative-process';
import { InitiativesService } from './initiatives.service';

/**
 * Initiatives from organisations (IOP-initiativ): submitted by an organisation's representative for their own
 * organisation, read by that organisation, the addressed public party's officers and auditors; assessed and
 * decided by those officers (process:act makes them 'PUBLIC', and the rules take both moves from it alone).
 */
@ApiTags('initiatives')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ProcessRoute(INITIATIVE_PROCESS, 'id')
@Controller('initiatives')
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Post()
  @Policy('initiative:submit')
  @ApiForbiddenResponse({ type: ApiErrorBody, description: "Not a representative, or not for the representative's own organisation" })
  @ApiCreatedResponse({ type: InitiativeResponse })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiUnprocessableEntityResponse({ type: ApiErrorBody })
  async submit(
    @Body() dto: SubmitInitiativeDto,
    @Command() command: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<InitiativeResponse> {
    const initiative = await this.initiatives.submit(dto, command);
    res.status(HttpStatus.CREATED).location(`/initiatives/${initiative.id}`);
    return initiative;
  }

  @Get()
  @Policy('authenticated')
  @ApiOkResponse({
    type: InitiativePage,
    description: "Newest first: an officer's public party's, a representative's own organisation's, every one for an auditor",
  })
  list(@CurrentPrincipal() principal: Principal): Promise<InitiativePage> {
    return this.initiatives.list(principal);
  }

  @Get(':id')
  @Policy('process:read')
  @ApiOkResponse({ type: InitiativeResponse })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', parseUuidParam('id')) id: string): Promise<InitiativeResponse> {
    return this.initiatives.get(id);
  }

  @Get(':id/available-moves')
  @Policy('process:read')
  @ApiOkResponse({ type: InitiativeAvailableMovesResponse, description: "The addressed public party's officers' moves; none for anyone else" })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  async availableMoves(
    @Param('id', parseUuidParam('id')) id: string,
    @ActingParty() party: string | undefined,
  ): Promise<InitiativeAvailableMovesResponse> {
    return { moves: await this.initiatives.availableMoves(id, party) };
  }

  @Get(':id/timeline')
  @Policy('process:read')
  @ApiOkResponse({ type: InitiativeTimelineEntryResponse, isArray: true, description: 'Step records, tasks and audit-log entries, oldest first' })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  timeline(@Param('id', parseUuidParam('id')) id: string) {
    return this.initiatives.timeline(id);
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
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const dossier = await this.initiatives.dossier(id);
    if (query.format === 'html' || query.format === 'csv') {
      res.type('text/html; charset=utf-8');
      return initiativeDossierHtml(dossier);
    }
    res.attachment(`initiativ-${id}.json`);
    return dossier;
  }

  @Post(':id/assessments')
  @Policy('process:act')
  @MoveRoute(InitiativeCommandResponse)
  assess(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: AssessInitiativeDto,
    @Command() ctx: CommandContext,
  ): Promise<InitiativeCommandResponse> {
    return this.initiatives.execute(id, { type: 'ASSESS_INITIATIVE', assessments: dto.assessments }, ctx);
  }

  @Post(':id/decision')
  @Policy('process:act')
  @MoveRoute(InitiativeCommandResponse)
  decide(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: DecideInitiativeDto,
    @Command() ctx: CommandContext,
  ): Promise<InitiativeCommandResponse> {
    const { partnership, ...rest } = dto;
    return this.initiatives.execute(
      id,
      {
        type: 'DECIDE_ON_INITIATIVE',
        ...rest,
        ...(partnership ? { partnership: { partnershipId: '', title: partnership.title, goals: partnership.goals } } : {}),
      },
      ctx,
    );
  }
}
