import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Connection } from '@temporalio/client';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../../temporal/src/search-attributes';
import { waitFor } from './ports';

export interface TemporalDevServer {
  address: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The `temporal` CLI: TEMPORAL_BIN, else the project's virtualenv, else the one on PATH. */
export function findTemporalCli(projectRoot: string): string | undefined {
  if (process.env.TEMPORAL_BIN && existsSync(process.env.TEMPORAL_BIN)) return process.env.TEMPORAL_BIN;
  const local = join(projectRoot, '.tools', 'venv', 'bin', 'temporal');
  if (existsSync(local)) return local;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'temporal'))) return join(dir, 'temporal');
  }
  return undefined;
}

/** What the dev server is started with: the run command supervises it with these, the tests start it once. */
export interface TemporalDevServerOptions {
  port: number;
  uiPort?: number;
  dbFile?: string;
  namespace?: string;
}

/** The `temporal server start-dev` arguments for these options (the custom search attributes included). */
export function temporalDevServerArgs(options: TemporalDevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'warn'];
  if (options.uiPort) args.push('--ui-port', String(options.uiPort), '--ui-ip', '127.0.0.1', '--ui-disable-news-fetch');
  else args.push('--headless');
  if (options.dbFile) {
    mkdirSync(dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  if (options.namespace && options.namespace !== 'default') args.push('--namespace', options.namespace);
  for (const [name, type] of Object.entries(CUSTOM_SEARCH_ATTRIBUTES)) args.push('--search-attribute', `${name}=${type}`);
  return args;
}

/** Whether a Temporal frontend answers at `address` within `timeoutMs` (a frozen server accepts and never does). */
export async function temporalAnswers(address: string, timeoutMs = 2000): Promise<boolean> {
  const connection = await Connection.connect({ address, connectTimeout: timeoutMs });
  try {
    await connection.withDeadline(Date.now() + timeoutMs, () => connection.workflowService.getSystemInfo({}));
    return true;
  } finally {
    await connection.close();
  }
}

/**
 * `temporal server start-dev` on loopback: with `dbFile` it persists across restarts (the run command), without it
 * it keeps everything in memory (the tests). The custom search attributes are registered at start.
 */
export async function startTemporalDevServer(
  options: TemporalDevServerOptions & { cli: string; onLog?: (line: string) => void },
): Promise<TemporalDevServer> {
  const args = temporalDevServerArgs(options);
  const child = spawn(options.cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.onLog ?? (() => undefined);
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));

  const address = `127.0.0.1:${options.port}`;
  await waitFor(
    'the Temporal dev server',
    async () => {
      if (exited) throw new Error('the Temporal dev server exited during start');
      return (await temporalAnswers(address, 1000)) || undefined;
    },
    60_000,
  );
  return {
    address,
    uiUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : undefined,
    process: child,
    stop: () => stopProcess(child, 'SIGTERM', 15_000),
  };
}

/**
 * Registers the custom search attributes on a cluster the project did not start (TEMPORAL_ADDRESS). Temporal Cloud
 * refuses the operator API; there they are created in the Cloud console, so a refusal is reported, not fatal.
 */
export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<string | undefined> {
  const types: Record<string, number> = { Keyword: 2, KeywordList: 7 };
  const searchAttributes = Object.fromEntries(Object.entries(CUSTOM_SEARCH_ATTRIBUTES).map(([name, type]) => [name, types[type]]));
  try {
    // The time-skipping test server implements adding but not listing; there every attribute is added.
    const existing = await connection.operatorService
      .listSearchAttributes({ namespace })
      .then((r) => r.customAttributes ?? {})
      .catch((error: { code?: number }) => {
        if (error.code === 12 /* UNIMPLEMENTED */) return {};
        throw error;
      });
    const missing = Object.fromEntries(Object.entries(searchAttributes).filter(([name]) => !(name in existing)));
    if (Object.keys(missing).length > 0) {
      await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
    }
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Sends `signal`, and SIGKILL if the process is still alive after `graceMs`. */
export function stopProcess(child: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
