import { rmSync } from 'node:fs';
import type { TestStack } from './test-stack';

export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __IOP_TEST_STACK__?: TestStack }).__IOP_TEST_STACK__;
  if (!stack) return;
  for (const stop of stack.stops.reverse()) await stop().catch(() => undefined);
  rmSync(stack.workDir, { recursive: true, force: true });
}
