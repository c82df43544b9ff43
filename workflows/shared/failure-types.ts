// The failure types the workflows and the worker's activities agree on: plain constants, which both sides import
// (the worker may not load workflow-only code).

/** The failure type an update carries when a business rule refuses the move; its details hold the Refusal. */
export const REFUSAL_FAILURE_TYPE = 'IopRefusal';

/** The failure type of a read-model write that PostgreSQL refused as data: retrying it would never succeed. */
export const READ_MODEL_DATA_ERROR = 'ReadModelDataError';

/**
 * The failure type of a write whose state patch the read model cannot apply: it does not hold the patch's base
 * revision (an earlier write was skipped, or the database was restored). The workflow makes the write again whole.
 */
export const READ_MODEL_GAP = 'ReadModelGap';
