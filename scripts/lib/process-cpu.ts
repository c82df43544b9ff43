import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function statOf(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may hold spaces: the fields are counted after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14–17 (1-based, of the whole line); ppid is field 4.
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
  } catch {
    return undefined;
  }
}

/**
 * The CPU time (user and system, in ms) a process and all its living descendants have used so far, their waited-for
 * children included: PostgreSQL's backends, the Temporal server's threads, a Node process's own.
 */
export function cpuMsOfTree(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = statOf(pid);
    if (!stat) continue;
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  }
  let ticks = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    ticks += statOf(pid)?.ticks ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return ticks * TICK_MS;
}

/** CPU used by each named process tree between `start()` and `stop()`, per unit of work. */
export function cpuMeter(trees: Record<string, () => number | undefined>): { start(): void; perUnit(units: number): Record<string, number> } {
  let before: Record<string, number> = {};
  const read = () =>
    Object.fromEntries(
      Object.entries(trees).map(([name, pid]) => {
        const p = pid();
        return [name, p === undefined ? 0 : p === process.pid ? (process.cpuUsage().user + process.cpuUsage().system) / 1000 : cpuMsOfTree(p)];
      }),
    );
  return {
    start: () => void (before = read()),
    perUnit: (units) => {
      const after = read();
      return Object.fromEntries(Object.keys(trees).map((name) => [name, (after[name] - before[name]) / units]));
    },
  };
}
