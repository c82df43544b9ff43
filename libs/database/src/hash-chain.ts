import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, so that a row read back from PostgreSQL (jsonb reorders keys) hashes as it was written. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 over the previous link's hash and the entry's canonical content. */
export function linkHash(prevHash: string, content: unknown): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/**
 * Appends links to one chain inside the caller's transaction. The chain's head row stays locked until the
 * transaction ends, so concurrent writers of one partnership take turns and no two entries share a place.
 */
export class ChainWriter {
  private constructor(
    private readonly manager: EntityManager,
    readonly chainKey: string,
    private seq: number,
    private hash: string,
  ) {}

  static async lock(manager: EntityManager, chainKey: string): Promise<ChainWriter> {
    // One statement creates the head if needed, locks it (DO UPDATE takes the row lock) and reads it.
    const [head] = (await manager.query(
      `INSERT INTO hash_chain_heads (chain_key, seq, hash) VALUES ($1, 0, $2)
       ON CONFLICT (chain_key) DO UPDATE SET seq = hash_chain_heads.seq RETURNING seq, hash`,
      [chainKey, GENESIS_HASH],
    )) as { seq: string; hash: string }[];
    return new ChainWriter(manager, chainKey, Number(head.seq), head.hash);
  }

  link(content: unknown): { chainKey: string; seq: number; prevHash: string; hash: string } {
    const prevHash = this.hash;
    this.seq += 1;
    this.hash = linkHash(prevHash, content);
    return { chainKey: this.chainKey, seq: this.seq, prevHash, hash: this.hash };
  }

  async save(): Promise<void> {
    await this.manager.query(`UPDATE hash_chain_heads SET seq = $2, hash = $3 WHERE chain_key = $1`, [this.chainKey, this.seq, this.hash]);
  }
}

/**
 * Which content a link's hash covers. 1: the rows written before the request id, a step's record and an audit
 * entry's command key and path were hashed; those rows keep verifying as they were written. 2: every column.
 */
export type HashVersion = 1 | 2;
export const CURRENT_HASH_VERSION: HashVersion = 2;

/** The fields of a step record that its hash covers. */
export interface StepContentFields {
  /**
   * The step's process (column process_id), hashed under the name every stored hash was made with: renaming it would
   * change what the hashes cover. A process of another kind is hashed under this name too.
   */
  partnershipId: string;
  stepKey: string;
  phase: string;
  action: string;
  responsibleKind: string;
  responsibleOrganisationNumber: string | null;
  /** Null under rules version 3 where the step's phase has no level chosen. */
  levelAimedFor: string | null;
  levelReached: string | null;
  actor: string;
  occurredAt: string | Date;
  evidence: unknown;
  /** Version 2: the request the step came in (null for a timer's step) and the terms it records. */
  requestId?: string | null;
  record?: unknown;
  hashVersion?: number;
}

/** The hashed content of a step record, as stored (and as read back for verification). */
export function stepContent(row: StepContentFields): unknown {
  const content = {
    kind: 'step',
    partnershipId: row.partnershipId,
    stepKey: row.stepKey,
    phase: row.phase,
    action: row.action,
    responsibleKind: row.responsibleKind,
    responsibleOrganisationNumber: row.responsibleOrganisationNumber,
    levelAimedFor: row.levelAimedFor,
    levelReached: row.levelReached,
    actor: row.actor,
    occurredAt: new Date(row.occurredAt).toISOString(),
    evidence: row.evidence,
  };
  if (Number(row.hashVersion ?? 1) < 2) return content;
  return { ...content, v: 2, requestId: row.requestId ?? null, record: row.record ?? null };
}

/** The columns of an audit-log entry that its hash covers. */
export interface AuditContentFields {
  requestId: string;
  actor: string;
  actorRole: string | null;
  actorPublicParty: string | null;
  actorOrganisation: string | null;
  action: string;
  target: string | null;
  outcome: string;
  statusCode: number;
  reason: string | null;
  occurredAt: string | Date;
  commandKey?: string | null;
  path?: string | null;
  pathLength?: number | null;
  hashVersion?: number;
}

/** The hashed content of an audit-log entry. */
export function auditContent(row: AuditContentFields): unknown {
  const content = {
    kind: 'audit',
    requestId: row.requestId,
    actor: row.actor,
    actorRole: row.actorRole,
    actorPublicParty: row.actorPublicParty,
    actorOrganisation: row.actorOrganisation,
    action: row.action,
    target: row.target,
    outcome: row.outcome,
    statusCode: Number(row.statusCode),
    reason: row.reason,
    occurredAt: new Date(row.occurredAt).toISOString(),
  };
  if (Number(row.hashVersion ?? 1) < 2) return content;
  const pathLength = row.pathLength === null || row.pathLength === undefined ? null : Number(row.pathLength);
  return { ...content, v: 2, commandKey: row.commandKey ?? null, path: row.path ?? null, pathLength };
}
