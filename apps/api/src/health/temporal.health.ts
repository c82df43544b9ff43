import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { Environment } from '@iop/config';
import { TEMPORAL_CLIENT } from '@iop/temporal';

/** A worker counts as polling when Temporal saw it ask for work within this window (it long-polls every minute). */
const POLLER_FRESHNESS_MS = 90_000;

/**
 * Moves count as processed while the oldest workflow task waiting on the task queue is younger than this. A healthy
 * worker takes a task within milliseconds; a frozen or overloaded one lets them wait. 30 s is three move timeouts:
 * beyond a moment's hiccup, and well before a person gives up on the engine.
 */
export const BACKLOG_AGE_BOUND_SECONDS = 30;

export interface WorkerPollingCondition {
  status: 'up' | 'down';
  pollers: number;
  taskQueue: string;
  message?: string;
}

export interface MovesProcessedCondition {
  status: 'up' | 'down' | 'unknown';
  taskQueue: string;
  /** Workflow tasks waiting for a worker (Temporal's approximate count; sticky queues not counted). */
  backlogCount?: number;
  /** How long the oldest of them has waited. */
  backlogAgeSeconds?: number;
  boundSeconds: number;
  message?: string;
}

export interface HealthConditions {
  workerPolling: WorkerPollingCondition;
  movesProcessed: MovesProcessedCondition;
}

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

  /**
   * Reported beside the health checks, not part of them: whether a worker polls the workflow task queue, and whether
   * the workflow tasks are being taken (the backlog's age, from one DescribeTaskQueue with its statistics). Neither
   * changes the API's status: the API serves reads and answers moves (with 503 in time) without a worker, and a load
   * balancer that took every API away because the workers are gone would only add an outage.
   */
  async conditions(): Promise<HealthConditions> {
    const taskQueue = this.env.TEMPORAL_TASK_QUEUE;
    const boundSeconds = BACKLOG_AGE_BOUND_SECONDS;
    let response: temporal.api.workflowservice.v1.IDescribeTaskQueueResponse;
    try {
      response = await this.client.connection.withDeadline(Date.now() + 2000, () =>
        this.client.workflowService.describeTaskQueue({
          namespace: this.env.TEMPORAL_NAMESPACE,
          taskQueue: { name: taskQueue },
          taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
          reportStats: true,
        }),
      );
    } catch (error) {
      const message = (error as Error).message;
      return {
        workerPolling: { status: 'down', pollers: 0, taskQueue, message },
        movesProcessed: { status: 'unknown', taskQueue, boundSeconds, message },
      };
    }
    const now = Date.now();
    const pollers = (response.pollers ?? []).filter((p) => now - Number(p.lastAccessTime?.seconds ?? 0) * 1000 < POLLER_FRESHNESS_MS).length;
    const workerPolling: WorkerPollingCondition =
      pollers > 0 ? { status: 'up', pollers, taskQueue } : { status: 'down', pollers, taskQueue, message: 'no worker polls the task queue' };
    return { workerPolling, movesProcessed: movesProcessed(response.stats, taskQueue) };
  }
}

function movesProcessed(stats: temporal.api.taskqueue.v1.ITaskQueueStats | null | undefined, taskQueue: string): MovesProcessedCondition {
  const boundSeconds = BACKLOG_AGE_BOUND_SECONDS;
  if (!stats) return { status: 'unknown', taskQueue, boundSeconds, message: 'this Temporal server does not report task queue statistics' };
  const age = stats.approximateBacklogAge;
  const backlogAgeSeconds = Math.round((Number(age?.seconds ?? 0) + (age?.nanos ?? 0) / 1e9) * 10) / 10;
  const backlogCount = Number(stats.approximateBacklogCount ?? 0);
  const condition = { taskQueue, backlogCount, backlogAgeSeconds, boundSeconds };
  return backlogAgeSeconds > boundSeconds
    ? { status: 'down', ...condition, message: `the oldest workflow task has waited ${backlogAgeSeconds} s for a worker` }
    : { status: 'up', ...condition };
}
