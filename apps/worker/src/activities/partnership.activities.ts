import { Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { PartnershipReadModelRepository, ReadModelAlertsRepository } from '@iop/database';
import { revisionOfWrite, type PartnershipActivities } from '../../../../workflows/partnership/types';
import { writeOrRefuse } from './read-model-failures';

/**
 * The side effects of the Partnership workflow, over injected services. Idempotent by construction: the
 * repository keys every row, so Temporal's retries never duplicate one.
 */
@Injectable()
export class PartnershipActivitiesFactory {
  constructor(
    private readonly readModel: PartnershipReadModelRepository,
    private readonly alerts: ReadModelAlertsRepository,
  ) {}

  create(): PartnershipActivities {
    return {
      syncReadModel: async (input) => {
        // Either form: the whole state (the opening, a write after a failed one, older executions) or the move's delta.
        const revision = revisionOfWrite(input);
        Context.current().log.info('Writing to the read model', {
          partnershipId: input.partnershipId,
          revision,
          whole: input.state !== undefined,
          steps: input.steps.map((s) => s.action),
          requestId: input.requestId,
        });
        // A gap is not retried here: the workflow sends the same write again with its whole state, which needs no base.
        await writeOrRefuse(this.alerts, { processId: input.partnershipId, idField: 'partnershipId', revision }, () => this.readModel.sync(input));
      },
    };
  }
}
