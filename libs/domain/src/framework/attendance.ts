import type { Check } from '../kernel/checks';
import { OK } from '../kernel/checks';
import type { PartyKey } from '../kernel/parties';
import { PUBLIC_PARTY } from '../kernel/parties';
import { accept, RuleResult } from '../kernel/refusal';
import { activeSteeringMembers } from './membership';
import { FrameworkRefusals } from './refusals';
import type { FrameworkState, SteeringGroupMeeting } from './state';

/** Names as evidence: at least one, none blank (a blank name is nobody, and would count a sector as present). */
export function namedPeople(names: unknown, field: string): RuleResult<string[]> {
  if (!Array.isArray(names) || names.length === 0) return FrameworkRefusals.attendeeNamesRequired(field);
  for (const [j, name] of names.entries()) {
    if (typeof name !== 'string' || name.trim() === '') return FrameworkRefusals.attendeeNamesRequired(`${field}.${j}`);
  }
  return accept((names as string[]).map((n) => n.trim()));
}

export const checkNamed = (names: unknown, field: string): Check => {
  const named = namedPeople(names, field);
  return named.ok ? OK : named;
};

/**
 * The parties a meeting's attendance shows present, for the participation level: the public party when its side
 * named someone; for the civil-society side, the organisations whose members held a seat on the day (the sector's
 * representative when no seat was filled: the side met on the sector's behalf).
 */
export function partiesPresent(state: FrameworkState, meeting: Pick<SteeringGroupMeeting, 'date' | 'attendance'>): PartyKey[] {
  const present: PartyKey[] = [];
  for (const side of meeting.attendance) {
    if (side.names.length === 0) continue;
    if (side.sector === 'PUBLIC') present.push(PUBLIC_PARTY);
    else {
      const seats = activeSteeringMembers(state, meeting.date, 'CIVIL_SOCIETY').flatMap((m) => (m.organisationNumber ? [m.organisationNumber] : []));
      present.push(...(seats.length > 0 ? seats : [state.sectorRepresentative.organisationNumber]));
    }
  }
  return [...new Set(present)];
}
