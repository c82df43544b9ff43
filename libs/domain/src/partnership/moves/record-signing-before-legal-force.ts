import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { underRulesSince } from '../../kernel/rules-version';
import { advanceWhenComplete } from '../completion';
import { requirePhase } from '../guards';
import { approvingDecisionOfRound } from '../legal-force-gate';
import type { MoveHandler } from '../move';
import { activeOrganisations } from '../parties';
import { Refusals } from '../refusals';
import { asStored } from '../step-record';

/**
 * The parties' choice that the agreement enters into force at its last signature, before the decision has gained
 * legal force (rules version 4), recorded by the public party with the reason: a decision annulled on appeal then
 * takes the agreement with it. When everyone has signed already, the agreement enters into force with this move.
 */
export const recordSigningBeforeLegalForce: MoveHandler<'RECORD_SIGNING_BEFORE_LEGAL_FORCE'> = (move) => {
  const { state, command, ctx, log } = move;
  if (!underRulesSince(state, 4)) return Refusals.signingBeforeLegalForceNeedsRulesVersion4();
  if (command.party !== PUBLIC_PARTY) {
    return Refusals.publicPartyOnly('record signing before legal force', 'föra in undertecknande före laga kraft');
  }
  const decision = approvingDecisionOfRound(state);
  const inSignature = requirePhase(state, 'SIGNATURE');
  if (!inSignature.ok) return inSignature;
  if (!decision || decision.seq !== command.decisionSeq) return Refusals.decisionNotLatest(command.decisionSeq);
  if (decision.legalForceOn) return Refusals.decisionHasLegalForce();
  if (decision.signingBeforeLegalForce) return Refusals.signingBeforeLegalForceAlreadyRecorded();
  if (!command.reason?.trim()) return Refusals.signingBeforeLegalForceReasonRequired();
  decision.signingBeforeLegalForce = { reason: command.reason.trim(), recordedAt: ctx.now };
  const step = log.add('SIGNING_BEFORE_LEGAL_FORCE_RECORDED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  step.record = asStored({ decision });
  advanceWhenComplete(move);
  return OK;
};
