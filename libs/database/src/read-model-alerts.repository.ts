import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ListScope } from './partnership-list.repository';

export interface ReadModelAlert {
  partnershipId: string;
  revision: number;
  sqlState: string;
  message: string;
  raisedAt?: Date;
}

/**
 * SQLSTATE classes 22 (data exception: a value the column cannot hold) and 23 (integrity constraint violation) say
 * the write itself is wrong: the same write fails the same way every time. A unique violation (23505) is the
 * exception: the repositories resolve races between two writers of one write with it, and a retry succeeds.
 */
export function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^2[23][0-9A-Z]{3}$/.test(code) && code !== '23505';
}

/** Read-model writes that PostgreSQL refused as data: what an operator must look at, one row per revision. */
@Injectable()
export class ReadModelAlertsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async raise(alert: ReadModelAlert): Promise<void> {
    // The message may quote the refused value: keep only what can itself be stored, and not too much of it.
    // eslint-disable-next-line no-control-regex -- NUL is exactly what PostgreSQL's text cannot hold
    const message = alert.message.replace(/[\u0000\ud800-\udfff]/g, '\ufffd').slice(0, 2000);
    await this.dataSource.query(
      `INSERT INTO read_model_alerts (partnership_id, revision, sql_state, message) VALUES ($1, $2, $3, $4)
       ON CONFLICT (partnership_id, revision) DO NOTHING`,
      [alert.partnershipId, alert.revision, alert.sqlState, message],
    );
  }

  /** Newest first, of the partnerships the scope reads (as the other reports). */
  list(scope: ListScope): Promise<ReadModelAlert[]> {
    const where =
      scope === 'all'
        ? { sql: '', params: [] as unknown[] }
        : 'publicParty' in scope
          ? { sql: 'WHERE p.public_party_name = $1', params: [scope.publicParty] }
          : {
              sql: 'WHERE EXISTS (SELECT 1 FROM parties x WHERE x.process_id = a.partnership_id AND x.organisation_number = $1)',
              params: [scope.organisationNumber],
            };
    return this.dataSource.query(
      `SELECT a.partnership_id AS "partnershipId", a.revision, a.sql_state AS "sqlState", a.message, a.raised_at AS "raisedAt"
       FROM read_model_alerts a LEFT JOIN partnerships p ON p.id = a.partnership_id
       ${where.sql}
       ORDER BY a.raised_at DESC LIMIT 500`,
      where.params,
    );
  }
}
