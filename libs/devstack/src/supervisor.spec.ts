import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports';
import { SuperviseOptions, SupervisedProcess, superviseProcess, watchServer } from './supervisor';

/** Real child processes (node -e scripts); the pauses are shortened so that a test sees several restarts. */
const fast = { initialMs: 100, maxMs: 400, resetAfterMs: 60_000 };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

class Events {
  readonly lines: string[] = [];
  private waiters: { match: RegExp; count: number; resolve: () => void }[] = [];

  push = (line: string) => {
    this.lines.push(line);
    for (const waiter of [...this.waiters]) this.check(waiter);
  };

  private check(waiter: { match: RegExp; count: number; resolve: () => void }) {
    if (this.lines.filter((line) => waiter.match.test(line)).length >= waiter.count) {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.resolve();
    }
  }

  /** Resolves once `count` lines matched `match`; fails the test after 15 s with the lines seen. */
  until(match: RegExp, count = 1): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${count}× ${match} in:\n${this.lines.join('\n')}`)), 15_000);
      const waiter = {
        match,
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
      this.check(waiter);
    });
  }
}

describe('superviseProcess', () => {
  const started: SupervisedProcess[] = [];
  let dir: string;
  const supervise = (options: Omit<SuperviseOptions, 'command'> & { command?: string }) => {
    const supervised = superviseProcess({ command: process.execPath, backoff: fast, ...options });
    started.push(supervised);
    return supervised;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'supervisor-'));
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.stop(1000)));
  });

  it('restarts a child that exits, doubling the pause up to its cap, and says so each time', async () => {
    const events = new Events();
    const worker = supervise({ name: 'worker', args: ['-e', 'process.exit(1)'], onEvent: events.push });
    await events.until(/restarting/, 5);
    await worker.stop();
    expect(events.lines.slice(0, 5)).toEqual([
      'The worker stopped (exit code 1); restarting in 0.1 s (attempt 2).',
      'The worker stopped (exit code 1); restarting in 0.2 s (attempt 3).',
      'The worker stopped (exit code 1); restarting in 0.4 s (attempt 4).',
      'The worker stopped (exit code 1); restarting in 0.4 s (attempt 5).',
      'The worker stopped (exit code 1); restarting in 0.4 s (attempt 6).',
    ]);
  });

  it('says the pause in seconds with the default pauses: 1 s, then 2 s', async () => {
    const events = new Events();
    const api = superviseProcess({ name: 'API', command: process.execPath, args: ['-e', 'process.exit(3)'], onEvent: events.push });
    started.push(api);
    await events.until(/restarting/, 2);
    await api.stop();
    expect(events.lines.slice(0, 2)).toEqual([
      'The API stopped (exit code 3); restarting in 1 s (attempt 2).',
      'The API stopped (exit code 3); restarting in 2 s (attempt 3).',
    ]);
  });

  it('restarts a child killed with SIGKILL, writes the new pid, and says when it is ready again', async () => {
    const events = new Events();
    const pidFile = join(dir, 'pids', 'api.pid');
    const marker = join(dir, 'ready');
    // Ready once the child has written its marker file (as a server is once it answers).
    const api = supervise({
      name: 'API',
      args: ['-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, String(process.pid)); setInterval(() => {}, 1000)`],
      pidFile,
      ready: async () => existsSync(marker) && readFileSync(marker, 'utf8') === String(api.pid),
      onEvent: events.push,
    });
    await api.whenReady(10_000);
    const first = api.pid!;
    expect(readFileSync(pidFile, 'utf8').trim()).toBe(String(first));

    process.kill(first, 'SIGKILL');
    await events.until(/is running again/);
    const second = api.pid!;
    expect(second).not.toBe(first);
    expect(alive(second)).toBe(true);
    expect(readFileSync(pidFile, 'utf8').trim()).toBe(String(second));
    expect(api.restarts).toBe(1);
    expect(events.lines).toEqual(['The API stopped (signal SIGKILL); restarting in 0.1 s (attempt 2).', `The API is running again (pid ${second}).`]);
  });

  it('falls back to the first pause once a child has run long enough', async () => {
    const events = new Events();
    const worker = supervise({
      name: 'worker',
      args: ['-e', 'setTimeout(() => process.exit(2), 150)'],
      backoff: { initialMs: 100, maxMs: 1000, resetAfterMs: 100 },
      onEvent: events.push,
    });
    await events.until(/restarting/, 3);
    await worker.stop();
    expect(events.lines.slice(0, 3)).toEqual([
      'The worker stopped (exit code 2); restarting in 0.1 s (attempt 2).',
      'The worker stopped (exit code 2); restarting in 0.1 s (attempt 2).',
      'The worker stopped (exit code 2); restarting in 0.1 s (attempt 2).',
    ]);
  });

  it('stop() ends the child with SIGTERM, and restarts nothing afterwards', async () => {
    const events = new Events();
    const pidFile = join(dir, 'worker.pid');
    const terminated = join(dir, 'terminated');
    const listening = join(dir, 'listening');
    const worker = supervise({
      name: 'worker',
      args: [
        '-e',
        `const fs = require('fs');
         process.on('SIGTERM', () => { fs.writeFileSync(${JSON.stringify(terminated)}, ''); process.exit(0); });
         fs.writeFileSync(${JSON.stringify(listening)}, '');
         setInterval(() => {}, 1000);`,
      ],
      pidFile,
      ready: async () => existsSync(listening),
      onEvent: events.push,
    });
    await worker.whenReady(10_000);
    const pid = worker.pid!;
    await worker.stop();
    expect(existsSync(terminated)).toBe(true);
    expect(alive(pid)).toBe(false);
    expect(worker.pid).toBeUndefined();
    expect(existsSync(pidFile)).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect(worker.pid).toBeUndefined();
    expect(events.lines).toEqual([]);
  });

  it('stop() kills a child that ignores SIGTERM once the grace is over', async () => {
    const marker = join(dir, 'trap');
    const worker = supervise({
      name: 'worker',
      args: ['-e', `process.on('SIGTERM', () => {}); require('fs').writeFileSync(${JSON.stringify(marker)}, ''); setInterval(() => {}, 1000)`],
      ready: async () => existsSync(marker),
      onEvent: () => undefined,
    });
    await worker.whenReady(10_000);
    const pid = worker.pid!;
    await worker.stop(300);
    expect(alive(pid)).toBe(false);
  });

  it('kills and restarts a child that stops answering its liveness probe (a frozen process)', async () => {
    const events = new Events();
    const port = await freePort();
    const probe = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(300) });
      return response.ok;
    };
    const server = supervise({
      name: 'Temporal dev server',
      args: ['-e', `require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`],
      ready: probe,
      alive: { probe, intervalMs: 100, failures: 2 },
      onEvent: events.push,
    });
    await server.whenReady(10_000);
    const frozen = server.pid!;
    process.kill(frozen, 'SIGSTOP');
    await events.until(/is running again/);
    expect(alive(frozen)).toBe(false);
    expect(events.lines[0]).toBe('The Temporal dev server stopped answering (2 probes in a row failed); restarting in 0.1 s (attempt 2).');
    expect(await probe()).toBe(true);
  });

  it('keeps the child’s output and each start and exit in the log file', async () => {
    const events = new Events();
    const logFile = join(dir, 'logs', 'worker.log');
    const worker = supervise({
      name: 'worker',
      args: ['-e', 'console.log("hello from stdout"); console.error("hello from stderr"); process.exit(4)'],
      logFile,
      onEvent: events.push,
    });
    await events.until(/restarting/, 2);
    await worker.stop();
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain('hello from stdout');
    expect(log).toContain('hello from stderr');
    expect(log).toMatch(/--- \S+ started worker \(pid \d+\)/);
    expect(log).toMatch(/--- \S+ worker exit code 4/);
  });

  it('says so, and tries again, when the command cannot be started at all', async () => {
    const events = new Events();
    const missing = supervise({ name: 'worker', command: join(dir, 'no-such-program'), args: [], onEvent: events.push });
    await events.until(/restarting/, 2);
    await missing.stop();
    expect(events.lines[0]).toMatch(/^The worker stopped \(could not start: spawn \S+ ENOENT\); restarting in 0\.1 s \(attempt 2\)\.$/);
  });
});

