import { rmSync } from 'node:fs';
import type { ClusterTestStack } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __IOP_CLUSTER_STACK__?: ClusterTestStack }).__IOP_CLUSTER_STACK__;
  if (!stack) return;
  await stack.stop().catch(() => undefined);
  rmSync(stack.workDir, { recursive: true, force: true });
}
