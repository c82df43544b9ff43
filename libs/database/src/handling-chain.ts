/** The columns of a handling (a registered document) that its link in the case's hash chain covers. */
export interface HandlingContentFields {
  processId: string;
  number: number;
  target: string;
  targetSeq: number | null;
  origin: string;
  documentKind: string;
  datedOn: string;
  counterpart: string;
  subject: string;
  fileName: string;
  contentSha256: string;
  secrecyProvision: string | null;
  secrecyDecidedBy: string | null;
  retentionKind: string;
  retentionYears: number | null;
  registeredBy: string;
  registeredByParty: string;
  registeredAt: string | Date;
  requestId: string;
  hashVersion: number;
}

/** The hashed content of a handling, as stored and as read back for verification (every column, the file by its digest). */
export function handlingContent(row: HandlingContentFields): unknown {
  return {
    kind: 'handling',
    v: Number(row.hashVersion),
    processId: row.processId,
    number: Number(row.number),
    target: row.target,
    targetSeq: row.targetSeq === null || row.targetSeq === undefined ? null : Number(row.targetSeq),
    origin: row.origin,
    documentKind: row.documentKind,
    datedOn: String(row.datedOn).slice(0, 10),
    counterpart: row.counterpart,
    subject: row.subject,
    fileName: row.fileName,
    contentSha256: row.contentSha256,
    secrecyProvision: row.secrecyProvision ?? null,
    secrecyDecidedBy: row.secrecyDecidedBy ?? null,
    retentionKind: row.retentionKind,
    retentionYears: row.retentionYears === null || row.retentionYears === undefined ? null : Number(row.retentionYears),
    registeredBy: row.registeredBy,
    registeredByParty: row.registeredByParty,
    registeredAt: new Date(row.registeredAt).toISOString(),
    requestId: row.requestId,
  };
}

/** The verifier's SELECT of a chain's handlings, in the shape of its other links (content under the fields' names). */
export const HANDLING_LINKS_SQL = `
  SELECT 'handlings' AS "table", id::text, chain_seq AS seq, prev_hash AS "prevHash", hash,
         json_build_object('processId', process_id, 'number', number, 'target', target, 'targetSeq', target_seq,
           'origin', origin, 'documentKind', document_kind, 'datedOn', to_char(dated_on, 'YYYY-MM-DD'),
           'counterpart', counterpart, 'subject', subject, 'fileName', file_name, 'contentSha256', content_sha256,
           'secrecyProvision', secrecy_provision, 'secrecyDecidedBy', secrecy_decided_by, 'retentionKind', retention_kind,
           'retentionYears', retention_years, 'registeredBy', registered_by, 'registeredByParty', registered_by_party,
           'registeredAt', registered_at, 'requestId', request_id, 'hashVersion', hash_version) AS content
  FROM handlings WHERE chain_key = $1`;
