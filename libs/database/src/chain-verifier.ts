import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CheckpointRepository } from './checkpoint.repository';
import { checkAgainstCheckpoints, CheckpointFinding, LatestCheckpoint } from './checkpoint-verification';
import { handlingContent, HandlingContentFields, HANDLING_LINKS_SQL } from './handling-chain';
import { AuditContentFields, auditContent, canonicalJson, GENESIS_HASH, linkHash, StepContentFields, stepContent } from './hash-chain';

/** One link of a chain as the verifier reads it: its table, its place, its hashes and the content they cover. */
interface ChainRow {
  table: 'step_records' | 'audit_log' | 'handlings';
  id: string;
  seq: string;
  prevHash: string;
  hash: string;
  content: StepContentFields & AuditContentFields & HandlingContentFields;
}

export interface BrokenLink {
  table: 'step_records' | 'audit_log' | 'handlings' | 'hash_chain_heads' | 'decisions' | 'signatures' | CheckpointFinding['table'];
  id: string;
  seq: number;
  /**
   * RECORD_MISMATCH: a decision or signature row differs from the terms its chained step record holds (or has no
   * such step at all).
   */
  problem: 'CONTENT_ALTERED' | 'PREVIOUS_HASH_MISMATCH' | 'LINK_MISSING' | 'HEAD_MISMATCH' | 'RECORD_MISMATCH' | CheckpointFinding['problem'];
  expected: string;
  found: string;
}

export interface ChainVerification {
  chainKey: string;
  links: number;
  valid: boolean;
  firstBrokenLink?: BrokenLink;
  /** The latest signed checkpoint and whether the chain still matches it; null when none was made yet. */
  checkpoint?: LatestCheckpoint | null;
  /** Every checkpoint (in the database or the export file) that does not hold. */
  checkpointProblems?: CheckpointFinding[];
}

/** A chain's checkpoints as the database and the export file hold them. */
type SignedCheckpoints = [Awaited<ReturnType<CheckpointRepository['list']>>, Awaited<ReturnType<CheckpointRepository['exported']>>];

/**
 * Recomputes a partnership's hash chain from the rows as they are now, and names the first link that breaks. Links
 * that agree among themselves prove nothing against someone who could recompute them all, so a chain that verifies
 * is then checked against its signed checkpoints.
 */
