// Builders shared by the specs of decide(). The `.test.ts` suffix keeps this file out of the build
// (tsconfig.build.json), and jest runs only `*.spec.ts`, so it is never a suite of its own.
import { FORUM_KEYS, type LegalBasisTerms, SKR_CRITERIA } from '../legal-frame';
import { PRINCIPLES } from './principle';
import { CURRENT_RULES_VERSION } from './rules-version';
import type { PartnershipCommand } from './commands';
import { decide } from './decide';
import type { Outcome } from './move';
import { openPartnership } from './open';
import type { Refusal } from '../kernel/refusal';
import type { MeetingAttendance, PartnershipState } from './state';
import { activeParties } from './parties';

export const SKANE = 'Region Skåne';
export const NATVERKET = '802456-1238';
export const VARSTA = '802003-4529';

let clock = Date.parse('2026-01-05T09:00:00.000Z');
export const ctx = () => ({ actor: 'tester', now: new Date((clock += 60_000)).toISOString() });

/** A partnership just opened; `rulesVersion` as the workflow passes it (omitted: the current rules). */
export function open(organisations = [NATVERKET], rulesVersion?: number): PartnershipState {
  return openPartnership(
    'p-1',
    { title: 'IOP', publicParty: { name: SKANE }, organisations: organisations.map((n) => ({ name: `Org ${n}`, organisationNumber: n })) },
    ctx(),
    rulesVersion,
  ).state;
}

/**
 * Since rules version 5 an approval names the agreement document the API rendered, and a signature its SHA-256.
 * The builders play the API's part where a command leaves the key out entirely (a command that states it, even as
 * undefined, is sent as it is, so the refusals stay testable).
 */
export const AGREEMENT_SHA256 = 'a'.repeat(64);
export function asTheApiSends(state: PartnershipState, command: PartnershipCommand): PartnershipCommand {
  if ((state.rulesVersion ?? 1) < 5) return command;
  if (command.type === 'RECORD_POLITICAL_DECISION' && command.outcome === 'APPROVED' && !('agreementDocument' in command)) {
    const draftVersion = state.drafts[state.drafts.length - 1]?.version ?? 0;
    return { ...command, agreementDocument: { sha256: AGREEMENT_SHA256, sizeBytes: 4096, draftVersion, parties: activeParties(state) } };
  }
  if (command.type === 'SIGN' && !('documentSha256' in command)) {
    const approving = [...state.decisions].reverse().find((d) => d.round === state.round.number && d.outcome === 'APPROVED');
    return { ...command, documentSha256: approving?.agreementDocument?.sha256 ?? AGREEMENT_SHA256 };
  }
  return command;
}

export function move(state: PartnershipState, command: PartnershipCommand): Outcome {
  const result = decide(state, asTheApiSends(state, command), ctx());
  if (!result.ok) throw new Error(`refused: ${result.refusal.code} ${result.refusal.message.en}`);
  return result.value;
}

/** The refusal of a move that must be refused; throws when it is accepted. */
export function refusal(state: PartnershipState, command: PartnershipCommand): Refusal {
  const result = decide(state, asTheApiSends(state, command), ctx());
  if (result.ok) throw new Error(`expected a refusal of ${command.type}`);
  return result.refusal;
}

/** The code of a move that must be refused, checking that the refusal speaks both languages. */
export function refusalOf(state: PartnershipState, command: PartnershipCommand): string {
  const refused = refusal(state, command);
  expect(refused.message.sv).not.toEqual('');
  expect(refused.message.en).not.toEqual('');
  return refused.code;
}

export const run = (state: PartnershipState, ...commands: PartnershipCommand[]) => commands.reduce((s, c) => move(s, c).state, state);

export const allPrinciples = Object.fromEntries(PRINCIPLES.map((p) => [p, `Så uppfylls ${p}`]));

export const draft = (
  organisations = [NATVERKET],
  overrides: Partial<Extract<PartnershipCommand, { type: 'SUBMIT_DRAFT' }>> = {},
): PartnershipCommand => ({
  type: 'SUBMIT_DRAFT',
  party: 'PUBLIC',
  purpose: 'Stärka den idéburna sektorn',
  sharedGoal: 'Fler delaktiga',
  contributions: [
    { party: 'PUBLIC', amountSek: 1_500_000 },
    ...organisations.map((o) => ({ party: o, amountSek: 0, ownContribution: 'Ideella timmar och lokaler' })),
  ],
  startDate: '2026-03-01',
  endDate: '2029-03-01',
  followUpPlan: 'Årlig uppföljningskonferens',
  governance: 'Samverkansgrupp med lika många från varje sektor',
  terminationTerms: 'Sex månaders uppsägning',
  terminationNoticeMonths: 6,
  principles: allPrinciples,
  ...overrides,
});

