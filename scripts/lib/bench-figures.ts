/** How the benchmark prints: a line at a time as it measures, then every server's figures side by side. */
import type { ServerKind } from './bench-settings';

export const say = (line = '') => process.stdout.write(`${line}\n`);

/** One figure of a server: the engine's, its baseline's, and how they compare (ratio of engine to baseline). */
export interface Figure {
  name: string;
  engine: string;
  baseline: string;
  ratio?: string;
  target?: string;
}

/** The figures of every server side by side, each beside its baseline from the same server. */
export function printSideBySide(results: [ServerKind, Figure[]][]): void {
  const names = [...new Set(results.flatMap(([, figures]) => figures.map((f) => f.name)))];
  say();
  say('Side by side (engine | bare-SDK or raw-SQL baseline on the same server | engine against baseline, target):');
  for (const name of names) {
    say(`  ${name}`);
    for (const [kind, figures] of results) {
      const figure = figures.find((f) => f.name === name);
      if (!figure) continue;
      const ratio = figure.ratio ? ` | ${figure.ratio}${figure.target ? `, target ${figure.target}` : ''}` : '';
      say(`    ${kind.padEnd(8)} ${figure.engine} | ${figure.baseline}${ratio}`);
    }
  }
}
