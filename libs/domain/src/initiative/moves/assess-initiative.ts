import { OK } from '../../kernel/checks';
import type { InitiativeMoveHandler } from '../move';
import { InitiativeRefusals } from '../refusals';
import type { InitiativeCriterionAssessment } from '../state';
import { CRITERION_ASSESSMENTS, SKR_CRITERIA } from '../../legal-frame/skr-criteria';

/**
 * The public party's officer assesses criteria of SKR's list, each met, not met or unclear with a comment; several
 * at once or one at a time, and a criterion assessed again replaces its earlier assessment (until the decision).
 */
export const assessInitiative: InitiativeMoveHandler<'ASSESS_INITIATIVE'> = ({ state, command, ctx, log }) => {
  if (!Array.isArray(command.assessments) || command.assessments.length === 0) return InitiativeRefusals.textRequired('assessments');
  const seen = new Set<string>();
  for (const [i, a] of command.assessments.entries()) {
    if (!SKR_CRITERIA.includes(a.criterion)) return InitiativeRefusals.valueNotAllowed(`assessments.${i}.criterion`, SKR_CRITERIA);
    if (seen.has(a.criterion)) return InitiativeRefusals.valueRepeated(`assessments.${i}.criterion`);
    seen.add(a.criterion);
    if (!CRITERION_ASSESSMENTS.includes(a.verdict)) return InitiativeRefusals.valueNotAllowed(`assessments.${i}.verdict`, CRITERION_ASSESSMENTS);
    if (!a.comment?.trim()) return InitiativeRefusals.textRequired(`assessments.${i}.comment`);
  }
  const byCriterion = new Map(state.assessments.map((a) => [a.criterion, a]));
  for (const a of command.assessments) {
    const assessed: InitiativeCriterionAssessment = {
      criterion: a.criterion,
      verdict: a.verdict,
      comment: a.comment,
      assessedBy: ctx.actor,
      assessedAt: ctx.now,
    };
    byCriterion.set(a.criterion, assessed);
  }
  state.assessments = SKR_CRITERIA.filter((c) => byCriterion.has(c)).map((c) => byCriterion.get(c)!);
  state.status = 'ASSESSING';
  const step = log.add('INITIATIVE_ASSESSED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: [state.organisation.organisationNumber] });
  step.record = { assessments: command.assessments.map((a) => ({ criterion: a.criterion, verdict: a.verdict, comment: a.comment })) };
  return OK;
};
