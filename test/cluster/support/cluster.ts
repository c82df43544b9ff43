import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { engineHealthy, freePort, stopProcess } from '../../../libs/devstack/src';
import { dataConverterFrom } from '../../../libs/temporal/src/data-converter';
import type { Principal } from '../../../libs/identity/src';
import { tokenFor } from '../../support/tokens';

const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..', '..');

export interface AppProcess {
  kind: 'api' | 'worker';
  child: ChildProcess;
  /** The API's base URL. */
  url?: string;
  /** The Temporal identity the worker polls with (its pid and host, as the SDK makes it by default). */
  identity?: string;
}

/** The built API or worker (as deployed) as a process of its own, its output in the run's work folder. */
export async function spawnApp(kind: 'api' | 'worker', name: string, env: NodeJS.ProcessEnv): Promise<AppProcess> {
  const port = kind === 'api' ? await freePort() : undefined;
  const log = createWriteStream(join(process.env.IOP_TEST_WORK_DIR!, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [join(root, 'dist', 'apps', kind, 'src', 'main.js')], {
    env: { ...process.env, ...env, ...(port ? { API_PORT: String(port) } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return {
    kind,
    child,
    ...(port ? { url: `http://127.0.0.1:${port}` } : {}),
    ...(kind === 'worker' ? { identity: `${child.pid}@${hostname()}` } : {}),
  };
}

export function stopApp(app: AppProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 30_000): Promise<void> {
  return stopProcess(app.child, signal, graceMs);
}

export async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Until the API answers /health with 200 (PostgreSQL and Temporal answer) and a worker polls its task queue. */
export function healthy(api: AppProcess): Promise<true> {
  return until(`${api.url}/health`, () => engineHealthy(api.url ?? ''));
}

export interface Answer {
  status: number;
  body: Record<string, any>;
  /** Attempts that met a network error or a 5xx before this answer. */
  retries: number;
  /** The API that answered. */
  api: string;
}

/**
 * A client as a region's integration would be written: every command carries an Idempotency-Key, and a network
 * error or a 5xx is retried under the same key, on the next API process, until `deadlineMs`.
 */
export class RetryingClient {
  /** Requests that met a network error on one API and were answered by another. */
  failovers = 0;

  constructor(private readonly apis: () => string[]) {}

  async send(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    principal: Principal,
    options: { body?: unknown; key?: string; first?: number; deadlineMs?: number } = {},
  ): Promise<Answer> {
    const deadline = Date.now() + (options.deadlineMs ?? 120_000);
    const token = await tokenFor(principal);
    let retries = 0;
    let networkFailureOn: string | undefined;
    for (let attempt = options.first ?? 0; ; attempt++) {
      const apis = this.apis();
      const api = apis[attempt % apis.length];
      let failure: string;
      try {
        const response = await fetch(`${api}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
            ...(options.key ? { 'Idempotency-Key': options.key } : {}),
          },
          body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        if (response.status < 500) {
          if (networkFailureOn && networkFailureOn !== api) this.failovers += 1;
          return { status: response.status, body: text ? JSON.parse(text) : {}, retries, api };
        }
        failure = `${response.status} ${text.slice(0, 200)}`;
      } catch (error) {
        networkFailureOn = api;
        failure = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
      }
      retries += 1;
      if (Date.now() > deadline) throw new Error(`${method} ${path} was not answered before the deadline; last: ${failure}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

export async function temporalClient(): Promise<{ client: Client; connection: Connection }> {
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const client = new Client({
    connection,
    namespace: process.env.TEMPORAL_NAMESPACE!,
    dataConverter: dataConverterFrom({ TEMPORAL_PAYLOAD_KEYS: process.env.TEMPORAL_PAYLOAD_KEYS! }),
  });
  return { client, connection };
}

export type History = temporal.api.history.v1.IHistory;

/** The event types of a history, by name (WORKFLOW_TASK_FAILED and so on). */
export function eventTypes(history: History): string[] {
  const names = temporal.api.enums.v1.EventType as unknown as Record<number, string>;
  return (history.events ?? []).map((event) => names[event.eventType as number] ?? String(event.eventType));
}

/** The identities of the workers that completed the history's workflow tasks. */
export function workflowTaskIdentities(history: History): Set<string> {
  return new Set(
    (history.events ?? []).map((event) => event.workflowTaskCompletedEventAttributes?.identity).filter((identity): identity is string => !!identity),
  );
}

/** The identities of the workers polling a task queue for workflow tasks, as the Temporal server sees them. */
export async function pollers(connection: Connection, taskQueue: string): Promise<string[]> {
  const described = await connection.workflowService.describeTaskQueue({
    namespace: process.env.TEMPORAL_NAMESPACE!,
    taskQueue: { name: taskQueue, kind: 1 },
    taskQueueType: 1,
  });
  return (described.pollers ?? []).map((poller) => poller.identity ?? '');
}

/** Restarts the shared Temporal server (SIGKILL, then a start on the same data), through the global setup. */
export async function restartTemporalServer(): Promise<void> {
  const response = await fetch(`${process.env.IOP_CLUSTER_CONTROL_URL}/temporal/restart`, { method: 'POST' });
  if (response.status !== 204) throw new Error(`The Temporal server could not be restarted: ${response.status} ${await response.text()}`);
}
