import type { CommandContext } from '../kernel/context';
import { PUBLIC_PARTY } from '../kernel/parties';
import { accept, RuleResult } from '../kernel/refusal';
import type { NewFramework } from './commands';
import { decideFramework } from './decide';
import type { FrameworkOutcome } from './move';
import { openFramework } from './open';
import { CURRENT_FRAMEWORK_RULES_VERSION } from './rules-version';
import type { FrameworkTerms } from './state';

/**
 * A new framework, and with `firstVersion` also version 1 drafted by the public party right after the opening: the
 * opening's step and the proposal's in one outcome, all or nothing (a first version the rules refuse refuses the
 * start). The proposal is decided by `decideFramework`, the same rules as the separate move.
 */
export function startFramework(
  frameworkId: string,
  framework: NewFramework,
  firstVersion: FrameworkTerms | undefined,
  ctx: CommandContext,
  rulesVersion: number = CURRENT_FRAMEWORK_RULES_VERSION,
): RuleResult<FrameworkOutcome> {
  const opened = openFramework(frameworkId, framework, ctx, rulesVersion);
  if (!opened.ok || !firstVersion) return opened;
  const proposed = decideFramework(opened.value.state, { type: 'PROPOSE_VERSION', party: PUBLIC_PARTY, ...firstVersion }, ctx);
  if (!proposed.ok) return proposed;
  return accept({
    state: proposed.value.state,
    steps: [...opened.value.steps, ...proposed.value.steps],
    warnings: [...opened.value.warnings, ...proposed.value.warnings],
  });
}
