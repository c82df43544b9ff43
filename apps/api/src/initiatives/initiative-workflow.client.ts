import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { Environment } from '@iop/config';
import type { InitiativeCommand, NewInitiative } from '@iop/domain';
import { TEMPORAL_CLIENT } from '@iop/temporal';
import { initiativeWorkflow } from '../../../../workflows';
import { awaitInitiativeSubmissionRecordedUpdate, initiativeUpdateFor } from '../../../../workflows/initiative/messages';
import { InitiativeCommandResult, initiativeWorkflowId } from '../../../../workflows/initiative/types';
import { ApiException } from '../common/api.exception';
import type { CommandContext } from '../common/command-context';
import { WorkflowMoveCalls } from '../common/workflow-calls';

/** The API's one way into the initiatives' workflows (one execution per initiative, until its decision). */
@Injectable()
export class InitiativeWorkflowClient {
  private readonly calls: WorkflowMoveCalls;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly env: Environment,
  ) {
    this.calls = new WorkflowMoveCalls(client, env);
  }

  /** Starts the workflow (an existing one is reused: a retry starts no second) and waits until the submission is written. */
  async start(initiativeId: string, initiative: NewInitiative, context: CommandContext): Promise<void> {
    const startWorkflowOperation = new WithStartWorkflowOperation(initiativeWorkflow, {
      workflowId: initiativeWorkflowId(initiativeId),
      taskQueue: this.env.TEMPORAL_TASK_QUEUE,
      args: [{ initiativeId, initiative, submittedBy: context.actor, requestId: context.requestId, audit: context.audit }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    try {
      await this.calls.withinMoveTimeout(() =>
        this.client.workflow.executeUpdateWithStart(awaitInitiativeSubmissionRecordedUpdate, { startWorkflowOperation }),
      );
    } catch (error) {
      // Already decided: its read model is complete, nothing to start.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw this.decided(await this.calls.translateMove(error));
    }
  }

  async execute(initiativeId: string, command: InitiativeCommand, context: CommandContext, updateId?: string): Promise<InitiativeCommandResult> {
    const handle = this.client.workflow.getHandle(initiativeWorkflowId(initiativeId));
    try {
      return await this.calls.withinMoveTimeout(() =>
        handle.executeUpdate(initiativeUpdateFor(command), {
          args: [{ command, actor: context.actor, requestId: context.requestId, audit: context.audit }],
          updateId,
        }),
      );
    } catch (error) {
      throw this.decided(await this.calls.translateMove(error));
    }
  }

  /** A move sent to an initiative whose workflow has completed: it was decided. */
  private decided(error: unknown): unknown {
    if (error instanceof WorkflowNotFoundError || (error instanceof Error && /workflow execution already completed/i.test(error.message))) {
      return new ApiException(HttpStatus.CONFLICT, 'INITIATIVE_DECIDED', 'The initiative has already been decided.', {
        messageSv: 'Initiativet är redan beslutat.',
      });
    }
    return error;
  }
}
