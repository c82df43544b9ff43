import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { firstRefusal, requireDistinctOf, requireText } from '../field-checks';
import { requireInForce } from '../guards';
import { memberOf } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import type { FrameworkMember } from '../state';
import { asStored } from '../step-record';
import { APPLICATION_DECISION_DAYS, openFrameworkTaskIn } from '../tasks';
import { versionInForce } from '../versions';
import { JOINING_UNDERTAKINGS } from '../vocabulary';

/**
 * An organisation applies to join (ansöker om anslutning) for itself, declaring every undertaking the version in
 * force requires; the public party is asked to decide within 30 days. An organisation that left or was refused
 * may apply again: its earlier membership goes to `history`.
 */
export const applyToJoin: FrameworkMoveHandler<'APPLY_TO_JOIN'> = ({ state, command, ctx, log }) => {
  if (command.party === PUBLIC_PARTY) return FrameworkRefusals.organisationOnly('apply to join the framework', 'ansöka om anslutning');
  const inForce = requireInForce(state);
  if (!inForce.ok) return inForce;
  const existing = memberOf(state, command.party);
  if (existing?.status === 'JOINED') return FrameworkRefusals.alreadyJoined(command.party);
  if (existing?.status === 'APPLIED') return FrameworkRefusals.applicationPending(command.party);
  const required = versionInForce(state)!.joiningUndertakings;
  const ok = firstRefusal(
    () => requireText(command.organisationName, 'organisationName'),
    () => requireText(command.signatoryName, 'signatoryName'),
    () => requireDistinctOf(command.declaration, JOINING_UNDERTAKINGS, 'declaration'),
    () => {
      const missing = required.filter((u) => !command.declaration.includes(u));
      return missing.length > 0 ? FrameworkRefusals.declarationIncomplete(missing) : OK;
    },
  );
  if (!ok.ok) return ok;
  const application: FrameworkMember = {
    organisationNumber: command.party,
    name: command.organisationName.trim(),
    status: 'APPLIED',
    declaration: [...command.declaration],
    signatoryName: command.signatoryName.trim(),
    appliedAt: ctx.now,
  };
  if (existing) {
    const earlier = { status: existing.status, joinedOn: existing.joinedOn, leftOn: existing.leftOn, reason: existing.reason };
    application.history = [...(existing.history ?? []), asStored(earlier)];
    state.members.splice(state.members.indexOf(existing), 1, application);
  } else {
    state.members.push(application);
  }
  openFrameworkTaskIn(state, 'DECIDE_ON_APPLICATION', PUBLIC_PARTY, ctx.now, APPLICATION_DECISION_DAYS, command.party);
  // The organisation's own initiative, told to the public party.
  const step = log.add('APPLICATION_SUBMITTED', { kind: 'ORGANISATION', organisationNumber: command.party }, 'INFORMATION', {
    informed: [PUBLIC_PARTY],
    initiatedByOrganisation: true,
  });
  step.record = asStored({
    application: { organisationNumber: application.organisationNumber, name: application.name, declaration: application.declaration },
  });
  return OK;
};
