import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, isPortFree } from '../../libs/devstack/src';
import { until } from './support/cluster';

const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');

/**
 * `npm run cluster` as a person runs it (the built launcher, scripts/cluster.sh's last step), on ports and a data
 * folder of its own: the banner names both APIs, both workers' health and metrics and the Web UI, a worker that is
 * killed is started again, and Ctrl-C stops everything it started.
 */
describe('the cluster command', () => {
  let command: ChildProcess;
  let output = '';
  const exited = () => command.exitCode !== null || command.signalCode !== null;

  afterAll(async () => {
    if (command && !exited()) {
      command.kill('SIGINT');
      await until('the cluster command to stop', async () => (exited() ? true : undefined), 60_000).catch(() => command.kill('SIGKILL'));
    }
  });

  it('starts two workers and two APIs on the Temporal server, restarts a killed worker, and stops on Ctrl-C', async () => {
    const dataDir = mkdtempSync(join(process.env.IOP_TEST_WORK_DIR!, 'cluster-command-'));
    // The postgres system user must be able to enter it (as root, PostgreSQL runs as that user).
    chmodSync(dataDir, 0o755);
    const apiPorts = [await freePort(), await freePort()];
    const [postgresPort, temporalPort, uiPort] = [await freePort(), await freePort(), await freePort()];
    const workerHealthPorts = [await freePort(), await freePort()];
    const workerMetricsPorts = [await freePort(), await freePort()];
    command = spawn(process.execPath, [join(root, 'dist', 'scripts', 'cluster.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(process.env.XDG_CACHE_HOME ? { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME } : {}),
        LOG_LEVEL: 'warn',
        IOP_CLUSTER_DATA_DIR: dataDir,
        CLUSTER_API_PORTS: apiPorts.join(','),
        CLUSTER_POSTGRES_PORT: String(postgresPort),
        CLUSTER_TEMPORAL_PORT: String(temporalPort),
        CLUSTER_TEMPORAL_UI_PORT: String(uiPort),
        CLUSTER_HISTORY_SHARDS: '2',
        CLUSTER_WORKER_HEALTH_PORTS: workerHealthPorts.join(','),
        CLUSTER_WORKER_METRICS_PORTS: workerMetricsPorts.join(','),
      },
    });
    command.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    command.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    await until('the banner', async () => {
      if (exited()) throw new Error(`the cluster command exited: ${output}`);
      return output.includes('press Ctrl-C') ? true : undefined;
    });
    expect(output).toContain('2 workers, 2 APIs, the Temporal server on PostgreSQL');
    for (const port of apiPorts) expect(output).toContain(`http://127.0.0.1:${port}`);
    expect(output).toContain(`Temporal Web UI    http://127.0.0.1:${uiPort}/namespaces/iop/workflows`);
    // Written whole before the banner was printed.
    const tokens = readFileSync(join(dataDir, 'demo-tokens.env'), 'utf8');
    expect(tokens).toMatch(/^export IOP_TOKEN_OFFICER=ey/m);
    expect(statSync(join(dataDir, 'demo-tokens.env')).mode & 0o777).toBe(0o600);

    for (const port of apiPorts) expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${uiPort}/namespaces/iop/workflows`)).status).toBe(200);
    // Each worker answers its own readiness (polling, cache within bounds) and serves the SDK's metrics.
    for (const [index, port] of workerHealthPorts.entries()) {
      expect(output).toContain(`Worker ${index + 1}           http://127.0.0.1:${port}/health/ready`);
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    }
    for (const port of workerMetricsPorts) {
      await until('the worker SDK metrics', async () => {
        const body = await fetch(`http://127.0.0.1:${port}/metrics`).then(
          (response) => response.text(),
          () => '',
        );
        return body.includes('temporal_') ? true : undefined;
      });
    }

    const pidFile = join(dataDir, 'pids', 'worker-1.pid');
    const killed = Number(readFileSync(pidFile, 'utf8'));
    process.kill(killed, 'SIGKILL');
    await until('the worker started again', async () => {
      const pid = Number(readFileSync(pidFile, 'utf8'));
      return pid && pid !== killed ? pid : undefined;
    });
    expect(output).toMatch(/The worker \(1 of 2\) stopped \(signal SIGKILL\); restarting in/);

    command.kill('SIGINT');
    await until('the cluster command to stop', async () => (exited() ? true : undefined), 90_000);
    expect(command.exitCode).toBe(0);
    for (const port of [...apiPorts, postgresPort, temporalPort, uiPort, ...workerHealthPorts, ...workerMetricsPorts])
      expect(await isPortFree(port)).toBe(true);
  });
});
