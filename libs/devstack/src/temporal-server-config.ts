/**
 * The Temporal server's configuration, written into its data folder at each start: the server's YAML (all services in
 * one process on loopback, PostgreSQL for persistence and visibility), its dynamic configuration, and the ports it
 * needs besides the frontend's, kept per data folder.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, isPortFree } from './ports';
import { PostgresLogin, TEMPORAL_DATABASE, VISIBILITY_DATABASE } from './temporal-schemas';

export interface ServerPorts {
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

export const DYNAMIC_CONFIG = `# Written by libs/devstack/src/temporal-cluster.ts at each start; edits are overwritten.
# Workflow ids are "partnership-<uuid>" and the like; Temporal's default limit is 1000.
limit.maxIDLength:
  - value: 255
# A namespace and its search attributes, once registered, are seen within 2 s (default 10 s): one node, few namespaces.
system.namespaceCacheRefreshInterval:
  - value: 2s
`;

/** The ports the server needs besides the frontend's, chosen once per data folder and kept there. */
export async function serverPorts(dataDir: string, frontend: number): Promise<ServerPorts> {
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
