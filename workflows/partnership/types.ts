// Relative imports: the worker bundles this folder with webpack, where tsconfig path aliases do not resolve.
import type { NewPartnership, PartnershipCommand, PartnershipState, Refusal, StepRecord } from '../../libs/domain/src';

export interface StartPartnershipInput {
  partnershipId: string;
  partnership: NewPartnership;
  /** Who started the process: the officer's identity. */
  startedBy: string;
  /** The HTTP request that started it, carried into every activity's log lines. */
  requestId: string;
  /** Set by continue-as-new: the state carried over from the previous run. */
  resumeState?: PartnershipState;
  /** Continue as new after this many history events (tests use a small number; production uses Temporal's hint). */
  continueAsNewAfterEvents?: number;
}

/** What every user action carries: the move, who made it, and the request it came in. */
export interface CommandEnvelope<C extends PartnershipCommand = PartnershipCommand> {
  command: C;
  actor: string;
  requestId: string;
}

export interface CommandResult {
  revision: number;
  phase: PartnershipState['phase'];
  warnings: Refusal[];
  /** The writes the read model still lacks, oldest first, for the API to make before it answers (absent in old runs). */
  writes?: ReadModelWrite[];
  /** The request whose update this is: a caller with another request id got a replay (absent in old runs). */
  appliedRequestId?: string;
}

export interface ReadModelWrite {
  partnershipId: string;
  workflowId: string;
  state: PartnershipState;
  steps: StepRecord[];
  requestId: string;
}

/** What the activities of this workflow do, as seen from the workflow (implemented in apps/worker). */
export interface PartnershipActivities {
  /** Writes the steps and the state's projection; idempotent, and never lets an older revision overwrite a newer. */
  syncReadModel(input: ReadModelWrite): Promise<void>;
}

/** The failure type an update carries when a business rule refuses the move; its details hold the Refusal. */
export const REFUSAL_FAILURE_TYPE = 'IopRefusal';

export const partnershipWorkflowId = (partnershipId: string): string => `partnership-${partnershipId}`;
