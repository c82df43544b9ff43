import { all, OK } from '../../kernel/checks';
import { responsibleOf } from '../../kernel/parties';
import { advanceWhenComplete } from '../completion';
import { draftApprovalRefusals, latestDraft } from '../draft-rules';
import { checkTask, requireActive, requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { acceptImplicitly, othersThan } from '../parties';
import { Refusals } from '../refusals';
import { completeTasks } from '../tasks';

/** A party approves the latest version or asks for changes; the last approval agrees the draft. */
export const reviewDraft: MoveHandler<'REVIEW_DRAFT'> = (move) => {
  const { state, command, ctx, log } = move;
  const ok = all(requirePhase(state, 'DRAFTING'), requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  const latest = latestDraft(state);
  const draft = state.drafts.find((d) => d.version === command.version && d.round === state.round.number);
  if (!draft || !latest) return Refusals.draftNotFound(command.version);
  if (draft.version !== latest.version) return Refusals.draftNotLatest(command.version, latest.version);
  if (command.decision === 'APPROVED') {
    if (draft.reviews.some((r) => r.party === command.party && r.decision === 'APPROVED')) return Refusals.alreadyReviewed();
    const blocking = draftApprovalRefusals(state, draft);
    if (blocking.length > 0) return { ok: false, refusal: blocking[0] };
  }
  acceptImplicitly(state, command.party, ctx.now);
  draft.reviews.push({ party: command.party, decision: command.decision, comment: command.comment, at: ctx.now });
  completeTasks(state, ctx.now, (t) => t.type === 'APPROVE_DRAFT' && t.addressedTo === command.party);
  const action = command.decision === 'APPROVED' ? 'DRAFT_VERSION_APPROVED' : 'DRAFT_CHANGES_REQUESTED';
  log.add(action, responsibleOf(command.party), 'CONSULTATION', { informed: othersThan(state, command.party), answered: [command.party] });
  advanceWhenComplete(move);
  return OK;
};
