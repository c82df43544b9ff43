import { ChildProcess, spawn } from 'node:child_process';
import { WriteStream, createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Keeps a child process running: the run command's worker, API and Temporal dev server, and the cluster's processes.
 * A child that exits while it is wanted is started again after a pause that doubles with each attempt (1 s, 2 s,
 * 4 s … capped at 30 s) and falls back to 1 s once a child has run for 60 s; each restart is said in one line.
 * `stop()` ends the child (SIGTERM, then SIGKILL after a grace) and no restart follows.
 */
export interface SuperviseOptions {
  /** Used in sentences as "The <name> stopped…": `worker`, `API`, `Temporal dev server`. */
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** The child's stdout and stderr are appended here, with a line at each start and exit. */
  logFile?: string;
  /** The current child's pid, rewritten at each start (write-then-rename) and removed once it is stopped. */
  pidFile?: string;
  /** Whether the child serves what it is for; asked every 500 ms after each start until it says yes. */
  ready?: () => Promise<boolean>;
  /**
   * Asked every `intervalMs` once the child is ready: a child that fails it `failures` times in a row is hung (a
   * frozen process, a server that accepts and never answers) and is killed with SIGKILL, then restarted.
   */
  alive?: { probe: () => Promise<boolean>; intervalMs?: number; failures?: number };
  /** One line per event: a restart, a child that is back, a hung child. */
  onEvent: (line: string) => void;
  /** The child's stderr, as it comes (the run command shows it in the terminal). */
  onStderr?: (chunk: Buffer) => void;
  backoff?: { initialMs?: number; maxMs?: number; resetAfterMs?: number };
  /** Between SIGTERM and SIGKILL in `stop()`. */
  stopGraceMs?: number;
}

export interface SupervisedProcess {
  readonly name: string;
  /** The running child's pid; undefined between a crash and its restart, and after `stop()`. */
  readonly pid: number | undefined;
  /** How many times the child was started again after it stopped. */
  readonly restarts: number;
  /** Resolves once `ready` (or, without it, the spawn) succeeded for the current child. */
  whenReady(timeoutMs: number): Promise<void>;
  /** SIGTERM, SIGKILL after the grace; disables restarts; resolves once the child has exited. */
  stop(graceMs?: number): Promise<void>;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export function superviseProcess(options: SuperviseOptions): SupervisedProcess {
  const initialMs = options.backoff?.initialMs ?? 1000;
  const maxMs = options.backoff?.maxMs ?? 30_000;
  const resetAfterMs = options.backoff?.resetAfterMs ?? 60_000;
  const stopGraceMs = options.stopGraceMs ?? 20_000;
  let log: WriteStream | undefined;
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    log = createWriteStream(options.logFile, { flags: 'a' });
  }

  let child: ChildProcess | undefined;
  let stopped = false;
  let restarts = 0;
  // The starts since the last child that ran long enough: the first start is attempt 1.
  let attempt = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let probeTimer: NodeJS.Timeout | undefined;
  let ready = false;
  let readyWaiters: (() => void)[] = [];
  // Why the supervisor itself killed the child (a hung child), said instead of the exit code.
  let killedBecause: string | undefined;

  const note = (line: string) => log?.write(`--- ${new Date().toISOString()} ${line}\n`);

  const writePid = (pid: number | undefined) => {
    if (!options.pidFile) return;
    if (pid === undefined) {
      rmSync(options.pidFile, { force: true });
      return;
    }
    mkdirSync(dirname(options.pidFile), { recursive: true });
    const temporary = `${options.pidFile}.${process.pid}.tmp`;
    writeFileSync(temporary, `${pid}\n`);
    renameSync(temporary, options.pidFile);
  };

  const markReady = () => {
    ready = true;
    const waiters = readyWaiters;
    readyWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const watchReadiness = (current: ChildProcess, isRestart: boolean) => {
    const becameReady = () => {
      if (child !== current || stopped) return;
      markReady();
      // Without a readiness check a spawned child is all there is to know: nothing to announce.
      if (isRestart && options.ready) options.onEvent(`The ${options.name} is running again (pid ${current.pid}).`);
      if (options.alive) watchLiveness(current);
    };
    if (!options.ready) {
      becameReady();
      return;
    }
    const check = async () => {
      if (child !== current || stopped) return;
      const ok = await options.ready!().catch(() => false);
      if (child !== current || stopped) return;
      if (ok) becameReady();
      else probeTimer = setTimeout(() => void check(), 500);
    };
    void check();
  };

  const watchLiveness = (current: ChildProcess) => {
    const { probe, intervalMs = 3000, failures = 2 } = options.alive!;
    let failed = 0;
    const check = async () => {
      if (child !== current || stopped) return;
      const ok = await probe().catch(() => false);
      if (child !== current || stopped) return;
      failed = ok ? 0 : failed + 1;
      if (failed >= failures) {
        killedBecause = `stopped answering (${failed} probes in a row failed)`;
        current.kill('SIGKILL');
        return;
      }
      probeTimer = setTimeout(() => void check(), intervalMs);
    };
    probeTimer = setTimeout(() => void check(), intervalMs);
  };

  const start = (isRestart: boolean) => {
    if (stopped) return;
    attempt += 1;
    ready = false;
    killedBecause = undefined;
    const startedAt = Date.now();
    const current = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = current;
    note(`started ${options.name}${current.pid ? ` (pid ${current.pid})` : ''}`);
    writePid(current.pid);
    current.stdout?.on('data', (chunk: Buffer) => log?.write(chunk));
    current.stderr?.on('data', (chunk: Buffer) => {
      log?.write(chunk);
      if (!stopped) options.onStderr?.(chunk);
    });
    let spawnError: Error | undefined;
    current.on('error', (error) => {
      spawnError = error;
      // A child that could not be started never emits 'exit'.
      if (current.pid === undefined) exited(null, null);
    });
    let handled = false;
    const exited = (code: number | null, signal: NodeJS.Signals | null) => {
      if (handled) return;
      handled = true;
      if (child === current) child = undefined;
      clearTimeout(probeTimer);
      ready = false;
      const how =
        killedBecause ??
        (spawnError && current.pid === undefined ? `could not start: ${spawnError.message}` : signal ? `signal ${signal}` : `exit code ${code}`);
      note(`${options.name} ${how}`);
      if (stopped) return;
      writePid(undefined);
      // A child that ran long enough counts as a good start: the pause falls back to the first one.
      if (Date.now() - startedAt >= resetAfterMs) attempt = 1;
      const delay = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
      restarts += 1;
      options.onEvent(
        killedBecause
          ? `The ${options.name} ${killedBecause}; restarting in ${seconds(delay)} (attempt ${attempt + 1}).`
          : `The ${options.name} stopped (${how}); restarting in ${seconds(delay)} (attempt ${attempt + 1}).`,
      );
      restartTimer = setTimeout(() => start(true), delay);
    };
    current.on('exit', exited);
    watchReadiness(current, isRestart);
  };

  start(false);

  return {
    name: options.name,
    get pid() {
      return child?.pid;
    },
    get restarts() {
      return restarts;
    },
    whenReady(timeoutMs: number) {
      if (ready) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          readyWaiters = readyWaiters.filter((waiter) => waiter !== done);
          reject(new Error(`The ${options.name} was not ready within ${seconds(timeoutMs)}.`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        readyWaiters.push(done);
      });
    },
    stop(graceMs = stopGraceMs) {
      stopped = true;
      clearTimeout(restartTimer);
      clearTimeout(probeTimer);
      const current = child;
      const finish = () => {
        writePid(undefined);
        log?.end();
      };
      if (!current || current.exitCode !== null || current.signalCode !== null) {
        finish();
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => current.kill('SIGKILL'), graceMs);
        current.once('exit', () => {
          clearTimeout(timer);
          finish();
          resolve();
        });
        current.kill('SIGTERM');
      });
    },
  };
}

