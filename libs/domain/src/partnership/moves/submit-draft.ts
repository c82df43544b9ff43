import { all, OK } from '../../kernel/checks';
import { responsibleOf } from '../../kernel/parties';
import { compareDates, isIsoDate } from '../../dates';
import { draftWarnings } from '../draft-rules';
import { requireActive, requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { acceptImplicitly, activeParties, othersThan } from '../parties';
import { Refusals } from '../refusals';
import type { DraftVersion } from '../state';
import { cancelTasks, openTask } from '../tasks';
import { checkYearlyAmounts } from '../yearly-contributions';

/** A new numbered version of the agreement text; every party is asked to review it, earlier reviews lapse. */
export const submitDraft: MoveHandler<'SUBMIT_DRAFT'> = ({ state, command, ctx, log, warnings }) => {
  const ok = all(requirePhase(state, 'DRAFTING'), requireActive(state, command.party));
  if (!ok.ok) return ok;
  if (!isIsoDate(command.startDate) || !isIsoDate(command.endDate) || compareDates(command.endDate, command.startDate) <= 0) {
    return Refusals.draftDates();
  }
  const yearly = checkYearlyAmounts(command);
  if (!yearly.ok) return yearly;
  const active = activeParties(state);
  const stranger = command.contributions.find((c) => !active.includes(c.party));
  if (stranger) return Refusals.contributionParty(stranger.party);
  acceptImplicitly(state, command.party, ctx.now);
  const { type: _type, party: _party, ...terms } = command;
  const draft: DraftVersion = {
    ...terms,
    version: state.drafts.length + 1,
    round: state.round.number,
    submittedBy: command.party,
    submittedAt: ctx.now,
    warnings: [],
    reviews: [],
  };
  draft.warnings = draftWarnings(state, draft);
  warnings.push(...draft.warnings);
  state.drafts.push(draft);
  cancelTasks(state, ctx.now, (t) => t.type === 'APPROVE_DRAFT');
  for (const p of active) openTask(state, 'APPROVE_DRAFT', p, ctx.now, String(draft.version));
  log.add('DRAFT_VERSION_SUBMITTED', responsibleOf(command.party), 'PARTNERSHIP', { informed: othersThan(state, command.party) });
  return OK;
};
