import { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { runMigrations } from '../../libs/database/src/migrate';
import { ScratchPostgres } from '../support/scratch-postgres';
import { startApi, startWorker, useOwnTaskQueue } from '../support/harness';
import { bearer, officerOf } from '../support/tokens';

async function healthUntil(api: INestApplication, status: number, timeoutMs = 30000): Promise<request.Response> {
  const deadline = Date.now() + timeoutMs;
  let last: request.Response;
  do {
    last = await request(api.getHttpServer()).get('/health');
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 300));
  } while (Date.now() < deadline);
  return last;
}

describe('GET /health', () => {
  let postgres: ScratchPostgres;
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;
  const sharedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    // A PostgreSQL of this file's own, so stopping it does not disturb the other test files.
    postgres = await ScratchPostgres.create();
    process.env.DATABASE_URL = postgres.url;
    await runMigrations(postgres.url);
    useOwnTaskQueue('health');
    api = await startApi();
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
    postgres?.stop();
    process.env.DATABASE_URL = sharedDatabaseUrl;
  });

  it('reports 503 naming the worker while no worker polls the task queue', async () => {
    const response = await request(api.getHttpServer()).get('/health').expect(503);
    expect(response.body.status).toBe('error');
    expect(response.body.error.worker).toMatchObject({ status: 'down', pollers: 0 });
    expect(response.body.info.database.status).toBe('up');
    expect(response.body.info.temporal.status).toBe('up');
  });

  it('reports 200 once a worker polls, 503 while PostgreSQL is stopped, and 200 again when it is back', async () => {
    worker = await startWorker();
    const healthy = await healthUntil(api, 200);
    expect(healthy.status).toBe(200);
    expect(healthy.body.details).toMatchObject({ database: { status: 'up' }, temporal: { status: 'up' }, worker: { status: 'up' } });

    postgres.stop();
    const down = await healthUntil(api, 503);
    expect(down.status).toBe(503);
    expect(down.body.error.database.status).toBe('down');

    // A read while the database is down is a 503 the client may retry, never a 500.
    const read = await request(api.getHttpServer())
      .get('/partnerships/6f1d4d3e-8a55-4c4b-9a43-2b7c1f9e0d11')
      .set(await bearer(officerOf('Region Skåne')));
    expect(read.status).toBe(503);
    expect(read.body.code).toBe('DATABASE_UNAVAILABLE');

    postgres.start();
    const back = await healthUntil(api, 200);
    expect(back.status).toBe(200);
    expect(back.body.details.database.status).toBe('up');
  });
});
