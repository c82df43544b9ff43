import type { PartyKey } from '../kernel/parties';
import { othersAmong, withPublicParty } from '../kernel/parties';
import type { PartnershipState } from './state';
import { completeTasks } from './tasks';

/** Parties still taking part: the public party and every organisation that has neither declined nor withdrawn. */
export function activeParties(state: PartnershipState): PartyKey[] {
  return withPublicParty(activeOrganisations(state));
}

export function activeOrganisations(state: PartnershipState): PartyKey[] {
  return state.organisations.filter((o) => o.status === 'INVITED' || o.status === 'ACCEPTED').map((o) => o.organisationNumber);
}

/** The parties a step by `party` informs: every other one still taking part. */
export const othersThan = (state: PartnershipState, party: PartyKey): PartyKey[] => othersAmong(activeParties(state), party);

/** An organisation's first answer is also its acceptance of the invitation. */
export function acceptImplicitly(state: PartnershipState, party: PartyKey, now: string): void {
  const organisation = state.organisations.find((o) => o.organisationNumber === party);
  if (organisation?.status === 'INVITED') {
    organisation.status = 'ACCEPTED';
    completeTasks(state, now, (t) => t.type === 'RESPOND_TO_INVITATION' && t.addressedTo === party);
  }
}
