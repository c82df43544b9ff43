import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { firstRefusal, requireDay, requireText, requireWholeNumber } from '../field-checks';
import { requireInForce, requirePublic } from '../guards';
import { frameworkParties } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import type { ActionPlan } from '../state';
import { asStored } from '../step-record';
import { versionInForce } from '../versions';

/**
 * The year's action plan (handlingsplan): actions under the development areas of the version in force, each with
 * who is responsible and a due date, numbered `<year>-<n>`. Setting a year's plan again replaces it.
 */
export const setActionPlan: FrameworkMoveHandler<'SET_ACTION_PLAN'> = ({ state, command, ctx, log }) => {
  const party = requirePublic(command.party, 'set the action plan', 'fastställa handlingsplanen');
  if (!party.ok) return party;
  const inForce = requireInForce(state);
  if (!inForce.ok) return inForce;
  const version = versionInForce(state)!;
  const ok = firstRefusal(
    () => requireWholeNumber(command.year, 1900, 2199, 'year'),
    () => (Array.isArray(command.actions) && command.actions.length > 0 ? OK : FrameworkRefusals.actionsRequired()),
    () => {
      for (const [i, action] of command.actions.entries()) {
        const field = `actions.${i}`;
        if (!version.developmentAreas.includes(action?.developmentArea)) {
          return FrameworkRefusals.developmentAreaNotInFramework(`${field}.developmentArea`, String(action?.developmentArea), version.version);
        }
        const rest = firstRefusal(
          () => requireText(action.description, `${field}.description`),
          () => requireText(action.responsible, `${field}.responsible`),
          () => requireDay(action.dueDate, `${field}.dueDate`),
        );
        if (!rest.ok) return rest;
      }
      return OK;
    },
  );
  if (!ok.ok) return ok;
  const plan: ActionPlan = {
    year: command.year,
    actions: command.actions.map((a, i) => ({
      id: `${command.year}-${i + 1}`,
      developmentArea: a.developmentArea,
      description: a.description.trim(),
      responsible: a.responsible.trim(),
      dueDate: a.dueDate,
    })),
    setAt: ctx.now,
  };
  state.actionPlans = [...state.actionPlans.filter((p) => p.year !== command.year), plan].sort((a, b) => a.year - b.year);
  const step = log.add('ACTION_PLAN_SET', { kind: 'PUBLIC' }, 'INFORMATION', { informed: frameworkParties(state).filter((p) => p !== PUBLIC_PARTY) });
  step.record = asStored({ plan });
  return OK;
};
