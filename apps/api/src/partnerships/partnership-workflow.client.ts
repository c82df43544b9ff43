import { Inject, Injectable } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Environment } from '@iop/config';
import type { NewPartnership } from '@iop/domain';
import { TEMPORAL_CLIENT } from '@iop/temporal';
import { partnershipWorkflow } from '../../../../workflows';
import { awaitOpeningRecordedUpdate } from '../../../../workflows/partnership/messages';
import { partnershipWorkflowId } from '../../../../workflows/partnership/types';

/** The API's one way into the Partnership workflows. */
@Injectable()
export class PartnershipWorkflowClient {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly env: Environment,
  ) {}

  /**
   * Starts the workflow and waits until its opening step is in the read model. The workflow id is derived from the
   * partnership id, and an existing execution is reused: a retry of the same request never starts a second one.
   */
  async start(partnershipId: string, partnership: NewPartnership, startedBy: string, requestId: string): Promise<void> {
    const startWorkflowOperation = new WithStartWorkflowOperation(partnershipWorkflow, {
      workflowId: partnershipWorkflowId(partnershipId),
      taskQueue: this.env.TEMPORAL_TASK_QUEUE,
      args: [{ partnershipId, partnership, startedBy, requestId }],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    try {
      await this.client.workflow.executeUpdateWithStart(awaitOpeningRecordedUpdate, { startWorkflowOperation });
    } catch (error) {
      // The partnership's process has already ended: its read model is complete, nothing to start.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
}
