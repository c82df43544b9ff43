import { HttpStatus, Injectable } from '@nestjs/common';
import type { Principal } from '@iop/identity';
import { actorOf } from '@iop/identity';
import { SignatoriesRepository, SignatoryPartyKind, SignatoryRow } from '@iop/database';
import { ApiException } from '../common/api.exception';
import { RegisterSignatoryDto, SignatoryResponse } from './dto/register-signatory.dto';

/** The party a principal acts for, as the signatory register names it. */
export function signatoryPartyOf(principal: Principal): { partyKind: SignatoryPartyKind; partyRef: string } | undefined {
  if (principal.role === 'officer') return { partyKind: 'PUBLIC_PARTY', partyRef: principal.publicParty! };
  if (principal.role === 'organisation_rep') return { partyKind: 'ORGANISATION', partyRef: principal.organisationNumber! };
  return undefined;
}

@Injectable()
export class SignatoriesService {
  constructor(private readonly signatories: SignatoriesRepository) {}

  async register(dto: RegisterSignatoryDto, principal: Principal): Promise<SignatoryResponse> {
    const party = signatoryPartyOf(principal)!;
    if (dto.validTo && dto.validTo < dto.validFrom) {
      throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'The request is invalid.', {
        errors: [{ field: 'validTo', rule: 'notBeforeValidFrom', message: 'validTo must not be before validFrom' }],
      });
    }
    const row = await this.signatories.register({
      ...party,
      subject: dto.subject,
      name: dto.name,
      email: dto.email ?? null,
      validFrom: dto.validFrom,
      validTo: dto.validTo ?? null,
      authority: dto.authority,
      registeredBy: actorOf(principal),
    });
    return toResponse(row);
  }

  /** Officers and representatives see their own party's register; auditors see every party's. */
  async list(principal: Principal): Promise<SignatoryResponse[]> {
    const rows = await this.signatories.list(signatoryPartyOf(principal) ?? {});
    return rows.map(toResponse);
  }
}

const toResponse = (row: SignatoryRow): SignatoryResponse => ({ ...row, registeredAt: new Date(row.registeredAt).toISOString() });
