import { AuditLogEntryEntity } from './audit-log-entry.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { PartnershipEntity } from './partnership.entity';
import { PartyEntity } from './party.entity';
import { StepRecordEntity } from './step-record.entity';

export { AuditLogEntryEntity, IdempotencyKeyEntity, PartnershipEntity, PartyEntity, StepRecordEntity };

export const ENTITIES = [PartnershipEntity, PartyEntity, StepRecordEntity, IdempotencyKeyEntity, AuditLogEntryEntity];
