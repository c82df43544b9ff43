import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { handlingContent, HandlingContentFields } from './handling-chain';
import { ChainWriter, CURRENT_HASH_VERSION } from './hash-chain';

/**
 * What registering a handling states; the number, the chain link and the time are the repository's. An id may be
 * given (an upload's Idempotency-Key claim names its handling so, and a retry finds it), else one is drawn.
 */
export type HandlingRegistration = Omit<HandlingContentFields, 'number' | 'hashVersion' | 'registeredAt'> & { registeredAt?: Date; id?: string };

/** A handling as read: its terms, its id, its number in the case and the file's type and size. */
export interface HandlingRow extends HandlingContentFields {
  id: string;
  mediaType: string;
  sizeBytes: number;
  chunkCount: number;
}

/** A handling of a closed case, with its case. */
export interface ClosedCaseHandlingRow extends HandlingRow {
  processKind: string;
  processTitle: string;
  publicParty: string;
  closedOn: string;
  caseDiarienummer: string | null;
}

const HANDLING_COLUMNS = `h.id, h.process_id AS "processId", h.number, h.target, h.target_seq AS "targetSeq", h.origin,
         h.document_kind AS "documentKind", to_char(h.dated_on, 'YYYY-MM-DD') AS "datedOn", h.counterpart, h.subject,
         h.file_name AS "fileName", h.content_sha256 AS "contentSha256", h.secrecy_provision AS "secrecyProvision",
         h.secrecy_decided_by AS "secrecyDecidedBy", h.retention_kind AS "retentionKind", h.retention_years AS "retentionYears",
         h.registered_by AS "registeredBy", h.registered_by_party AS "registeredByParty", h.registered_at AS "registeredAt",
         h.request_id AS "requestId", h.hash_version AS "hashVersion",
         c.media_type AS "mediaType", c.size_bytes::int AS "sizeBytes", c.chunk_count AS "chunkCount"`;

const FROM_HANDLINGS = `FROM handlings h JOIN document_contents c ON c.sha256 = h.content_sha256`;

const SELECT_HANDLINGS = `SELECT ${HANDLING_COLUMNS} ${FROM_HANDLINGS}`;

/**
 * The case's register of handlingar (diarium): each registration numbered within its case and chained as the next
 * link of the case's hash chain, in the caller's transaction (with the file's bytes, so that a registration never
 * names a file that is not stored, and a refused upload leaves nothing).
 */
