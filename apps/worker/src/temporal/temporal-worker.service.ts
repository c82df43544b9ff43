import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, State, Worker, WorkerOptions, WorkerStatus } from '@temporalio/worker';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Environment } from '@iop/config';
import { connectCheckedWorker, dataConverterFrom, preloadedWorkflowModules } from '@iop/temporal';
import { FrameworkActivitiesFactory } from '../activities/framework.activities';
import { InitiativeActivitiesFactory } from '../activities/initiative.activities';
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
  private draining = false;

  constructor(
    private readonly env: Environment,
    private readonly activities: PartnershipActivitiesFactory,
    private readonly frameworkActivities: FrameworkActivitiesFactory,
    private readonly initiativeActivities: InitiativeActivitiesFactory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A Temporal it cannot reach, a missing namespace or unregistered search attributes stop it in one sentence.
    this.connection = await connectCheckedWorker((settings) => NativeConnection.connect(settings), this.env);
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.env.TEMPORAL_NAMESPACE,
      taskQueue: this.env.TEMPORAL_TASK_QUEUE,
      // Every workflow's activities on the one task queue: their names differ (syncReadModel, syncFrameworkReadModel, syncInitiativeReadModel).
      activities: { ...this.activities.create(), ...this.frameworkActivities.create(), ...this.initiativeActivities.create() },
      // The same converter as the API's client: the worker writes activity inputs, results and failures too.
      dataConverter: dataConverterFrom(this.env),
      // Bounds the worker's memory: a partnership idle beyond the cache is replayed from its history when it next moves.
      maxCachedWorkflows: this.env.WORKER_MAX_CACHED_WORKFLOWS,
      // A drain lets running activities finish (their writes land) for most of SHUTDOWN_GRACE_SECONDS, keeping the last
      // two seconds to close the connections; only then are the ones still running cancelled and retried elsewhere.
      shutdownGraceTime: Math.max(1, this.env.SHUTDOWN_GRACE_SECONDS - 2) * 1000,
      // A workflow's next task goes first to the worker that has it cached; when that worker has died (SIGKILL, a lost
      // node), Temporal hands the task to any worker only after this. Half the move timeout (the SDK's default is
      // 10 s, the whole default timeout) so that the move is still answered in time by another worker.
      stickyQueueScheduleToStartTimeout: stickyTimeoutSeconds(this.env.TEMPORAL_MOVE_TIMEOUT_SECONDS) * 1000,
      ...this.workflowSource(),
    });
    this.running = this.worker.run();
    this.running.catch((error: unknown) => {
      this.logger.error(`The Temporal worker stopped: ${String(error)}`);
      process.exitCode = 1;
    });
    this.logger.log(`Polling task queue ${this.env.TEMPORAL_TASK_QUEUE} on ${this.env.TEMPORAL_ADDRESS}`);
  }

  /** The SDK worker's state (RUNNING while it polls) and counters, for the worker's health endpoints. */
  status(): { state: State | 'STARTING'; draining: boolean; status?: WorkerStatus } {
    if (!this.worker) return { state: 'STARTING', draining: this.draining };
    return { state: this.worker.getState(), draining: this.draining, status: this.worker.getStatus() };
  }

  /**
   * A SIGTERM's part for the worker, before anything else closes: stop polling, let the workflow tasks and
   * activities in hand finish (their database writes still need the pool), and wait until the SDK says it stopped.
   */
  async drain(): Promise<void> {
    this.draining = true;
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.drain();
    await this.connection?.close();
  }

  /** A prebuilt bundle in production (fast start, no webpack at run time); the sources otherwise. */
  private workflowSource(): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
    const bundle = this.env.WORKFLOW_BUNDLE_PATH ?? DEFAULT_WORKFLOW_BUNDLE;
    if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
    // The domain lib preloaded, as in the prebuilt bundle (libs/temporal's workflowBundleOptions says why).
    return {
      workflowsPath: require.resolve('../../../../workflows'),
      bundlerOptions: { preloadModules: preloadedWorkflowModules(join(__dirname, '..', '..', '..', '..')) },
    };
  }
}

/** How long a cached workflow's task waits for its own worker before any worker may take it: half the move timeout, 1–10 s. */
export function stickyTimeoutSeconds(moveTimeoutSeconds: number): number {
  return Math.min(10, Math.max(1, Math.floor(moveTimeoutSeconds / 2)));
}
