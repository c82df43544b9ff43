import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { holdsSeatOn, memberOf } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import { asStored } from '../step-record';

/**
 * A joined organisation leaves the framework, at any time, from today. Its members of the steering group leave
 * their seats the same day: the seats are vacant until someone is appointed.
 */
export const leaveFramework: FrameworkMoveHandler<'LEAVE_FRAMEWORK'> = ({ state, command, ctx, log }) => {
  if (command.party === PUBLIC_PARTY) return FrameworkRefusals.organisationOnly('leave the framework', 'lämna överenskommelsen');
  const member = memberOf(state, command.party);
  if (member?.status !== 'JOINED') return FrameworkRefusals.notAMember(command.party, 'CONFLICT');
  const today = ctx.now.slice(0, 10);
  member.status = 'LEFT';
  member.leftOn = today;
  if (command.reason?.trim()) member.reason = command.reason.trim();
  const vacated: number[] = [];
  for (const seat of state.steeringGroup) {
    if (seat.organisationNumber === member.organisationNumber && (holdsSeatOn(seat, today) || seat.termStart > today) && seat.endedOn === undefined) {
      seat.endedOn = today;
      vacated.push(seat.id);
    }
  }
  const step = log.add('MEMBER_LEFT', { kind: 'ORGANISATION', organisationNumber: member.organisationNumber }, 'INFORMATION', {
    informed: [PUBLIC_PARTY],
  });
  step.record = asStored({ organisationNumber: member.organisationNumber, leftOn: today, reason: member.reason, vacatedSeats: vacated });
  return OK;
};
