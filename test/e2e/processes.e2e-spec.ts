import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { freePort } from '../../libs/devstack/src/ports';
import { shellEnvironment } from '../support/processes';

const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');

describe('the API and worker processes refuse a bad configuration', () => {
  it.each([
    ['api', 'DATABASE_URL', { TEMPORAL_ADDRESS: '127.0.0.1:7233' }],
    ['worker', 'TEMPORAL_ADDRESS', { DATABASE_URL: 'postgres://localhost/iop', TEMPORAL_ADDRESS: 'not an address' }],
    ['api', 'API_PORT', { DATABASE_URL: 'postgres://localhost/iop', TEMPORAL_ADDRESS: '127.0.0.1:7233', API_PORT: 'eighty' }],
    [
      'api',
      'AUTH_MODE',
      { DATABASE_URL: 'postgres://localhost/iop', TEMPORAL_ADDRESS: '127.0.0.1:7233', NODE_ENV: 'production', AUTH_MODE: 'development' },
    ],
    [
      'api',
      'OIDC_AUDIENCE',
      {
        DATABASE_URL: 'postgres://localhost/iop',
        TEMPORAL_ADDRESS: '127.0.0.1:7233',
        AUTH_MODE: 'oidc',
        OIDC_ISSUER_URL: 'https://login.region.example',
      },
    ],
    ['worker', 'TEMPORAL_PAYLOAD_KEYS', { DATABASE_URL: 'postgres://localhost/iop', TEMPORAL_ADDRESS: '127.0.0.1:7233' }],
    [
      'worker',
      'WORKER_METRICS_ADDRESS',
      { DATABASE_URL: 'postgres://localhost/iop', TEMPORAL_ADDRESS: '127.0.0.1:7233', WORKER_METRICS_ADDRESS: '9464' },
    ],
    [
      'api',
      'METRICS_TOKEN',
      {
        DATABASE_URL: 'postgres://localhost/iop',
        TEMPORAL_ADDRESS: '127.0.0.1:7233',
        NODE_ENV: 'production',
        AUTH_MODE: 'oidc',
        OIDC_ISSUER_URL: 'https://login.region.example',
        OIDC_AUDIENCE: 'iop',
      },
    ],
    [
      'api',
      'TEMPORAL_PAYLOAD_KEYS',
      {
        DATABASE_URL: 'postgres://localhost/iop',
        TEMPORAL_ADDRESS: '127.0.0.1:7233',
        DEV_AUTH_SECRET: 'a-development-secret-of-at-least-32-characters',
        TEMPORAL_PAYLOAD_KEYS: 'k1:c2hvcnQ=',
      },
    ],
  ])('the %s stops at start naming %s and its rule, without a stack trace', (app, variable, env) => {
    const result = spawnSync(process.execPath, [join(root, 'dist', 'apps', app, 'src', 'main.js')], {
      env: shellEnvironment(env as Record<string, string>),
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${variable}:`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

/** The built worker against the suite's PostgreSQL and Temporal, with `extra` settings; its exit and stderr. */
function workerWith(extra: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const env = {
    ...shellEnvironment({}),
    DATABASE_URL: process.env.DATABASE_URL!,
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS!,
    TEMPORAL_PAYLOAD_KEYS: process.env.TEMPORAL_PAYLOAD_KEYS!,
    TEMPORAL_TASK_QUEUE: 'processes-bad-temporal',
    WORKFLOW_BUNDLE_PATH: join(root, 'dist', 'workflow-bundle.js'),
    ...extra,
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist', 'apps', 'worker', 'src', 'main.js')], { env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

describe('the worker refuses a Temporal it cannot use, in one sentence', () => {
  it('names a namespace that does not exist, and how to create it', async () => {
    const { status, stderr } = await workerWith({ TEMPORAL_NAMESPACE: 'no-such-namespace' });
    expect(status).toBe(1);
    expect(stderr).toContain('TEMPORAL_NAMESPACE: the namespace "no-such-namespace" does not exist');
    expect(stderr).toContain('temporal operator namespace create --namespace no-such-namespace');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('names the search attributes a namespace lacks, and how to register them', async () => {
    // A namespace of its own, made without the engine's search attributes (as a real cluster's new namespace is).
    const namespace = `no-attributes-${Date.now()}`;
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    try {
      await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') });
    } finally {
      await connection.close();
    }
    // A new namespace reaches the server's cache a moment after it is written.
    let result = await workerWith({ TEMPORAL_NAMESPACE: namespace });
    for (let attempt = 0; attempt < 10 && result.stderr.includes('does not exist'); attempt++) {
      await new Promise((r) => setTimeout(r, 1000));
      result = await workerWith({ TEMPORAL_NAMESPACE: namespace });
    }
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`TEMPORAL_NAMESPACE: the namespace "${namespace}" lacks the search attributes IopPhase, IopPublicParty`);
    expect(result.stderr).toContain(
      `temporal operator search-attribute create --namespace ${namespace} --name IopOrganisationNumbers --type KeywordList`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names TLS when it cannot speak to the server (TLS on against a server without it)', async () => {
    const { status, stderr } = await workerWith({ TEMPORAL_TLS: 'true' });
    expect(status).toBe(1);
    expect(stderr).toContain(`TEMPORAL_ADDRESS: could not connect to Temporal at ${process.env.TEMPORAL_ADDRESS} with TLS`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

/** Runs the run command's launcher (what scripts/run.sh starts after installing) on ports of its own. */
class RunCommand {
  private output = '';
  private child?: ChildProcess;

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  start(): Promise<string> {
    this.output = '';
    this.child = spawn(process.execPath, [join(root, 'dist', 'scripts', 'stack.js')], { env: this.env, cwd: root });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready within 120 s:\n${this.output}`)), 120_000);
      const poll = setInterval(() => {
        if (this.output.includes('Press Ctrl-C to stop')) done(resolve);
      }, 200);
      const done = (fn: (value: string) => void) => {
        clearTimeout(timer);
        clearInterval(poll);
        fn(this.output);
      };
      this.child!.once('exit', () => done((out) => (out.includes('Press Ctrl-C') ? resolve(out) : reject(new Error(out)))));
    });
  }

  /** Ctrl-C, and the exit code plus everything printed. */
  stop(): Promise<{ code: number | null; output: string }> {
    const child = this.child!;
    return new Promise((resolve) => {
      child.once('exit', (code) => resolve({ code, output: this.output }));
      child.kill('SIGINT');
    });
  }

  exit(): Promise<{ code: number | null; output: string }> {
    const child = this.child!;
    if (child.exitCode !== null) return Promise.resolve({ code: child.exitCode, output: this.output });
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output: this.output })));
  }
}

