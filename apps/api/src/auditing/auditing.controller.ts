import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
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
import { dossierHtml, dossierPdf, timelineCsv } from './dossier';
import { caseFileName } from '../records/case-file-name';
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
  @ApiProduces('application/json', 'text/csv', 'text/html', 'application/pdf')
  @ApiOkResponse({
    description:
      'JSON: complete; CSV: the timeline for Swedish Excel (`;`, BOM, Swedish headers and values, Swedish time), as `IOP-<diarienummer>-tidslinje.csv`; HTML: the printable report in Swedish, with page numbers when printed; PDF: the same report',
  })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A format other than json, csv, html or pdf' })
  async dossier(
    @Param('id', parseUuidParam('id')) id: string,
    @Query() query: DossierQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const dossier = await this.auditing.dossier(id, principal);
    const name = (what: string) => caseFileName(dossier.diarienummer, id, what);
    switch (query.format) {
      case 'csv':
        res.type('text/csv; charset=utf-8').attachment(name('tidslinje.csv'));
        return timelineCsv(dossier.timeline, dossier.partnership);
      case 'html':
        res.type('text/html; charset=utf-8');
        return dossierHtml(dossier);
      case 'pdf':
        res.type('application/pdf').attachment(name('akt.pdf'));
        return new StreamableFile(await dossierPdf(dossier));
      default:
        res.attachment(name('akt.json'));
        return dossier;
    }
  }
}
