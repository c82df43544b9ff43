import type { CommandContext } from '../kernel/context';
import { PUBLIC_PARTY } from '../kernel/parties';
import { accept, RuleResult } from '../kernel/refusal';
import type { PartnershipCommand } from './commands';
import { decide } from './decide';
import type { Outcome } from './move';
import type { NewPartnership } from './new-partnership';
import { openPartnership } from './open';
import { checkProfile } from './profile-rules';
import { CURRENT_RULES_VERSION } from './rules-version';

/** The gemensam problemformulering a start may bring, with the same fields as the move that proposes it. */
export type StartingProblemDefinition = Omit<Extract<PartnershipCommand, { type: 'PROPOSE_PROBLEM_DEFINITION' }>, 'type' | 'party'>;

/**
 * A new partnership, and with a problem definition also its proposal by the public party right after the opening:
 * two steps (the opening's, the proposal's) in one outcome, which the workflow writes as one. The proposal is
 * decided by `decide`, the same rules as the separate move; the API runs this before it starts the workflow, so
 * that no start is accepted whose problem definition the workflow would refuse.
 */
export function startPartnership(
  partnershipId: string,
  partnership: NewPartnership,
  problemDefinition: StartingProblemDefinition | undefined,
  ctx: CommandContext,
  rulesVersion: number = CURRENT_RULES_VERSION,
): RuleResult<Outcome> {
  const profiled = withCheckedProfiles(partnership, ctx.now);
  if (!profiled.ok) return profiled;
  const opened = openPartnership(partnershipId, profiled.value, ctx, rulesVersion);
  if (!problemDefinition) return accept(opened);
  const proposed = decide(opened.state, { type: 'PROPOSE_PROBLEM_DEFINITION', party: PUBLIC_PARTY, ...problemDefinition }, ctx);
  if (!proposed.ok) return proposed;
  return accept({
    state: proposed.value.state,
    steps: [...opened.steps, ...proposed.value.steps],
    warnings: [...opened.warnings, ...proposed.value.warnings],
  });
}

/** The organisations' profiles given with the start, checked by the move's rules (the field named from the start's body). */
function withCheckedProfiles(partnership: NewPartnership, now: string): RuleResult<NewPartnership> {
  if (!partnership.organisations.some((o) => o.profile)) return accept(partnership);
  const organisations: NewPartnership['organisations'] = [];
  for (const [i, organisation] of partnership.organisations.entries()) {
    if (!organisation.profile) {
      organisations.push(organisation);
      continue;
    }
    const checked = checkProfile(organisation.profile, now, `organisations.${i}.profile.`);
    if (!checked.ok) return checked;
    organisations.push({ ...organisation, profile: checked.value });
  }
  return accept({ ...partnership, organisations });
}