export const proposal: PartnershipCommand = {
  type: 'PROPOSE_PROBLEM_DEFINITION',
  party: 'PUBLIC',
  challenge: 'Ensamhet',
  targetGroup: 'Äldre',
  goals: ['Mötesplatser'],
  developmentAreas: ['COLLABORATION'],
};

/** The moves that take a partnership with one organisation to DIALOGUE: it accepts, the public party proposes, it agrees. */
export const movesToDialogue = (organisation = NATVERKET): PartnershipCommand[] => [
  { type: 'RESPOND_TO_INVITATION', party: organisation, accept: true },
  proposal,
  { type: 'AGREE_TO_PROBLEM_DEFINITION', party: organisation },
];

/** In DIALOGUE: the public party proposed the problem definition and every organisation agreed. */
export function toDialogue(organisations = [NATVERKET], rulesVersion?: number): PartnershipState {
  let state = run(open(organisations, rulesVersion), proposal);
  for (const o of organisations) state = run(state, { type: 'AGREE_TO_PROBLEM_DEFINITION', party: o });
  return state;
}

/** The public party's assessment of why IOP, every criterion met (`overrides` replaces parts of it). */
export const legalBasis = (overrides: Partial<LegalBasisTerms> = {}): PartnershipCommand => ({
  type: 'RECORD_LEGAL_BASIS',
  party: 'PUBLIC',
  criteria: Object.fromEntries(SKR_CRITERIA.map((c) => [c, { assessment: 'MET', comment: `Bedömning av ${c}` }])) as LegalBasisTerms['criteria'],
  forumKeys: Object.fromEntries(FORUM_KEYS.map((k) => [k, `Så uppfylls ${k}`])) as LegalBasisTerms['forumKeys'],
  conclusion: 'Ett IOP: samverkan kring ett gemensamt behov, inget köp.',
  ...overrides,
});

/** In DRAFTING; since rules version 3 the dialogue closes only after the legal basis is recorded, so it is first. */
export function toDrafting(organisations = [NATVERKET], rulesVersion?: number): PartnershipState {
  const why = (rulesVersion ?? CURRENT_RULES_VERSION) >= 3 ? [legalBasis()] : [];
  return run(toDialogue(organisations, rulesVersion), { type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'Fler delaktiga' }, ...why, {
    type: 'CLOSE_DIALOGUE',
    party: 'PUBLIC',
  });
}

export function toApproval(organisations = [NATVERKET], rulesVersion?: number): PartnershipState {
  let state = run(toDrafting(organisations, rulesVersion), draft(organisations));
  for (const p of ['PUBLIC', ...organisations])
    state = run(state, { type: 'REVIEW_DRAFT', party: p, version: state.drafts.length, decision: 'APPROVED' });
  return state;
}

export const decision = (outcome: 'APPROVED' | 'REJECTED' | 'RETURNED', overrides = {}): PartnershipCommand => ({
  type: 'RECORD_POLITICAL_DECISION',
  party: 'PUBLIC',
  body: 'Regionstyrelsen',
  meetingDate: '2026-02-10',
  diarienummer: 'RS 2026/101',
  paragraph: '§ 12',
  outcome,
  reasons: outcome === 'APPROVED' ? undefined : 'Förtydliga uppföljningen',
  ...overrides,
});

/**
 * An approving decision the parties sign at once: since rules version 4 the agreement enters into force only after
 * the decision gained legal force, unless the officer records that they sign before it, as these tests do.
 */
export function approve(state: PartnershipState, overrides = {}): PartnershipState {
  const approved = run(state, decision('APPROVED', overrides));
  if ((approved.rulesVersion ?? 1) < 4) return approved;
  const seq = approved.decisions[approved.decisions.length - 1].seq;
  return run(approved, { type: 'RECORD_SIGNING_BEFORE_LEGAL_FORCE', party: 'PUBLIC', decisionSeq: seq, reason: 'Verksamheten startar direkt' });
}

export function toImplementation(organisations = [NATVERKET], rulesVersion?: number): PartnershipState {
  let state = approve(toApproval(organisations, rulesVersion));
  for (const p of ['PUBLIC', ...organisations]) state = run(state, { type: 'SIGN', party: p, signatoryName: `Firmatecknare ${p}` });
  return state;
}

export const meeting = (
  attendees: MeetingAttendance[],
  overrides: Partial<Extract<PartnershipCommand, { type: 'RECORD_MEETING' }>> = {},
): PartnershipCommand => ({
  type: 'RECORD_MEETING',
  party: 'PUBLIC',
  date: '2026-01-20',
  minutes: 'Protokoll',
  attendees,
  ...overrides,
});

export const bothSides: MeetingAttendance[] = [
  { party: 'PUBLIC', names: ['Anna Region'] },
  { party: NATVERKET, names: ['Bo Nätverket'] },
];
