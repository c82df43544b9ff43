import { randomBytes, randomUUID } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { freePort, waitFor } from '../../libs/devstack/src/ports';
import { ApiMetrics } from '../../apps/api/src/metrics/api-metrics';
import { moveRoutes } from '../../apps/api/src/metrics/move-table';
import { SKANE, startApi, useOwnTaskQueue } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { exited, spawnWorker } from '../support/processes';
import { routeTable } from '../support/route-table';
import { bearer, officerOf } from '../support/tokens';

const ORG = SKANE.natverket.organisationNumber;
const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');

/** One sample line of the exposition: its name, its labels, its value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function samples(exposition: string): Sample[] {
  return exposition
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
      if (!match) throw new Error(`Not a sample line: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

function valueOf(all: Sample[], name: string, labels: Record<string, string>): number | undefined {
  return all.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}

async function scrape(app: INestApplication, token?: string) {
  const call = request(app.getHttpServer()).get('/metrics');
  return token ? call.set('Authorization', `Bearer ${token}`) : call;
}

/**
 * The API's /metrics (prom-client) and the worker's Temporal runtime exporter, over HTTP as Prometheus scrapes them:
 * the counters carry route templates, move types and reason codes, never an id; METRICS_TOKEN guards the route,
 * METRICS_ENABLED=false removes it; the built worker, started with WORKER_METRICS_ADDRESS, serves the SDK's metrics.
 */
