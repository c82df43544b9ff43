import type { CommandContext } from '../kernel/context';
import { ProcessStep, StepLog } from '../kernel/step-log';
import { clone } from '../kernel/working-copy';
import type { Phase } from './phase';
import type { PoliticalDecision, Signature } from './state';
import type { StepAction } from './step-actions';

/** What a step records besides its evidence: the political decision it recorded, or the signature. */
export type StepTerms = { decision: PoliticalDecision } | { signature: Signature };

/** One entry of the partnership's timeline (StepRecord): what happened, who carried it, and at which level. */
export type StepRecord = ProcessStep<StepAction, Phase, StepTerms>;

export type PartnershipStepLog = StepLog<StepAction, Phase, StepTerms>;

export const stepLogOf = (state: { revision: number; phase: Phase }, ctx: CommandContext): PartnershipStepLog => new StepLog(state, ctx);

/**
 * A step's terms as the state is stored (JSON: an absent `reasons` is no key at all), and a copy, so that the
 * step hashed into the chain and the row written from the state hold the same thing.
 */
export const asStored = (terms: StepTerms): StepTerms => clone(terms);
