import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FrameworkReadModelWrite } from '../../../workflows/framework/types';
import { frameworkAuditFields, frameworkProjectionParams, FRAMEWORK_PROJECTION } from './framework-read-model-write';
import { named } from './named-sql';
import { appendChainedRecords } from './process-chain-write';
import { stepFields } from './read-model-write';

export type { FrameworkReadModelWrite } from '../../../workflows/framework/types';

/**
 * The PostgreSQL read model of framework agreements (överenskommelser). It holds only what the workflow decided,
 * written by the workflow's activity alone, one write per accepted move or timer, in one transaction: the process
 * row (once), the frameworks row and its members, parties and tasks (only when the write's revision is newer than
 * the stored one), then the steps and the move's audit entry as the next links of the framework's hash chain (the
 * same chain as a partnership's, keyed by the process's id, so the chain verifier and the checkpoints cover it).
 * Every write is idempotent: a retried, late or second write never duplicates a row nor brings back an older state.
 */
@Injectable()
export class FrameworkReadModelRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sync(write: FrameworkReadModelWrite): Promise<void> {
    const steps = write.steps.map((step) => stepFields(write.frameworkId, step, write.requestId));
    const projection = named(FRAMEWORK_PROJECTION, frameworkProjectionParams(write));
    await this.dataSource.transaction(async (manager) => {
      // The framework's rows first: the steps and the audit entry refer to its process.
      await manager.query(projection.text, projection.values);
      await appendChainedRecords(manager, write.frameworkId, steps, frameworkAuditFields(write));
    });
  }
}