describe('the run command', () => {
  let env: NodeJS.ProcessEnv;
  let apiUrl: string;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(process.env.IOP_TEST_WORK_DIR ?? '/tmp', 'run-command-'));
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
  });

  it('prints the URLs, keeps the partnerships of the last run after a restart, and stops cleanly on Ctrl-C', async () => {
    const first = new RunCommand(env);
    const banner = await first.start();
    expect(banner).toContain(`API                ${apiUrl}`);
    expect(banner).toContain(`Web interface      ${apiUrl}/app/`);
    expect(banner).toContain(`${apiUrl}/docs`);
    expect(banner).toMatch(/Temporal Web UI\s+http:\/\/127\.0\.0\.1:\d+/);
    expect(banner).toContain('organisation_rep');

    // The run command prints the demo users' tokens and writes them where a shell can source them.
    const tokens = readFileSync(join(env.IOP_DATA_DIR!, 'demo-tokens.env'), 'utf8');
    const officerToken = /IOP_TOKEN_OFFICER=(\S+)/.exec(tokens)![1];
    expect(banner).toContain(officerToken);
    const created = await fetch(`${apiUrl}/partnerships`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${officerToken}` },
      body: JSON.stringify({
        title: 'Samverkan för ett inkluderande Skåne',
        publicParty: { name: 'Region Skåne' },
        organisations: [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' }],
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.output).toContain('Stopped.');

    const second = new RunCommand(env);
    const secondBanner = await second.start();
    expect(secondBanner).toContain('Database schema is up to date');
    const read = await fetch(`${apiUrl}/partnerships/${id}`, { headers: { Authorization: `Bearer ${officerToken}` } });
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id, title: 'Samverkan för ett inkluderande Skåne', phase: 'PROBLEM_DEFINITION' });
    expect((await second.stop()).code).toBe(0);
  });

  it('stops with one sentence saying what to do when a port is taken', async () => {
    const blocker: Server = createServer();
    const port = Number(new URL(apiUrl).port);
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const run = new RunCommand(env);
      await expect(run.start()).rejects.toThrow(`Port ${port} (the API) is already taken`);
      const { code, output } = await run.exit();
      expect(code).toBe(1);
      expect(output).toContain('set API_PORT to a free port');
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });
});
