import type { UpdateDefinition } from '@temporalio/common';
import { setHandler } from '@temporalio/workflow';

/**
 * Registers a move's update with its validator, typed by its definition: the handler and the validator take the
 * arguments the definition declares and the handler returns its result, so a mismatch is a compile error.
 */
export function registerMoveUpdate<Ret, Args extends unknown[]>(
  definition: UpdateDefinition<Ret, Args>,
  handler: (...args: Args) => Promise<Ret>,
  validator: (...args: Args) => void,
): void {
  setHandler(definition, handler, { validator });
}
