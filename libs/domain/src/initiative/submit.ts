import type { CommandContext } from '../kernel/context';
import { PUBLIC_PARTY } from '../kernel/parties';
import { accept, RuleResult } from '../kernel/refusal';
import { raiseTask } from '../kernel/tasks';
import { parseOrganisationNumber } from '../organisation-number';
import { firstUnstorableText } from '../text';
import type { NewInitiative } from './commands';
import type { InitiativeOutcome } from './move';
import { InitiativeRefusals } from './refusals';
import { assertKnownInitiativeRulesVersion, CURRENT_INITIATIVE_RULES_VERSION } from './rules-version';
import type { InitiativeState } from './state';
import { initiativeStepLog } from './step-record';
import { INITIATIVE_ASSESSMENT_DAYS } from './vocabulary';

const REQUIRED_TEXTS = ['title', 'challenge', 'targetGroup', 'contribution'] as const;

/**
 * An organisation's representative submits an initiative to a public party: the organisation carries the step
 * (its own initiative), the public party is told of it and asked to assess it. That the organisation is the
 * representative's own is the API's check (the guard knows the representative); the rules check the content.
 */
export function submitInitiative(
  initiativeId: string,
  initiative: NewInitiative,
  ctx: CommandContext,
  rulesVersion: number = CURRENT_INITIATIVE_RULES_VERSION,
): RuleResult<InitiativeOutcome> {
  assertKnownInitiativeRulesVersion(rulesVersion);
  const text = firstUnstorableText(initiative);
  if (text) return InitiativeRefusals.textNotStorable(text.path, text.problem);
  for (const field of REQUIRED_TEXTS) if (!initiative[field]?.trim()) return InitiativeRefusals.textRequired(field);
  if (!initiative.publicParty?.name?.trim()) return InitiativeRefusals.textRequired('publicParty.name');
  if (!initiative.organisation?.name?.trim()) return InitiativeRefusals.textRequired('organisation.name');
  const number = parseOrganisationNumber(initiative.organisation.organisationNumber ?? '');
  if (!number.ok) return { ok: false, refusal: { ...number.refusal, field: 'organisation.organisationNumber' } };
  const state: InitiativeState = {
    initiativeId,
    rulesVersion,
    revision: 0,
    status: 'SUBMITTED',
    title: initiative.title.trim(),
    challenge: initiative.challenge,
    targetGroup: initiative.targetGroup,
    contribution: initiative.contribution,
    publicParty: { name: initiative.publicParty.name.trim() },
    organisation: { name: initiative.organisation.name.trim(), organisationNumber: number.value },
    submittedAt: ctx.now,
    submittedBy: ctx.actor,
    assessments: [],
    tasks: [],
    counters: { task: 0 },
  };
  raiseTask(state, 'ASSESS_INITIATIVE', PUBLIC_PARTY, ctx.now, INITIATIVE_ASSESSMENT_DAYS);
  const log = initiativeStepLog(state, ctx);
  const step = log.add('INITIATIVE_SUBMITTED', { kind: 'ORGANISATION', organisationNumber: number.value }, 'INFORMATION', {
    informed: [PUBLIC_PARTY],
    initiatedByOrganisation: true,
  });
  step.record = { title: state.title, publicParty: state.publicParty, organisation: state.organisation };
  return accept({ state, steps: log.steps });
}
