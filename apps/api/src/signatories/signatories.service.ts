import { Injectable } from '@nestjs/common';
import type { Principal } from '@iop/identity';
import { actorOf } from '@iop/identity';
import { SignatoriesRepository, SignatoryPartyKind, SignatoryRow } from '@iop/database';
import { ProposeSignatoryDto } from './dto/propose-signatory.dto';
import { SignatoryBasisKindsResponse, SignatoryResponse } from './dto/signatory-response.dto';
import { basisNeedsParagraph, SIGNATORY_BASIS_KINDS } from './signatory-basis';
import { SignatoryRefusals } from './signatory-refusals';

/** The party a principal acts for, as the signatory register names it. */
export function signatoryPartyOf(principal: Principal): { partyKind: SignatoryPartyKind; partyRef: string } | undefined {
  if (principal.role === 'officer') return { partyKind: 'PUBLIC_PARTY', partyRef: principal.publicParty! };
  if (principal.role === 'organisation_rep') return { partyKind: 'ORGANISATION', partyRef: principal.organisationNumber! };
  return undefined;
}

/** Nobody confirms their own entry: not the person it names, not its proposer (legacy rows know the proposer by name only). */
const isOwnEntry = (row: SignatoryRow, principal: Principal): boolean =>
  row.subject === principal.subject || row.proposedBySubject === principal.subject || row.registeredBy === actorOf(principal);

@Injectable()
export class SignatoriesService {
  constructor(private readonly signatories: SignatoriesRepository) {}

  basisKinds(): SignatoryBasisKindsResponse {
    return { ORGANISATION: [...SIGNATORY_BASIS_KINDS.ORGANISATION], PUBLIC_PARTY: [...SIGNATORY_BASIS_KINDS.PUBLIC_PARTY] };
  }

  /** Proposes a firmatecknare of the caller's own party; it signs nothing until someone else confirms it. */
  async propose(dto: ProposeSignatoryDto, principal: Principal): Promise<SignatoryResponse> {
    const party = signatoryPartyOf(principal)!;
    if (dto.validTo && dto.validTo < dto.validFrom)
      throw SignatoryRefusals.invalid('validTo', 'notBeforeValidFrom', {
        en: 'The last day must not come before the first day.',
        sv: 'Sista dagen får inte komma före första dagen.',
      });
    const kinds: readonly string[] = SIGNATORY_BASIS_KINDS[party.partyKind];
    if (!kinds.includes(dto.basis.kind)) {
      throw SignatoryRefusals.invalid(
        'basis.kind',
        'fitsParty',
        party.partyKind === 'ORGANISATION'
          ? { en: `For an organisation, choose one of: ${kinds.join(', ')}.`, sv: `För en organisation, välj ett av: ${kinds.join(', ')}.` }
          : { en: `For a public party, choose one of: ${kinds.join(', ')}.`, sv: `För en offentlig part, välj ett av: ${kinds.join(', ')}.` },
      );
    }
    if (!basisNeedsParagraph(dto.basis.kind) && dto.basis.paragraph !== undefined) {
      throw SignatoryRefusals.invalid('basis.paragraph', 'onlyForDelegationOrder', {
        en: 'Give a paragraph only for a delegation order (DELEGATION_ORDER).',
        sv: 'Ange en paragraf bara för en delegationsordning (DELEGATION_ORDER).',
      });
    }
    const row = await this.signatories.propose({
      ...party,
      subject: dto.subject,
      name: dto.name,
      email: dto.email ?? null,
      validFrom: dto.validFrom,
      validTo: dto.validTo ?? null,
      basis: { kind: dto.basis.kind, reference: dto.basis.reference.trim(), date: dto.basis.date, paragraph: dto.basis.paragraph?.trim() ?? null },
      registeredBy: actorOf(principal),
      proposedBySubject: principal.subject,
    });
    return toResponse(row, principal);
  }

  /** The guard has checked that the caller is an officer within the entry's reach (or answered 403/404). */
  async confirm(id: string, principal: Principal): Promise<SignatoryResponse> {
    const row = (await this.signatories.find(id))!;
    if (isOwnEntry(row, principal)) throw SignatoryRefusals.selfConfirmation();
    if (row.status === 'CONFIRMED') return this.answerRepeatedConfirmation(row, principal);
    const confirmed = await this.signatories.confirm(id, { actor: actorOf(principal), subject: principal.subject });
    // Someone confirmed it between the read and the write: answer as for any repeated confirmation.
    if (!confirmed) return this.answerRepeatedConfirmation((await this.signatories.find(id))!, principal);
    return toResponse(confirmed, principal);
  }

  /** A retry by the same confirmer answers the entry as it is; a second confirmer is told who confirmed it. */
  private answerRepeatedConfirmation(row: SignatoryRow, principal: Principal): SignatoryResponse {
    if (row.confirmedBySubject === principal.subject) return toResponse(row, principal);
    throw SignatoryRefusals.alreadyConfirmed(row.confirmedBy!);
  }

  /**
   * Officers and representatives see their own party's register, officers also the entries of the organisations
   * they may confirm (those in their public party's partnerships); auditors see every party's.
   */
  async list(principal: Principal): Promise<SignatoryResponse[]> {
    const rows = await this.signatories.list({
      party: signatoryPartyOf(principal),
      confirmableByPublicParty: principal.role === 'officer' ? principal.publicParty : undefined,
    });
    return rows.map((row) => toResponse(row, principal));
  }
}

/** In an officer's list every entry is their own party's or an organisation within reach, so reach is not re-checked. */
function toResponse(row: SignatoryRow, principal: Principal): SignatoryResponse {
  const { proposedBySubject: _proposer, confirmedBySubject: _confirmer, ...shown } = row;
  return {
    ...shown,
    registeredAt: new Date(row.registeredAt).toISOString(),
    confirmedAt: row.confirmedAt ? new Date(row.confirmedAt).toISOString() : null,
    mayConfirm: row.status === 'PROPOSED' && principal.role === 'officer' && !isOwnEntry(row, principal),
  };
}
