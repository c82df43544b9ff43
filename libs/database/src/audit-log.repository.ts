import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLogEntryEntity } from './entities';
import { auditContent, ChainWriter } from './hash-chain';

export type NewAuditLogEntry = Omit<AuditLogEntryEntity, 'id' | 'occurredAt' | 'chainKey' | 'chainSeq' | 'prevHash' | 'hash'>;

/** Commands that concern no partnership (registering a signatory) chain among themselves. */
export const GLOBAL_CHAIN = 'global';

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends an entry as the next link of its partnership's chain (or of the chain of commands without one). */
  async append(entry: NewAuditLogEntry): Promise<void> {
    // Milliseconds, as JavaScript keeps them: the hash is computed over this very value.
    const occurredAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      const chain = await ChainWriter.lock(manager, entry.target ?? GLOBAL_CHAIN);
      const link = chain.link(auditContent({ ...entry, occurredAt }));
      await manager.getRepository(AuditLogEntryEntity).insert({
        ...entry,
        occurredAt,
        chainKey: link.chainKey,
        chainSeq: String(link.seq),
        prevHash: link.prevHash,
        hash: link.hash,
      });
      await chain.save();
    });
  }

  findByTarget(target: string): Promise<AuditLogEntryEntity[]> {
    return this.dataSource.getRepository(AuditLogEntryEntity).find({ where: { target }, order: { id: 'ASC' } });
  }
}
