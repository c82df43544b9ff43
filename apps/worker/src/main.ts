import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runMain, validateEnvironment } from '@iop/config';
import { installTemporalRuntime } from './temporal/temporal-runtime';

runMain(async () => {
  const env = validateEnvironment(process.env, 'worker');
  installTemporalRuntime({ logLevel: env.LOG_LEVEL, metricsAddress: env.WORKER_METRICS_ADDRESS });
  const { WorkerModule } = await import('./worker.module');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Ctrl-C or a SIGTERM from the orchestrator: finish the running activities, then stop polling.
  app.enableShutdownHooks();
});
