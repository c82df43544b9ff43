import { OK, type Check } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { isDeMinimis, STATE_AID_CONCLUSIONS, type StateAidTerms } from '../../legal-frame/state-aid';
import { requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { activeOrganisations } from '../parties';
import { Refusals } from '../refusals';
import type { PartnershipState } from '../state';
import { cancelTasks, openTask } from '../tasks';

const filled = (text: unknown): text is string => typeof text === 'string' && text.trim() !== '';

/** The terms as the conclusion needs them (a reference, a legal basis, the aid per organisation), or the first field wrong. */
export function checkStateAidTerms(state: PartnershipState, terms: StateAidTerms): Check {
  if (!(STATE_AID_CONCLUSIONS as readonly string[]).includes(terms.conclusion))
    return Refusals.stateAidIncomplete(
      'conclusion',
      `must be one of ${STATE_AID_CONCLUSIONS.join(', ')}`,
      `ska vara en av ${STATE_AID_CONCLUSIONS.join(', ')}`,
    );
  if (!filled(terms.reasons)) return Refusals.stateAidIncomplete('reasons', 'the reasons must be given', 'skälen ska anges');
  if (terms.conclusion === 'SGEI_ENTRUSTMENT' && !filled(terms.entrustmentReference))
    return Refusals.stateAidIncomplete(
      'entrustmentReference',
      "an SGEI entrustment needs the act's reference",
      'en överlåtelse av SGEI kräver överlåtelseaktens referens',
    );
  if (terms.conclusion === 'OTHER' && !filled(terms.otherLegalBasis))
    return Refusals.stateAidIncomplete('otherLegalBasis', 'another legal basis must be named', 'den andra rättsliga grunden ska anges');
  if (!isDeMinimis(terms.conclusion)) return OK;
  const aid = terms.aid ?? [];
  if (aid.length === 0)
    return Refusals.stateAidIncomplete('aid', 'de minimis needs the aid per organisation', 'stöd av mindre betydelse kräver stödet per organisation');
  const organisations = activeOrganisations(state);
  const seen = new Set<string>();
  for (const [i, a] of aid.entries()) {
    if (!organisations.includes(a.organisationNumber) || seen.has(a.organisationNumber))
      return Refusals.stateAidIncomplete(
        `aid.${i}.organisationNumber`,
        'must name an organisation of this partnership, once',
        'ska ange en organisation i partnerskapet, en gång',
      );
    if (!Number.isInteger(a.amountSek) || a.amountSek <= 0)
      return Refusals.stateAidIncomplete(`aid.${i}.amountSek`, 'must be a whole number of kronor above 0', 'ska vara ett helt antal kronor över 0');
    seen.add(a.organisationNumber);
  }
  return OK;
}

/**
 * The public party's officer records whether the partnership's money is state aid and on what basis
 * (StateAidAssessment), from the problem definition until the political decision. A de minimis conclusion names the
 * aid per organisation; each organisation named is asked to declare its other de minimis aid (DECLARE_DE_MINIMIS_AID),
 * unless it already has. Recorded again, the new version is in force; the earlier stay in the state and on the timeline.
 */
export const recordStateAidAssessment: MoveHandler<'RECORD_STATE_AID_ASSESSMENT'> = ({ state, command, ctx, log }) => {
  const ok = requirePhase(state, 'PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'POLITICAL_APPROVAL');
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record the state aid assessment', 'föra in statsstödsbedömningen');
  const valid = checkStateAidTerms(state, command);
  if (!valid.ok) return valid;
  const deMinimis = isDeMinimis(command.conclusion);
  // Only the terms the conclusion uses: a client's extra keys never reach the state.
  const aid = deMinimis ? command.aid!.map((a) => ({ organisationNumber: a.organisationNumber, amountSek: a.amountSek })) : undefined;
  const versions = state.stateAid ?? [];
  state.stateAid = [
    ...versions,
    {
      version: versions.length + 1,
      conclusion: command.conclusion,
      reasons: command.reasons,
      ...(command.conclusion === 'SGEI_ENTRUSTMENT' ? { entrustmentReference: command.entrustmentReference } : {}),
      ...(command.conclusion === 'OTHER' ? { otherLegalBasis: command.otherLegalBasis } : {}),
      ...(aid ? { aid } : {}),
      recordedBy: command.party,
      recordedAt: ctx.now,
    },
  ];
  const named = new Set((aid ?? []).map((a) => a.organisationNumber));
  cancelTasks(state, ctx.now, (t) => t.type === 'DECLARE_DE_MINIMIS_AID' && !named.has(t.addressedTo));
  const declared = new Set((state.deMinimisDeclarations ?? []).map((d) => d.organisationNumber));
  const asked = new Set(state.tasks.filter((t) => t.type === 'DECLARE_DE_MINIMIS_AID' && t.status === 'OPEN').map((t) => t.addressedTo));
  for (const organisation of named)
    if (!declared.has(organisation) && !asked.has(organisation)) openTask(state, 'DECLARE_DE_MINIMIS_AID', organisation, ctx.now);
  log.add('STATE_AID_ASSESSED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  return OK;
};
