import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runMain, validateEnvironment } from '@iop/config';

runMain(async () => {
  const env = validateEnvironment(process.env);
  const { ApiModule } = await import('./api.module');
  const { setupApp } = await import('./setup-app');
  // Our own JSON parser (with a size limit) replaces Nest's default one.
  const app = await NestFactory.create(ApiModule.register(), { bufferLogs: true, bodyParser: false });
  setupApp(app);
  await app.listen(env.API_PORT, env.API_HOST);
});
