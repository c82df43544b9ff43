// Relative imports: the worker bundles this folder with webpack, where tsconfig path aliases do not resolve.
import type { NewPartnership, Phase, StepRecord } from '../../libs/domain/src';

export interface StartPartnershipInput {
  partnershipId: string;
  partnership: NewPartnership;
  /** Who started the process: the officer's identity. */
  startedBy: string;
  /** The HTTP request that started it, carried into every activity's log lines. */
  requestId: string;
}

export interface PartnershipState {
  partnershipId: string;
  phase: Phase;
  /** True once the opening step and the read-model row are written. */
  recorded: boolean;
  partnership: NewPartnership;
}

/** What the activities of this workflow do, as seen from the workflow (implemented in apps/worker). */
export interface PartnershipActivities {
  recordPartnershipOpened(input: {
    partnershipId: string;
    workflowId: string;
    partnership: NewPartnership;
    step: StepRecord;
    requestId: string;
  }): Promise<void>;
}

export const partnershipWorkflowId = (partnershipId: string): string => `partnership-${partnershipId}`;
