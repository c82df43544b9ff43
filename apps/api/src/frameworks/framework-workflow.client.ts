import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { Environment } from '@iop/config';
import type { FrameworkCommand, FrameworkTerms, NewFramework } from '@iop/domain';
import { TEMPORAL_CLIENT } from '@iop/temporal';
import { frameworkAgreementWorkflow } from '../../../../workflows';
import { awaitFrameworkOpeningRecordedUpdate, frameworkUpdateFor } from '../../../../workflows/framework/messages';
import { FrameworkCommandResult, frameworkWorkflowId } from '../../../../workflows/framework/types';
import { ApiException } from '../common/api.exception';
import type { CommandContext } from '../common/command-context';
import { WorkflowMoveCalls } from '../common/workflow-calls';

/** The API's one way into the framework agreements' workflows (one execution per framework, for decades). */
@Injectable()
export class FrameworkWorkflowClient {
  private readonly calls: WorkflowMoveCalls;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly env: Environment,
  ) {
    this.calls = new WorkflowMoveCalls(client, env);
  }

  /**
   * Starts the workflow and waits until its opening is in the read model. The workflow id is derived from the
   * framework's id and an existing execution is reused: a retry of the same request never starts a second one.
   */
  async start(frameworkId: string, framework: NewFramework, firstVersion: FrameworkTerms | undefined, context: CommandContext): Promise<void> {
    const startWorkflowOperation = new WithStartWorkflowOperation(frameworkAgreementWorkflow, {
      workflowId: frameworkWorkflowId(frameworkId),
      taskQueue: this.env.TEMPORAL_TASK_QUEUE,
      args: [
        {
          frameworkId,
          framework,
          ...(firstVersion ? { firstVersion } : {}),
          startedBy: context.actor,
          requestId: context.requestId,
          audit: context.audit,
        },
      ],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    try {
      await this.calls.withinMoveTimeout(() =>
        this.client.workflow.executeUpdateWithStart(awaitFrameworkOpeningRecordedUpdate, { startWorkflowOperation }),
      );
    } catch (error) {
      // The framework has already ended: its read model is complete, nothing to start.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw this.ended(await this.calls.translateMove(error));
    }
  }

  /**
   * Sends one move as its update; it answers once the move is in the read model. `updateId` is the
   * Idempotency-Key's claim: Temporal answers a retry under it with the first attempt's result.
   */
  async execute(frameworkId: string, command: FrameworkCommand, context: CommandContext, updateId?: string): Promise<FrameworkCommandResult> {
    const handle = this.client.workflow.getHandle(frameworkWorkflowId(frameworkId));
    try {
      return await this.calls.withinMoveTimeout(() =>
        handle.executeUpdate(frameworkUpdateFor(command), {
          args: [{ command, actor: context.actor, requestId: context.requestId, audit: context.audit }],
          updateId,
        }),
      );
    } catch (error) {
      throw this.ended(await this.calls.translateMove(error));
    }
  }

  /** A move sent to a framework whose workflow has completed (it was ended): a conflict with its state. */
  private ended(error: unknown): unknown {
    if (error instanceof WorkflowNotFoundError || (error instanceof Error && /workflow execution already completed/i.test(error.message))) {
      return new ApiException(HttpStatus.CONFLICT, 'FRAMEWORK_ENDED', 'The framework agreement has ended.', {
        messageSv: 'Överenskommelsen har upphört.',
      });
    }
    return error;
  }
}
