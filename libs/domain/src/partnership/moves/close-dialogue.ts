import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { underRulesSince } from '../../kernel/rules-version';
import { requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { activeOrganisations } from '../parties';
import { Refusals } from '../refusals';
import type { MeetingAttendance } from '../state';
import { attendingParties } from '../storable';
import { cancelTasks } from '../tasks';

/** The public party closes the dialogue once a shared goal (and, since version 3, why IOP) is recorded; drafting begins. */
export const closeDialogue: MoveHandler<'CLOSE_DIALOGUE'> = ({ state, command, ctx, log }) => {
  const ok = requirePhase(state, 'DIALOGUE');
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('close the dialogue', 'avsluta dialogen');
  if (!state.dialogue.sharedGoal) return Refusals.sharedGoalMissing();
  // Since version 3 drafting starts only once the public party has recorded why this is an IOP and not a purchase
  // or a grant: an IOP that is really a purchase is an unlawful direct award (domain.md §6).
  if (underRulesSince(state, 3) && !state.legalBasis?.length) return Refusals.legalBasisMissing();
  state.dialogue.closedAt = ctx.now;
  cancelTasks(state, ctx.now, (t) => t.type === 'GIVE_INPUT');
  // The phase as a whole reached what its meetings and written inputs show; since version 2 a meeting counts the
  // same attendance as its own step did, where version 1 counted every party listed, named or not.
  const attendedBy = underRulesSince(state, 2) ? attendingParties : (attendees: MeetingAttendance[]) => attendees.map((a) => a.party);
  log.add('DIALOGUE_CLOSED', { kind: 'PUBLIC' }, 'DIALOGUE', {
    informed: activeOrganisations(state),
    answered: [...new Set(state.dialogue.inputs.map((i) => i.party))],
    meetings: state.dialogue.meetings.filter((m) => m.purpose === 'DIALOGUE').map((m) => ({ attendedBy: attendedBy(m.attendees) })),
  });
  state.phase = 'DRAFTING';
  return OK;
};
