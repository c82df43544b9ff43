import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProcessKind } from '../../domain/src';
import { prepared } from './prepared-statements';

/** Who a process belongs to, for authorization: its public party and its organisations, whatever its kind. */
export interface ProcessScope {
  publicParty: string;
  organisationNumbers: string[];
}

/** The kernel's view of processes of every kind: what `processes` and `parties` hold. */
@Injectable()
export class ProcessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The scope of the process of this kind and id, or null when there is none (a process of another kind under that
   * id is none either). Asked of the database on every request, though the parties never change once a process
   * opens: a command must not be accepted while the database, and with it the audit log, is out of reach.
   */
  async findScope(kind: ProcessKind, id: string): Promise<ProcessScope | null> {
    const rows: { public_party_name: string; organisation_numbers: string[] | null }[] = await this.dataSource.query(
      prepared(`SELECT p.public_party_name,
              array_agg(pa.organisation_number) FILTER (WHERE pa.organisation_number IS NOT NULL) AS organisation_numbers
       FROM processes p LEFT JOIN parties pa ON pa.process_id = p.id
       WHERE p.id = $1 AND p.kind = $2 GROUP BY p.id`),
      [id, kind],
    );
    if (rows.length === 0) return null;
    return { publicParty: rows[0].public_party_name, organisationNumbers: rows[0].organisation_numbers ?? [] };
  }
}
