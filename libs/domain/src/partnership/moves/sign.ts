import { all, OK } from '../../kernel/checks';
import { responsibleOf } from '../../kernel/parties';
import { advanceWhenComplete } from '../completion';
import { underRulesSince } from '../../kernel/rules-version';
import { latestDraft } from '../draft-rules';
import { approvingDecisionOfRound } from '../legal-force-gate';
import { checkTask, requireActive, requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { acceptImplicitly, othersThan } from '../parties';
import type { Phase } from '../phase';
import { Refusals } from '../refusals';
import type { Signature } from '../state';
import { asStored } from '../step-record';
import { completeTasks } from '../tasks';
import { checkSignedDocument } from '../agreement-document';

const BEFORE_APPROVAL: readonly Phase[] = ['PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'POLITICAL_APPROVAL'];

/** A party signs the politically approved version (undertecknande); the last signature puts the agreement in force. */
export const sign: MoveHandler<'SIGN'> = (move) => {
  const { state, command, ctx, log } = move;
  if (BEFORE_APPROVAL.includes(state.phase)) return Refusals.signingBeforeApproval();
  const ok = all(requirePhase(state, 'SIGNATURE'), requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  if (state.signatures.some((s) => s.round === state.round.number && s.party === command.party)) return Refusals.alreadySigned();
  const decision = approvingDecisionOfRound(state);
  // Rules version 5: a party signs the agreement document the decision approved, named by its SHA-256.
  const v5 = underRulesSince(state, 5);
  if (v5) {
    const signed = checkSignedDocument(decision, command.documentSha256);
    if (!signed.ok) return signed;
  }
  const draft = latestDraft(state)!;
  acceptImplicitly(state, command.party, ctx.now);
  const signature: Signature = {
    round: state.round.number,
    draftVersion: draft.version,
    party: command.party,
    signatoryName: command.signatoryName,
    signedAt: ctx.now,
  };
  // Since rules version 3 a decision can be annulled and made again in the same round: name the one signed on.
  if (underRulesSince(state, 3) && decision) signature.decisionSeq = decision.seq;
  if (v5) signature.documentSha256 = command.documentSha256!.toLowerCase();
  state.signatures.push(signature);
  completeTasks(state, ctx.now, (t) => t.type === 'SIGN' && t.addressedTo === command.party);
  const step = log.add('SIGNED', responsibleOf(command.party), 'PARTNERSHIP', {
    informed: othersThan(state, command.party),
    answered: [command.party],
  });
  step.record = asStored({ signature });
  advanceWhenComplete(move);
  return OK;
};
