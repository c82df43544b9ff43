import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { firstRefusal, requireOneOf, requireText } from '../field-checks';
import { requireInForce } from '../guards';
import { filledSeats, isJoined, othersIn } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import type { SteeringGroupMember } from '../state';
import { asStored } from '../step-record';
import { versionInForce } from '../versions';
import { SECTORS } from '../vocabulary';

/**
 * Fills a seat of the steering group (samverkansgrupp) for a term of office. Both sectors have the seats the
 * version in force sets; an appointment to a sector whose seats are all held on the term's first day is refused,
 * so that neither sector outnumbers the other. A civil-society member comes from a joined organisation. The public
 * party appoints either sector's members; a joined organisation only a civil-society member of its own.
 */
export const appointSteeringGroupMember: FrameworkMoveHandler<'APPOINT_STEERING_GROUP_MEMBER'> = ({ state, command, log }) => {
  const inForce = requireInForce(state);
  if (!inForce.ok) return inForce;
  const sector = requireOneOf(command.sector, SECTORS, 'sector');
  if (!sector.ok) return sector;
  if (command.party !== PUBLIC_PARTY) {
    if (!isJoined(state, command.party)) return FrameworkRefusals.notAMember(command.party, 'FORBIDDEN');
    if (command.sector !== 'CIVIL_SOCIETY')
      return FrameworkRefusals.publicPartyOnly('appoint a member for the public sector', 'utse en ledamot för offentlig sektor');
    if (command.organisationNumber !== undefined && command.organisationNumber !== command.party) return FrameworkRefusals.notOwnOrganisation();
  }
  const organisationNumber =
    command.sector === 'CIVIL_SOCIETY' ? (command.organisationNumber ?? (command.party !== PUBLIC_PARTY ? command.party : undefined)) : undefined;
  const ok = firstRefusal(
    () => requireText(command.name, 'name'),
    () => requireText(command.organisationName, 'organisationName'),
    () => (command.sector === 'CIVIL_SOCIETY' && organisationNumber === undefined ? FrameworkRefusals.textRequired('organisationNumber') : OK),
    () =>
      organisationNumber !== undefined && !isJoined(state, organisationNumber)
        ? FrameworkRefusals.notAMember(organisationNumber, 'INVALID', 'organisationNumber')
        : OK,
    () => (command.termEnd < command.termStart ? FrameworkRefusals.termDates() : OK),
  );
  if (!ok.ok) return ok;
  const seats = versionInForce(state)!.steeringGroup.seatsPerSector;
  const filled = filledSeats(state, command.termStart);
  if (filled[command.sector] >= seats) return FrameworkRefusals.steeringGroupUnequal(command.sector, filled, seats, command.termStart);
  state.counters.member += 1;
  const member: SteeringGroupMember = {
    id: state.counters.member,
    sector: command.sector,
    name: command.name.trim(),
    organisationName: command.organisationName.trim(),
    termStart: command.termStart,
    termEnd: command.termEnd,
  };
  if (organisationNumber !== undefined) member.organisationNumber = organisationNumber;
  state.steeringGroup.push(member);
  const step = log.add('STEERING_GROUP_MEMBER_APPOINTED', responsibleOf(command.party), 'INFORMATION', { informed: othersIn(state, command.party) });
  step.record = asStored({ member });
  return OK;
};
