import { Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { FrameworkReadModelRepository, ReadModelAlertsRepository } from '@iop/database';
import { revisionOfFrameworkWrite, type FrameworkActivities } from '../../../../workflows/framework/types';
import { writeOrRefuse } from './read-model-failures';

/**
 * The side effects of the framework agreement workflow, over injected services. Idempotent by construction: the
 * repository keys every row, so Temporal's retries never duplicate one.
 */
@Injectable()
export class FrameworkActivitiesFactory {
  constructor(
    private readonly readModel: FrameworkReadModelRepository,
    private readonly alerts: ReadModelAlertsRepository,
  ) {}

  create(): FrameworkActivities {
    return {
      syncFrameworkReadModel: async (write) => {
        const revision = revisionOfFrameworkWrite(write);
        Context.current().log.info('Writing to the read model', {
          frameworkId: write.frameworkId,
          revision,
          whole: write.state !== undefined,
          steps: write.steps.map((s) => s.action),
          requestId: write.requestId,
        });
        await writeOrRefuse(this.alerts, { processId: write.frameworkId, idField: 'frameworkId', revision }, () => this.readModel.sync(write));
      },
    };
  }
}
