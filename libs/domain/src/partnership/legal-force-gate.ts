import { underRulesSince } from '../kernel/rules-version';
import type { PartnershipState, PoliticalDecision } from './state';

/** The approving decision the current round's signatures rest on: the latest decision of the round, if it approved. */
export function approvingDecisionOfRound(state: PartnershipState): PoliticalDecision | undefined {
  const ofRound = state.decisions.filter((d) => d.round === state.round.number);
  const latest = ofRound[ofRound.length - 1];
  return latest?.outcome === 'APPROVED' ? latest : undefined;
}

/**
 * Rules version 4: the agreement enters into force only once its approving decision has gained legal force (laga
 * kraft), unless the parties recorded that they sign before it. Until then the last signature leaves the partnership
 * in SIGNATURE, signed and waiting; a decision without its anslag has no window yet, so it waits for that too.
 */
export function awaitsLegalForce(state: PartnershipState): boolean {
  if (!underRulesSince(state, 4)) return false;
  const decision = approvingDecisionOfRound(state);
  return !!decision && !decision.legalForceOn && !decision.signingBeforeLegalForce;
}
