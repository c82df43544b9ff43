import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorBody } from '../common/api-error';
import type { AuthenticatedRequest } from '../identity/authenticated-request';
import { Policy } from '../identity/policy';
import { RegisterSignatoryDto, SignatoryResponse } from './dto/register-signatory.dto';
import { SignatoriesService } from './signatories.service';

/** Firmatecknare: who may sign for a party. Only such a person can sign an agreement for it. */
@ApiTags('signatories')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Controller('signatories')
export class SignatoriesController {
  constructor(private readonly signatories: SignatoriesService) {}

  @Post()
  @Policy('signatory:register')
  @ApiCreatedResponse({ type: SignatoryResponse, description: "Registered for the caller's own party" })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiForbiddenResponse({ type: ApiErrorBody })
  register(@Body() dto: RegisterSignatoryDto, @Req() request: AuthenticatedRequest): Promise<SignatoryResponse> {
    return this.signatories.register(dto, request.principal!);
  }

  @Get()
  @Policy('authenticated')
  @ApiOkResponse({ type: [SignatoryResponse] })
  list(@Req() request: AuthenticatedRequest): Promise<SignatoryResponse[]> {
    return this.signatories.list(request.principal!);
  }
}