/**
 * Watches a server the caller started some other way (the embedded PostgreSQL): a probe every `intervalMs`; after
 * `failures` failed probes in a row it says so in one sentence and calls `restart`, again with a doubling pause
 * until a probe succeeds. `gone()`, when given, is asked first, so a process known to have exited is restarted at
 * the next probe rather than after several.
 */
export function watchServer(options: {
  /** Used in sentences as is: `PostgreSQL`. */
  name: string;
  probe: () => Promise<boolean>;
  restart: () => Promise<void>;
  gone?: () => boolean;
  onEvent: (line: string) => void;
  intervalMs?: number;
  failures?: number;
  maxBackoffMs?: number;
}): { stop(): void } {
  const intervalMs = options.intervalMs ?? 3000;
  const failures = options.failures ?? 2;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  let stopped = false;
  let failed = 0;
  let down = false;
  let pauseMs = 1000;
  let timer: NodeJS.Timeout | undefined;

  const check = async () => {
    if (stopped) return;
    const gone = options.gone?.() ?? false;
    const ok = !gone && (await options.probe().catch(() => false));
    if (stopped) return;
    if (ok) {
      if (down) options.onEvent(`${options.name} is running again.`);
      failed = 0;
      down = false;
      pauseMs = 1000;
      timer = setTimeout(() => void check(), intervalMs);
      return;
    }
    failed += 1;
    if (!gone && failed < failures) {
      timer = setTimeout(() => void check(), intervalMs);
      return;
    }
    options.onEvent(
      down
        ? `${options.name} is still not answering; trying again to restart it.`
        : `${options.name} stopped ${gone ? 'running' : 'answering'}; restarting it.`,
    );
    down = true;
    try {
      await options.restart();
    } catch (error) {
      if (!stopped)
        options.onEvent(
          `${options.name} could not be restarted (${error instanceof Error ? error.message : String(error)}); trying again in ${seconds(pauseMs)}.`,
        );
    }
    const wait = pauseMs;
    pauseMs = Math.min(maxBackoffMs, pauseMs * 2);
    if (!stopped) timer = setTimeout(() => void check(), wait);
  };
  timer = setTimeout(() => void check(), intervalMs);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
