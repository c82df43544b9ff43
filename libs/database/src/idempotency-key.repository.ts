import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type IdempotencyClaim =
  | { kind: 'new'; resourceId: string }
  | { kind: 'replay'; resourceId: string }
  | { kind: 'mismatch'; resourceId: string };

@Injectable()
export class IdempotencyKeyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims `key` for `resourceId`, or finds the resource an earlier request with the same key claimed. A single
   * INSERT ... ON CONFLICT makes two concurrent retries agree on one resource.
   */
  async claim(scope: string, key: string, requestHash: string, resourceId: string): Promise<IdempotencyClaim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, resource_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scope, key) DO NOTHING RETURNING resource_id`,
      [scope, key, requestHash, resourceId],
    );
    if (inserted.length > 0) return { kind: 'new', resourceId };
    const [existing] = (await this.dataSource.query(
      `SELECT request_hash, resource_id FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [scope, key],
    )) as { request_hash: string; resource_id: string }[];
    return existing.request_hash === requestHash
      ? { kind: 'replay', resourceId: existing.resource_id }
      : { kind: 'mismatch', resourceId: existing.resource_id };
  }
}
