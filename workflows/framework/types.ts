// Relative imports: the worker bundles this folder with webpack, where tsconfig path aliases do not resolve.
import type {
  FrameworkCommand,
  FrameworkMember,
  FrameworkState,
  FrameworkStepRecord,
  FrameworkTerms,
  NewFramework,
  FrameworkTaskType,
  ProcessTask,
  Refusal,
} from '../../libs/domain/src';
import type { CommandAudit } from '../partnership/types';
import type { StatePatchOp } from '../shared/state-patch';

export type { CommandAudit } from '../partnership/types';
// The failure types are the kernel's, whatever the process: the API maps them the same way for every kind.
export { READ_MODEL_DATA_ERROR, READ_MODEL_GAP, REFUSAL_FAILURE_TYPE } from '../shared/failure-types';

export interface StartFrameworkInput {
  frameworkId: string;
  framework: NewFramework;
  /** The first version's text, drafted with the opening in the same write (absent: the text comes later). */
  firstVersion?: FrameworkTerms;
  /** Who opened the framework: the officer's identity. */
  startedBy: string;
  /** The HTTP request that opened it, carried into every activity's log lines. */
  requestId: string;
  /** The audit entry of the request that opened it, written with the opening step. */
  audit?: CommandAudit;
  /** Set by continue-as-new: the state carried over from the previous run. */
  resumeState?: FrameworkState;
  /** Continue as new after this many history events (tests use a small number; production uses Temporal's hint). */
  continueAsNewAfterEvents?: number;
}

/** What every move carries: the move, who made it, the request it came in, and its audit entry. */
export interface FrameworkCommandEnvelope<C extends FrameworkCommand = FrameworkCommand> {
  command: C;
  actor: string;
  requestId: string;
  /** Written with the move's steps by the workflow's write: the API writes no entry of its own for an accepted move. */
  audit?: CommandAudit;
}

/**
 * A move's answer, given once its write is in the read model: the caller's next read sees the move. A framework
 * moves a few times a month, so the latency a write before the answer costs matters less than one writer only.
 */
export interface FrameworkCommandResult {
  revision: number;
  status: FrameworkState['status'];
  warnings: Refusal[];
  /**
   * The request whose update the workflow applied. Temporal answers a retry that reuses an update id with the first
   * attempt's result, so a caller whose own request id differs got a replay: the move was applied once, before.
   */
  appliedRequestId: string;
}

/** The frameworks row's own columns, as every write (whole or bounded) brings them. */
export interface FrameworkRow {
  title: string;
  status: FrameworkState['status'];
  openedAt: string;
  publicPartyName: string;
  versionInForce: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  reviewDueBy: string | null;
}

/** What a move changed in the read model: the frameworks row, the child rows it changed, its state as a patch. */
export interface FrameworkReadModelDelta {
  revision: number;
  /** The revision the patch applies to: the read model refuses it on any other (READ_MODEL_GAP). */
  baseRevision: number;
  framework: FrameworkRow;
  statePatch: StatePatchOp[];
  /** Only the rows the move added or changed, as the state holds them; a member with its place among them. */
  changed: {
    members: { position: number; member: FrameworkMember }[];
    tasks: ProcessTask<FrameworkTaskType>[];
  };
}

/**
 * One write the read model owes, the size of the move that made it: its steps and audit entry, and either the whole
 * state (the opening, the first write of a run after continue-as-new, a write after a failed one) or what the move
 * changed (`delta`).
 */
export interface FrameworkReadModelWrite {
  frameworkId: string;
  workflowId: string;
  state?: FrameworkState;
  delta?: FrameworkReadModelDelta;
  steps: FrameworkStepRecord[];
  requestId: string;
  /** The command's audit entry, with the instant the workflow accepted it (absent for timers). */
  audit?: CommandAudit & { occurredAt: string };
}

/** The revision a write brings the read model to, in either form. */
export const revisionOfFrameworkWrite = (write: Pick<FrameworkReadModelWrite, 'state' | 'delta'>): number =>
  write.state?.revision ?? write.delta!.revision;

/** What the activities of this workflow do, as seen from the workflow (implemented in apps/worker). */
export interface FrameworkActivities {
  /**
   * Writes the steps, the command's audit entry and the state's projection in one transaction; idempotent, and
   * never lets an older revision overwrite a newer. Data PostgreSQL refuses fails with READ_MODEL_DATA_ERROR, a
   * patch without its base with READ_MODEL_GAP; neither is retried.
   */
  syncFrameworkReadModel(write: FrameworkReadModelWrite): Promise<void>;
}

export const frameworkWorkflowId = (frameworkId: string): string => `framework-${frameworkId}`;
