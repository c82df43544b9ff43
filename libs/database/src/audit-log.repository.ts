import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLogEntryEntity } from './entities';
import { chainLinkSql } from './chain-link.sql';
import { auditContent, canonicalJson, ChainWriter, CURRENT_HASH_VERSION } from './hash-chain';
import { named } from './named-sql';

export type NewAuditLogEntry = Omit<
  AuditLogEntryEntity,
  'id' | 'occurredAt' | 'chainKey' | 'chainSeq' | 'prevHash' | 'hash' | 'commandKey' | 'hashVersion' | 'path' | 'pathLength'
> &
  Partial<Pick<AuditLogEntryEntity, 'path' | 'pathLength'>>;

/** Commands that concern no partnership (registering a signatory) chain among themselves. */
export const GLOBAL_CHAIN = 'global';

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an entry as the next link of its partnership's chain (or of the chain of commands without one). One
   * statement when the chain exists, which is the common case on every command's path: it locks the head, hashes
   * in PostgreSQL exactly as `linkHash` does (the formula of chain-link.sql.ts), inserts the entry and moves the
   * head. The first entry of a chain takes the transaction that creates its head.
   */
  async append(entry: NewAuditLogEntry): Promise<void> {
    // Milliseconds, as JavaScript keeps them: the hash is computed over this very value.
    const occurredAt = new Date();
    const chainKey = entry.target ?? GLOBAL_CHAIN;
    const row = {
      ...entry,
      path: entry.path ?? null,
      pathLength: entry.pathLength ?? null,
      occurredAt,
      commandKey: null,
      hashVersion: CURRENT_HASH_VERSION,
    };
    const content = canonicalJson(auditContent(row));
    const statement = named(
      `WITH head AS (SELECT seq, hash FROM hash_chain_heads WHERE chain_key = :chainKey FOR UPDATE),
       entry AS (
         INSERT INTO audit_log (occurred_at, request_id, actor, actor_role, actor_public_party, actor_organisation, action, target,
                                outcome, status_code, reason, path, path_length, hash_version, chain_key, chain_seq, prev_hash, hash)
         SELECT :occurredAt, :requestId, :actor, :actorRole, :actorPublicParty, :actorOrganisation, :action, :target,
                :outcome, :statusCode, :reason, :path, :pathLength, :hashVersion, :chainKey, head.seq + 1, head.hash,
                ${chainLinkSql('head.hash', ':content::text')}
         FROM head
         RETURNING chain_seq, hash
       ),
       moved AS (UPDATE hash_chain_heads h SET seq = entry.chain_seq, hash = entry.hash FROM entry WHERE h.chain_key = :chainKey RETURNING h.seq)
       -- A SELECT at the top: TypeORM answers an UPDATE with [rows, count], a SELECT with its rows.
       SELECT seq FROM moved`,
      { ...row, chainKey, content },
    );
    const appended: unknown[] = await this.dataSource.query(statement.text, statement.values);
    if (appended.length > 0) return;
    await this.dataSource.transaction(async (manager) => {
      const chain = await ChainWriter.lock(manager, chainKey);
      const link = chain.link(auditContent(row));
      await manager
        .getRepository(AuditLogEntryEntity)
        .insert({ ...row, chainKey, chainSeq: String(link.seq), prevHash: link.prevHash, hash: link.hash });
      await chain.save();
    });
  }

  findByTarget(target: string): Promise<AuditLogEntryEntity[]> {
    return this.dataSource.getRepository(AuditLogEntryEntity).find({ where: { target }, order: { id: 'ASC' } });
  }
}
