import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as domain from './index';

/**
 * The worker preloads this lib into its reusable V8 context once, shared by every workflow (libs/temporal's
 * workflowBundleOptions), and the SDK freezes what it preloaded, deeply, as below. A rule that wrote to anything it
 * exports (a table, a list of phases, a constant state) would fail every workflow task that reached it. So the lib's
 * own tests run here a second time, over its exports frozen the same way.
 */
function deepFreeze(value: unknown, seen = new WeakSet<object>()): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
  seen.add(value);
  if (typeof value === 'object') {
    for (const key of Reflect.ownKeys(value)) {
      try {
        deepFreeze((value as Record<string | symbol, unknown>)[key], seen);
      } catch {
        // As the SDK does: a typed array cannot be frozen.
      }
    }
  }
  Object.freeze(value);
}

deepFreeze(domain);

const specs = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return specs(path);
    return entry.name.endsWith('.spec.ts') && path !== __filename ? [path] : [];
  });

it('the frozen lib is the one its tests see', () => {
  expect(Object.isFrozen(domain.PHASES)).toBe(true);
});

for (const spec of specs(__dirname)) {
  describe(`frozen: ${relative(__dirname, spec)}`, () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a spec's tests register as it loads, here.
    require(spec);
  });
}
