import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { underRulesSince } from '../../kernel/rules-version';
import type { MoveHandler } from '../move';
import { activeOrganisations } from '../parties';
import { PHASES } from '../phase';
import { Refusals } from '../refusals';

/**
 * Under rules version 3 the public party proposes the level of participation it aims for in phases of the decision
 * process (or none), each with its reason: at the start for all of them, or when a phase opens. The organisations
 * see it; a later proposal for a phase replaces the earlier one. A phase already passed keeps what it had.
 */
export const proposePhaseLevels: MoveHandler<'PROPOSE_PHASE_LEVELS'> = ({ state, command, ctx, log }) => {
  if (!underRulesSince(state, 3)) return Refusals.phaseLevelsNeedRulesVersion3();
  if (command.party !== PUBLIC_PARTY) {
    return Refusals.publicPartyOnly('propose the levels of participation per phase', 'föreslå delaktighetsnivå per fas');
  }
  const current = PHASES.indexOf(state.phase);
  const seen = new Set<string>();
  for (const [i, proposed] of command.levels.entries()) {
    if (seen.has(proposed.phase)) return Refusals.phaseLevelDuplicate(`levels.${i}.phase`, proposed.phase);
    seen.add(proposed.phase);
    if (PHASES.indexOf(proposed.phase) < current) return Refusals.phaseLevelPassed(`levels.${i}.phase`, proposed.phase);
  }
  const choices = { ...state.phaseLevels };
  for (const proposed of command.levels) {
    choices[proposed.phase] = { level: proposed.level ?? null, reason: proposed.reason.trim(), proposedAt: ctx.now, proposedByActor: ctx.actor };
  }
  state.phaseLevels = choices;
  log.add('PHASE_LEVELS_PROPOSED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  return OK;
};
