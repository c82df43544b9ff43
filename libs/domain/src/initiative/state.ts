import type { VersionedState } from '../kernel/rules-version';
import type { ProcessTask } from '../kernel/tasks';
import type { CriterionVerdict, SkrCriterion, InitiativeOutcome, InitiativeStatus, InitiativeTaskType, OtherForm } from './vocabulary';

export interface InitiativeCriterionAssessment {
  criterion: SkrCriterion;
  verdict: CriterionVerdict;
  comment: string;
  assessedBy: string;
  assessedAt: string;
}

export interface InitiativeDecision {
  outcome: InitiativeOutcome;
  otherForm?: OtherForm;
  reason?: string;
  decidedBy: string;
  decidedAt: string;
  /** The IOP process the decision opened (OPEN_PARTNERSHIP): the initiative's link to it. */
  partnershipId?: string;
  partnershipTitle?: string;
  /** The goals of the problem definition proposed with its opening (challenge and target group are the initiative's). */
  partnershipGoals?: string[];
}

/** One initiative from an organisation (IOP-initiativ), from its submission to the public party's decision. */
export interface InitiativeState extends VersionedState {
  initiativeId: string;
  revision: number;
  status: InitiativeStatus;
  title: string;
  challenge: string;
  targetGroup: string;
  contribution: string;
  publicParty: { name: string };
  organisation: { name: string; organisationNumber: string };
  submittedAt: string;
  submittedBy: string;
  /** The latest assessment of each criterion assessed, in SKR_CRITERIA's order. */
  assessments: InitiativeCriterionAssessment[];
  decision?: InitiativeDecision;
  tasks: ProcessTask<InitiativeTaskType>[];
  counters: { task: number };
}