@Injectable()
export class HandlingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async register(manager: EntityManager, registration: HandlingRegistration): Promise<HandlingContentFields & { id: string }> {
    // The chain's head lock also serialises the numbering: two uploads to one case never take one number.
    const chain = await ChainWriter.lock(manager, registration.processId);
    const [{ next }] = (await manager.query(`SELECT COALESCE(MAX(number), 0) + 1 AS next FROM handlings WHERE process_id = $1`, [
      registration.processId,
    ])) as { next: number }[];
    const { id: givenId, ...terms } = registration;
    const row: HandlingContentFields = {
      ...terms,
      number: Number(next),
      registeredAt: (registration.registeredAt ?? new Date()).toISOString(),
      hashVersion: CURRENT_HASH_VERSION,
    };
    const link = chain.link(handlingContent(row));
    const id = givenId ?? randomUUID();
    await manager.query(
      `INSERT INTO handlings (id, process_id, number, target, target_seq, origin, document_kind, dated_on, counterpart, subject,
         file_name, content_sha256, secrecy_provision, secrecy_decided_by, retention_kind, retention_years, registered_by,
         registered_by_party, registered_at, request_id, chain_key, chain_seq, prev_hash, hash, hash_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)`,
      [
        id,
        row.processId,
        row.number,
        row.target,
        row.targetSeq,
        row.origin,
        row.documentKind,
        row.datedOn,
        row.counterpart,
        row.subject,
        row.fileName,
        row.contentSha256,
        row.secrecyProvision,
        row.secrecyDecidedBy,
        row.retentionKind,
        row.retentionYears,
        row.registeredBy,
        row.registeredByParty,
        row.registeredAt,
        row.requestId,
        link.chainKey,
        link.seq,
        link.prevHash,
        link.hash,
        row.hashVersion,
      ],
    );
    await chain.save();
    return { ...row, id };
  }

  /** The case's handlingar in their order (by number). */
  async list(processId: string): Promise<HandlingRow[]> {
    return this.dataSource.query(`${SELECT_HANDLINGS} WHERE h.process_id = $1 ORDER BY h.number`, [processId]);
  }

  async find(processId: string, handlingId: string): Promise<HandlingRow | null> {
    const [row] = (await this.dataSource.query(`${SELECT_HANDLINGS} WHERE h.process_id = $1 AND h.id = $2`, [
      processId,
      handlingId,
    ])) as HandlingRow[];
    return row ?? null;
  }

  /** The handling of the agreement rendered for one decision, if registered. */
  async findAgreement(processId: string, decisionSeq: number): Promise<HandlingRow | null> {
    const [row] = (await this.dataSource.query(
      `${SELECT_HANDLINGS} WHERE h.process_id = $1 AND h.document_kind = 'AGREEMENT' AND h.target_seq = $2 ORDER BY h.number DESC LIMIT 1`,
      [processId, decisionSeq],
    )) as HandlingRow[];
    return row ?? null;
  }

  /**
   * The handlings to be disposed of some years after their case closed (retention DISPOSE), of every case that has
   * closed (a partnership or a framework agreement that ENDED), with the day it closed in Swedish time; of one
   * public party's cases, or of all. Whether the years have run out is the domain's to say (disposableFrom).
   */
  async ofClosedCases(publicParty: string | undefined): Promise<ClosedCaseHandlingRow[]> {
    return this.dataSource.query(
      `WITH closed AS (
         SELECT pr.id, pr.kind, pr.title, pr.public_party_name,
                COALESCE(to_char((pa.state->'ended'->>'at')::timestamptz AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD'),
                         fw.state->'ended'->>'on') AS closed_on
         FROM processes pr
         LEFT JOIN partnerships pa ON pa.id = pr.id
         LEFT JOIN frameworks fw ON fw.id = pr.id
         WHERE ($1::text IS NULL OR pr.public_party_name = $1))
       SELECT ${HANDLING_COLUMNS}, cl.kind AS "processKind", cl.title AS "processTitle", cl.public_party_name AS "publicParty",
              cl.closed_on AS "closedOn", cf.diarienummer AS "caseDiarienummer"
       ${FROM_HANDLINGS}
       JOIN closed cl ON cl.id = h.process_id
       LEFT JOIN case_files cf ON cf.process_id = h.process_id
       WHERE h.retention_kind = 'DISPOSE' AND cl.closed_on IS NOT NULL
       ORDER BY cl.closed_on, h.process_id, h.number`,
      [publicParty ?? null],
    );
  }

  /** The case's diarienummer, once the public party has given it (or its first decision did). */
  async diarienummer(processId: string): Promise<string | null> {
    const [row] = (await this.dataSource.query(`SELECT diarienummer FROM case_files WHERE process_id = $1`, [processId])) as {
      diarienummer: string;
    }[];
    return row?.diarienummer ?? null;
  }

  /** Gives (or corrects) the case's diarienummer; the handlings' numbers follow it (`<diarienummer>-<number>`). */
  async setDiarienummer(processId: string, diarienummer: string, setBy: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO case_files (process_id, diarienummer, set_by) VALUES ($1, $2, $3)
       ON CONFLICT (process_id) DO UPDATE SET diarienummer = EXCLUDED.diarienummer, set_by = EXCLUDED.set_by, set_at = now()`,
      [processId, diarienummer, setBy],
    );
  }

  /** Gives the case a diarienummer only where it has none yet (a decision's, when the officer gave none before). */
  async adoptDiarienummer(processId: string, diarienummer: string, setBy: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO case_files (process_id, diarienummer, set_by) VALUES ($1, $2, $3) ON CONFLICT (process_id) DO NOTHING`, [
      processId,
      diarienummer,
      setBy,
    ]);
  }
}

/** A handling's diarienummer as the diarium writes it: the case's, then the handling's number ("RS 2026/123-4"). */
export function handlingDiarienummer(caseDiarienummer: string | null, number: number): string | null {
  return caseDiarienummer ? `${caseDiarienummer}-${number}` : null;
}
