export interface DrainOptions {
  /** The process's name in what it prints (`api`, `worker`). */
  app: string;
  /** How long the drain may take (SHUTDOWN_GRACE_SECONDS); past it the process exits with 1 and says what it cut off. */
  graceSeconds: number;
  /** Stops taking new work, finishes what is in hand, closes the connections; resolves when the process may exit. */
  drain: (signal: NodeJS.Signals) => Promise<void>;
  /** Where the one-line notices go; stderr by default, as the apps' logs are JSON on stdout. */
  say?: (line: string) => void;
  /** Ends the process; replaced only by tests of this function. */
  exit?: (code: number) => void;
}

/** The signals an orchestrator (SIGTERM) or a person at a terminal (SIGINT, Ctrl-C) stops a process with. */
const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * The one way both apps stop: the first SIGTERM or SIGINT starts the drain, which has SHUTDOWN_GRACE_SECONDS to
 * finish its work in hand; the process then exits 0. A drain that fails or outlasts the grace exits 1, and a second
 * signal ends the process at once (a person pressing Ctrl-C twice means it). Replaces Nest's enableShutdownHooks,
 * which closes the application in an order of its own (the database before the HTTP server stops taking requests)
 * and has no time limit. Returns a function that removes the handlers (for tests).
 */
export function drainOnSignals(options: DrainOptions): () => void {
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let draining = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (draining) {
      say(`${options.app}: ${signal} again, stopping without finishing the drain`);
      exit(1);
      return;
    }
    draining = true;
    say(`${options.app}: ${signal} received, draining (at most ${options.graceSeconds} s)`);
    const timer = setTimeout(() => {
      say(`${options.app}: the drain did not finish within SHUTDOWN_GRACE_SECONDS=${options.graceSeconds}; stopping with work in hand`);
      exit(1);
    }, options.graceSeconds * 1000);
    timer.unref();
    options.drain(signal).then(
      () => {
        clearTimeout(timer);
        say(`${options.app}: drained, exiting`);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        say(`${options.app}: the drain failed: ${error instanceof Error ? error.message : String(error)}`);
        exit(1);
      },
    );
  };
  const handlers = SIGNALS.map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