describe('watchServer', () => {
  it('names a server that stopped answering, restarts it, and says when it is back', async () => {
    const lines: string[] = [];
    let up = true;
    let restarts = 0;
    let back!: () => void;
    const isBack = new Promise<void>((resolve) => (back = resolve));
    const watcher = watchServer({
      name: 'PostgreSQL',
      probe: async () => up,
      restart: async () => {
        restarts += 1;
        // The first restart fails (the old server's memory is still held), the second succeeds.
        if (restarts === 1) throw new Error('the port is still taken');
        up = true;
      },
      intervalMs: 50,
      failures: 2,
      onEvent: (line) => {
        lines.push(line);
        if (line.endsWith('running again.')) back();
      },
    });
    await new Promise((r) => setTimeout(r, 120));
    up = false;
    await isBack;
    watcher.stop();
    expect(restarts).toBe(2);
    expect(lines).toEqual([
      'PostgreSQL stopped answering; restarting it.',
      'PostgreSQL could not be restarted (the port is still taken); trying again in 1 s.',
      'PostgreSQL is still not answering; trying again to restart it.',
      'PostgreSQL is running again.',
    ]);
  });

  it('restarts at the next probe a server whose process is known to have exited', async () => {
    const lines: string[] = [];
    let exited = false;
    let restarted!: () => void;
    const done = new Promise<void>((resolve) => (restarted = resolve));
    const watcher = watchServer({
      name: 'PostgreSQL',
      probe: async () => true,
      gone: () => exited,
      restart: async () => {
        exited = false;
        restarted();
      },
      intervalMs: 50,
      failures: 5,
      onEvent: (line) => lines.push(line),
    });
    exited = true;
    await done;
    watcher.stop();
    expect(lines[0]).toBe('PostgreSQL stopped running; restarting it.');
  });
});