describe('metrics', () => {
  let api: INestApplication;
  let worker: ChildProcess;
  let workerMetrics: string;

  beforeAll(async () => {
    const queue = useOwnTaskQueue('metrics');
    workerMetrics = `127.0.0.1:${await freePort()}`;
    worker = spawnWorker({ TEMPORAL_TASK_QUEUE: queue, WORKER_METRICS_ADDRESS: workerMetrics });
    await waitFor('the worker to serve its metrics', async () => ((await fetch(`http://${workerMetrics}/metrics`)).ok ? true : undefined), 60_000);
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
    worker?.kill('SIGTERM');
    if (worker) await exited(worker);
  });

  describe("the API's", () => {
    let iop: LifecycleClient;
    let all: Sample[];
    let exposition: string;
    let refusalCode: string;

    beforeAll(async () => {
      iop = new LifecycleClient(api);
      await iop.create('Region Skåne', [SKANE.natverket]);
      const key = { 'Idempotency-Key': `metrics-${randomUUID()}` };
      expect((await iop.attempt('/invitation-response', { party: ORG, accept: true }, 'post', key)).status).toBe(200);
      const replay = await iop.attempt('/invitation-response', { party: ORG, accept: true }, 'post', key);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      // Closing the dialogue while the problem is still being defined: the workflow's validator refuses it.
      const refused = await iop.attempt('/dialogue/close', { party: 'PUBLIC' });
      expect(refused.status).toBe(409);
      refusalCode = refused.body.code;
      await iop.read();
      expect((await iop.get(`/partnerships/${iop.id}/no-such-thing/${ORG}`)).status).toBe(404);

      const response = await scrape(api);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
      exposition = response.text;
      all = samples(exposition);
    });

    it('count the moves by process kind, move, outcome and the refusal code', () => {
      const moves = (labels: Record<string, string>) => valueOf(all, 'iop_moves_total', { process_kind: 'PARTNERSHIP', ...labels });
      expect(moves({ move: 'START', outcome: 'accepted', reason: '' })).toBe(1);
      expect(moves({ move: 'RESPOND_TO_INVITATION', outcome: 'accepted', reason: '' })).toBe(1);
      expect(moves({ move: 'RESPOND_TO_INVITATION', outcome: 'replayed', reason: '' })).toBe(1);
      expect(refusalCode).toMatch(/^[A-Z_]+$/);
      expect(moves({ move: 'CLOSE_DIALOGUE', outcome: 'refused', reason: refusalCode })).toBe(1);
      expect(all.filter((s) => s.name === 'iop_moves_total').reduce((sum, s) => sum + s.value, 0)).toBe(4);
    });

    it('count and time the requests by route template and status', () => {
      const requests = (labels: Record<string, string>) => valueOf(all, 'iop_http_requests_total', labels);
      expect(requests({ method: 'POST', route: '/partnerships', status: '201' })).toBe(1);
      expect(requests({ method: 'POST', route: '/partnerships/:id/invitation-response', status: '200' })).toBe(2);
      expect(requests({ method: 'POST', route: '/partnerships/:id/dialogue/close', status: '409' })).toBe(1);
      expect(requests({ method: 'GET', route: '/partnerships/:id', status: '200' })).toBe(1);
      expect(requests({ method: 'GET', route: '(no route)', status: '404' })).toBe(1);
      const duration = { method: 'POST', route: '/partnerships/:id/invitation-response', status: '200' };
      expect(valueOf(all, 'iop_http_request_duration_seconds_count', duration)).toBe(2);
      expect(valueOf(all, 'iop_http_request_duration_seconds_sum', duration)).toBeGreaterThan(0);
      expect(valueOf(all, 'iop_http_request_duration_seconds_bucket', { ...duration, le: '+Inf' })).toBe(2);
    });

    it("time the read-model write an accepted move makes before it answers, and report the process's own metrics", () => {
      // The opening is written by the workflow; the accepted invitation answer's writes are the API's.
      expect(valueOf(all, 'iop_read_model_write_duration_seconds_count', { outcome: 'ok' })).toBeGreaterThanOrEqual(1);
      expect(valueOf(all, 'iop_read_model_write_duration_seconds_count', { outcome: 'error' })).toBeUndefined();
      expect(valueOf(all, 'process_cpu_user_seconds_total', {})).toBeGreaterThan(0);
      expect(valueOf(all, 'nodejs_heap_size_used_bytes', {})).toBeGreaterThan(0);
    });

    it("count every command route of a process as a move, named by the moves' own tables", () => {
      const commands = routeTable(api)
        .filter((r) => ['POST', 'PUT'].includes(r.method))
        .filter((r) => ['process:act', 'framework:apply', 'partnership:create', 'framework:create', 'initiative:submit'].includes(r.policy ?? ''))
        .map((r) => `${r.method} ${r.path}`);
      const table = moveRoutes();
      expect(commands.length).toBeGreaterThan(25);
      expect([...table.keys()].sort()).toEqual(commands.sort());
      expect(table.get('POST /frameworks/:id/steering-group/meetings')).toEqual({
        processKind: 'FRAMEWORK_AGREEMENT',
        move: 'RECORD_STEERING_GROUP_MEETING',
      });
      expect(table.get('POST /partnerships/:id/follow-ups/:dueDate/meetings')).toEqual({ processKind: 'PARTNERSHIP', move: 'RECORD_MEETING' });
    });

    it('put no id, organisation number or raw path in any label', () => {
      const values = all.flatMap((s) => Object.values(s.labels));
      expect(values.length).toBeGreaterThan(50);
      expect(exposition).toContain('route="/partnerships/:id"');
      expect(values.filter((v) => v.includes(iop.id) || v.includes(ORG) || /[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v) || /no-such-thing/.test(v))).toEqual(
        [],
      );
    });
  });

  describe('with METRICS_TOKEN set', () => {
    let guarded: INestApplication;
    const token = randomBytes(32).toString('hex');

    beforeAll(async () => {
      process.env.METRICS_TOKEN = token;
      guarded = await startApi();
    });
    afterAll(async () => {
      delete process.env.METRICS_TOKEN;
      await guarded?.close();
    });

    it('answers the scraper that brings it, and 401 to anyone else, a signed-in officer included', async () => {
      expect((await scrape(guarded, token)).status).toBe(200);
      const anonymous = await scrape(guarded);
      expect({ status: anonymous.status, code: anonymous.body.code }).toEqual({ status: 401, code: 'METRICS_TOKEN_INVALID' });
      // The token with its last character changed (a token ending in 0 would otherwise stay the same).
      expect((await scrape(guarded, `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`)).status).toBe(401);
      const officer = await request(guarded.getHttpServer())
        .get('/metrics')
        .set(await bearer(officerOf('Region Skåne')));
      expect(officer.status).toBe(401);
    });
  });

  describe('with METRICS_ENABLED=false', () => {
    let bare: INestApplication;

    beforeAll(async () => {
      process.env.METRICS_ENABLED = 'false';
      bare = await startApi();
    });
    afterAll(async () => {
      delete process.env.METRICS_ENABLED;
      await bare?.close();
    });

    it('has no /metrics route and collects nothing', async () => {
      expect((await scrape(bare)).status).toBe(404);
      expect(routeTable(bare).filter((r) => r.path === '/metrics')).toEqual([]);
      expect(routeTable(api).filter((r) => r.path === '/metrics')).toEqual([
        { method: 'GET', path: '/metrics', policy: 'metrics:scrape', process: undefined },
      ]);
      expect(await bare.get(ApiMetrics).registry.getMetricsAsJSON()).toEqual([]);
    });
  });

  describe('the Grafana dashboard (docker/grafana/iop-engine.json)', () => {
    /**
     * Counters the SDK registers at their first increment, so a worker that has not yet failed an activity or a
     * workflow task, nor filled its cache, does not list them; their names are the SDK's documented ones.
     */
    const FIRST_SEEN_ON_FAILURE = [
      'temporal_activity_execution_failed',
      'temporal_workflow_task_execution_failed',
      'temporal_sticky_cache_total_forced_eviction',
    ];
    /** Added by Prometheus when it scrapes, or a histogram's own. */
    const SCRAPE_LABELS = ['job', 'instance', 'le'];

    it('queries only metrics and labels that the API and the worker serve, from the data source variable', async () => {
      type Target = { expr: string; datasource: { uid: string } };
      type Panel = { type: string; datasource?: { uid: string }; targets?: Target[] };
      const dashboard = JSON.parse(readFileSync(join(root, 'docker', 'grafana', 'iop-engine.json'), 'utf8')) as {
        panels: Panel[];
        templating: { list: { name: string; type: string; query: unknown }[] };
      };
      expect(dashboard.templating.list).toContainEqual(expect.objectContaining({ name: 'DS_PROMETHEUS', type: 'datasource', query: 'prometheus' }));
      const panels = dashboard.panels.filter((p) => p.type !== 'row');
      expect(panels.length).toBeGreaterThanOrEqual(10);
      const targets = panels.flatMap((p) => p.targets ?? []);
      expect([...panels, ...targets].filter((t) => t.datasource?.uid !== '${DS_PROMETHEUS}')).toEqual([]);

      const served = [...samples((await scrape(api)).text), ...samples(await (await fetch(`http://${workerMetrics}/metrics`)).text())];
      const labelsOf = new Map<string, Set<string>>();
      for (const sample of served) {
        const names = labelsOf.get(sample.name) ?? new Set<string>();
        Object.keys(sample.labels).forEach((label) => names.add(label));
        labelsOf.set(sample.name, names);
      }
      const problems: string[] = [];
      for (const { expr } of targets) {
        const grouped = [...expr.matchAll(/by \(([^)]*)\)/g)].flatMap((m) => m[1].split(',').map((l) => l.trim()));
        const withoutGrouping = expr.replace(/by \([^)]*\)/g, '');
        for (const [, name, selector] of withoutGrouping.matchAll(/\b((?:iop|temporal|process|nodejs)_[a-z0-9_]+)(?:\{([^}]*)\})?/g)) {
          if (FIRST_SEEN_ON_FAILURE.includes(name)) continue;
          const labels = labelsOf.get(name);
          if (!labels) {
            problems.push(`${name}: not served`);
            continue;
          }
          const used = [...grouped, ...[...(selector ?? '').matchAll(/([a-z_]+)\s*=~?/g)].map((m) => m[1])];
          for (const label of used) if (!labels.has(label) && !SCRAPE_LABELS.includes(label)) problems.push(`${name}: no label ${label}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe("the worker's", () => {
    it("serve the Temporal SDK's metrics of the moves it processed, by task queue", async () => {
      const all = samples(await (await fetch(`http://${workerMetrics}/metrics`)).text());
      const queue = process.env.TEMPORAL_TASK_QUEUE;
      const names = new Set(all.map((s) => s.name));
      expect([...names].every((name) => name.startsWith('temporal_'))).toBe(true);
      const ofQueue = (name: string) => all.filter((s) => s.name === name && s.labels.task_queue === queue);
      expect(ofQueue('temporal_workflow_task_schedule_to_start_latency_count').reduce((n, s) => n + s.value, 0)).toBeGreaterThan(0);
      expect(ofQueue('temporal_workflow_task_execution_latency_count').reduce((n, s) => n + s.value, 0)).toBeGreaterThan(0);
      expect(all.filter((s) => s.name === 'temporal_sticky_cache_size').length).toBeGreaterThan(0);
    });

    it('stops with one sentence naming WORKER_METRICS_ADDRESS when the address cannot be bound', async () => {
      // The running worker holds the address already.
      const second = spawn(process.execPath, [join(root, 'dist', 'apps', 'worker', 'src', 'main.js')], {
        env: { ...process.env, WORKER_METRICS_ADDRESS: workerMetrics, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      second.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await exited(second);
      expect(second.exitCode).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(`^WORKER_METRICS_ADDRESS: the worker could not serve its metrics at ${workerMetrics} \\(.+\\); choose a free`),
        ),
      ]);
    });
  });
});
