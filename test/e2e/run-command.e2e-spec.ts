import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { join } from 'node:path';
import { freePort } from '../../libs/devstack/src/ports';
import { shellEnvironment } from '../support/processes';

/**
 * The real run command (`bash scripts/run.sh`, installing nothing since everything is installed) on ports and a data
 * folder of its own: it keeps what it started running. The processes are killed by the pids it keeps in
 * <data folder>/pids/.
 */
const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

class RunCommand {
  output = '';
  child!: ChildProcess;
  /** demo-tokens.env as it was the moment the banner's first line was printed. */
  tokensAtBanner?: string;
  private listeners: (() => void)[] = [];

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly dataDir: string,
  ) {}

  start(): void {
    this.child = spawn('bash', [join(root, 'scripts', 'run.sh')], { env: this.env, cwd: root });
    const take = (chunk: Buffer) => {
      this.output += chunk.toString();
      if (this.tokensAtBanner === undefined && this.output.includes('IOP engine is running.')) {
        const file = join(this.dataDir, 'demo-tokens.env');
        this.tokensAtBanner = existsSync(file) ? readFileSync(file, 'utf8') : '';
      }
      for (const listener of this.listeners) listener();
    };
    this.child.stdout!.on('data', take);
    this.child.stderr!.on('data', take);
  }

  /** Resolves once the output holds `text` (after `from`, an index into the output); fails with the output seen. */
  waitFor(text: string, timeoutMs: number, from = 0): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.output.indexOf(text, from) >= 0) {
          done();
          resolve();
        } else if (this.child.exitCode !== null) {
          done();
          reject(new Error(`the run command exited (${this.child.exitCode}) before printing "${text}":\n${this.output}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no "${text}" within ${timeoutMs} ms:\n${this.output}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
      };
      this.listeners.push(check);
      this.child.once('exit', check);
      check();
    });
  }

  exit(): Promise<number | null> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode);
    return new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  pid(name: 'api' | 'worker' | 'temporal' | 'postgres'): number {
    return Number(readFileSync(join(this.dataDir, 'pids', `${name}.pid`), 'utf8').trim());
  }
}

/** Retries `attempt` until it answers 2xx (or `deadlineMs` passes): the client's retry after a restart. */
async function untilSuccess(attempt: () => Promise<Response>, deadlineMs: number): Promise<Response> {
  const deadline = Date.now() + deadlineMs;
  let last: string;
  for (;;) {
    try {
      const response = await attempt();
      if (response.ok) return response;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline) throw new Error(`no success within ${deadlineMs} ms; last: ${last}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('the run command supervises what it started', () => {
  let dataDir: string;
  let apiUrl: string;
  let env: NodeJS.ProcessEnv;
  let run: RunCommand;
  let tokens: Record<string, string>;
  let partnershipId: string;
  const seenPids = new Set<number>();

  const call = (path: string, token: string, body?: unknown) =>
    fetch(`${apiUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(process.env.IOP_TEST_WORK_DIR ?? '/tmp', 'run-supervised-'));
    chmodSync(dataDir, 0o755);
    const apiPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    env = shellEnvironment({
      IOP_DATA_DIR: dataDir,
      API_PORT: String(apiPort),
      TEMPORAL_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
      POSTGRES_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    });
    run = new RunCommand(env, dataDir);
    run.start();
    // A build, when the sources changed since the last one, comes first and takes a minute or two on two cores.
    await run.waitFor('Press Ctrl-C to stop', 280_000);
    for (const name of ['api', 'worker', 'temporal', 'postgres'] as const) seenPids.add(run.pid(name));
  }, 300_000);

  afterAll(async () => {
    if (run?.child.exitCode === null) {
      run.child.kill('SIGINT');
      await run.exit();
    }
  });

  it('writes demo-tokens.env whole before the banner, and its tokens work', async () => {
    expect(run.tokensAtBanner).toBeTruthy();
    tokens = Object.fromEntries([...run.tokensAtBanner!.matchAll(/^export (IOP_TOKEN_\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(tokens)).toEqual(expect.arrayContaining(['IOP_TOKEN_OFFICER', 'IOP_TOKEN_REP_NATVERKET', 'IOP_TOKEN_AUDITOR']));
    expect(readFileSync(join(dataDir, 'demo-tokens.env'), 'utf8')).toBe(run.tokensAtBanner);
    expect(run.output).toContain(tokens.IOP_TOKEN_OFFICER);

    const created = await call('/partnerships', tokens.IOP_TOKEN_OFFICER, {
      title: 'Samverkan som överlever en omstart',
      publicParty: { name: 'Region Skåne' },
      organisations: [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' }],
    });
    expect(created.status).toBe(201);
    partnershipId = ((await created.json()) as { id: string }).id;
  });

  it('restarts a killed worker and a killed API, saying so; the API serves reads while the worker is down', async () => {
    const from = run.output.length;
    const worker = run.pid('worker');
    const api = run.pid('api');
    process.kill(worker, 'SIGKILL');
    await run.waitFor('The worker stopped (signal SIGKILL); restarting in 1 s (attempt 2).', 15_000, from);
    // The API did not stop with it.
    const read = await call(`/partnerships/${partnershipId}`, tokens.IOP_TOKEN_OFFICER);
    expect(read.status).toBe(200);

    // The API next, while the worker starts again (the two restarts are independent).
    process.kill(api, 'SIGKILL');
    await run.waitFor('The API stopped (signal SIGKILL); restarting in 1 s (attempt 2).', 15_000, from);
    await run.waitFor('The worker is running again', 60_000, from);
    await run.waitFor('The API is running again', 60_000, from);
    for (const [name, old] of [
      ['worker', worker],
      ['api', api],
    ] as const) {
      const restarted = run.pid(name);
      expect(restarted).not.toBe(old);
      seenPids.add(restarted);
    }

    const health = await untilSuccess(() => fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(10_000) }), 30_000);
    expect(health.status).toBe(200);
    const move = await call(`/partnerships/${partnershipId}/invitation-response`, tokens.IOP_TOKEN_REP_NATVERKET, { accept: true });
    expect(move.status).toBe(200);
  });

  it('names a killed Temporal dev server and restarts it on the same history: the partnership moves on', async () => {
    const from = run.output.length;
    process.kill(run.pid('temporal'), 'SIGKILL');
    await run.waitFor('The Temporal dev server stopped (signal SIGKILL); restarting in 1 s (attempt 2).', 15_000, from);
    await run.waitFor('The Temporal dev server is running again', 60_000, from);
    seenPids.add(run.pid('temporal'));

    // The workflow started before the restart is still there, and takes its next move.
    const move = await untilSuccess(
      () =>
        call(`/partnerships/${partnershipId}/problem-definition`, tokens.IOP_TOKEN_OFFICER, {
          challenge: 'Ensamhet bland äldre',
          targetGroup: 'Äldre i Skåne',
          goals: ['Fler mötesplatser'],
        }),
      60_000,
    );
    expect(move.status).toBe(200);
  });

  it('names a killed PostgreSQL and restarts it on the same data: reads answer again', async () => {
    const from = run.output.length;
    process.kill(run.pid('postgres'), 'SIGKILL');
    await run.waitFor('PostgreSQL stopped running; restarting it on the same data', 15_000, from);
    await run.waitFor('PostgreSQL is running again.', 60_000, from);
    seenPids.add(run.pid('postgres'));
    const read = await untilSuccess(() => call(`/partnerships/${partnershipId}`, tokens.IOP_TOKEN_OFFICER), 30_000);
    expect(await read.json()).toMatchObject({ id: partnershipId, revision: 2 });
  });

  it('stops everything on Ctrl-C: no process it started is left', async () => {
    const running = ['api', 'worker', 'temporal', 'postgres'].map((name) => run.pid(name as 'api'));
    for (const pid of running) expect(alive(pid)).toBe(true);
    run.child.kill('SIGINT');
    expect(await run.exit()).toBe(0);
    expect(run.output).toContain('Stopped.');
    for (const pid of seenPids) expect({ pid, alive: alive(pid) }).toEqual({ pid, alive: false });
    expect(readdirSync(join(dataDir, 'pids'))).toEqual([]);
  });

  it('skips the build on the next start, since no source changed', async () => {
    // The API's port is taken, so the second start stops right after its checks, with one sentence.
    const blocker: Server = createServer();
    const port = Number(new URL(apiUrl).port);
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const second = new RunCommand(env, dataDir);
      second.start();
      expect(await second.exit()).toBe(1);
      expect(second.output).toContain('Build is up to date');
      expect(second.output).not.toContain('Building');
      expect(second.output).toContain(`Port ${port} (the API) is already taken`);
    } finally {
      blocker.close();
    }
  });
});
