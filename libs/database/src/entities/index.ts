import { AuditLogEntryEntity } from './audit-log-entry.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

export { AuditLogEntryEntity, IdempotencyKeyEntity };

// The partnership read model is written with plain SQL (keyed upserts, see PartnershipReadModelRepository);
// these are the tables the services handle as entities.
export const ENTITIES = [IdempotencyKeyEntity, AuditLogEntryEntity];
