// Relative imports: the worker bundles this folder with webpack, where tsconfig path aliases do not resolve.
import type {
  DraftVersion,
  NewPartnership,
  OrganisationParty,
  PartnershipCommand,
  PartnershipState,
  PoliticalDecision,
  Refusal,
  Signature,
  StartingProblemDefinition,
  StepRecord,
  Task,
} from '../../libs/domain/src';
import type { StatePatchOp } from '../shared/state-patch';

export interface StartPartnershipInput {
  partnershipId: string;
  partnership: NewPartnership;
  /**
   * The problem definition proposed by the public party with the start (absent in starts without one, and in every
   * execution started before starts could carry one): written with the opening, as its own step.
   */
  problemDefinition?: StartingProblemDefinition;
  /** Who started the process: the officer's identity. */
  startedBy: string;
  /**
   * The instant the opening carries: the API's, which writes the same opening before it answers the start (absent in
   * starts made before it did, and in starts made straight with the SDK: those open at the workflow's start time).
   */
  openedAt?: string;
  /** The HTTP request that started it, carried into every activity's log lines. */
  requestId: string;
  /** Set by continue-as-new: the state carried over from the previous run. */
  resumeState?: PartnershipState;
  /** Continue as new after this many history events (tests use a small number; production uses Temporal's hint). */
  continueAsNewAfterEvents?: number;
  /** The audit entry of the request that started it, written with the opening step (absent in old runs). */
  audit?: CommandAudit;
}

/**
 * Who made a command, as the API saw it, for the audit entry that the workflow's write stores with the command's
 * steps: so an accepted command always has its entry, and only one, whoever of the API and the activity writes it.
 */
export interface CommandAudit {
  requestId: string;
  actor: string;
  actorRole: string | null;
  actorPublicParty: string | null;
  actorOrganisation: string | null;
  /** The route template, e.g. `POST /partnerships/:id/meetings`. */
  action: string;
  statusCode: number;
}

/** What every user action carries: the move, who made it, and the request it came in. */
export interface CommandEnvelope<C extends PartnershipCommand = PartnershipCommand> {
  command: C;
  actor: string;
  requestId: string;
  /** Absent from clients older than the audit entry written with the move (their entry is the API's own). */
  audit?: CommandAudit;
}

export interface CommandResult {
  revision: number;
  phase: PartnershipState['phase'];
  warnings: Refusal[];
  /**
   * The writes the read model still lacks, oldest first, for the API to make before it answers (absent in old runs;
   * in runs before bounded writes, each with its whole `state`).
   */
  writes?: ReadModelWrite[];
  /**
   * The request whose update the workflow applied. Temporal answers a retry that reuses an update id with the first
   * attempt's result, so a caller whose own request id differs got a replay: the move was applied once, before.
   */
  appliedRequestId?: string;
}

/**
 * One write the read model owes, the size of the move that made it: its steps and audit entry, and either the whole
 * state (`state`: the opening, a write after a failed one, and every write of older executions) or what the move
 * changed (`delta`). Temporal refuses payloads over 2 MB, and an update's answer carries every write not yet
 * confirmed: a whole state in each would grow with the partnership's whole life.
 */
export interface ReadModelWrite {
  partnershipId: string;
  workflowId: string;
  state?: PartnershipState;
  delta?: ReadModelDelta;
  steps: StepRecord[];
  requestId: string;
  /** The command's audit entry, with the instant the workflow accepted it (absent for timers and old runs). */
  audit?: CommandAudit & { occurredAt: string };
}

/** What a move changed in the read model: the partnership row, the child rows it changed, its state as a patch. */
export interface ReadModelDelta {
  revision: number;
  /** The revision the patch applies to: the read model refuses it on any other (READ_MODEL_GAP). */
  baseRevision: number;
  /** The partnership row's own columns (its `state` column takes the patch). */
  partnership: {
    title: string;
    phase: PartnershipState['phase'];
    openedAt: string;
    publicPartyName: string;
    endedReason: string | null;
    agreementStart: string | null;
    agreementEnd: string | null;
    /**
     * The framework agreement it was entered within (null: none). Absent in deltas of executions in flight before
     * frameworks; the column is set by the opening, which is always written whole, and never changes after.
     */
    frameworkId?: string | null;
  };
  statePatch: StatePatchOp[];
  /** Only the rows the move added or changed, as the state holds them; an organisation with its place among them. */
  changed: {
    organisations: { position: number; organisation: OrganisationParty }[];
    tasks: Task[];
    drafts: DraftVersion[];
    decisions: PoliticalDecision[];
    signatures: Signature[];
  };
}

/** The revision a write brings the read model to, in either form. */
export const revisionOfWrite = (write: Pick<ReadModelWrite, 'state' | 'delta'>): number => write.state?.revision ?? write.delta!.revision;

/** What the activities of this workflow do, as seen from the workflow (implemented in apps/worker). */
export interface PartnershipActivities {
  /**
   * Writes the steps, the command's audit entry and the state's projection; idempotent, and never lets an older
   * revision overwrite a newer. A write PostgreSQL refuses as data fails with READ_MODEL_DATA_ERROR, not retried.
   */
  syncReadModel(input: ReadModelWrite): Promise<void>;
}

export { READ_MODEL_DATA_ERROR, READ_MODEL_GAP, REFUSAL_FAILURE_TYPE } from '../shared/failure-types';

export const partnershipWorkflowId = (partnershipId: string): string => `partnership-${partnershipId}`;
