import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { Environment } from '@iop/config';
import type { temporal } from '@temporalio/proto';
import type { NewPartnership, PartnershipCommand, PartnershipState, StartingProblemDefinition } from '@iop/domain';
import { TEMPORAL_CLIENT } from '@iop/temporal';
import { partnershipWorkflow } from '../../../../workflows';
import { awaitOpeningRecordedUpdate, getStateQuery, updateFor } from '../../../../workflows/partnership/messages';
import { CommandResult, partnershipWorkflowId, StartPartnershipInput } from '../../../../workflows/partnership/types';
import { ApiException } from '../common/api.exception';
import type { CommandContext } from '../common/command-context';
import { refusalException, WorkflowMoveCalls } from '../common/workflow-calls';

export { refusalException };

/** The API's one way into the Partnership workflows. */
@Injectable()
export class PartnershipWorkflowClient {
  private readonly calls: WorkflowMoveCalls;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly env: Environment,
  ) {
    this.calls = new WorkflowMoveCalls(client, env);
  }

  /**
   * Starts the workflow and waits until its opening step is in the read model. The workflow id is derived from the
   * partnership id, and an existing execution is reused: a retry of the same request never starts a second one.
   */
  async start(
    partnershipId: string,
    partnership: NewPartnership,
    problemDefinition: StartingProblemDefinition | undefined,
    context: CommandContext,
  ): Promise<void> {
    const startWorkflowOperation = new WithStartWorkflowOperation(
      partnershipWorkflow,
      this.startOptions(partnershipId, partnership, problemDefinition, context),
    );
    try {
      await this.withinMoveTimeout(() => this.client.workflow.executeUpdateWithStart(awaitOpeningRecordedUpdate, { startWorkflowOperation }));
    } catch (error) {
      // The partnership's process has already ended: its read model is complete, nothing to start.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw await this.translateMove(error);
    }
  }

  /**
   * Starts the workflow of a new partnership without waiting for a worker, its opening at `openedAt` (the instant
   * the workflow's input carries, so the caller can write the same opening). Only for an id no earlier request used:
   * an existing execution would be reused with the opening instant of its own input. False when its process has
   * already ended.
   */
  async startOpeningAt(
    partnershipId: string,
    partnership: NewPartnership,
    problemDefinition: StartingProblemDefinition | undefined,
    context: CommandContext,
    openedAt: string,
  ): Promise<boolean> {
    try {
      await this.withinMoveTimeout(() =>
        this.client.workflow.start(partnershipWorkflow, this.startOptions(partnershipId, partnership, problemDefinition, context, openedAt)),
      );
      return true;
    } catch (error) {
      // The partnership's process has already ended: its read model is complete, nothing to start.
      if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw await this.translateMove(error);
    }
  }

  /** The workflow's id, input and reuse rules, the same for both ways of starting it. */
  private startOptions(
    partnershipId: string,
    partnership: NewPartnership,
    problemDefinition: StartingProblemDefinition | undefined,
    context: CommandContext,
    openedAt?: string,
  ) {
    return {
      workflowId: partnershipWorkflowId(partnershipId),
      taskQueue: this.env.TEMPORAL_TASK_QUEUE,
      args: [
        {
          partnershipId,
          partnership,
          // Left out when absent: a start without one carries the same input as before starts could bring one.
          ...(problemDefinition ? { problemDefinition } : {}),
          startedBy: context.actor,
          ...(openedAt ? { openedAt } : {}),
          requestId: context.requestId,
          audit: context.audit,
        },
      ] as [StartPartnershipInput],
      workflowIdConflictPolicy: 'USE_EXISTING' as const,
      workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
    };
  }

  /**
   * Sends one move as its update. `updateId` is the Idempotency-Key's claim: Temporal answers a retry under it with
   * the applied update's result (within the workflow's current run) instead of applying the move twice.
   */
  async execute(partnershipId: string, command: PartnershipCommand, context: CommandContext, updateId?: string): Promise<CommandResult> {
    const handle = this.client.workflow.getHandle(partnershipWorkflowId(partnershipId));
    try {
      return await this.withinMoveTimeout(() =>
        handle.executeUpdate(updateFor(command), {
          args: [{ command, actor: context.actor, requestId: context.requestId, audit: context.audit }],
          updateId,
        }),
      );
    } catch (error) {
      throw await this.translateMove(error);
    }
  }

  /**
   * The workflow's own state: asked of it (a query) while it runs, and its result once it has completed, so that an
   * ended partnership reconciles too (its last run returns the state it ended with).
   */
  async stateOf(partnershipId: string, status: string): Promise<PartnershipState> {
    if (status !== 'COMPLETED') return this.queryState(partnershipId);
    try {
      return (await this.client.workflow.getHandle(partnershipWorkflowId(partnershipId)).result()) as PartnershipState;
    } catch (error) {
      throw this.translateRead(error);
    }
  }

  async queryState(partnershipId: string): Promise<PartnershipState> {
    try {
      return await this.client.workflow.getHandle(partnershipWorkflowId(partnershipId)).query(getStateQuery);
    } catch (error) {
      throw this.translateRead(error);
    }
  }

  /** The workflow's own event history (the latest run) and its status, for auditors and reconciliation. */
  async history(
    partnershipId: string,
  ): Promise<{ workflowId: string; runId: string; status: string; events: temporal.api.history.v1.IHistoryEvent[] }> {
    const handle = this.client.workflow.getHandle(partnershipWorkflowId(partnershipId));
    try {
      const description = await handle.describe();
      const history = await this.client.workflow.getHandle(handle.workflowId, description.runId).fetchHistory();
      return { workflowId: handle.workflowId, runId: description.runId, status: description.status.name, events: history.events ?? [] };
    } catch (error) {
      throw this.translateRead(error);
    }
  }

  /**
   * Reading the workflow itself (its state, its history): an execution Temporal no longer has is a 404, not an ended
   * partnership. Temporal removes a closed execution once the namespace's retention period has passed, while the read
   * model, the hash chain and the audit log keep the partnership's whole record.
   */
  private translateRead(error: unknown): unknown {
    if (error instanceof WorkflowNotFoundError) {
      return new ApiException(
        HttpStatus.NOT_FOUND,
        'WORKFLOW_NOT_KEPT',
        "Temporal no longer keeps this partnership's workflow (its retention period has passed); its record is in the read model and the audit log.",
        {
          messageSv:
            'Temporal har inte längre kvar partnerskapets arbetsflöde (lagringstiden har gått ut); dess historik finns i läsmodellen och granskningsloggen.',
        },
      );
    }
    return this.translate(error);
  }

  private withinMoveTimeout<T>(call: () => Promise<T>): Promise<T> {
    return this.calls.withinMoveTimeout(call);
  }

  private async translateMove(error: unknown): Promise<unknown> {
    return this.translate(await this.calls.translateMove(error));
  }

  /** The shared answers (timeout, refusal), and a call to an ended partnership's workflow. */
  private translate(error: unknown): unknown {
    error = this.calls.translate(error);
    if (error instanceof WorkflowNotFoundError || (error instanceof Error && /workflow execution already completed/i.test(error.message))) {
      return new ApiException(HttpStatus.CONFLICT, 'PARTNERSHIP_ENDED', 'The partnership has ended.', {
        messageSv: 'Partnerskapet är avslutat.',
      });
    }
    return error;
  }
}
