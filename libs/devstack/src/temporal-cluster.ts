/**
 * The real Temporal server (not the CLI's dev server) on PostgreSQL, as a region runs it: built once per machine from
 * the Go module proxy at the versions pinned in tools/temporal-cluster.env, then started as one process hosting all
 * four services (frontend, history, matching, worker) on loopback, with several history shards. Here: the start and its
 * waits; the build, the schemas and the configuration are in temporal-cluster-build.ts, temporal-schemas.ts and
 * temporal-server-config.ts.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../../temporal/src/search-attributes';
import { TemporalClusterBinaries } from './temporal-cluster-build';
import { PostgresLogin, setupTemporalSchemas } from './temporal-schemas';
import { DYNAMIC_CONFIG, serverPorts, temporalServerConfig } from './temporal-server-config';
import { registerSearchAttributes, stopProcess } from './temporal-server';

export interface TemporalCluster {
  address: string;
  namespace: string;
  uiUrl?: string;
  /** The server's pid (undefined while it is stopped). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
  /** Stops the server (SIGTERM, or SIGKILL with `{ kill: true }`) and starts it again on the same data and ports. */
  restart(options?: { kill?: boolean }): Promise<void>;
}

/**
 * Sets up Temporal's databases on the given PostgreSQL, writes the server's configuration into `dataDir`, starts the
 * server and waits for it, creates the namespace when missing and registers the search attributes, and starts the Web
 * UI server when `uiPort` is given. Every failure is one sentence.
 */
export async function startTemporalCluster(options: {
  binaries: TemporalClusterBinaries;
  postgres: PostgresLogin;
  dataDir: string;
  port: number;
  uiPort?: number;
  historyShards?: number;
  namespace: string;
  /** The codec server the Web UI decodes payloads with (the API's /codec); none by default. */
  codecEndpoint?: string;
  onLog?: (line: string) => void;
}): Promise<TemporalCluster> {
  const log = options.onLog ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  await setupTemporalSchemas(options.binaries, options.postgres);

  const historyShards = options.historyShards ?? 8;
  const shardsFile = join(dataDir, 'history-shards');
  if (existsSync(shardsFile) && readFileSync(shardsFile, 'utf8').trim() !== String(historyShards)) {
    throw new Error(
      `The Temporal data in ${dataDir} was made with ${readFileSync(shardsFile, 'utf8').trim()} history shards, not ${historyShards}: keep that number, or start from an empty data folder.`,
    );
  }
  writeFileSync(shardsFile, String(historyShards));
  const dynamicConfigFile = join(dataDir, 'dynamic-config.yaml');
  writeFileSync(dynamicConfigFile, DYNAMIC_CONFIG);
  const ports = await serverPorts(dataDir, options.port);
  const configFile = join(dataDir, 'temporal-server.yaml');
  writeFileSync(configFile, temporalServerConfig({ postgres: options.postgres, ports, historyShards, dynamicConfigFile }), { mode: 0o600 });

  const address = `127.0.0.1:${options.port}`;
  let server: ChildProcess | undefined;
  const startServer = async () => {
    const child = spawn(options.binaries.server, ['--config-file', configFile, '--allow-no-auth', 'start'], {
      cwd: dataDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString()));
    await waitForNamespace(address, options.namespace, () => child.exitCode !== null || child.signalCode !== null);
  };
  await startServer();

  let ui: ChildProcess | undefined;
  let uiUrl: string | undefined;
  if (options.uiPort) {
    if (!options.binaries.uiServer)
      throw new Error('The Temporal Web UI server was not built: call ensureTemporalClusterBuilt({ withUi: true }) first.');
    const uiDir = join(dataDir, 'ui');
    mkdirSync(uiDir, { recursive: true });
    writeFileSync(
      join(uiDir, 'base.yaml'),
      [
        `temporalGrpcAddress: ${address}`,
        'host: 127.0.0.1',
        `port: ${options.uiPort}`,
        'enableUi: true',
        `defaultNamespace: ${JSON.stringify(options.namespace)}`,
        'disableNewsFetch: true',
        'notifyOnNewVersion: false',
        'distribution: server',
        ...(options.codecEndpoint ? ['codec:', `  endpoint: ${JSON.stringify(options.codecEndpoint)}`, '  passAccessToken: true'] : []),
        '',
      ].join('\n'),
    );
    ui = spawn(options.binaries.uiServer, ['--root', dataDir, '--config', 'ui', '--env', 'cluster', 'start'], { stdio: ['ignore', 'pipe', 'pipe'] });
    ui.stdout?.on('data', (chunk: Buffer) => log(chunk.toString()));
    ui.stderr?.on('data', (chunk: Buffer) => log(chunk.toString()));
    uiUrl = `http://127.0.0.1:${options.uiPort}`;
    const started = ui;
    await poll('the Temporal Web UI', 30_000, async () => {
      if (started.exitCode !== null) throw new Stop(`The Temporal Web UI server exited (code ${started.exitCode}); see its log.`);
      return (await fetch(uiUrl!)).ok;
    });
  }

  const stopServer = (signal: NodeJS.Signals) => (server ? stopProcess(server, signal, 20_000) : Promise.resolve());
  return {
    address,
    namespace: options.namespace,
    uiUrl,
    get pid() {
      return server && server.exitCode === null && server.signalCode === null ? server.pid : undefined;
    },
    async stop() {
      if (ui) await stopProcess(ui, 'SIGTERM', 5_000);
      await stopServer('SIGTERM');
    },
    async restart(restartOptions) {
      await stopServer(restartOptions?.kill ? 'SIGKILL' : 'SIGTERM');
      await startServer();
    },
  };
}

