import type { Check } from '../kernel/checks';
import { OK } from '../kernel/checks';
import type { DecisionTerms } from '../partnership/state';
import { DECISION_OUTCOMES } from '../partnership/vocabulary';
import { firstRefusal, requireOneOf, requireText } from './field-checks';
import { FrameworkRefusals } from './refusals';
import type { FrameworkDecision } from './state';

/**
 * A political decision's rules, as for a partnership's: a known outcome, a diarienummer, reasons for a return
 * (återremiss) or a rejection; and, since the decision is recorded after the meeting, no date in the future.
 */
export function checkDecisionTerms(terms: DecisionTerms, today: string): Check {
  return firstRefusal(
    () => requireOneOf(terms.outcome, DECISION_OUTCOMES, 'outcome'),
    () => requireText(terms.body, 'body'),
    () => (terms.diarienummer?.trim() ? OK : FrameworkRefusals.diarienummerRequired()),
    () => requireText(terms.paragraph, 'paragraph'),
    () => (terms.outcome !== 'APPROVED' && !terms.reasons?.trim() ? FrameworkRefusals.reasonsRequired() : OK),
    () => (terms.meetingDate > today ? FrameworkRefusals.decisionInFuture() : OK),
  );
}

/** The decision as the framework stores it: trimmed, with `reasons` only when given. */
export function recordedDecision(terms: DecisionTerms, now: string): FrameworkDecision {
  const decision: FrameworkDecision = {
    body: terms.body.trim(),
    meetingDate: terms.meetingDate,
    diarienummer: terms.diarienummer.trim(),
    paragraph: terms.paragraph.trim(),
    outcome: terms.outcome,
    recordedAt: now,
  };
  if (terms.reasons?.trim()) decision.reasons = terms.reasons.trim();
  return decision;
}
