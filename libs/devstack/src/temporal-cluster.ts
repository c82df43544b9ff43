import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { Client } from 'pg';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../../temporal/src/search-attributes';
import { freePort, isPortFree } from './ports';
import { ensureDatabase } from './postgres';
import { registerSearchAttributes, stopProcess } from './temporal-server';

/**
 * The real Temporal server (not the CLI's dev server) on PostgreSQL, as a region runs it: built once per machine from
 * the Go module proxy at the versions pinned in tools/temporal-cluster.env, then started as one process hosting all
 * four services (frontend, history, matching, worker) on loopback, with several history shards.
 */
export interface TemporalClusterBinaries {
  server: string;
  sqlTool: string;
  uiServer?: string;
  /** `…/schema/postgresql/v12`, holding `temporal/versioned` and `visibility/versioned`. */
  schemaDir: string;
}

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

/** The folder holding tools/temporal-cluster.env: the project's root, from the sources or from dist/. */
function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'tools', 'temporal-cluster.env')) && existsSync(join(dir, 'scripts', 'lib', 'temporal-cluster-build.sh'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('tools/temporal-cluster.env was not found above ' + __dirname);
    dir = parent;
  }
}

/** The pinned versions (TEMPORAL_SERVER_VERSION, TEMPORAL_UI_VERSION, TEMPORAL_GO_TOOLCHAIN). */
export function temporalClusterVersions(root = projectRoot()): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const line of readFileSync(join(root, 'tools', 'temporal-cluster.env'), 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(\S+)$/.exec(line.trim());
    if (match) versions[match[1]] = match[2];
  }
  return versions;
}

/** Where the builds live: ${XDG_CACHE_HOME:-~/.cache}/iop-engine, shared by every clone on the machine. */
export function temporalClusterCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'iop-engine');
}

function builtBinaries(withUi: boolean): TemporalClusterBinaries | undefined {
  const versions = temporalClusterVersions();
  const cache = temporalClusterCacheDir();
  const serverDir = join(cache, `temporal-${versions.TEMPORAL_SERVER_VERSION}`);
  const server = join(serverDir, 'bin', 'server');
  // `go install …/cmd/tools/sql` names it `sql`; the build script renames it to what Temporal's docs call it.
  const sqlTool = [join(serverDir, 'bin', 'temporal-sql-tool'), join(serverDir, 'bin', 'sql')].find((file) => existsSync(file));
  const schemaDir = join(serverDir, 'schema', 'postgresql', 'v12');
  const uiServer = join(cache, `temporal-ui-${versions.TEMPORAL_UI_VERSION}`, 'bin', 'ui-server');
  if (!existsSync(server) || !sqlTool || !existsSync(join(schemaDir, 'temporal', 'versioned'))) return undefined;
  if (withUi && !existsSync(uiServer)) return undefined;
  return { server, sqlTool, schemaDir, ...(existsSync(uiServer) ? { uiServer } : {}) };
}

/**
 * Builds once per machine into ${XDG_CACHE_HOME:-~/.cache}/iop-engine/ (pinned versions), copying the schema there;
 * throws one sentence (the build script's) when it cannot.
 */
