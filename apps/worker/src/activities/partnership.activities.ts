import { Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { PartnershipReadModelRepository } from '@iop/database';
import type { PartnershipActivities } from '../../../../workflows/partnership/types';

/**
 * The side effects of the Partnership workflow, over injected services. Idempotent by construction: the
 * repository keys every row, so Temporal's retries never duplicate one.
 */
@Injectable()
export class PartnershipActivitiesFactory {
  constructor(private readonly readModel: PartnershipReadModelRepository) {}

  create(): PartnershipActivities {
    return {
      syncReadModel: async (input) => {
        Context.current().log.info('Writing to the read model', {
          partnershipId: input.partnershipId,
          revision: input.state.revision,
          steps: input.steps.map((s) => s.action),
          requestId: input.requestId,
        });
        await this.readModel.sync(input);
      },
    };
  }
}
