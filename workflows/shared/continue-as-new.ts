import { workflowInfo } from '@temporalio/workflow';

/** Temporal suggests continue-as-new well before its limits; this is a ceiling for histories it has not flagged. */
export const DEFAULT_CONTINUE_AS_NEW_AFTER_EVENTS = 10_000;

/**
 * True when the run should hand its state to a new one: Temporal suggests it, or the history has reached the
 * workflow's own ceiling. The workflow then waits (inline, in its own loop: see OrderedWriteQueue) until no handler
 * runs and no write is owed, and continues as new with its state.
 */
export function continueAsNewDue(afterEvents: number = DEFAULT_CONTINUE_AS_NEW_AFTER_EVENTS): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength >= afterEvents;
}
