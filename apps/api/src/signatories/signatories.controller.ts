import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiErrorBody } from '../common/api-error';
import { parseUuidParam } from '../common/validation';
import type { AuthenticatedRequest } from '../identity/authenticated-request';
import { Policy } from '../identity/policy';
import { ProposeSignatoryDto } from './dto/propose-signatory.dto';
import { SignatoryBasisKindsResponse, SignatoryResponse } from './dto/signatory-response.dto';
import { SignatoriesService } from './signatories.service';

/**
 * Firmatecknare: who may sign for a party. An entry is proposed with its basis and lets its person sign only once a
 * different person has confirmed it: an organisation's by an officer of a public party it has a partnership with,
 * a public party's by a second officer of that party.
 */
@ApiTags('signatories')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Controller('signatories')
export class SignatoriesController {
  constructor(private readonly signatories: SignatoriesService) {}

  @Post()
  @Policy('signatory:register')
  @ApiCreatedResponse({ type: SignatoryResponse, description: "Proposed for the caller's own party (status PROPOSED until confirmed)" })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiForbiddenResponse({ type: ApiErrorBody })
  propose(@Body() dto: ProposeSignatoryDto, @Req() request: AuthenticatedRequest): Promise<SignatoryResponse> {
    return this.signatories.propose(dto, request.principal!);
  }

  @Post(':id/confirmation')
  @HttpCode(HttpStatus.OK)
  @Policy('signatory:confirm')
  @ApiOkResponse({ type: SignatoryResponse, description: 'Confirmed (status CONFIRMED); the same confirmer asking again gets the same answer' })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiForbiddenResponse({ type: ApiErrorBody, description: 'OFFICER_ONLY, READ_ONLY_ROLE or SELF_CONFIRMATION' })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: "SIGNATORY_NOT_FOUND: no such entry, or one outside the caller's reach" })
  @ApiConflictResponse({ type: ApiErrorBody, description: 'SIGNATORY_ALREADY_CONFIRMED by someone else' })
  confirm(@Param('id', parseUuidParam('id')) id: string, @Req() request: AuthenticatedRequest): Promise<SignatoryResponse> {
    return this.signatories.confirm(id, request.principal!);
  }

  @Get()
  @Policy('authenticated')
  @ApiOkResponse({ type: [SignatoryResponse] })
  list(@Req() request: AuthenticatedRequest): Promise<SignatoryResponse[]> {
    return this.signatories.list(request.principal!);
  }

  @Get('basis-kinds')
  @Policy('authenticated')
  @ApiOkResponse({ type: SignatoryBasisKindsResponse, description: 'Which kinds of basis each kind of party may give' })
  basisKinds(): SignatoryBasisKindsResponse {
    return this.signatories.basisKinds();
  }
}
