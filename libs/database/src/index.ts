export * from './entities';
export * from './data-source-options';
export * from './migrate';
export * from './database.module';
export * from './partnership-read-model.repository';
export * from './idempotency-key.repository';
export * from './audit-log.repository';
export * from './signatories.repository';