@Injectable()
export class ChainVerifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() private readonly checkpoints?: CheckpointRepository,
  ) {}

  async verify(chainKey: string): Promise<ChainVerification> {
    // The checkpoints before the links: a checkpoint only ever signs a link that exists, so every one read here is
    // within the links read after it, however many are appended in between. And the export file before the table:
    // a signer appends to the file after its rows are committed, so every line read is in the table read after it
    // (read the other way round, or at once, a checkpoint signed in between was "missing from the database").
    const signed: SignedCheckpoints | undefined = this.checkpoints ? await this.signedCheckpoints(this.checkpoints, chainKey) : undefined;
    // The links and the head in one snapshot: a chain that others append to meanwhile is still read as one whole.
    const { rows, head } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => ({
      // The handlings (registered documents) are links too, from their migration on; chains are verified at older
      // schemas as well (the migration tests), where the table does not exist yet.
      rows: (await manager.query(
        `SELECT 'step_records' AS "table", id::text, chain_seq AS seq, prev_hash AS "prevHash", hash,
              json_build_object('partnershipId', process_id, 'stepKey', step_key, 'phase', phase, 'action', action,
                'responsibleKind', responsible_kind, 'responsibleOrganisationNumber', responsible_organisation_number,
                'levelAimedFor', level_aimed_for, 'levelReached', level_reached, 'actor', actor, 'occurredAt', occurred_at,
                'evidence', evidence, 'requestId', request_id, 'record', record, 'hashVersion', hash_version) AS content
       FROM step_records WHERE chain_key = $1
       UNION ALL
       SELECT 'audit_log', id::text, chain_seq, prev_hash, hash,
              json_build_object('requestId', request_id, 'actor', actor, 'actorRole', actor_role,
                'actorPublicParty', actor_public_party, 'actorOrganisation', actor_organisation, 'action', action,
                'target', target, 'outcome', outcome, 'statusCode', status_code, 'reason', reason, 'occurredAt', occurred_at,
                'commandKey', command_key, 'path', path, 'pathLength', path_length, 'hashVersion', hash_version)
       FROM audit_log WHERE chain_key = $1
       ${(await this.hasHandlings(manager)) ? `UNION ALL ${HANDLING_LINKS_SQL}` : ''}
       ORDER BY seq`,
        [chainKey],
      )) as ChainRow[],
      head: ((await manager.query(`SELECT seq, hash FROM hash_chain_heads WHERE chain_key = $1`, [chainKey])) as { seq: string; hash: string }[])[0],
    }));
    let previous = GENESIS_HASH;
    for (const [index, row] of rows.entries()) {
      const seq = Number(row.seq);
      const broken = (problem: BrokenLink['problem'], expected: string, found: string): ChainVerification => ({
        chainKey,
        links: rows.length,
        valid: false,
        firstBrokenLink: { table: row.table, id: row.id, seq, problem, expected, found },
      });
      if (seq !== index + 1) return broken('LINK_MISSING', String(index + 1), String(seq));
      if (row.prevHash !== previous) return broken('PREVIOUS_HASH_MISMATCH', previous, row.prevHash);
      const content =
        row.table === 'step_records'
          ? stepContent(row.content)
          : row.table === 'handlings'
            ? handlingContent(row.content)
            : auditContent(row.content);
      const expected = linkHash(previous, content);
      if (row.hash !== expected) return broken('CONTENT_ALTERED', expected, row.hash);
      previous = row.hash;
    }
    // A removed last link leaves the head ahead of the rows.
    if (head && (Number(head.seq) !== rows.length || head.hash !== previous)) {
      return {
        chainKey,
        links: rows.length,
        valid: false,
        firstBrokenLink: {
          table: 'hash_chain_heads',
          id: chainKey,
          seq: Number(head.seq),
          problem: 'HEAD_MISMATCH',
          expected: head.hash,
          found: previous,
        },
      };
    }
    const record = await this.verifyRecords(chainKey);
    if (record) return { chainKey, links: rows.length, valid: false, firstBrokenLink: record };
    return this.againstCheckpoints(
      chainKey,
      rows.map((row) => row.hash as string),
      signed,
    );
  }

  private async hasHandlings(manager: EntityManager): Promise<boolean> {
    const [row] = (await manager.query(`SELECT to_regclass('handlings') IS NOT NULL AS present`)) as { present: boolean }[];
    return row.present;
  }

  private async signedCheckpoints(checkpoints: CheckpointRepository, chainKey: string): Promise<SignedCheckpoints> {
    const exported = await checkpoints.exported(chainKey);
    return [await checkpoints.list(chainKey), exported];
  }

  private againstCheckpoints(chainKey: string, hashes: string[], signed: SignedCheckpoints | undefined): ChainVerification {
    if (!this.checkpoints || !signed) return { chainKey, links: hashes.length, valid: true };
    const [stored, exported] = signed;
    const { latest: checkpoint, findings } = checkAgainstCheckpoints({
      hashes,
      latest: stored[stored.length - 1],
      exported,
      stored: (seq) => stored.find((c) => c.seq === seq),
      verifyKey: this.checkpoints.verifyKey,
    });
    const verification = { chainKey, links: hashes.length, checkpoint, checkpointProblems: findings };
    return findings.length === 0 ? { ...verification, valid: true } : { ...verification, valid: false, firstBrokenLink: findings[0] };
  }

  /**
   * Decisions and signatures are read from tables of their own (the list filters use them), so each row must equal
   * the terms that the step record which recorded it holds under the chain's hash. Rows recorded before steps held
   * their terms (hash version 1) have nothing to be compared with and are left as they are.
   */
  private async verifyRecords(chainKey: string): Promise<BrokenLink | undefined> {
    // A signature's decision (`decision_seq`, migration 1764940000000) is read through to_jsonb, so that chains verify
    // on a schema from before it too, as the migration tests check them at each migration.
    if (!/^[0-9a-f-]{36}$/.test(chainKey)) return undefined;
    const rows: { table: 'decisions' | 'signatures'; id: string; seq: number; stored: unknown; chained: unknown; chainedSeq: string | null }[] =
      await this.dataSource.query(
        `SELECT 'decisions' AS "table", d.seq::text AS id, d.seq,
                json_build_object('seq', d.seq, 'round', d.round, 'draftVersion', d.draft_version, 'body', d.body,
                  'meetingDate', to_char(d.meeting_date, 'YYYY-MM-DD'), 'diarienummer', d.diarienummer, 'paragraph', d.paragraph,
                  'outcome', d.outcome, 'reasons', d.reasons, 'recordedAt', d.recorded_at) AS stored,
                s.record->'decision' AS chained, s.chain_seq::text AS "chainedSeq"
         FROM decisions d
         LEFT JOIN step_records s ON s.process_id = d.partnership_id AND (s.record->'decision'->>'seq')::int = d.seq
         WHERE d.partnership_id = $1::uuid
           AND (s.id IS NOT NULL OR EXISTS (SELECT 1 FROM step_records v WHERE v.process_id = d.partnership_id
                                             AND v.hash_version >= 2 AND v.occurred_at <= d.recorded_at AND v.action <> 'PARTNERSHIP_OPENED'
                                             AND v.record IS NOT NULL))
         UNION ALL
         SELECT 'signatures', g.round || ':' || g.party_key || CASE WHEN g.decision_seq > 0 THEN ':' || g.decision_seq ELSE '' END, g.round,
                json_build_object('round', g.round, 'decisionSeq', NULLIF(g.decision_seq, 0), 'draftVersion', g.draft_version,
                  'party', g.party_key, 'signatoryName', g.signatory_name, 'signedAt', g.signed_at),
                s.record->'signature', s.chain_seq::text
         FROM (SELECT g.partnership_id, g.round, g.party_key, g.draft_version, g.signatory_name, g.signed_at,
                      COALESCE((to_jsonb(g)->>'decision_seq')::int, 0) AS decision_seq FROM signatures g) g
         LEFT JOIN step_records s ON s.process_id = g.partnership_id AND (s.record->'signature'->>'round')::int = g.round
                                  AND s.record->'signature'->>'party' = g.party_key
                                  AND COALESCE((s.record->'signature'->>'decisionSeq')::int, 0) = g.decision_seq
         WHERE g.partnership_id = $1::uuid
           AND (s.id IS NOT NULL OR EXISTS (SELECT 1 FROM step_records v WHERE v.process_id = g.partnership_id
                                             AND v.hash_version >= 2 AND v.occurred_at <= g.signed_at AND v.record IS NOT NULL))`,
        [chainKey],
      );
    for (const row of rows) {
      const expected = row.chained === null ? '(no chained step records it)' : canonicalJson(comparable(columnsOf(row.table, row.chained)));
      const found = canonicalJson(comparable(row.stored));
      if (expected !== found) {
        return { table: row.table, id: row.id, seq: Number(row.chainedSeq ?? row.seq), problem: 'RECORD_MISMATCH', expected, found };
      }
    }
    return undefined;
  }
}

/** The terms each table holds: later steps chain the decision with what they add (anslag, appeal, choices), which the table does not hold. */
const TABLE_COLUMNS = {
  decisions: ['seq', 'round', 'draftVersion', 'body', 'meetingDate', 'diarienummer', 'paragraph', 'outcome', 'reasons', 'recordedAt'],
  signatures: ['round', 'decisionSeq', 'draftVersion', 'party', 'signatoryName', 'signedAt'],
} as const;

function columnsOf(table: keyof typeof TABLE_COLUMNS, chained: unknown): Record<string, unknown> {
  const terms = chained as Record<string, unknown>;
  return Object.fromEntries(TABLE_COLUMNS[table].filter((key) => key in terms).map((key) => [key, terms[key]]));
}

/** A decision or signature as compared: instants as ISO strings, absent optional fields as absent. */
function comparable(value: unknown): unknown {
  const record = { ...(value as Record<string, unknown>) };
  for (const key of ['recordedAt', 'signedAt']) if (record[key]) record[key] = new Date(String(record[key])).toISOString();
  for (const [key, inner] of Object.entries(record)) if (inner === null || inner === undefined) delete record[key];
  return record;
}
