/**
 * The servers of a production-shaped cluster on this machine, shared by `npm run cluster` and the cluster tests: an
 * embedded PostgreSQL holding both Temporal's databases and the engine's, the real Temporal server on it (built once
 * per machine), the engine's migrations and the application's login.
 */
import { join } from 'node:path';
import {
  ensureDatabase,
  ensureTemporalClusterBuilt,
  PostgresServer,
  postgresDataDir,
  startEmbeddedPostgres,
  startTemporalCluster,
  TemporalCluster,
} from '../../libs/devstack/src';
import { prepareDatabase } from './app-stack';

export interface ClusterServers {
  postgres: PostgresServer;
  temporal: TemporalCluster;
  /** The schema owner's URL (migrations, tests that read or tamper in SQL). */
  ownerUrl: string;
  /** The apps' URL: a login of the application role. */
  databaseUrl: string;
  /** Starts PostgreSQL again on its data (after it died): the Temporal server and the apps reconnect by themselves. */
  restartPostgres(): Promise<void>;
  stop(): Promise<void>;
}

export async function startClusterServers(options: {
  dataDir: string;
  postgresPort: number;
  temporalPort: number;
  temporalUiPort?: number;
  namespace: string;
  historyShards?: number;
  /** The name under /var/lib/iop-engine/ for PostgreSQL's data when the data folder's parents are closed to others. */
  postgresFallbackName: string;
  codecEndpoint?: string;
  say: (line: string) => void;
  log: (server: 'postgres' | 'temporal' | 'build', line: string) => void;
}): Promise<ClusterServers> {
  const { say, log } = options;
  const binaries = await ensureTemporalClusterBuilt({ withUi: options.temporalUiPort !== undefined, onLog: (line) => say(line) });
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    const pgDir = postgresDataDir(join(options.dataDir, 'postgres'), options.postgresFallbackName);
    say(`PostgreSQL (embedded) on 127.0.0.1:${options.postgresPort}, data in ${pgDir}`);
    const startPostgres = () => startEmbeddedPostgres({ dataDir: pgDir, port: options.postgresPort, onLog: (line) => log('postgres', line) });
    let postgres = await startPostgres();
    stops.push(() => postgres.stop());
    const admin = new URL(postgres.url('postgres'));
    say(`Temporal server on 127.0.0.1:${options.temporalPort} (PostgreSQL persistence, ${options.historyShards ?? 8} history shards)`);
    const temporal = await startTemporalCluster({
      binaries,
      postgres: {
        host: admin.hostname,
        port: Number(admin.port),
        user: decodeURIComponent(admin.username),
        password: decodeURIComponent(admin.password),
      },
      dataDir: join(options.dataDir, 'temporal'),
      port: options.temporalPort,
      uiPort: options.temporalUiPort,
      historyShards: options.historyShards,
      namespace: options.namespace,
      codecEndpoint: options.codecEndpoint,
      onLog: (line) => log('temporal', line),
    });
    stops.push(() => temporal.stop());
    await ensureDatabase(postgres.url('postgres'), 'iop');
    // The embedded server's own superuser owns the schema, as in the run command.
    const ownerUrl = postgres.url('iop');
    const databaseUrl = await prepareDatabase({ ownerUrl, dataDir: options.dataDir, makeLogin: true, say });
    return {
      get postgres() {
        return postgres;
      },
      temporal,
      ownerUrl,
      databaseUrl,
      async restartPostgres() {
        await postgres.stop().catch(() => undefined);
        postgres = await startPostgres();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
