import { all, OK, type Check } from '../../kernel/checks';
import { PUBLIC_PARTY, responsibleOf } from '../../kernel/parties';
import { AID_CURRENCIES, type DeMinimisDeclarationTerms } from '../../legal-frame/state-aid';
import { isCalendarDay } from '../../dates';
import { checkTask, requireActive } from '../guards';
import type { MoveHandler } from '../move';
import { Refusals } from '../refusals';
import { completeTasks } from '../tasks';

const filled = (text: unknown): text is string => typeof text === 'string' && text.trim() !== '';

/** "None" and no aid, or each aid with its granting body, date, amount and currency: or the first field wrong. */
export function checkDeclarationTerms(terms: DeMinimisDeclarationTerms, today: string): Check {
  const aids = terms.aids ?? [];
  if (terms.none && aids.length > 0)
    return Refusals.deMinimisDeclarationIncomplete('aids', 'must be empty when none is declared', 'ska vara tom när inget stöd försäkras');
  if (!terms.none && aids.length === 0)
    return Refusals.deMinimisDeclarationIncomplete(
      'aids',
      'name each other aid, or declare none',
      'ange varje annat stöd, eller försäkra att inget finns',
    );
  for (const [i, aid] of aids.entries()) {
    if (!filled(aid.grantingBody))
      return Refusals.deMinimisDeclarationIncomplete(
        `aids.${i}.grantingBody`,
        'the granting body must be named',
        'den stödgivande myndigheten ska anges',
      );
    if (!isCalendarDay(aid.grantedOn) || aid.grantedOn > today)
      return Refusals.deMinimisDeclarationIncomplete(
        `aids.${i}.grantedOn`,
        'must be a date (YYYY-MM-DD), not in the future',
        'ska vara ett datum (ÅÅÅÅ-MM-DD), inte i framtiden',
      );
    if (typeof aid.amount !== 'number' || !(aid.amount > 0))
      return Refusals.deMinimisDeclarationIncomplete(`aids.${i}.amount`, 'must be above 0', 'ska vara över 0');
    if (!(AID_CURRENCIES as readonly string[]).includes(aid.currency))
      return Refusals.deMinimisDeclarationIncomplete(
        `aids.${i}.currency`,
        `must be one of ${AID_CURRENCIES.join(', ')}`,
        `ska vara en av ${AID_CURRENCIES.join(', ')}`,
      );
  }
  return OK;
}

/**
 * An organisation named in a de minimis assessment declares the other de minimis aid it received over the last three
 * years (försäkran om stöd av mindre betydelse), or none. Declared again, the new declaration replaces the old.
 * The ledger reads it with the aid of every partnership.
 */
export const declareDeMinimisAid: MoveHandler<'DECLARE_DE_MINIMIS_AID'> = ({ state, command, ctx, log }) => {
  if (command.party === PUBLIC_PARTY)
    return Refusals.organisationOnly('declare its other de minimis aid', 'försäkra sitt andra stöd av mindre betydelse');
  const ok = all(requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  const inForce = state.stateAid?.[state.stateAid.length - 1];
  if (!inForce?.aid?.some((a) => a.organisationNumber === command.party)) return Refusals.deMinimisDeclarationNotAsked();
  const valid = checkDeclarationTerms(command, ctx.now.slice(0, 10));
  if (!valid.ok) return valid;
  const aids = (command.aids ?? []).map((a) => ({ grantingBody: a.grantingBody, grantedOn: a.grantedOn, amount: a.amount, currency: a.currency }));
  state.deMinimisDeclarations = [
    ...(state.deMinimisDeclarations ?? []).filter((d) => d.organisationNumber !== command.party),
    { organisationNumber: command.party, none: command.none, aids, declaredAt: ctx.now },
  ];
  completeTasks(state, ctx.now, (t) => t.type === 'DECLARE_DE_MINIMIS_AID' && t.addressedTo === command.party);
  log.add('DE_MINIMIS_AID_DECLARED', responsibleOf(command.party), 'INFORMATION', { answered: [command.party] });
  return OK;
};
