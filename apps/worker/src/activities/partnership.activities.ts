import { Injectable } from '@nestjs/common';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { PartnershipReadModelRepository, ReadModelAlertsRepository, isDataError } from '@iop/database';
import { READ_MODEL_DATA_ERROR, type PartnershipActivities } from '../../../../workflows/partnership/types';

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
        const log = Context.current().log;
        log.info('Writing to the read model', {
          partnershipId: input.partnershipId,
          revision: input.state.revision,
          steps: input.steps.map((s) => s.action),
          requestId: input.requestId,
        });
        try {
          await this.readModel.sync(input);
        } catch (error) {
          // An outage, a lock timeout or a race is retried by the workflow's retry policy; data PostgreSQL refuses is
          // refused again on every attempt, so it is recorded for operators and not retried.
          if (!isDataError(error)) throw error;
          const sqlState = String((error as { code?: unknown }).code);
          await this.alerts.raise({ partnershipId: input.partnershipId, revision: input.state.revision, sqlState, message: String((error as Error).message) });
          log.error('PostgreSQL refused the write as data', { partnershipId: input.partnershipId, revision: input.state.revision, sqlState });
          throw ApplicationFailure.nonRetryable(`PostgreSQL refused the write of revision ${input.state.revision}: SQLSTATE ${sqlState}`, READ_MODEL_DATA_ERROR, {
            sqlState,
            partnershipId: input.partnershipId,
            revision: input.state.revision,
          });
        }
      },
    };
  }
}
