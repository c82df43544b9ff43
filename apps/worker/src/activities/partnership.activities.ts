import { Injectable } from '@nestjs/common';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { PartnershipReadModelRepository, ReadModelAlertsRepository, isDataError, isStatePatchGap } from '@iop/database';
import { READ_MODEL_DATA_ERROR, READ_MODEL_GAP, revisionOfWrite, type PartnershipActivities } from '../../../../workflows/partnership/types';

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
        // Either form: the whole state (the opening, a write after a failed one, older executions) or the move's delta.
        const revision = revisionOfWrite(input);
        log.info('Writing to the read model', {
          partnershipId: input.partnershipId,
          revision,
          whole: input.state !== undefined,
          steps: input.steps.map((s) => s.action),
          requestId: input.requestId,
        });
        try {
          await this.readModel.sync(input);
        } catch (error) {
          // Not retried here: the workflow sends the same write again with its whole state, which needs no base.
          if (isStatePatchGap(error)) {
            log.warn('The read model lacks the base revision of this write', { partnershipId: input.partnershipId, revision });
            throw ApplicationFailure.nonRetryable(`The read model lacks the base of the write of revision ${revision}`, READ_MODEL_GAP, {
              partnershipId: input.partnershipId,
              revision,
            });
          }
          // An outage, a lock timeout or a race is retried by the workflow's retry policy; data PostgreSQL refuses is
          // refused again on every attempt, so it is recorded for operators and not retried.
          if (!isDataError(error)) throw error;
          const sqlState = String((error as { code?: unknown }).code);
          await this.alerts.raise({ partnershipId: input.partnershipId, revision: revision, sqlState, message: String((error as Error).message) });
          log.error('PostgreSQL refused the write as data', { partnershipId: input.partnershipId, revision: revision, sqlState });
          throw ApplicationFailure.nonRetryable(`PostgreSQL refused the write of revision ${revision}: SQLSTATE ${sqlState}`, READ_MODEL_DATA_ERROR, {
            sqlState,
            partnershipId: input.partnershipId,
            revision: revision,
          });
        }
      },
    };
  }
}
