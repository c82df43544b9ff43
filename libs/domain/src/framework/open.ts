import type { CommandContext } from '../kernel/context';
import { PUBLIC_PARTY } from '../kernel/parties';
import { accept, RuleResult } from '../kernel/refusal';
import { parseOrganisationNumber } from '../organisation-number';
import { firstUnstorableText } from '../text';
import type { NewFramework } from './commands';
import { firstRefusal, requireText } from './field-checks';
import type { FrameworkOutcome } from './move';
import { FrameworkRefusals } from './refusals';
import { assertKnownFrameworkRulesVersion } from './rules-version';
import type { FrameworkState } from './state';
import { asStored, frameworkStepLog } from './step-record';

/**
 * A new framework: the public party opens it naming the sector's representative that negotiates it (a party from
 * the opening, told of it). Nothing is in force until a version is adopted.
 */
export function openFramework(frameworkId: string, framework: NewFramework, ctx: CommandContext, rulesVersion: number): RuleResult<FrameworkOutcome> {
  assertKnownFrameworkRulesVersion(rulesVersion);
  const text = firstUnstorableText(framework);
  if (text) return FrameworkRefusals.textNotStorable(text.path, text.problem);
  const ok = firstRefusal(
    () => requireText(framework.title, 'title'),
    () => requireText(framework.publicParty?.name, 'publicParty.name'),
    () => requireText(framework.sectorRepresentative?.name, 'sectorRepresentative.name'),
  );
  if (!ok.ok) return ok;
  const number = parseOrganisationNumber(framework.sectorRepresentative.organisationNumber ?? '');
  if (!number.ok) return { ok: false, refusal: { ...number.refusal, field: 'sectorRepresentative.organisationNumber' } };
  const state: FrameworkState = {
    frameworkId,
    rulesVersion,
    revision: 0,
    status: 'PREPARING',
    title: framework.title.trim(),
    publicParty: { name: framework.publicParty.name.trim() },
    sectorRepresentative: { name: framework.sectorRepresentative.name.trim(), organisationNumber: number.value },
    openedAt: ctx.now,
    openedBy: ctx.actor,
    versions: [],
    members: [],
    steeringGroup: [],
    meetings: [],
    conferences: [],
    actionPlans: [],
    reviews: [],
    warnings: [],
    tasks: [],
    counters: { task: 0, meeting: 0, conference: 0, review: 0, member: 0 },
  };
  const log = frameworkStepLog(state, ctx);
  const step = log.add('FRAMEWORK_OPENED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: [PUBLIC_PARTY, number.value] });
  step.record = asStored({ title: state.title, sectorRepresentative: state.sectorRepresentative });
  return accept({ state, steps: log.steps, warnings: [] });
}
