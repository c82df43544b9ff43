import { bundleWorkflowCode } from '@temporalio/worker';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workflowBundleOptions } from '../../../libs/temporal/src/workflow-bundle-options';

const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..', '..');

/**
 * The partnership workflow's newest patch: the last `patched('…')` id declared in its source (they are declared in
 * the order they were made, as the README's versioning section lists them).
 */
export function newestPatchId(): string {
  const source = readFileSync(join(root, 'workflows', 'partnership', 'partnership.workflow.ts'), 'utf8');
  const ids = [...source.matchAll(/^const [A-Z0-9_]+_PATCH = '([^']+)';$/gm)].map((match) => match[1]);
  if (ids.length === 0) throw new Error('No patch id is declared in workflows/partnership/partnership.workflow.ts');
  return ids.at(-1)!;
}

/**
 * A build of the workflows as it was before `patchId`: the same code, with `patched(patchId)` answering false without
 * recording a marker, which is exactly what code that never called it does (it takes the old path and leaves no
 * trace). Made by bundling with `@temporalio/workflow` aliased to a module that wraps the real one.
 */
export async function bundleWithoutPatch(patchId: string, outDir: string): Promise<string> {
  const real = require.resolve('@temporalio/workflow');
  const shim = join(outDir, `workflow-api-without-${patchId}.js`);
  writeFileSync(
    shim,
    `// The workflow API as code from before the patch ${JSON.stringify(patchId)} saw it.
const real = require(${JSON.stringify(real)});
module.exports = Object.assign({}, real, {
  patched: (id) => (id === ${JSON.stringify(patchId)} ? false : real.patched(id)),
});
`,
  );
  const { code } = await bundleWorkflowCode({
    ...workflowBundleOptions(root),
    logger: {
      log: () => undefined,
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    },
    webpackConfigHook: (config) => {
      const alias = (config.resolve?.alias ?? {}) as Record<string, string>;
      return { ...config, resolve: { ...config.resolve, alias: { ...alias, '@temporalio/workflow$': shim } } };
    },
  });
  const bundlePath = join(outDir, `workflow-bundle-without-${patchId}.js`);
  writeFileSync(bundlePath, code);
  return bundlePath;
}
