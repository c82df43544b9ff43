import { addDays } from '../dates';
import { PUBLIC_PARTY } from '../kernel/parties';
import { frameworkParties, memberOf } from './membership';
import type { FrameworkWorking } from './move';
import type { FrameworkState, FrameworkVersion } from './state';
import { asStored } from './step-record';
import { openFrameworkTask } from './tasks';

export const versionInForce = (state: FrameworkState): FrameworkVersion | undefined =>
  state.versionInForce === undefined ? undefined : state.versions.find((v) => v.version === state.versionInForce);

/** The version awaiting its political decision: the latest one, when it is a draft. */
export function pendingDraft(state: FrameworkState): FrameworkVersion | undefined {
  const latest = state.versions[state.versions.length - 1];
  return latest?.status === 'DRAFT' ? latest : undefined;
}

/** A version the political body approved (adopted, in force now or earlier). */
export const wasAdopted = (version: FrameworkVersion): boolean => version.decisions.some((d) => d.outcome === 'APPROVED');

/** An adopted version waiting for its period to start. */
export const waitingVersion = (state: FrameworkState): FrameworkVersion | undefined => state.versions.find((v) => v.status === 'ADOPTED');

/** Whether a day falls within a version's period (its end inclusive; no end: open-ended). */
export const withinPeriod = (version: FrameworkVersion, day: string): boolean =>
  version.period.start <= day && (version.period.end === undefined || day <= version.period.end);

/**
 * The version comes in force on `from`: the one in force until then is superseded the day before, and an earlier
 * adopted version still waiting is superseded without ever coming in force. When the framework was not in force,
 * the year's follow-up conference is asked for; with the first version in force, the sector's representative,
 * which negotiated the text and signs it, is a joined organisation from that day.
 */
export function bringIntoForce(working: FrameworkWorking, version: FrameworkVersion, from: string): void {
  const { state, ctx, log } = working;
  const previous = versionInForce(state);
  if (previous) {
    previous.status = 'SUPERSEDED';
    previous.inForceUntil = addDays(from, -1);
  }
  for (const other of state.versions) if (other.status === 'ADOPTED' && other.version !== version.version) other.status = 'SUPERSEDED';
  version.status = 'IN_FORCE';
  version.inForceFrom = from;
  state.versionInForce = version.version;
  const cameInForce = state.status !== 'IN_FORCE';
  state.status = 'IN_FORCE';
  const representative = state.sectorRepresentative;
  let joined: string | undefined;
  if (!memberOf(state, representative.organisationNumber)) {
    state.members.push({
      organisationNumber: representative.organisationNumber,
      name: representative.name,
      status: 'JOINED',
      declaration: [...version.joiningUndertakings],
      signatoryName: representative.name,
      appliedAt: ctx.now,
      decidedAt: ctx.now,
      joinedOn: from,
    });
    joined = representative.organisationNumber;
  }
  if (cameInForce) {
    state.cadence = { ...state.cadence, inForceSince: from };
    const year = Number(from.slice(0, 4));
    if (!state.tasks.some((t) => t.type === 'HOLD_FOLLOW_UP_CONFERENCE' && t.ref === String(year))) {
      openFrameworkTask(state, 'HOLD_FOLLOW_UP_CONFERENCE', PUBLIC_PARTY, ctx.now, `${year}-12-31`, String(year));
    }
  }
  const step = log.add('VERSION_IN_FORCE', { kind: 'JOINT' }, 'INFORMATION', { informed: frameworkParties(state) });
  step.record = asStored({ version: version.version, inForceFrom: from, superseded: previous?.version, joined });
}

/** The version in force reached its period's end with no successor in force: the framework lapses. */
export function lapse(working: FrameworkWorking): void {
  const { state, log } = working;
  const version = versionInForce(state);
  if (!version) return;
  version.status = 'SUPERSEDED';
  version.inForceUntil = version.period.end;
  state.versionInForce = undefined;
  const step = log.add('FRAMEWORK_LAPSED', { kind: 'JOINT' }, 'INFORMATION', { informed: frameworkParties(state) }, 'IN_FORCE');
  state.status = 'LAPSED';
  step.record = asStored({ version: version.version, inForceUntil: version.period.end });
}
