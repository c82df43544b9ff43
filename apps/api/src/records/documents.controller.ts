import { applyDecorators, Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ACCEPTED_MEDIA_TYPES } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { ApiErrorBody } from '../common/api-error';
import { CommandContext, DirectCommand } from '../common/command-context';
import { DescribedBody } from '../common/openapi-routes';
import { parseUuidParam } from '../common/validation';
import { ActingParty, CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { ProcessRoute } from '../identity/process-route';
import { CaseKind, FRAMEWORK_CASE, PARTNERSHIP_CASE } from './case-kinds';
import { DocumentsService } from './documents.service';
import { DiarienummerDto, DiarienummerResponse } from './dto/diarienummer.dto';
import { HandlingListResponse, HandlingResponse } from './dto/handling.response';
import { UploadDocumentDto } from './dto/upload-document.dto';

/** The decorators of each of the four routes, alike for a partnership and a framework agreement. */
const Upload = () =>
  applyDecorators(
    Policy('process:act'),
    ApiConsumes('multipart/form-data'),
    ApiBody({ type: UploadDocumentDto }),
    DescribedBody(UploadDocumentDto),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A retry by the same caller with the same form and file gets the same handling (Idempotent-Replayed: true)',
    }),
    ApiCreatedResponse({ type: HandlingResponse, description: 'Registered as the next handling of the case; Location: its file' }),
    ApiBadRequestResponse({ type: ApiErrorBody, description: 'A field missing or breaking its rule, named' }),
    ApiForbiddenResponse({
      type: ApiErrorBody,
      description: "READ_ONLY_ROLE; PUBLIC_PARTY_ONLY for a secrecy marking by anyone but the public party's officer",
    }),
    ApiNotFoundResponse({ type: ApiErrorBody }),
    ApiPayloadTooLargeResponse({ type: ApiErrorBody, description: 'FILE_TOO_LARGE: over DOCUMENT_MAX_BYTES' }),
    ApiUnsupportedMediaTypeResponse({ type: ApiErrorBody, description: 'Not multipart/form-data' }),
    ApiUnprocessableEntityResponse({
      type: ApiErrorBody,
      description:
        'FILE_EMPTY, FILE_TYPE_NOT_ACCEPTED, FILE_ZIP_BOMB, HANDLING_TARGET_INVALID, HANDLING_TARGET_NOT_FOUND, SECRECY_MARKING_INCOMPLETE',
    }),
  );

const List = () =>
  applyDecorators(
    Policy('process:read'),
    ApiOkResponse({ type: HandlingListResponse, description: "The case's handlingar with their diarienummer, in their order" }),
    ApiNotFoundResponse({ type: ApiErrorBody }),
  );

/** The file's own type on success (one of the accepted ones); the errors are JSON like every other route's. */
const FILE_CONTENT = Object.fromEntries(ACCEPTED_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));

const Content = () =>
  applyDecorators(
    Policy('process:read'),
    ApiOkResponse({
      description: 'The file as it was registered, with its type and Content-Disposition: attachment with its Swedish name',
      content: FILE_CONTENT,
    }),
    ApiBadRequestResponse({ type: ApiErrorBody }),
    ApiNotFoundResponse({ type: ApiErrorBody, description: 'HANDLING_NOT_FOUND: none, or secret to the reader' }),
  );

const SetDiarienummer = () =>
  applyDecorators(
    Policy('process:act'),
    HttpCode(HttpStatus.OK),
    ApiOkResponse({ type: DiarienummerResponse, description: "The case's diarienummer; its handlings are numbered <diarienummer>-<n>" }),
    ApiBadRequestResponse({ type: ApiErrorBody }),
    ApiForbiddenResponse({ type: ApiErrorBody, description: "PUBLIC_PARTY_ONLY: only the public party's officer" }),
    ApiNotFoundResponse({ type: ApiErrorBody }),
  );

/**
 * The handlingar of a partnership and of a framework agreement (ärendets allmänna handlingar): uploaded by the
 * case's officer or representatives, read by whoever reads the case (a secrecy-marked one by officers, auditors
 * and the organisation that registered it), numbered under the diarienummer the public party gives the case.
 */
@ApiTags('records')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('partnerships/:id/documents')
  @ProcessRoute(PARTNERSHIP_CASE.process)
  @Upload()
  uploadToPartnership(
    @Param('id', parseUuidParam('id')) id: string,
    @Req() req: Request,
    @DirectCommand() c: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.upload(PARTNERSHIP_CASE, id, req, c, res);
  }

  @Post('frameworks/:id/documents')
  @ProcessRoute(FRAMEWORK_CASE.process)
  @Upload()
  uploadToFramework(
    @Param('id', parseUuidParam('id')) id: string,
    @Req() req: Request,
    @DirectCommand() c: CommandContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.upload(FRAMEWORK_CASE, id, req, c, res);
  }

  @Get('partnerships/:id/documents')
  @ProcessRoute(PARTNERSHIP_CASE.process)
  @List()
  listOfPartnership(
    @Param('id', parseUuidParam('id')) id: string,
    @CurrentPrincipal() principal: Principal,
    @ActingParty() party: string | undefined,
  ) {
    return this.documents.list(PARTNERSHIP_CASE, id, principal, party);
  }

  @Get('frameworks/:id/documents')
  @ProcessRoute(FRAMEWORK_CASE.process)
  @List()
  listOfFramework(@Param('id', parseUuidParam('id')) id: string, @CurrentPrincipal() principal: Principal, @ActingParty() party: string | undefined) {
    return this.documents.list(FRAMEWORK_CASE, id, principal, party);
  }

  @Get('partnerships/:id/documents/:handlingId/content')
  @ProcessRoute(PARTNERSHIP_CASE.process)
  @Content()
  contentInPartnership(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('handlingId', parseUuidParam('handlingId')) handlingId: string,
    @CurrentPrincipal() principal: Principal,
    @ActingParty() party: string | undefined,
  ): Promise<StreamableFile> {
    return this.documents.content(id, handlingId, principal, party);
  }

  @Get('frameworks/:id/documents/:handlingId/content')
  @ProcessRoute(FRAMEWORK_CASE.process)
  @Content()
  contentInFramework(
    @Param('id', parseUuidParam('id')) id: string,
    @Param('handlingId', parseUuidParam('handlingId')) handlingId: string,
    @CurrentPrincipal() principal: Principal,
    @ActingParty() party: string | undefined,
  ): Promise<StreamableFile> {
    return this.documents.content(id, handlingId, principal, party);
  }

  @Put('partnerships/:id/diarienummer')
  @ProcessRoute(PARTNERSHIP_CASE.process)
  @SetDiarienummer()
  diarienummerOfPartnership(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: DiarienummerDto,
    @DirectCommand() c: CommandContext,
  ): Promise<DiarienummerResponse> {
    return this.documents.setDiarienummer(id, dto.diarienummer, c);
  }

  @Put('frameworks/:id/diarienummer')
  @ProcessRoute(FRAMEWORK_CASE.process)
  @SetDiarienummer()
  diarienummerOfFramework(
    @Param('id', parseUuidParam('id')) id: string,
    @Body() dto: DiarienummerDto,
    @DirectCommand() c: CommandContext,
  ): Promise<DiarienummerResponse> {
    return this.documents.setDiarienummer(id, dto.diarienummer, c);
  }

  private async upload(kind: CaseKind, id: string, req: Request, context: CommandContext, res: Response): Promise<HandlingResponse> {
    const handling = await this.documents.register(kind, id, req, context);
    res.status(HttpStatus.CREATED).location(handling.contentPath);
    return handling;
  }
}
