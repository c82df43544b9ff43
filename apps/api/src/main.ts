import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { drainOnSignals, runMain, validateEnvironment } from '@iop/config';

runMain(async () => {
  const env = validateEnvironment(process.env);
  const { ApiModule } = await import('./api.module');
  const { setupApp } = await import('./setup-app');
  const { drainApi } = await import('./health/drain');
  // Our own JSON parser (with a size limit) replaces Nest's default one.
  const app = await NestFactory.create(ApiModule.register(), { bufferLogs: true, bodyParser: false });
  setupApp(app);
  // SIGTERM or Ctrl-C: stop accepting, finish the requests in hand (at most SHUTDOWN_GRACE_SECONDS), exit 0.
  drainOnSignals({ app: 'api', graceSeconds: env.SHUTDOWN_GRACE_SECONDS, drain: drainApi(app) });
  await app.listen(env.API_PORT, env.API_HOST);
});
