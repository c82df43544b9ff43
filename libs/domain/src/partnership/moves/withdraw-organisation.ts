import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { leaveProcess } from '../ending';
import { requireActive } from '../guards';
import type { MoveHandler } from '../move';
import { Refusals } from '../refusals';

/** An organisation leaves before signature; after it, only termination ends its part. */
export const withdrawOrganisation: MoveHandler<'WITHDRAW_ORGANISATION'> = (move) => {
  const { state, command, log } = move;
  if (command.party === PUBLIC_PARTY) return Refusals.organisationOnly('withdraw', 'dra sig ur');
  const active = requireActive(state, command.party);
  if (!active.ok) return active;
  if (state.agreement || state.phase === 'IMPLEMENTATION') return Refusals.withdrawAfterSignature();
  const organisation = state.organisations.find((o) => o.organisationNumber === command.party)!;
  organisation.status = 'WITHDRAWN';
  organisation.statusReason = command.reason;
  log.add('ORGANISATION_WITHDRAWN', responsibleOf(command.party), 'INFORMATION', { informed: [PUBLIC_PARTY] });
  return leaveProcess(move, command.party);
};