/** A failure that ends a wait at once, with its sentence. */
class Stop extends Error {}

async function poll(what: string, timeoutMs: number, attempt: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await attempt()) return;
    } catch (error) {
      if (error instanceof Stop) throw error;
      last = error;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not answer within ${timeoutMs / 1000} s${last ? ` (${last instanceof Error ? last.message : String(last)})` : ''}.`);
}

/**
 * Waits for the frontend, creates the namespace when missing, registers the search attributes, and waits until a
 * visibility query that names them is accepted: then workflows can be started and listed as the apps do.
 */
async function waitForNamespace(address: string, namespace: string, exited: () => boolean): Promise<void> {
  const gone = () => {
    if (exited()) throw new Stop("The Temporal server exited during its start; see its log (the data folder's temporal log).");
  };
  let connection: Connection | undefined;
  try {
    await poll('The Temporal server', 90_000, async () => {
      gone();
      connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      return true;
    });
    const service = connection!.workflowService;
    await poll(`The Temporal server's namespace ${namespace}`, 60_000, async () => {
      gone();
      try {
        await service.describeNamespace({ namespace });
        return true;
      } catch (error) {
        if ((error as { code?: number }).code !== 5 /* NOT_FOUND */) throw error;
      }
      await service.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('30 days') }).catch((error: { code?: number }) => {
        if (error.code !== 6 /* ALREADY_EXISTS */) throw error;
      });
      return false;
    });
    // A namespace just registered is in the database before it is in the server's cache, which the operator API reads.
    let refused: string | undefined;
    await poll(`The Temporal server's namespace ${namespace}`, 60_000, async () => {
      gone();
      refused = await registerSearchAttributes(connection!, namespace);
      if (refused && !/NOT_FOUND/.test(refused)) throw new Stop(`The Temporal server refused the search attributes (${refused}).`);
      return refused === undefined;
    });
    const query = Object.keys(CUSTOM_SEARCH_ATTRIBUTES)
      .map((name) => `${name} = 'probe'`)
      .join(' AND ');
    await poll(`The Temporal server's search attributes in ${namespace}`, 60_000, async () => {
      gone();
      await service.countWorkflowExecutions({ namespace, query });
      return true;
    });
  } finally {
    await connection?.close().catch(() => undefined);
  }
}
