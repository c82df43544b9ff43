import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { runMigrations } from '../../libs/database/src/migrate';
import { ScratchPostgres } from '../support/scratch-postgres';
import { startApi, startWorker, useOwnTaskQueue } from '../support/harness';
import { until } from '../support/processes';
import { connectTemporalClient } from '../support/temporal-client';
import { bearer, officerOf } from '../support/tokens';

async function healthUntil(api: INestApplication, status: number, path = '/health', timeoutMs = 30000): Promise<request.Response> {
  const deadline = Date.now() + timeoutMs;
  let last: request.Response;
  do {
    last = await request(api.getHttpServer()).get(path);
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 300));
  } while (Date.now() < deadline);
  return last;
}

/**
 * /health/live asks nothing, /health/ready asks PostgreSQL and Temporal, /health reports everything: whether a worker
 * polls and whether moves are processed are conditions in it, which never make the API unready.
 */
describe('GET /health, /health/live, /health/ready', () => {
  let postgres: ScratchPostgres;
  let api: INestApplication;
  let worker: INestApplicationContext | undefined;
  let temporal: Client;
  let taskQueue: string;
  const sharedDatabaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    // A PostgreSQL of this file's own, so stopping it does not disturb the other test files.
    postgres = await ScratchPostgres.create();
    process.env.DATABASE_URL = postgres.url;
    await runMigrations(postgres.url);
    taskQueue = useOwnTaskQueue('health');
    api = await startApi();
    temporal = await connectTemporalClient();
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await temporal?.connection.close();
    postgres?.stop();
    process.env.DATABASE_URL = sharedDatabaseUrl;
  });

  it('is ready without a worker, and reports that none polls and, once a task waits beyond the bound, that moves are not processed', async () => {
    const http = request(api.getHttpServer());
    expect((await http.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await http.get('/health/ready').expect(200);
    expect(ready.body.details).toMatchObject({ process: { status: 'up' }, database: { status: 'up' }, temporal: { status: 'up' } });

    const report = await http.get('/health').expect(200);
    expect(report.body.status).toBe('ok');
    expect(report.body.details).toMatchObject({ database: { status: 'up' }, temporal: { status: 'up' }, readModel: { status: 'up' } });
    expect(report.body.details.worker).toBeUndefined();
    expect(report.body.conditions.workerPolling).toEqual({ status: 'down', pollers: 0, taskQueue, message: 'no worker polls the task queue' });
    expect(report.body.conditions.movesProcessed).toMatchObject({ status: 'up', taskQueue, boundSeconds: 30 });

    // A workflow task nobody takes: once it has waited beyond the bound, moves are reported as not processed,
    // and the API stays 200 and ready.
    const waiting = await temporal.workflow.start('nobodyRunsThis', { taskQueue, workflowId: `health-backlog-${randomUUID()}` });
    const stalled = await until(
      () => http.get('/health'),
      (r) => r.body.conditions?.movesProcessed?.status === 'down',
      90_000,
    );
    expect(stalled.status).toBe(200);
    expect(stalled.body.conditions.movesProcessed).toMatchObject({ status: 'down', backlogCount: 1, boundSeconds: 30 });
    expect(stalled.body.conditions.movesProcessed.backlogAgeSeconds).toBeGreaterThan(30);
    await http.get('/health/ready').expect(200);
    await waiting.terminate('the health test is done with it');
  }, 120_000);

  it('reports the polling worker, and 503 on /health and /health/ready while PostgreSQL is stopped, with Retry-After on the 503 of a read', async () => {
    worker = await startWorker();
    const polling = await until(
      () => request(api.getHttpServer()).get('/health'),
      (r) => r.body.conditions?.workerPolling?.status === 'up',
    );
    expect(polling.status).toBe(200);
    expect(polling.body.conditions.workerPolling).toEqual({ status: 'up', pollers: 1, taskQueue });

    postgres.stop();
    const down = await healthUntil(api, 503);
    expect(down.status).toBe(503);
    expect(down.body.error.database.status).toBe('down');
    // The conditions are still reported beside the failing check.
    expect(down.body.conditions.workerPolling.status).toBe('up');
    const unready = await healthUntil(api, 503, '/health/ready');
    expect(unready.body.error.database.status).toBe('down');
    // The process itself is alive: an orchestrator must not restart it for PostgreSQL's outage.
    await request(api.getHttpServer()).get('/health/live').expect(200);

    // A read while the database is down is a 503 the client may retry, never a 500, and says when.
    const read = await request(api.getHttpServer())
      .get('/partnerships/6f1d4d3e-8a55-4c4b-9a43-2b7c1f9e0d11')
      .set(await bearer(officerOf('Region Skåne')));
    expect(read.status).toBe(503);
    expect(read.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(read.headers['retry-after']).toBe('5');

    postgres.start();
    const back = await healthUntil(api, 200);
    expect(back.status).toBe(200);
    expect(back.body.details.database.status).toBe('up');
    await healthUntil(api, 200, '/health/ready');
  });

  it('declares the three routes in the OpenAPI document as public', async () => {
    const document = (await request(api.getHttpServer()).get('/docs/openapi.json').expect(200)).body;
    for (const path of ['/health', '/health/live', '/health/ready']) {
      expect(document.paths[path]?.get).toBeDefined();
      expect(document.paths[path].get.security ?? []).toEqual([]);
    }
    const full = document.paths['/health'].get.responses;
    for (const status of ['200', '503'])
      expect(full[status].content['application/json'].schema.properties.conditions.required).toEqual(['workerPolling', 'movesProcessed']);
    expect(document.paths['/health/ready'].get.responses['503'].content['application/json'].schema.properties.status.enum).toEqual(['error']);
  });
});
