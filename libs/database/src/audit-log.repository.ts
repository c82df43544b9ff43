import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLogEntryEntity } from './entities';

export type NewAuditLogEntry = Omit<AuditLogEntryEntity, 'id' | 'occurredAt'>;

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(entry: NewAuditLogEntry): Promise<void> {
    await this.dataSource.getRepository(AuditLogEntryEntity).insert(entry);
  }

  findByTarget(target: string): Promise<AuditLogEntryEntity[]> {
    return this.dataSource.getRepository(AuditLogEntryEntity).find({ where: { target }, order: { id: 'ASC' } });
  }
}
