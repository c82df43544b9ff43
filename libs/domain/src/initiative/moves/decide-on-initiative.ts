import { OK } from '../../kernel/checks';
import { closeTasks } from '../../kernel/tasks';
import type { InitiativeMoveHandler } from '../move';
import { InitiativeRefusals } from '../refusals';
import type { InitiativeDecision } from '../state';
import { SKR_CRITERIA } from '../../legal-frame/skr-criteria';
import { INITIATIVE_DECISION_ACTIONS, INITIATIVE_OUTCOMES, OTHER_FORMS } from '../vocabulary';

/**
 * The public party decides once every criterion is assessed: it opens an IOP process (the API opens it with the
 * organisation responsible for its opening step, under the id the decision records), proposes another form (grant
 * or procurement) with the reason, or declines with the reason. The organisation is told of the outcome.
 */
export const decideOnInitiative: InitiativeMoveHandler<'DECIDE_ON_INITIATIVE'> = ({ state, command, ctx, log }) => {
  if (!INITIATIVE_OUTCOMES.includes(command.outcome)) return InitiativeRefusals.valueNotAllowed('outcome', INITIATIVE_OUTCOMES);
  const missing = SKR_CRITERIA.filter((c) => !state.assessments.some((a) => a.criterion === c));
  if (missing.length > 0) return InitiativeRefusals.criteriaNotAssessed(missing);
  const decision: InitiativeDecision = { outcome: command.outcome, decidedBy: ctx.actor, decidedAt: ctx.now };
  if (command.outcome === 'OPEN_PARTNERSHIP') {
    const terms = command.partnership;
    if (!terms?.partnershipId) return InitiativeRefusals.partnershipTermsRequired('partnership');
    if (!terms.title?.trim()) return InitiativeRefusals.partnershipTermsRequired('partnership.title');
    if (!Array.isArray(terms.goals) || terms.goals.length === 0 || terms.goals.some((g) => !g?.trim()))
      return InitiativeRefusals.partnershipTermsRequired('partnership.goals');
    decision.partnershipId = terms.partnershipId;
    decision.partnershipTitle = terms.title.trim();
    decision.partnershipGoals = [...terms.goals];
  } else {
    if (command.outcome === 'OTHER_FORM') {
      if (!command.otherForm || !OTHER_FORMS.includes(command.otherForm)) return InitiativeRefusals.otherFormRequired(OTHER_FORMS);
      decision.otherForm = command.otherForm;
    }
    if (!command.reason?.trim()) return InitiativeRefusals.reasonRequired();
    decision.reason = command.reason;
  }
  state.decision = decision;
  state.status = 'DECIDED';
  closeTasks(state, 'DONE', ctx.now, (t) => t.type === 'ASSESS_INITIATIVE');
  const organisation = state.organisation.organisationNumber;
  const step = log.add(INITIATIVE_DECISION_ACTIONS[command.outcome], { kind: 'PUBLIC' }, 'INFORMATION', {
    informed: [organisation],
    initiatedByOrganisation: true,
  });
  const { decidedBy: _by, decidedAt: _at, ...recorded } = decision;
  step.record = recorded;
  return OK;
};
