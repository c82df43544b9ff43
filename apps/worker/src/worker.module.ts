import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfigModule, Environment, pinoParams } from '@iop/config';
import { DatabaseModule } from '@iop/database';
import { FrameworkActivitiesFactory } from './activities/framework.activities';
import { InitiativeActivitiesFactory } from './activities/initiative.activities';
import { PartnershipActivitiesFactory } from './activities/partnership.activities';
import { TemporalWorkerService } from './temporal/temporal-worker.service';
import { CheckpointSchedulerService } from './checkpoints/checkpoint-scheduler.service';
import { WorkerHealthServer } from './health/worker-health.server';

/** The worker's root: the Temporal worker, the services its activities need, and its health endpoints when asked for. */
@Module({})
export class WorkerModule {
  static register(): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        AppConfigModule.forRoot('worker'),
        LoggerModule.forRootAsync({ inject: [Environment], useFactory: (env: Environment) => pinoParams(env, 'worker') }),
        DatabaseModule,
      ],
      providers: [
        PartnershipActivitiesFactory,
        FrameworkActivitiesFactory,
        InitiativeActivitiesFactory,
        TemporalWorkerService,
        CheckpointSchedulerService,
        WorkerHealthServer,
      ],
    };
  }
}
