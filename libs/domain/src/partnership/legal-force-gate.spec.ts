import type { PartnershipCommand } from './commands';
import { decision, move, NATVERKET, refusal, refusalOf, run, toApproval } from './decide-builders.test';
import { applyTimerEvent, nextTimer } from './timers';

// Decided on 24 November 2026, announced on 3 December: the last day of appeal is 28 December, legal force the 29th.
const decided = (rulesVersion?: number, overrides: object = { meetingDate: '2026-11-24', announcedOn: '2026-12-03' }) =>
  run(toApproval(undefined, rulesVersion), decision('APPROVED', overrides));
const signAll = (state: ReturnType<typeof decided>) =>
  run(state, ...['PUBLIC', NATVERKET].map((p): PartnershipCommand => ({ type: 'SIGN', party: p, signatoryName: `Firmatecknare ${p}` })));
const early = (
  reason = 'Verksamheten startar vid terminsstart',
  party = 'PUBLIC',
): Extract<PartnershipCommand, { type: 'RECORD_SIGNING_BEFORE_LEGAL_FORCE' }> => ({
  type: 'RECORD_SIGNING_BEFORE_LEGAL_FORCE',
  party,
  decisionSeq: 1,
  reason,
});

describe('entry into force after legal force (rules version 4)', () => {
  it('leaves the agreement signed by everyone waiting until the decision gains legal force, then puts it in force', () => {
    const signed = signAll(decided());
    expect(signed.phase).toBe('SIGNATURE');
    expect(signed.agreement).toBeUndefined();
    expect(signed.tasks.filter((t) => t.status === 'OPEN' && t.type === 'SIGN')).toEqual([]);
    const timer = nextTimer(signed)!;
    expect(timer.event).toEqual({ type: 'DECISION_GAINS_LEGAL_FORCE', decisionSeq: 1, date: '2026-12-29' });
    const { state, steps } = applyTimerEvent(signed, timer.event, { actor: 'system', now: '2026-12-29T00:00:00.000Z' });
    expect(steps.map((s) => s.action)).toEqual(['DECISION_GAINED_LEGAL_FORCE', 'AGREEMENT_SIGNED']);
    expect(state).toMatchObject({ phase: 'IMPLEMENTATION', agreement: { round: 1, draftVersion: 1 } });
  });

  it('waits for the anslag too: a decision without one has no window and no legal force yet', () => {
    const signed = signAll(decided(undefined, { meetingDate: '2026-11-24' }));
    expect(signed.phase).toBe('SIGNATURE');
    expect(nextTimer(signed)).toBeUndefined();
  });

  it('decides differently under version 3: the last signature puts the agreement in force at once', () => {
    expect(signAll(decided(3))).toMatchObject({ phase: 'IMPLEMENTATION', agreement: { round: 1 } });
    expect(refusalOf(decided(3), early())).toBe('SIGNING_BEFORE_LEGAL_FORCE_NOT_UNDER_THESE_RULES');
  });

  it('puts the agreement in force at the last signature when the officer records that the parties sign before legal force', () => {
    const chosen = move(decided(), early());
    expect(chosen.steps.map((s) => s.action)).toEqual(['SIGNING_BEFORE_LEGAL_FORCE_RECORDED']);
    expect(chosen.state.decisions[0].signingBeforeLegalForce).toMatchObject({ reason: 'Verksamheten startar vid terminsstart' });
    expect(signAll(chosen.state)).toMatchObject({ phase: 'IMPLEMENTATION', agreement: { round: 1 } });
  });

  it('puts an agreement already signed by everyone in force with the choice itself', () => {
    const { state, steps } = move(signAll(decided()), early());
    expect(steps.map((s) => s.action)).toEqual(['SIGNING_BEFORE_LEGAL_FORCE_RECORDED', 'AGREEMENT_SIGNED']);
    expect(state.phase).toBe('IMPLEMENTATION');
  });

  it('refuses the choice from an organisation, without a reason (naming the field), twice, or after legal force', () => {
    expect(refusalOf(decided(), early(undefined, NATVERKET))).toBe('PUBLIC_PARTY_ONLY');
    expect(refusal(decided(), early('  '))).toMatchObject({ code: 'SIGNING_BEFORE_LEGAL_FORCE_REASON_REQUIRED', field: 'reason' });
    expect(refusalOf(run(decided(), early()), early())).toBe('SIGNING_BEFORE_LEGAL_FORCE_ALREADY_RECORDED');
    expect(refusalOf(decided(), { ...early(), decisionSeq: 2 })).toBe('DECISION_NOT_LATEST');
    const signed = signAll(decided());
    const inForce = applyTimerEvent(signed, nextTimer(signed)!.event, { actor: 'system', now: '2026-12-29T00:00:00.000Z' }).state;
    expect(refusalOf(inForce, early())).toBe('WRONG_PHASE');
  });
});
