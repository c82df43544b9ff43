import type { PartyKey } from '../kernel/parties';
import { PUBLIC_PARTY } from '../kernel/parties';
import type { FrameworkMember, FrameworkState, SteeringGroupMember } from './state';
import type { Sector } from './vocabulary';

export const memberOf = (state: FrameworkState, organisationNumber: string): FrameworkMember | undefined =>
  state.members.find((m) => m.organisationNumber === organisationNumber);

export const isJoined = (state: FrameworkState, organisationNumber: string): boolean => memberOf(state, organisationNumber)?.status === 'JOINED';

export const joinedOrganisations = (state: FrameworkState): PartyKey[] =>
  state.members.filter((m) => m.status === 'JOINED').map((m) => m.organisationNumber);

/** Those a step informs: the public party, the sector's representative and every joined organisation. */
export function frameworkParties(state: FrameworkState): PartyKey[] {
  return [...new Set([PUBLIC_PARTY, state.sectorRepresentative.organisationNumber, ...joinedOrganisations(state)])];
}

export const othersIn = (state: FrameworkState, party: PartyKey): PartyKey[] => frameworkParties(state).filter((p) => p !== party);

/** A member holds the seat from the term's start through its end, and no longer on the day it left early. */
export const holdsSeatOn = (member: SteeringGroupMember, day: string): boolean =>
  member.termStart <= day && day <= member.termEnd && (member.endedOn === undefined || day < member.endedOn);

export const activeSteeringMembers = (state: FrameworkState, day: string, sector?: Sector): SteeringGroupMember[] =>
  state.steeringGroup.filter((m) => holdsSeatOn(m, day) && (sector === undefined || m.sector === sector));

/** The seats each sector has filled on a day. */
export function filledSeats(state: FrameworkState, day: string): Record<Sector, number> {
  return {
    PUBLIC: activeSteeringMembers(state, day, 'PUBLIC').length,
    CIVIL_SOCIETY: activeSteeringMembers(state, day, 'CIVIL_SOCIETY').length,
  };
}
