import type { Check } from '../kernel/checks';
import { OK } from '../kernel/checks';
import type { PartyKey } from '../kernel/parties';
import { PUBLIC_PARTY } from '../kernel/parties';
import { checkTaskOf } from '../kernel/tasks';
import { parseOrganisationNumber } from '../organisation-number';
import { FrameworkRefusals } from './refusals';
import type { FrameworkState } from './state';
import { versionInForce } from './versions';

/**
 * The acting party is the public party or an organisation known by its organisationsnummer (written canonically,
 * NNNNNN-NNNN): any organisation may apply to join, so the framework cannot list its parties in advance.
 */
export function checkFrameworkParty(party: PartyKey): Check {
  if (party === PUBLIC_PARTY) return OK;
  const parsed = parseOrganisationNumber(party);
  return parsed.ok && parsed.value === party ? OK : FrameworkRefusals.unknownParty(party);
}

export function requirePublic(party: PartyKey, what: string, vad: string): Check {
  return party === PUBLIC_PARTY ? OK : FrameworkRefusals.publicPartyOnly(what, vad);
}

export function requireInForce(state: FrameworkState): Check {
  return versionInForce(state) ? OK : FrameworkRefusals.notInForce();
}

export function checkFrameworkTask(state: FrameworkState, party: PartyKey, taskId: string | undefined): Check {
  return checkTaskOf(state, party, taskId);
}
