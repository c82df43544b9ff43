import { ActivityFailure, ApplicationFailure, log, upsertSearchAttributes } from '@temporalio/workflow';
import type { Refusal } from '../../libs/domain/src';
import { READ_MODEL_DATA_ERROR, REFUSAL_FAILURE_TYPE } from './failure-types';

/** A rule's refusal as the failure an update's caller receives (never retried: the rules would refuse again). */
export function refusalFailure(refusal: Refusal): ApplicationFailure {
  return ApplicationFailure.create({ type: REFUSAL_FAILURE_TYPE, message: refusal.message.en, details: [refusal], nonRetryable: true });
}

/** An activity's failure of the given type: a regular activity's arrives as an ActivityFailure around it, a local one's as its own. */
export function isFailureOfType(error: unknown, type: string): boolean {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  return cause instanceof ApplicationFailure && cause.type === type;
}

/**
 * A write that PostgreSQL refused as data (the activity said so, and recorded it in read_model_alerts) would fail
 * for ever: instead of retrying it, the workflow marks itself for operators (search attribute IopReadModelAlert,
 * `temporal workflow list --query 'IopReadModelAlert IS NOT NULL'`) and goes on with the next write, whose
 * projection carries the whole state. Any other failure is thrown again: the workflow task fails, to be retried.
 * `process` names the write in the log: the process's id under its kind's key, and the revision.
 */
export function raiseAlertForDataError(error: unknown, process: Record<string, string>, revision: number): void {
  if (!isFailureOfType(error, READ_MODEL_DATA_ERROR)) throw error;
  const cause = (error instanceof ActivityFailure ? error.cause : error) as ApplicationFailure;
  const sqlState = String((cause.details?.[0] as { sqlState?: string } | undefined)?.sqlState ?? 'unknown');
  log.error('The read model refused a write as data; raised an alert', { ...process, revision, sqlState });
  upsertSearchAttributes({ IopReadModelAlert: [`${sqlState} at revision ${revision}`] });
}
