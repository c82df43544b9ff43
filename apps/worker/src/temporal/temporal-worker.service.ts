import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Environment } from '@iop/config';
import { dataConverterFrom, temporalConnectionSettings } from '@iop/temporal';
import { FrameworkActivitiesFactory } from '../activities/framework.activities';
import { PartnershipActivitiesFactory } from '../activities/partnership.activities';

/** Where `npm run build` writes the prebuilt workflow bundle. */
export const DEFAULT_WORKFLOW_BUNDLE = join(process.cwd(), 'dist', 'workflow-bundle.js');

/** Hosts the Temporal worker inside the Nest application context, so that activities get injected services. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private worker?: Worker;
  private connection?: NativeConnection;
  private running?: Promise<void>;

  constructor(
    private readonly env: Environment,
    private readonly activities: PartnershipActivitiesFactory,
    private readonly frameworkActivities: FrameworkActivitiesFactory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = await NativeConnection.connect(temporalConnectionSettings(this.env));
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.env.TEMPORAL_NAMESPACE,
      taskQueue: this.env.TEMPORAL_TASK_QUEUE,
      // Every workflow's activities on the one task queue: their names differ (syncReadModel, syncFrameworkReadModel).
      activities: { ...this.activities.create(), ...this.frameworkActivities.create() },
      // The same converter as the API's client: the worker writes activity inputs, results and failures too.
      dataConverter: dataConverterFrom(this.env),
      // Bounds the worker's memory: a partnership idle beyond the cache is replayed from its history when it next moves.
      maxCachedWorkflows: this.env.WORKER_MAX_CACHED_WORKFLOWS,
      ...this.workflowSource(),
    });
    this.running = this.worker.run();
    this.running.catch((error: unknown) => {
      this.logger.error(`The Temporal worker stopped: ${String(error)}`);
      process.exitCode = 1;
    });
    this.logger.log(`Polling task queue ${this.env.TEMPORAL_TASK_QUEUE} on ${this.env.TEMPORAL_ADDRESS}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }

  /** A prebuilt bundle in production (fast start, no webpack at run time); the sources otherwise. */
  private workflowSource(): { workflowBundle: { codePath: string } } | { workflowsPath: string } {
    const bundle = this.env.WORKFLOW_BUNDLE_PATH ?? DEFAULT_WORKFLOW_BUNDLE;
    if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
    return { workflowsPath: require.resolve('../../../../workflows') };
  }
}
