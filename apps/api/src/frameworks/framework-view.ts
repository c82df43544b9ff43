import type { FrameworkState, ProcessTask, Sector, SteeringGroupMember } from '@iop/domain';
import { SECTORS } from '@iop/domain';
import type { Principal } from '@iop/identity';
import type { FrameworkResponse } from './dto/framework.response';

/**
 * Who reads a framework, for what they may see of it. The framework's own officers and auditors see everything; an
 * organisation's representative the joined and left organisations (public within the engine: FRAMEWORK_MEMBERS'
 * list), their own application and their own tasks; an officer of another public party what a representative of
 * no organisation would. `party` is the guard's: 'PUBLIC' only for the framework's own officers.
 */
export interface FrameworkViewer {
  seesAll: boolean;
  /** The representative's organisation, whose applications and tasks they see. */
  organisationNumber?: string;
}

export const viewerOf = (principal: Principal, party: string | undefined): FrameworkViewer => ({
  seesAll: principal.role === 'auditor' || party === 'PUBLIC',
  organisationNumber: principal.role === 'organisation_rep' ? principal.organisationNumber : undefined,
});

const isPublicMembership = (status: string) => status === 'JOINED' || status === 'LEFT';

/** The parties whose steps and entries anyone reading the framework may see: the public side, the sector, the joined. */
export function visibleParties(state: FrameworkState, viewer: FrameworkViewer): Set<string> {
  const parties = new Set<string>(['PUBLIC', 'JOINT', state.sectorRepresentative.organisationNumber]);
  for (const m of state.members)
    if (isPublicMembership(m.status) || m.organisationNumber === viewer.organisationNumber) parties.add(m.organisationNumber);
  return parties;
}

export function visibleFrameworkTasks<T extends Pick<ProcessTask<string>, 'addressedTo'>>(tasks: T[], viewer: FrameworkViewer): T[] {
  if (viewer.seesAll) return tasks;
  return tasks.filter((t) => viewer.organisationNumber !== undefined && t.addressedTo === viewer.organisationNumber);
}

/** Whether a member holds its seat on `today`: its term has begun, has not ended, and it has not left. */
const seated = (m: SteeringGroupMember, today: string) => m.termStart <= today && today <= m.termEnd && (!m.endedOn || m.endedOn > today);

/** The seats per sector of the version in force (or the latest version), filled and vacant on `today`. */
export function seatsOf(state: FrameworkState, today: string): FrameworkResponse['seats'] {
  const version = state.versions.find((v) => v.version === state.versionInForce) ?? state.versions[state.versions.length - 1];
  const seats = version?.steeringGroup.seatsPerSector ?? 0;
  const count = (sector: Sector) => state.steeringGroup.filter((m) => m.sector === sector && seated(m, today)).length;
  const entry = (sector: Sector) => ({ seats, filled: count(sector), vacant: Math.max(seats - count(sector), 0) });
  return { PUBLIC: entry('PUBLIC'), CIVIL_SOCIETY: entry('CIVIL_SOCIETY') } satisfies Record<(typeof SECTORS)[number], unknown>;
}

/** The framework as the viewer reads it: `id` for `frameworkId`, the seats, and what they may not see left out. */
export function frameworkResponseOf(state: FrameworkState, viewer: FrameworkViewer, today: string): FrameworkResponse {
  const { frameworkId, ...rest } = state;
  const members = viewer.seesAll
    ? state.members
    : state.members.filter((m) => isPublicMembership(m.status) || m.organisationNumber === viewer.organisationNumber);
  return { id: frameworkId, ...rest, members, tasks: visibleFrameworkTasks(state.tasks, viewer), seats: seatsOf(state, today) };
}
