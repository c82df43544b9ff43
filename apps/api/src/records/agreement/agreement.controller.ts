import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrorBody } from '../../common/api-error';
import { parseUuidParam } from '../../common/validation';
import { Policy } from '../../identity/policy';
import { ProcessRoute } from '../../identity/process-route';
import { PARTNERSHIP_PROCESS } from '../../partnerships/partnership-process';
import { contentDisposition } from '../file-name';
import { AgreementService } from './agreement.service';
import { AgreementResponse } from './agreement.response';

/** The PDF on success; the errors are JSON like every other route's. */
const PDF = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };

/** The agreement as the parties sign it: what to read before signing, and the signed copy. */
@ApiTags('records')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@ApiNotFoundResponse({ type: ApiErrorBody, description: 'No such partnership for you' })
@ApiConflictResponse({ type: ApiErrorBody, description: 'AGREEMENT_NOT_RENDERED: no decision has approved a version as a document yet' })
@Policy('process:read')
@ProcessRoute(PARTNERSHIP_PROCESS, 'id')
@Controller('partnerships/:id/agreement')
export class AgreementController {
  constructor(private readonly agreements: AgreementService) {}

  @Get()
  @ApiOkResponse({
    type: AgreementResponse,
    description: 'The approved agreement document: its SHA-256 (what a signature names), its handling, its signatures',
  })
  async describe(@Param('id', parseUuidParam('id')) id: string): Promise<AgreementResponse> {
    return AgreementResponse.from(id, await this.agreements.current(id));
  }

  @Get('document.pdf')
  @ApiOkResponse({ description: 'The agreement PDF the approving decision names, byte for byte', content: PDF })
  async document(@Param('id', parseUuidParam('id')) id: string, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.agreements.document(id);
    sendPdf(res, fileName, bytes);
  }

  @Get('signed.pdf')
  @ApiOkResponse({
    content: PDF,
    description: 'The agreement followed by its signature page: who signed for which party, when, on what authority, on which SHA-256',
  })
  async signed(@Param('id', parseUuidParam('id')) id: string, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.agreements.signed(id);
    sendPdf(res, fileName, bytes);
  }
}

function sendPdf(res: Response, fileName: string, bytes: Buffer): void {
  res
    .status(200)
    .set({ 'Content-Type': 'application/pdf', 'Content-Length': String(bytes.length), 'Content-Disposition': contentDisposition(fileName, 'inline') })
    .end(bytes);
}
