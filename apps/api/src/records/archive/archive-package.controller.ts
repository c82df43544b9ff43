import { Controller, Get, HttpStatus, Logger, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@iop/identity';
import { AuditService } from '../../audit/audit.service';
import { ApiErrorBody } from '../../common/api-error';
import { parseUuidParam } from '../../common/validation';
import type { AuthenticatedRequest } from '../../identity/authenticated-request';
import { CurrentPrincipal } from '../../identity/current-principal.decorator';
import { Policy } from '../../identity/policy';
import { ProcessRoute } from '../../identity/process-route';
import { PARTNERSHIP_PROCESS } from '../../partnerships/partnership-process';
import { ArchivePackageService } from './archive-package.service';
import { sendPackage } from './send-package';

/** One partnership's case as an information package for the e-archive (arkivpaket). */
@ApiTags('records')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ApiForbiddenResponse({ type: ApiErrorBody, description: "A representative of one of the partnership's organisations (ARCHIVE_PUBLIC_PARTY_ONLY)" })
@ApiNotFoundResponse({ type: ApiErrorBody })
@Controller('partnerships/:id')
export class ArchivePackageController {
  private readonly logger = new Logger(ArchivePackageController.name);

  constructor(
    private readonly packages: ArchivePackageService,
    private readonly audit: AuditService,
  ) {}

  @Get('archive-package')
  @Policy('records:archive')
  @ProcessRoute(PARTNERSHIP_PROCESS, 'id')
  // The ZIP on success only: the refusals are JSON like every other route's.
  @ApiOkResponse({
    description:
      "The case as an E-ARK SIP (FGS Paketstruktur 2.0) in a ZIP, streamed as it is built: METS.xml, the case and its handlingar after CITS ERMS (FGS Ärendehantering 2.0), PREMIS fixity, and representations/rep1 with every handling's file and the dossier",
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  async download(
    @Param('id', parseUuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: AuthenticatedRequest,
    @Res() response: Response,
  ): Promise<void> {
    const prepared = await this.packages.prepare(id, principal);
    // Written before the first byte: an export that starts is on record, whether or not the reader stays to its end.
    await this.audit.record(request, HttpStatus.OK, null);
    request.auditedWithCommand = true;
    await sendPackage(response, prepared, this.logger);
  }
}
