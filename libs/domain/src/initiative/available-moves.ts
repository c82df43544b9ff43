import type { PartyKey } from '../kernel/parties';
import { PUBLIC_PARTY } from '../kernel/parties';
import type { InitiativeCommandType } from './commands';
import type { InitiativeState } from './state';
import { SKR_CRITERIA } from '../legal-frame/skr-criteria';

/** The moves the party may make now: the public party assesses until it decides, and decides once all is assessed. */
export function availableInitiativeMoves(state: InitiativeState, party: PartyKey | undefined): InitiativeCommandType[] {
  if (party !== PUBLIC_PARTY || state.status === 'DECIDED') return [];
  const allAssessed = SKR_CRITERIA.every((c) => state.assessments.some((a) => a.criterion === c));
  return allAssessed ? ['ASSESS_INITIATIVE', 'DECIDE_ON_INITIATIVE'] : ['ASSESS_INITIATIVE'];
}
