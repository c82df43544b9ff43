import { ApplicationFailure, Context } from '@temporalio/activity';
import { isDataError, isStatePatchGap, ReadModelAlertsRepository } from '@iop/database';
import { READ_MODEL_DATA_ERROR, READ_MODEL_GAP } from '../../../../workflows/partnership/types';

/** Which write of which process failed, for the log, the alert and the failure's details. */
export interface WriteOf {
  /** The process's id (a partnership's, a framework's): the alert is recorded under it. */
  processId: string;
  /** The log field that names the process, as the process's own log lines do (`partnershipId`, `frameworkId`). */
  idField: string;
  revision: number;
}

/**
 * Makes a read-model write and turns the failures that retrying cannot mend into the workflow's non-retryable
 * failure types, the same for every kind of process:
 * - a state patch whose base the read model lacks: READ_MODEL_GAP (the workflow sends the same write whole);
 * - data PostgreSQL refuses (SQLSTATE classes 22 and 23): recorded in read_model_alerts for operators, then
 *   READ_MODEL_DATA_ERROR (the workflow marks itself and goes on with the next write, whole).
 * An outage, a lock timeout or a race is thrown as it is and retried by the workflow's retry policy.
 */
export async function writeOrRefuse(alerts: ReadModelAlertsRepository, of: WriteOf, write: () => Promise<void>): Promise<void> {
  const log = Context.current().log;
  const { processId, idField, revision } = of;
  try {
    await write();
  } catch (error) {
    if (isStatePatchGap(error)) {
      log.warn('The read model lacks the base revision of this write', { [idField]: processId, revision });
      throw ApplicationFailure.nonRetryable(`The read model lacks the base of the write of revision ${revision}`, READ_MODEL_GAP, {
        [idField]: processId,
        revision,
      });
    }
    if (!isDataError(error)) throw error;
    const sqlState = String((error as { code?: unknown }).code);
    await alerts.raise({ partnershipId: processId, revision, sqlState, message: String((error as Error).message) });
    log.error('PostgreSQL refused the write as data', { [idField]: processId, revision, sqlState });
    throw ApplicationFailure.nonRetryable(`PostgreSQL refused the write of revision ${revision}: SQLSTATE ${sqlState}`, READ_MODEL_DATA_ERROR, {
      sqlState,
      [idField]: processId,
      revision,
    });
  }
}
