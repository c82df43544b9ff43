// Relative imports: the worker bundles this folder with webpack, where tsconfig path aliases do not resolve.
import type { InitiativeCommand, InitiativeState, InitiativeStepRecord, NewInitiative, Refusal } from '../../libs/domain/src';
import type { CommandAudit } from '../partnership/types';

export type { CommandAudit } from '../partnership/types';
export { READ_MODEL_DATA_ERROR, REFUSAL_FAILURE_TYPE } from '../shared/failure-types';

export interface SubmitInitiativeInput {
  initiativeId: string;
  initiative: NewInitiative;
  /** Who submitted it: the representative's identity. */
  submittedBy: string;
  requestId: string;
  /** The audit entry of the request that submitted it, written with the submission's step. */
  audit?: CommandAudit;
}

export interface InitiativeCommandEnvelope<C extends InitiativeCommand = InitiativeCommand> {
  command: C;
  actor: string;
  requestId: string;
  audit?: CommandAudit;
}

/** A move's answer, given once its write is in the read model. */
export interface InitiativeCommandResult {
  revision: number;
  status: InitiativeState['status'];
  warnings: Refusal[];
  appliedRequestId: string;
}

/**
 * One write the read model owes. Always the whole state: an initiative takes a handful of moves and its state is
 * bounded (eight criteria, one decision, its long texts by reference), so a patch would save nothing worth its code.
 */
export interface InitiativeReadModelWrite {
  initiativeId: string;
  workflowId: string;
  state: InitiativeState;
  steps: InitiativeStepRecord[];
  requestId: string;
  audit?: CommandAudit & { occurredAt: string };
}

export interface InitiativeActivities {
  /** Writes the steps, the audit entry and the state's projection in one transaction; idempotent. */
  syncInitiativeReadModel(write: InitiativeReadModelWrite): Promise<void>;
}

export const initiativeWorkflowId = (initiativeId: string): string => `initiative-${initiativeId}`;
