import { lastDayOfAppeal } from '../../appeal-window';
import { compareDates } from '../../dates';
import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { underRulesSince } from '../../kernel/rules-version';
import { asStored } from '../step-record';
import type { MoveHandler } from '../move';
import { activeOrganisations } from '../parties';
import { Refusals } from '../refusals';

/**
 * The public party's officer records the justering and the anslag of a decision's protocol when they came days after
 * the meeting (as they usually do): the decision then has its last day of appeal, and the legal-force timer plans from
 * it. Only the latest decision, an approving one, once: a second anslag of the same protocol would move a window already running.
 */
export const recordProtocolAnnouncement: MoveHandler<'RECORD_PROTOCOL_ANNOUNCEMENT'> = ({ state, command, log }) => {
  if (!underRulesSince(state, 3)) return Refusals.appealWindowNeedsRulesVersion3();
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record the announcement of a protocol', 'föra in anslaget av ett protokoll');
  const latest = state.decisions[state.decisions.length - 1];
  // An återremiss prepares a new decision and is no decision to appeal; a rejection has ended the partnership.
  if (!latest || latest.seq !== command.decisionSeq || latest.outcome !== 'APPROVED') return Refusals.decisionNotLatest(command.decisionSeq);
  if (latest.announcedOn) return Refusals.announcementAlreadyRecorded();
  const approvedOn = command.protocolApprovedOn ?? latest.protocolApprovedOn;
  if (approvedOn && compareDates(approvedOn, latest.meetingDate) < 0) return Refusals.justeringBeforeMeeting();
  if (compareDates(command.announcedOn, approvedOn ?? latest.meetingDate) < 0) return Refusals.announcedBeforeJustering();
  if (approvedOn) latest.protocolApprovedOn = approvedOn;
  latest.announcedOn = command.announcedOn;
  latest.lastDayOfAppeal = lastDayOfAppeal(command.announcedOn);
  const step = log.add('PROTOCOL_ANNOUNCEMENT_RECORDED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  step.record = asStored({ decision: latest });
  return OK;
};
