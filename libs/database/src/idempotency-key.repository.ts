import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { canonicalJson } from './hash-chain';

/** The request an Idempotency-Key is sent with: what binds the key (IETF httpapi-idempotency-key-header). */
export interface IdempotentRequest {
  key: string;
  /** The caller's token subject, as `actorOf` gives it. */
  subject: string;
  method: string;
  /** The route template, e.g. `/partnerships/:id/meetings`. */
  route: string;
  /** The concrete path, e.g. `/partnerships/<id>/meetings`. */
  path: string;
  /** `requestHashOf` the body. */
  requestHash: string;
  /** The resource the request would reach if the key is new (a fresh partnership id, or the partnership moved). */
  resourceId: string;
  ttlHours: number;
}

/** What of the request differs from the one the key was first sent with. */
export type IdempotencyMismatch = 'subject' | 'method' | 'route' | 'body';

export type IdempotencyClaim =
  /** Nobody has sent this key (or its earlier use expired): this request owns it now. */
  | { kind: 'first'; resourceId: string; updateId: string }
  /** The same request was sent before; `response` is its answer if it got one. */
  | { kind: 'retry'; resourceId: string; updateId: string; response: unknown }
  | { kind: 'mismatch'; differs: IdempotencyMismatch[] };

/** SHA-256 of the body's canonical JSON: key order and absent fields do not change it. */
export function requestHashOf(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

interface StoredKey {
  subject: string;
  method: string;
  route: string;
  path: string;
  request_hash: string;
  resource_id: string;
  update_id: string;
  response: unknown;
}

@Injectable()
export class IdempotencyKeyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims the key for this request, or finds the request that holds it. The claim is one INSERT ... ON CONFLICT,
   * so concurrent retries agree on one owner; an expired key is taken over in the same statement, with a new
   * update id so that Temporal does not answer with the result of the key's earlier life.
   */
  async claim(request: IdempotentRequest): Promise<IdempotencyClaim> {
    for (;;) {
      const updateId = randomUUID();
      const claimed: { resource_id: string }[] = await this.dataSource.query(
        `INSERT INTO idempotency_keys (key, subject, method, route, path, request_hash, resource_id, update_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), now() + make_interval(hours => $9))
         ON CONFLICT (key) DO UPDATE SET
           subject = EXCLUDED.subject, method = EXCLUDED.method, route = EXCLUDED.route, path = EXCLUDED.path,
           request_hash = EXCLUDED.request_hash, resource_id = EXCLUDED.resource_id, update_id = EXCLUDED.update_id,
           response = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
         WHERE idempotency_keys.expires_at <= now()
         RETURNING resource_id`,
        [
          request.key,
          request.subject,
          request.method,
          request.route,
          request.path,
          request.requestHash,
          request.resourceId,
          updateId,
          request.ttlHours,
        ],
      );
      if (claimed.length > 0) return { kind: 'first', resourceId: request.resourceId, updateId };
      // A new statement, so a new snapshot: it sees the claim that won, even one committed a moment ago.
      const [held] = (await this.dataSource.query(
        `SELECT subject, method, route, path, request_hash, resource_id, update_id, response FROM idempotency_keys WHERE key = $1`,
        [request.key],
      )) as StoredKey[];
      // Purged between the two statements: claim again.
      if (!held) continue;
      const differs = mismatchOf(held, request);
      if (differs.length > 0) return { kind: 'mismatch', differs };
      return { kind: 'retry', resourceId: held.resource_id, updateId: held.update_id, response: held.response };
    }
  }

  /** Keeps the first successful answer of the claim `updateId`; a later answer to the same claim changes nothing. */
  async recordResponse(key: string, updateId: string, response: unknown): Promise<void> {
    await this.dataSource.query(`UPDATE idempotency_keys SET response = $3 WHERE key = $1 AND update_id = $2 AND response IS NULL`, [
      key,
      updateId,
      JSON.stringify(response),
    ]);
  }
}

function mismatchOf(held: StoredKey, request: IdempotentRequest): IdempotencyMismatch[] {
  const differs: IdempotencyMismatch[] = [];
  if (held.subject !== request.subject) differs.push('subject');
  if (held.method !== request.method) differs.push('method');
  if (held.route !== request.route || held.path !== request.path) differs.push('route');
  if (held.request_hash !== request.requestHash) differs.push('body');
  return differs;
}
