import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTemporalClusterBuilt, temporalClusterVersions } from './temporal-cluster-build';
import { temporalServerConfig } from './temporal-server-config';

describe('the Temporal cluster build', () => {
  const saved = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, PATH: process.env.PATH };
  let cache: string;

  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'iop-cluster-cache-'));
  });

  afterEach(() => {
    Object.assign(process.env, saved);
    rmSync(cache, { recursive: true, force: true });
  });

  it('stops with one sentence naming what to install when it cannot build (no Go on PATH)', async () => {
    process.env.XDG_CACHE_HOME = cache;
    // bash and flock, without the Go toolchain (/usr/local/go/bin).
    process.env.PATH = '/usr/bin:/bin';
    const lines: string[] = [];
    const failure = await ensureTemporalClusterBuilt({ onLog: (line) => lines.push(line) }).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(
      /^Building the Temporal server needs Go 1\.21 or newer on PATH .*: install Go .*, then run this command again\.$/,
    );
    expect((failure as Error).message.split('\n')).toHaveLength(1);
    expect(existsSync(join(cache, 'iop-engine', `temporal-${temporalClusterVersions().TEMPORAL_SERVER_VERSION}`, 'bin', 'server'))).toBe(false);
  });

  it('writes a server configuration of one process on loopback, with the shard count and PostgreSQL it is given', () => {
    const yaml = temporalServerConfig({
      postgres: { host: '127.0.0.1', port: 5999, user: 'iop', password: 'p"w' },
      ports: {
        frontend: 7001,
        frontendHttp: 7002,
        frontendMembership: 7003,
        history: 7004,
        historyMembership: 7005,
        matching: 7006,
        matchingMembership: 7007,
        worker: 7008,
        workerMembership: 7009,
      },
      historyShards: 6,
      dynamicConfigFile: '/data/dynamic-config.yaml',
    });
    expect(yaml).toContain('numHistoryShards: 6');
    expect(yaml).toContain('connectAddr: "127.0.0.1:5999"');
    // Quoted as YAML reads it (a JSON string is a YAML double-quoted scalar).
    expect(yaml).toContain('password: "p\\"w"');
    expect(yaml.match(/bindOnLocalHost: true/g)).toHaveLength(4);
    expect(yaml).toContain('rpcAddress: "127.0.0.1:7001"');
    expect(yaml).toContain('filepath: "/data/dynamic-config.yaml"');
  });
});
