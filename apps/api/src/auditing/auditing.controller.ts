import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@iop/identity';
import { ApiErrorBody } from '../common/api-error';
import { Clock } from '../common/clock';
import { parseUuidParam } from '../common/validation';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { ProcessRoute } from '../identity/process-route';
import { PARTNERSHIP_PROCESS } from '../partnerships/partnership-process';
import { AuditingService } from './auditing.service';
import { dossierHtml, timelineCsv } from './dossier';
import { DossierQuery, HistoryQuery, RolesQuery, TimelineQuery } from './dto/auditing.query';
import { HistoryResponse, TimelineEntryResponse, VerificationResponse } from './dto/auditing.response';

/** The auditor's view of one partnership: its history, its integrity, and its dossier. */
@ApiTags('auditing')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ApiNotFoundResponse({ type: ApiErrorBody })
@Policy('process:read')
@ProcessRoute(PARTNERSHIP_PROCESS, 'id')
@Controller('partnerships/:id')
export class AuditingController {
  constructor(
    private readonly auditing: AuditingService,
    private readonly clock: Clock,
  ) {}

  @Get('timeline')
  @ApiOkResponse({
    description: 'Step records, decisions, signatures, tasks and audit-log entries, oldest first',
    type: TimelineEntryResponse,
    isArray: true,
  })
  timeline(@Param('id', parseUuidParam('id')) id: string, @Query() query: TimelineQuery, @CurrentPrincipal() principal: Principal) {
    return this.auditing.timeline(id, query, principal);
  }

  @Get('history')
  @ApiOkResponse({
    description: "Temporal's event history of the workflow, readable, one page or whole, with a link to the Web UI",
    type: HistoryResponse,
  })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'page or pageSize is not a whole number in its range' })
  history(@Param('id', parseUuidParam('id')) id: string, @Query() query: HistoryQuery, @CurrentPrincipal() principal: Principal) {
    return this.auditing.history(id, principal, query);
  }

  @Get('verification')
  @ApiOkResponse({
    description:
      'The hash chain over step records and audit-log entries: which links were checked, its first broken link, its last signed checkpoint',
    type: VerificationResponse,
  })
  verification(@Param('id', parseUuidParam('id')) id: string) {
    return this.auditing.verification(id);
  }

  @Get('roles')
  @ApiOkResponse({ description: 'Who could sign and who acted for each party, on a given day', type: Object })
  async roles(@Param('id', parseUuidParam('id')) id: string, @Query() query: RolesQuery) {
    return this.auditing.roles(id, query.date ?? (await this.clock.today()));
  }

  @Get('reconciliation')
  @ApiOkResponse({ description: "The read model compared with the workflow's state and status", type: Object })
  reconciliation(@Param('id', parseUuidParam('id')) id: string) {
    return this.auditing.reconcile(id);
  }

  @Get('dossier')
  @ApiProduces('application/json', 'text/csv', 'text/html')
  @ApiOkResponse({ description: 'JSON: complete; CSV: the timeline; HTML: the printable report with Swedish headings' })
  async dossier(
    @Param('id', parseUuidParam('id')) id: string,
    @Query() query: DossierQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const dossier = await this.auditing.dossier(id, principal);
    const name = `iop-${id}`;
    if (query.format === 'csv') {
      res.type('text/csv; charset=utf-8').attachment(`${name}-tidslinje.csv`);
      return timelineCsv(dossier.timeline);
    }
    if (query.format === 'html') {
      res.type('text/html; charset=utf-8');
      return dossierHtml(dossier);
    }
    res.attachment(`${name}.json`);
    return dossier;
  }
}
