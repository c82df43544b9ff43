import type { CommandContext } from '../kernel/context';
import { PUBLIC_PARTY } from '../kernel/parties';
import { underRulesSince } from '../kernel/rules-version';
import type { Outcome } from './move';
import type { NewPartnership } from './new-partnership';
import { activeOrganisations } from './parties';
import { assertKnownRulesVersion, CURRENT_RULES_VERSION } from './rules-version';
import type { PartnershipState } from './state';
import { stepLogOf } from './step-record';
import { openTask } from './tasks';

/**
 * A new partnership: the public party invites the organisations, each of which gets a task to answer. It keeps the
 * rules version it was opened under for its whole life (the workflow passes 1 when it replays an older history).
 */
export function openPartnership(
  partnershipId: string,
  partnership: NewPartnership,
  ctx: CommandContext,
  rulesVersion: number = CURRENT_RULES_VERSION,
): Outcome {
  assertKnownRulesVersion(rulesVersion);
  const state: PartnershipState = {
    partnershipId,
    rulesVersion,
    revision: 0,
    phase: 'PROBLEM_DEFINITION',
    title: partnership.title,
    publicParty: partnership.publicParty,
    // The keys of every earlier opening, in their order; a profile given with the start is stated by the officer.
    organisations: partnership.organisations.map(({ profile, ...o }) =>
      profile
        ? { ...o, status: 'INVITED', profile: { ...profile, statedBy: PUBLIC_PARTY, statedByActor: ctx.actor, statedAt: ctx.now } }
        : { ...o, status: 'INVITED' },
    ),
    dialogue: { meetings: [], inputs: [] },
    round: { number: 1, kind: 'INITIAL', openedAt: ctx.now },
    drafts: [],
    decisions: [],
    signatures: [],
    agreements: [],
    followUps: [],
    tasks: [],
    counters: { meeting: 0, input: 0, task: 0, decision: 0 },
  };
  // Only when entered within a framework: the states of every earlier opening (and their replays) have no such key.
  if (partnership.frameworkId !== undefined) state.frameworkId = partnership.frameworkId;
  // Opened from an organisation's initiative (rules version 3 on): the organisation carries the opening step. Only
  // a start writes the opening, so partnerships already running are not touched by it.
  const initiative = partnership.initiativeId !== undefined && underRulesSince(state, 3) ? partnership.initiativeId : undefined;
  if (initiative !== undefined) state.initiativeId = initiative;
  const log = stepLogOf(state, ctx);
  for (const organisation of state.organisations) openTask(state, 'RESPOND_TO_INVITATION', organisation.organisationNumber, ctx.now);
  if (initiative !== undefined) {
    const initiator = state.organisations[0].organisationNumber;
    log.add('PARTNERSHIP_OPENED', { kind: 'ORGANISATION', organisationNumber: initiator }, 'INFORMATION', {
      informed: [PUBLIC_PARTY, ...activeOrganisations(state).filter((o) => o !== initiator)],
      initiatedByOrganisation: true,
    });
  } else {
    log.add('PARTNERSHIP_OPENED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  }
  return { state, steps: log.steps, warnings: [] };
}
