import type { CommandContext } from '../kernel/context';
import { ProcessStep, StepLog } from '../kernel/step-log';
import { underRulesSince } from '../kernel/rules-version';
import { clone } from '../kernel/working-copy';
import type { Phase } from './phase';
import type { PartnershipState, PoliticalDecision, Signature } from './state';
import type { StepAction } from './step-actions';

/** What a step records besides its evidence: the political decision it recorded, or the signature. */
export type StepTerms = { decision: PoliticalDecision } | { signature: Signature };

/** One entry of the partnership's timeline (StepRecord): what happened, who carried it, and at which level. */
export type StepRecord = ProcessStep<StepAction, Phase, StepTerms>;

export type PartnershipStepLog = StepLog<StepAction, Phase, StepTerms>;

/**
 * The step log of a move on the working copy. Under rules version 3 a step aims for the level chosen for its phase
 * (PROPOSE_PHASE_LEVELS), none when none was chosen; versions 1 and 2 keep the level each kind of step aims for.
 */
export const stepLogOf = (
  state: Pick<PartnershipState, 'revision' | 'phase' | 'rulesVersion' | 'phaseLevels'>,
  ctx: CommandContext,
): PartnershipStepLog =>
  new StepLog<StepAction, Phase, StepTerms>(state, ctx, underRulesSince(state, 3) ? (phase) => state.phaseLevels?.[phase]?.level ?? null : undefined);

/**
 * A step's terms as the state is stored (JSON: an absent `reasons` is no key at all), and a copy, so that the
 * step hashed into the chain and the row written from the state hold the same thing.
 */
export const asStored = (terms: StepTerms): StepTerms => clone(terms);
