import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { Environment } from '@iop/config';
import { TEMPORAL_CLIENT } from '@iop/temporal';

/** A worker counts as polling when Temporal saw it ask for work within this window (it long-polls every minute). */
const POLLER_FRESHNESS_MS = 90_000;

@Injectable()
export class TemporalHealthIndicator {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly env: Environment,
    private readonly health: HealthIndicatorService,
  ) {}

  async isConnected(key: 'temporal') {
    const check = this.health.check(key);
    try {
      await this.client.connection.withDeadline(Date.now() + 2000, () => this.client.workflowService.getSystemInfo({}));
      return check.up({ address: this.env.TEMPORAL_ADDRESS, namespace: this.env.TEMPORAL_NAMESPACE });
    } catch (error) {
      return check.down({ address: this.env.TEMPORAL_ADDRESS, message: (error as Error).message });
    }
  }

  async hasPollingWorker(key: 'worker') {
    const check = this.health.check(key);
    try {
      const response = await this.client.connection.withDeadline(Date.now() + 2000, () =>
        this.client.workflowService.describeTaskQueue({
          namespace: this.env.TEMPORAL_NAMESPACE,
          taskQueue: { name: this.env.TEMPORAL_TASK_QUEUE },
          taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
        }),
      );
      const now = Date.now();
      const fresh = (response.pollers ?? []).filter((p) => {
        const seconds = Number(p.lastAccessTime?.seconds ?? 0);
        return now - seconds * 1000 < POLLER_FRESHNESS_MS;
      });
      const details = { taskQueue: this.env.TEMPORAL_TASK_QUEUE, pollers: fresh.length };
      return fresh.length > 0 ? check.up(details) : check.down({ ...details, message: 'no worker polls the task queue' });
    } catch (error) {
      return check.down({ taskQueue: this.env.TEMPORAL_TASK_QUEUE, message: (error as Error).message });
    }
  }
}
