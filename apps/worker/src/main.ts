import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runMain, validateEnvironment } from '@iop/config';
import { installTemporalRuntimeLogger } from './temporal/runtime-logger';

runMain(async () => {
  const env = validateEnvironment(process.env, 'worker');
  installTemporalRuntimeLogger(env.LOG_LEVEL);
  const { WorkerModule } = await import('./worker.module');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Ctrl-C or a SIGTERM from the orchestrator: finish the running activities, then stop polling.
  app.enableShutdownHooks();
});
