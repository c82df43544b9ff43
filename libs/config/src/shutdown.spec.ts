import { drainOnSignals } from './shutdown';

/** The signal handling both apps share: one drain per process, bounded by the grace, and its outcome as the exit code. */
describe('drainOnSignals', () => {
  const started: (() => void)[] = [];
  afterEach(() => started.splice(0).forEach((stop) => stop()));

  function watch(drain: () => Promise<void>, graceSeconds = 5) {
    const lines: string[] = [];
    const codes: number[] = [];
    let exited: () => void = () => undefined;
    const exit = new Promise<void>((resolve) => (exited = resolve));
    started.push(
      drainOnSignals({
        app: 'test',
        graceSeconds,
        drain,
        say: (line) => lines.push(line),
        exit: (code) => {
          codes.push(code);
          exited();
        },
      }),
    );
    return { lines, codes, exit };
  }

  it('drains once on SIGTERM and exits 0 when the drain finishes', async () => {
    let drains = 0;
    let finish: () => void = () => undefined;
    const watched = watch(() => {
      drains++;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    process.emit('SIGTERM');
    expect(drains).toBe(1);
    expect(watched.codes).toEqual([]);
    finish();
    await watched.exit;
    expect(watched.codes).toEqual([0]);
    expect(watched.lines[0]).toBe('test: SIGTERM received, draining (at most 5 s)');
  });

  it('exits 1 naming the setting when the drain outlasts the grace', async () => {
    const watched = watch(() => new Promise<void>(() => undefined), 1);
    process.emit('SIGINT');
    await watched.exit;
    expect(watched.codes).toEqual([1]);
    expect(watched.lines.at(-1)).toContain('did not finish within SHUTDOWN_GRACE_SECONDS=1');
  });

  it('exits 1 with the reason when the drain fails, and at once on a second signal', async () => {
    const failing = watch(() => Promise.reject(new Error('pool would not close')));
    process.emit('SIGTERM');
    await failing.exit;
    expect(failing.codes).toEqual([1]);
    expect(failing.lines.at(-1)).toBe('test: the drain failed: pool would not close');
    started.splice(0).forEach((stop) => stop());

    const stuck = watch(() => new Promise<void>(() => undefined));
    process.emit('SIGTERM');
    process.emit('SIGTERM');
    await stuck.exit;
    expect(stuck.codes).toEqual([1]);
    expect(stuck.lines.at(-1)).toBe('test: SIGTERM again, stopping without finishing the drain');
  });
});
