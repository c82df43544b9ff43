import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A client's Idempotency-Key and the one request it names: who sent it, to which route, with which body. A retry
 * that matches all of them reaches the same resource and the same Temporal update; anything else is refused.
 */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  /** Unique across callers and routes: one key, one request, whoever sends it. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** The caller's token subject (`actorOf`), so that another party's reuse of the key is refused. */
  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  method!: string;

  /** The route template, e.g. `/partnerships/:id/meetings`. */
  @Column({ type: 'text' })
  route!: string;

  /** The concrete path, e.g. `/partnerships/<id>/meetings`. */
  @Column({ type: 'text' })
  path!: string;

  /** SHA-256 (hex) of the request's canonical JSON body. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId!: string;

  /** The Temporal update id of this claim: fresh for every claim, so an expired key never meets its old result. */
  @Column({ name: 'update_id', type: 'uuid' })
  updateId!: string;

  /** The first successful answer, once given: a retry gets it without asking Temporal again. */
  @Column({ type: 'jsonb', nullable: true })
  response!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
