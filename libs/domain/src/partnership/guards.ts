import type { Check } from '../kernel/checks';
import { OK } from '../kernel/checks';
import type { PartyKey } from '../kernel/parties';
import { PUBLIC_PARTY } from '../kernel/parties';
import { requirePhaseOf } from '../kernel/phase-guard';
import { accept, RuleResult } from '../kernel/refusal';
import { checkTaskOf } from '../kernel/tasks';
import { activeParties } from './parties';
import type { Phase } from './phase';
import { Refusals } from './refusals';
import type { PartnershipState } from './state';

/** The acting party must be the public party or one of the organisations invited. */
export function checkParty(state: PartnershipState, party: PartyKey): RuleResult<PartyKey> {
  if (party === PUBLIC_PARTY) return accept(party);
  const organisation = state.organisations.find((o) => o.organisationNumber === party);
  if (!organisation) return Refusals.unknownParty(party);
  return accept(party);
}

export function requirePhase(state: PartnershipState, ...allowed: Phase[]): Check {
  return requirePhaseOf(state.phase, allowed);
}

export function requireActive(state: PartnershipState, party: PartyKey): Check {
  return activeParties(state).includes(party) ? OK : Refusals.partyNotActive(party);
}

/** Where a move names the task it answers, the task must be open and addressed to the acting party. */
export function checkTask(state: PartnershipState, party: PartyKey, taskId: string | undefined): Check {
  return checkTaskOf(state, party, taskId);
}
