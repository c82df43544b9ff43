import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLogEntryEntity } from './entities';
import { auditContent, canonicalJson, ChainWriter, CURRENT_HASH_VERSION } from './hash-chain';

export type NewAuditLogEntry = Omit<AuditLogEntryEntity, 'id' | 'occurredAt' | 'chainKey' | 'chainSeq' | 'prevHash' | 'hash' | 'commandKey' | 'hashVersion' | 'path' | 'pathLength'> &
  Partial<Pick<AuditLogEntryEntity, 'path' | 'pathLength'>>;

/** Commands that concern no partnership (registering a signatory) chain among themselves. */
export const GLOBAL_CHAIN = 'global';

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an entry as the next link of its partnership's chain (or of the chain of commands without one). One
   * statement when the chain exists, which is the common case on every command's path: it locks the head, hashes
   * in PostgreSQL exactly as `linkHash` does (SHA-256 over the previous hash, a newline and the canonical content),
   * inserts the entry and moves the head. The first entry of a chain takes the transaction that creates its head.
   */
  async append(entry: NewAuditLogEntry): Promise<void> {
    // Milliseconds, as JavaScript keeps them: the hash is computed over this very value.
    const occurredAt = new Date();
    const chainKey = entry.target ?? GLOBAL_CHAIN;
    const row = { ...entry, path: entry.path ?? null, pathLength: entry.pathLength ?? null, occurredAt, commandKey: null, hashVersion: CURRENT_HASH_VERSION };
    const content = canonicalJson(auditContent(row));
    const values = [occurredAt, entry.requestId, entry.actor, entry.actorRole, entry.actorPublicParty, entry.actorOrganisation, entry.action,
      entry.target, entry.outcome, entry.statusCode, entry.reason, chainKey, content, row.path, row.pathLength, CURRENT_HASH_VERSION];
    const appended: unknown[] = await this.dataSource.query(
      `WITH head AS (SELECT seq, hash FROM hash_chain_heads WHERE chain_key = $12 FOR UPDATE),
       entry AS (
         INSERT INTO audit_log (occurred_at, request_id, actor, actor_role, actor_public_party, actor_organisation, action, target,
                                outcome, status_code, reason, path, path_length, hash_version, chain_key, chain_seq, prev_hash, hash)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $14, $15, $16, $12, head.seq + 1, head.hash,
                encode(sha256(convert_to(head.hash || E'\\n' || $13, 'UTF8')), 'hex')
         FROM head
         RETURNING chain_seq, hash
       ),
       moved AS (UPDATE hash_chain_heads h SET seq = entry.chain_seq, hash = entry.hash FROM entry WHERE h.chain_key = $12 RETURNING h.seq)
       -- A SELECT at the top: TypeORM answers an UPDATE with [rows, count], a SELECT with its rows.
       SELECT seq FROM moved`,
      values,
    );
    if (appended.length > 0) return;
    await this.dataSource.transaction(async (manager) => {
      const chain = await ChainWriter.lock(manager, chainKey);
      const link = chain.link(auditContent(row));
      await manager.getRepository(AuditLogEntryEntity).insert({ ...row, chainKey, chainSeq: String(link.seq), prevHash: link.prevHash, hash: link.hash });
      await chain.save();
    });
  }

  findByTarget(target: string): Promise<AuditLogEntryEntity[]> {
    return this.dataSource.getRepository(AuditLogEntryEntity).find({ where: { target }, order: { id: 'ASC' } });
  }
}
