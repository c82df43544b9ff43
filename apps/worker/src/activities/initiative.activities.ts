import { Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { InitiativeReadModelRepository, ReadModelAlertsRepository } from '@iop/database';
import type { InitiativeActivities } from '../../../../workflows/initiative/types';
import { writeOrRefuse } from './read-model-failures';

/** The side effects of the initiative workflow: its read-model write, idempotent as every kind's. */
@Injectable()
export class InitiativeActivitiesFactory {
  constructor(
    private readonly readModel: InitiativeReadModelRepository,
    private readonly alerts: ReadModelAlertsRepository,
  ) {}

  create(): InitiativeActivities {
    return {
      syncInitiativeReadModel: async (write) => {
        const revision = write.state.revision;
        Context.current().log.info('Writing to the read model', {
          initiativeId: write.initiativeId,
          revision,
          steps: write.steps.map((s) => s.action),
          requestId: write.requestId,
        });
        await writeOrRefuse(this.alerts, { processId: write.initiativeId, idField: 'initiativeId', revision }, () => this.readModel.sync(write));
      },
    };
  }
}
