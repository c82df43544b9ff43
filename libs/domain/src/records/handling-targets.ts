import type { FrameworkState } from '../framework/state';
import type { PartnershipState } from '../partnership/state';
import type { HandlingTarget } from './vocabulary';

/** The numbers a handling may name as its `targetSeq`, per kind of target other than the case itself. */
export type HandlingTargetNumbers = Record<Exclude<HandlingTarget, 'PROCESS'>, number[]>;

/**
 * What in a partnership a handling may belong to: a political decision by its number in the case (`seq`), a
 * yearly follow-up by its place among the follow-ups raised (1 for the first; they are raised in order and never
 * removed, so the number stays).
 */
export function partnershipTargets(state: Pick<PartnershipState, 'decisions' | 'followUps'>): HandlingTargetNumbers {
  return { DECISION: state.decisions.map((d) => d.seq), FOLLOW_UP: state.followUps.map((_, i) => i + 1) };
}

/**
 * What in a framework agreement a handling may belong to: a decision by its place among every decision taken on it
 * (its versions' decisions and its reviews, in the order they were recorded: a framework numbers none of them), a
 * yearly follow-up conference by its own number.
 */
export function frameworkTargets(state: Pick<FrameworkState, 'versions' | 'reviews' | 'conferences'>): HandlingTargetNumbers {
  const decisions = [...state.versions.flatMap((v) => v.decisions), ...state.reviews];
  return { DECISION: decisions.map((_, i) => i + 1), FOLLOW_UP: state.conferences.map((c) => c.id) };
}
