import type { CommandContext } from './context';
import type { ResponsibleParty } from './parties';
import { deriveReachedLevel, ParticipationLevel, StepEvidence } from './participation-level';

/**
 * One entry of a process's timeline: what happened, who carried it, and at which level. Generic over the process
 * kind's actions, phases and the terms a step may record.
 */
export interface ProcessStep<Action extends string, PhaseName extends string, Terms = never> {
  /** Unique within the process; makes writing the record idempotent. */
  stepKey: string;
  phase: PhaseName;
  action: Action;
  responsible: ResponsibleParty;
  /** Null under rules that aim per phase when the phase has no level chosen (see phase-level.ts). */
  levelAimedFor: ParticipationLevel | null;
  levelReached: ParticipationLevel | null;
  actor: string;
  occurredAt: string;
  evidence: StepEvidence;
  /** The terms the step recorded, exactly as the state stores them, so that the hash chain covers them too. */
  record?: Terms;
}

/** What the step log reads of the working copy: read at each step, since a move may change the phase midway. */
export interface StepLogState<PhaseName extends string> {
  revision: number;
  phase: PhaseName;
}

/**
 * Where the level a step aims for is chosen per phase, the phase's choice (null: none) in place of the level its
 * kind of step aims for; read when each step is added, so a choice made by the same move counts.
 */
export type AimOfPhase<PhaseName extends string> = (phase: PhaseName) => ParticipationLevel | null;

/** Builds the steps of one move; keys are unique per process because each move raises the revision. */
export class StepLog<Action extends string, PhaseName extends string, Terms = never> {
  readonly steps: ProcessStep<Action, PhaseName, Terms>[] = [];
  constructor(
    private readonly state: StepLogState<PhaseName>,
    private readonly ctx: CommandContext,
    private readonly phaseAim?: AimOfPhase<PhaseName>,
  ) {}

  /** `phase` names the phase the step belongs to where it is not the current one (a step on the way out). */
  add(
    action: Action,
    responsible: ResponsibleParty,
    levelAimedFor: ParticipationLevel,
    evidence: StepEvidence,
    phase?: PhaseName,
  ): ProcessStep<Action, PhaseName, Terms> {
    const stepPhase = phase ?? this.state.phase;
    const step: ProcessStep<Action, PhaseName, Terms> = {
      stepKey: `${this.state.revision}.${this.steps.length + 1}.${action}`,
      phase: stepPhase,
      action,
      responsible,
      levelAimedFor: this.phaseAim ? this.phaseAim(stepPhase) : levelAimedFor,
      levelReached: deriveReachedLevel(evidence),
      actor: this.ctx.actor,
      occurredAt: this.ctx.now,
      evidence,
    };
    this.steps.push(step);
    return step;
  }
}
