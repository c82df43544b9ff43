import { Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { PartnershipReadModelRepository } from '@iop/database';
import type { PartnershipActivities } from '../../../../workflows/partnership/types';

/**
 * The side effects of the Partnership workflow. Each writes through the read-model repository, whose inserts are
 * keyed so that Temporal's retries never duplicate a row.
 */
@Injectable()
export class PartnershipActivitiesFactory {
  constructor(private readonly readModel: PartnershipReadModelRepository) {}

  create(): PartnershipActivities {
    return {
      recordPartnershipOpened: async (input) => {
        Context.current().log.info('Recording the opening of a partnership', {
          partnershipId: input.partnershipId,
          requestId: input.requestId,
        });
        await this.readModel.recordOpening({
          partnershipId: input.partnershipId,
          workflowId: input.workflowId,
          partnership: input.partnership,
          step: input.step,
          phase: input.step.phase,
          requestId: input.requestId,
        });
      },
    };
  }
}
