import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiUnprocessableEntityResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { DeMinimisRepository } from '@iop/database';
import type { Principal } from '@iop/identity';
import { actorOf } from '@iop/identity';
import { textProblem } from '@iop/domain';
import { ApiErrorBody } from '../common/api-error';
import { ApiException } from '../common/api.exception';
import { fieldError } from '../common/field-messages';
import { parseOrganisationNumberParam } from '../common/validation';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Policy } from '../identity/policy';
import { DeMinimisLedgerService } from './de-minimis-ledger.service';
import { ExchangeRateDto, ExchangeRateResponse } from './dto/exchange-rate.dto';
import { DeMinimisLedgerResponse } from './dto/ledger.response';

/** The public party's exchange rates (EUR→SEK per date) and an organisation's de minimis ledger. */
@ApiTags('state-aid')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorBody })
@Controller()
export class StateAidController {
  constructor(
    private readonly repository: DeMinimisRepository,
    private readonly ledgers: DeMinimisLedgerService,
  ) {}

  @Post('exchange-rates')
  @Policy('exchange-rates:record')
  @ApiCreatedResponse({ type: ExchangeRateResponse, description: "For the officer's own public party; a later one for the same date replaces it" })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiForbiddenResponse({ type: ApiErrorBody, description: 'OFFICER_ONLY, READ_ONLY_ROLE' })
  record(@Body() dto: ExchangeRateDto, @CurrentPrincipal() principal: Principal): Promise<ExchangeRateResponse> {
    return this.repository.recordRate(principal.publicParty!, dto.validFrom, dto.sekPerEur, actorOf(principal));
  }

  @Get('exchange-rates')
  @Policy('exchange-rates:read')
  @ApiQuery({ name: 'publicParty', required: false, description: "An auditor's filter; an officer reads their own party's" })
  @ApiOkResponse({ type: [ExchangeRateResponse] })
  list(@Query('publicParty') publicParty: string | undefined, @CurrentPrincipal() principal: Principal): Promise<ExchangeRateResponse[]> {
    return this.repository.rates(principal.role === 'officer' ? principal.publicParty : publicParty || undefined);
  }

  @Get('organisations/:organisationNumber/de-minimis-ledger')
  @Policy('organisation:ledger')
  @ApiQuery({ name: 'publicParty', required: false, description: "Whose rates convert the kronor (an officer's own by default)" })
  @ApiOkResponse({ type: DeMinimisLedgerResponse })
  @ApiUnprocessableEntityResponse({ type: ApiErrorBody, description: 'PUBLIC_PARTY_REQUIRED: an auditor or a representative names whose rates' })
  ledger(
    @Param('organisationNumber', parseOrganisationNumberParam('organisationNumber')) organisationNumber: string,
    @Query('publicParty') publicParty: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeMinimisLedgerResponse> {
    // A raw query value: the same rules as any text field (a NUL or a lone surrogate never reaches SQL).
    if (publicParty !== undefined) {
      const problem = textProblem(publicParty);
      if (problem) throw ApiException.invalid([fieldError('publicParty', problem === 'NUL_CHARACTER' ? 'noNulCharacter' : 'noLoneSurrogate')]);
      if (publicParty.length > 200) throw ApiException.invalid([fieldError('publicParty', 'maxLength', { constraints: [200] })]);
    }
    const party = publicParty?.trim() || principal.publicParty;
    // The document cannot say "required for some roles": a request it calls valid is refused as unprocessable.
    if (!party)
      throw new ApiException(422, 'PUBLIC_PARTY_REQUIRED', 'Name the public party whose exchange rates convert the aid (?publicParty=).', {
        messageSv: 'Ange den offentliga part vars växelkurser räknar om stödet (?publicParty=).',
      });
    return this.ledgers.ledger(organisationNumber, party);
  }
}
