import type { RuleResult } from './refusal';

/** The answer of one rule about a move: passed, or the refusal. */
export type Check = RuleResult<true>;

export const OK: Check = { ok: true, value: true };

/** The first refusal among rules already evaluated, in the order given; OK when none refused. */
export function all(...results: Check[]): Check {
  return results.find((result) => !result.ok) ?? OK;
}
