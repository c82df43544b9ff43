import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { drainOnSignals, runMain, validateEnvironment } from '@iop/config';
import { installTemporalRuntime } from './temporal/temporal-runtime';

runMain(async () => {
  const env = validateEnvironment(process.env, 'worker');
  installTemporalRuntime({ logLevel: env.LOG_LEVEL, metricsAddress: env.WORKER_METRICS_ADDRESS });
  const { WorkerModule } = await import('./worker.module');
  const { TemporalWorkerService } = await import('./temporal/temporal-worker.service');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Ctrl-C or a SIGTERM from the orchestrator: stop polling, finish the running tasks and activities (at most
  // SHUTDOWN_GRACE_SECONDS), then close the database and Temporal connections and exit 0.
  drainOnSignals({
    app: 'worker',
    graceSeconds: env.SHUTDOWN_GRACE_SECONDS,
    drain: async () => {
      await app.get(TemporalWorkerService).drain();
      await app.close();
    },
  });
});
