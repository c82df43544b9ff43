import { OK, type Check } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { FORUM_KEYS } from '../../legal-frame/forum-keys';
import type { LegalBasisTerms } from '../../legal-frame/legal-basis';
import { CRITERION_ASSESSMENTS, SKR_CRITERIA } from '../../legal-frame/skr-criteria';
import { requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { activeOrganisations } from '../parties';
import { Refusals } from '../refusals';

const filled = (text: unknown): boolean => typeof text === 'string' && text.trim() !== '';

/** Every criterion assessed with a comment, every key with how it is met, and a conclusion: or the first field missing. */
export function checkLegalBasisTerms(terms: LegalBasisTerms): Check {
  for (const criterion of SKR_CRITERIA) {
    const finding = terms.criteria?.[criterion];
    if (!(CRITERION_ASSESSMENTS as readonly string[]).includes(finding?.assessment ?? ''))
      return Refusals.legalBasisIncomplete(`criteria.${criterion}.assessment`);
    if (!filled(finding.comment)) return Refusals.legalBasisIncomplete(`criteria.${criterion}.comment`);
  }
  for (const key of FORUM_KEYS) if (!filled(terms.forumKeys?.[key])) return Refusals.legalBasisIncomplete(`forumKeys.${key}`);
  return filled(terms.conclusion) ? OK : Refusals.legalBasisIncomplete('conclusion');
}

/**
 * The public party's officer records why this is an IOP and not a procurement or a grant (LegalBasisAssessment),
 * from the problem definition until the political decision, where the decision-makers read it. Recorded again, the
 * new version is the one in force; the earlier ones stay in the state and on the timeline for the auditor.
 */
export const recordLegalBasis: MoveHandler<'RECORD_LEGAL_BASIS'> = ({ state, command, ctx, log }) => {
  const ok = requirePhase(state, 'PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'POLITICAL_APPROVAL');
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record the assessment of why IOP', 'föra in bedömningen av varför IOP');
  const complete = checkLegalBasisTerms(command);
  if (!complete.ok) return complete;
  const versions = state.legalBasis ?? [];
  // Only the terms: a client's extra keys never reach the state.
  const criteria = Object.fromEntries(
    SKR_CRITERIA.map((c) => [c, { assessment: command.criteria[c].assessment, comment: command.criteria[c].comment }]),
  ) as LegalBasisTerms['criteria'];
  const forumKeys = Object.fromEntries(FORUM_KEYS.map((k) => [k, command.forumKeys[k]])) as LegalBasisTerms['forumKeys'];
  state.legalBasis = [
    ...versions,
    { version: versions.length + 1, criteria, forumKeys, conclusion: command.conclusion, recordedBy: command.party, recordedAt: ctx.now },
  ];
  log.add('LEGAL_BASIS_RECORDED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  return OK;
};
