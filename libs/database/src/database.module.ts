import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_KIND, AppKind } from '../../config/src/config.module';
import { Environment } from '../../config/src/environment';
import { AuditLogRepository } from './audit-log.repository';
import { dataSourceOptions } from './data-source-options';
import { IdempotencyKeyRepository } from './idempotency-key.repository';
import { PartnershipReadModelRepository } from './partnership-read-model.repository';
import { FrameworkReadModelRepository } from './framework-read-model.repository';
import { InitiativeReadModelRepository } from './initiative-read-model.repository';
import { SignatoriesRepository } from './signatories.repository';
import { ChainVerifier } from './chain-verifier';
import { AuditingRepository } from './auditing.repository';
import { PartnershipListRepository } from './partnership-list.repository';
import { ReadModelAlertsRepository } from './read-model-alerts.repository';
import { CHECKPOINT_KEYS, CheckpointRepository } from './checkpoint.repository';
import { checkpointKeys } from './checkpoint-signing';
import { StoredTextsRepository } from './stored-texts.repository';
import { ProcessRepository } from './process.repository';
import { TaskInboxRepository } from './task-inbox.repository';
import { DocumentStore } from './document-store';
import { HandlingsRepository } from './handlings.repository';

/** PostgreSQL for both apps. Never synchronizes: the run command and the tests apply the migrations first. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Environment, APP_KIND],
      useFactory: (env: Environment, app: AppKind) => ({
        ...dataSourceOptions(env.DATABASE_URL, { preparedStatements: env.DATABASE_PREPARED_STATEMENTS === 'true' }),
        // Shown in pg_stat_activity: which of the apps holds a connection or waits on a lock.
        applicationName: `iop-${app}`,
        // Retry the first connection briefly, then start anyway: /health reports the database as down.
        retryAttempts: 3,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [
    PartnershipReadModelRepository,
    FrameworkReadModelRepository,
    InitiativeReadModelRepository,
    IdempotencyKeyRepository,
    AuditLogRepository,
    SignatoriesRepository,
    ChainVerifier,
    AuditingRepository,
    PartnershipListRepository,
    ReadModelAlertsRepository,
    ProcessRepository,
    TaskInboxRepository,
    // The keys come from the environment (validated there): the database never holds them.
    { provide: CHECKPOINT_KEYS, inject: [Environment], useFactory: (env: Environment) => checkpointKeys(env) },
    CheckpointRepository,
    StoredTextsRepository,
    DocumentStore,
    HandlingsRepository,
  ],
  exports: [
    PartnershipReadModelRepository,
    FrameworkReadModelRepository,
    InitiativeReadModelRepository,
    IdempotencyKeyRepository,
    AuditLogRepository,
    SignatoriesRepository,
    ChainVerifier,
    AuditingRepository,
    PartnershipListRepository,
    ReadModelAlertsRepository,
    CheckpointRepository,
    StoredTextsRepository,
    ProcessRepository,
    TaskInboxRepository,
    DocumentStore,
    HandlingsRepository,
  ],
})
export class DatabaseModule {}
