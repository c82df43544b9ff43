import { handlingDiarienummer, HandlingRow } from '@iop/database';
import type { DocumentKind, HandlingOrigin, HandlingTarget, ProcessKind, RetentionKind } from '@iop/domain';
import type { Principal } from '@iop/identity';
import { documentsPathOf } from './case-kinds';
import type { HandlingResponse } from './dto/handling.response';

/**
 * Who may see a handling: everyone who reads the case, except that a secrecy-marked one (sekretessmarkerad) is
 * shown only to officers, auditors and the organisation that registered it. `party` is the one the reader reads
 * the case as ('PUBLIC', an organisationsnummer, none for an auditor).
 */
export function mayRead(row: Pick<HandlingRow, 'secrecyProvision' | 'registeredByParty'>, principal: Principal, party: string | undefined): boolean {
  if (row.secrecyProvision === null || principal.role !== 'organisation_rep') return true;
  return party !== undefined && row.registeredByParty === party;
}

/** A handling as the diarium lists it: its diarienummer from the case's, its terms, the way to its file. */
export function handlingView(row: HandlingRow, kind: ProcessKind, caseDiarienummer: string | null): HandlingResponse {
  return {
    id: row.id,
    number: Number(row.number),
    diarienummer: handlingDiarienummer(caseDiarienummer, Number(row.number)),
    datedOn: row.datedOn,
    origin: row.origin as HandlingOrigin,
    documentKind: row.documentKind as DocumentKind,
    counterpart: row.counterpart,
    subject: row.subject,
    target: row.target as HandlingTarget,
    targetSeq: row.targetSeq === null ? null : Number(row.targetSeq),
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.contentSha256,
    secrecy: row.secrecyProvision === null ? null : { provision: row.secrecyProvision, decidedBy: row.secrecyDecidedBy ?? '' },
    retention:
      row.retentionKind === 'DISPOSE' ? { kind: 'DISPOSE', years: Number(row.retentionYears) } : { kind: row.retentionKind as RetentionKind },
    registeredAt: new Date(row.registeredAt).toISOString(),
    registeredBy: row.registeredBy,
    registeredByParty: row.registeredByParty,
    contentPath: `${documentsPathOf(kind, row.processId)}/${row.id}/content`,
  };
}
