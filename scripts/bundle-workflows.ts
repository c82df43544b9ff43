/** Bundles the workflows once at build time, so the worker starts without running webpack. */
import { bundleWorkflowCode } from '@temporalio/worker';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { workflowBundleOptions } from '../libs/temporal/src/workflow-bundle-options';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(root), logger: quietLogger });
  const out = join(root, 'dist', 'workflow-bundle.js');
  writeFileSync(out, code);
  process.stdout.write(`Workflow bundle written to ${out}\n`);
}

const noop = () => undefined;
const quietLogger = { log: noop, trace: noop, debug: noop, info: noop, warn: noop, error: (m: string) => process.stderr.write(`${m}\n`) };

main().catch((error: unknown) => {
  process.stderr.write(`Could not bundle the workflows: ${String(error)}\n`);
  process.exit(1);
});
