import { all, OK } from '../../kernel/checks';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { checkTask, requireActive } from '../guards';
import type { MoveHandler } from '../move';
import { acceptImplicitly, othersThan } from '../parties';
import { checkProfile } from '../profile-rules';
import { Refusals } from '../refusals';
import { completeTasks } from '../tasks';

/**
 * The organisation's representative records or updates its own profile (legal form, registration as idéburen,
 * contact, documents) in any open phase; it answers the renewal's request to confirm it. The public party gives a
 * profile only with the start.
 */
export const recordOrganisationProfile: MoveHandler<'RECORD_ORGANISATION_PROFILE'> = ({ state, command, ctx, log }) => {
  if (command.party === PUBLIC_PARTY) {
    return Refusals.organisationOnly(
      'record its profile (the officer gives one with the start)',
      'föra in sina uppgifter (handläggaren anger dem vid starten)',
    );
  }
  if (command.organisationNumber !== command.party) return Refusals.profileOfAnotherOrganisation(command.organisationNumber);
  const ok = all(requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  const { type: _type, party: _party, organisationNumber: _organisation, taskId: _task, ...terms } = command;
  const checked = checkProfile(terms, ctx.now);
  if (!checked.ok) return checked;
  const organisation = state.organisations.find((o) => o.organisationNumber === command.party)!;
  organisation.profile = { ...checked.value, statedBy: command.party, statedByActor: ctx.actor, statedAt: ctx.now };
  acceptImplicitly(state, command.party, ctx.now);
  completeTasks(state, ctx.now, (t) => t.type === 'CONFIRM_ORGANISATION_PROFILE' && t.addressedTo === command.party);
  log.add('ORGANISATION_PROFILE_RECORDED', responsibleOf(command.party), 'INFORMATION', { informed: othersThan(state, command.party) });
  return OK;
};