export async function ensureTemporalClusterBuilt(
  options: { withUi?: boolean; onLog?: (line: string) => void } = {},
): Promise<TemporalClusterBinaries> {
  const withUi = options.withUi ?? false;
  const ready = builtBinaries(withUi);
  if (ready) return ready;
  const log = options.onLog ?? (() => undefined);
  const script = join(projectRoot(), 'scripts', 'lib', 'temporal-cluster-build.sh');
  const lastLines: string[] = [];
  const status = await new Promise<number | null>((done) => {
    const child = spawn('bash', [script, ...(withUi ? ['--with-ui'] : [])], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const take = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        log(line);
        lastLines.push(line);
        if (lastLines.length > 5) lastLines.shift();
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', () => done(null));
    child.on('close', (code) => done(code));
  });
  const built = builtBinaries(withUi);
  if (status === 0 && built) return built;
  throw new Error(lastLines.at(-1) ?? `The Temporal cluster's build (${script}) failed: run it to see why.`);
}

export interface PostgresLogin {
  host: string;
  port: number;
  user: string;
  password: string;
}

const TEMPORAL_DATABASE = 'temporal';
const VISIBILITY_DATABASE = 'temporal_visibility';

function postgresUrl(postgres: PostgresLogin, database: string): string {
  const url = new URL('postgres://localhost');
  url.hostname = postgres.host;
  url.port = String(postgres.port);
  url.username = postgres.user;
  url.password = postgres.password;
  url.pathname = `/${database}`;
  return url.toString();
}

function runTool(command: string, args: string[], what: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => fail(new Error(`${what} could not run ${command}: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`${what} failed (exit code ${code}): ${output.trim().split('\n').slice(-3).join(' ')}`)),
    );
  });
}

/**
 * Temporal's two databases with temporal-sql-tool: created when missing, versioned from 0.0 on first use, then
 * updated to the newest version of the schema shipped with the server (nothing to do on a second start).
 */
export async function setupTemporalSchemas(binaries: TemporalClusterBinaries, postgres: PostgresLogin): Promise<void> {
  const admin = postgresUrl(postgres, 'postgres');
  for (const [database, schema] of [
    [TEMPORAL_DATABASE, 'temporal'],
    [VISIBILITY_DATABASE, 'visibility'],
  ] as const) {
    await ensureDatabase(admin, database);
    const common = [
      '--endpoint',
      postgres.host,
      '--port',
      String(postgres.port),
      '--user',
      postgres.user,
      '--password',
      postgres.password,
      '--plugin',
      'postgres12',
      '--database',
      database,
    ];
    if (!(await hasSchemaVersionTable(postgresUrl(postgres, database)))) {
      await runTool(binaries.sqlTool, [...common, 'setup-schema', '--version', '0.0'], `Setting up Temporal's ${database} schema`);
    }
    await runTool(
      binaries.sqlTool,
      [...common, 'update-schema', '--schema-dir', join(binaries.schemaDir, schema, 'versioned')],
      `Updating Temporal's ${database} schema`,
    );
  }
}

async function hasSchemaVersionTable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('public.schema_version') IS NOT NULL AS present`);
    return rows[0].present === true;
  } finally {
    await client.end();
  }
}

interface ServerPorts {
  frontend: number;
  frontendHttp: number;
  frontendMembership: number;
  history: number;
  historyMembership: number;
  matching: number;
  matchingMembership: number;
  worker: number;
  workerMembership: number;
}

/** The server's configuration: all services in one process on loopback, PostgreSQL for persistence and visibility. */
export function temporalServerConfig(options: {
  postgres: PostgresLogin;
  ports: ServerPorts;
  historyShards: number;
  dynamicConfigFile: string;
  logLevel?: string;
}): string {
  const { postgres, ports } = options;
  const quote = (value: string) => JSON.stringify(value);
  const datastore = (database: string, maxConns: number) => `      sql:
        pluginName: "postgres12"
        databaseName: ${quote(database)}
        connectAddr: ${quote(`${postgres.host}:${postgres.port}`)}
        connectProtocol: "tcp"
        user: ${quote(postgres.user)}
        password: ${quote(postgres.password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: "1h"`;
  const service = (grpc: number, membership: number, http?: number) => `    rpc:
      grpcPort: ${grpc}
      membershipPort: ${membership}
      bindOnLocalHost: true${http ? `\n      httpPort: ${http}` : ''}`;
  return `# Written by libs/devstack/src/temporal-cluster.ts at each start; edits are overwritten.
log:
  stdout: true
  level: ${options.logLevel ?? 'warn'}

persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  # Fixed for the life of the cluster's data: Temporal refuses to start on a database made with another count.
  numHistoryShards: ${options.historyShards}
  datastores:
    postgres-default:
${datastore(TEMPORAL_DATABASE, 20)}
    postgres-visibility:
${datastore(VISIBILITY_DATABASE, 5)}

global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"

services:
  frontend:
${service(ports.frontend, ports.frontendMembership, ports.frontendHttp)}
  history:
${service(ports.history, ports.historyMembership)}
  matching:
${service(ports.matching, ports.matchingMembership)}
  worker:
${service(ports.worker, ports.workerMembership)}

clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${ports.frontend}"

dcRedirectionPolicy:
  policy: "noop"

dynamicConfigClient:
  filepath: ${quote(options.dynamicConfigFile)}
  pollInterval: "10s"
`;
}

const DYNAMIC_CONFIG = `# Written by libs/devstack/src/temporal-cluster.ts at each start; edits are overwritten.
# Workflow ids are "partnership-<uuid>" and the like; Temporal's default limit is 1000.
limit.maxIDLength:
  - value: 255
# A namespace and its search attributes, once registered, are seen within 2 s (default 10 s): one node, few namespaces.
system.namespaceCacheRefreshInterval:
  - value: 2s
`;

/** The ports the server needs besides the frontend's, chosen once per data folder and kept there. */
async function serverPorts(dataDir: string, frontend: number): Promise<ServerPorts> {
  const file = join(dataDir, 'ports.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<ServerPorts>) : {};
  const ports = { ...kept, frontend } as ServerPorts;
  for (const key of [
    'frontendHttp',
    'frontendMembership',
    'history',
    'historyMembership',
    'matching',
    'matchingMembership',
    'worker',
    'workerMembership',
  ] as const) {
    if (!ports[key] || Object.values({ ...ports, [key]: 0 }).includes(ports[key]) || !(await isPortFree(ports[key]))) {
      let port = await freePort();
      while (Object.values(ports).includes(port)) port = await freePort();
      ports[key] = port;
    }
  }
  writeFileSync(file, JSON.stringify(ports, null, 2));
  return ports;
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
