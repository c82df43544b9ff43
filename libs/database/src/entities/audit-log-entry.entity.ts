import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** How a command ended (ck_audit_log_outcome); REPLAYED: answered again for its Idempotency-Key, nothing applied. */
export const AUDIT_OUTCOMES = ['ACCEPTED', 'REPLAYED', 'REFUSED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One command received by the API, accepted or refused. Append-only. */
@Entity('audit_log')
export class AuditLogEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'request_id', type: 'text' })
  requestId!: string;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ name: 'actor_public_party', type: 'text', nullable: true })
  actorPublicParty!: string | null;

  @Column({ name: 'actor_organisation', type: 'text', nullable: true })
  actorOrganisation!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', nullable: true })
  target!: string | null;

  /** REPLAYED: a retry answered with the first attempt's result (an Idempotency-Key), which applied nothing. */
  @Column({ type: 'text' })
  outcome!: AuditOutcome;

  @Column({ name: 'status_code', type: 'int' })
  statusCode!: number;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The partnership and revision of an accepted move, whose entry is written with the move's steps. */
  @Column({ name: 'command_key', type: 'text', nullable: true })
  commandKey!: string | null;

  /** The request's path when no route matched it (truncated), and its full length. */
  @Column({ type: 'text', nullable: true })
  path!: string | null;

  @Column({ name: 'path_length', type: 'int', nullable: true })
  pathLength!: number | null;

  @Column({ name: 'hash_version', type: 'smallint', default: 2 })
  hashVersion!: number;

  @Column({ name: 'chain_key', type: 'text', nullable: true })
  chainKey!: string | null;

  @Column({ name: 'chain_seq', type: 'bigint', nullable: true })
  chainSeq!: string | null;

  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  prevHash!: string | null;

  @Column({ type: 'text', nullable: true })
  hash!: string | null;
}
