import { availableMoves } from './available-moves';
import type { PartnershipCommand } from './commands';
import { ctx, decision, move, NATVERKET, refusalOf, run, toApproval } from './decide-builders.test';
import { applyTimerEvent, nextTimer } from './timers';

// An anslag on 3 December 2026: the last day of appeal is moved past Christmas to 28 December.
const announced = (rulesVersion?: number) =>
  run(toApproval(undefined, rulesVersion), decision('APPROVED', { meetingDate: '2026-11-24', announcedOn: '2026-12-03' }));

const appeal = (lodgedOn: string, overrides = {}): PartnershipCommand => ({
  type: 'RECORD_APPEAL',
  party: 'PUBLIC',
  decisionSeq: 1,
  court: 'Förvaltningsrätten i Malmö',
  caseNumber: '4711-26',
  lodgedOn,
  ...overrides,
});

const outcome = (kind: 'UPHELD' | 'ANNULLED', decidedOn = '2027-03-01'): PartnershipCommand => ({
  type: 'RECORD_APPEAL_OUTCOME',
  party: 'PUBLIC',
  decisionSeq: 1,
  outcome: kind,
  decidedOn,
});

const signAll = (state: ReturnType<typeof announced>) =>
  run(state, ...['PUBLIC', NATVERKET].map((p): PartnershipCommand => ({ type: 'SIGN', party: p, signatoryName: `Firmatecknare ${p}` })));

describe('an appeal of the decision (RECORD_APPEAL, rules version 3)', () => {
  it('records court, case and the day lodged, on the timeline, and the legal-force timer waits for the court', () => {
    expect(nextTimer(announced())?.event.type).toBe('DECISION_GAINS_LEGAL_FORCE');
    const { state, steps } = move(announced(), appeal('2026-12-28'));
    expect(state.decisions[0].appeal).toMatchObject({ court: 'Förvaltningsrätten i Malmö', caseNumber: '4711-26', lodgedOn: '2026-12-28' });
    expect(steps.map((s) => s.action)).toEqual(['APPEAL_RECORDED']);
    expect(nextTimer(state)?.event.type).not.toBe('DECISION_GAINS_LEGAL_FORCE');
  });

  it('refuses an appeal after the window, before the meeting, twice, without anslag, after legal force, and from an organisation', () => {
    expect(refusalOf(announced(), appeal('2026-12-29'))).toBe('APPEAL_AFTER_WINDOW');
    expect(refusalOf(announced(), appeal('2026-11-23'))).toBe('APPEAL_BEFORE_MEETING');
    expect(refusalOf(run(announced(), appeal('2026-12-10')), appeal('2026-12-11'))).toBe('APPEAL_ALREADY_RECORDED');
    const withoutAnslag = run(toApproval(), decision('APPROVED', { meetingDate: '2026-11-24' }));
    expect(refusalOf(withoutAnslag, appeal('2026-12-10'))).toBe('APPEAL_WITHOUT_ANNOUNCEMENT');
    const inForce = run(announced(), appeal('2026-12-10'), outcome('UPHELD'));
    expect(refusalOf(inForce, appeal('2026-12-10', { decisionSeq: 1 }))).toBe('APPEAL_ALREADY_RECORDED');
    expect(refusalOf(announced(), appeal('2026-12-10', { party: NATVERKET }))).toBe('PUBLIC_PARTY_ONLY');
    expect(refusalOf(announced(), appeal('2026-12-10', { court: ' ' }))).toBe('COURT_REQUIRED');
    expect(refusalOf(announced(), appeal('2026-12-10', { decisionSeq: 2 }))).toBe('DECISION_NOT_LATEST');
  });

  it('under rules version 2 is refused: those decisions have no appeal window', () => {
    expect(refusalOf(announced(2), appeal('2026-12-10'))).toBe('APPEAL_WINDOW_NOT_UNDER_THESE_RULES');
  });

  it('is offered to the officer while the window is open, its outcome only once an appeal is pending', () => {
    const offered = (state: ReturnType<typeof announced>, party = 'PUBLIC') =>
      availableMoves(state, party, ctx())
        .map((m) => m.type)
        .filter((t) => t.startsWith('RECORD_APPEAL'));
    expect(offered(announced())).toEqual(['RECORD_APPEAL']);
    expect(offered(announced(), NATVERKET)).toEqual([]);
    expect(offered(run(announced(), appeal('2026-12-10')))).toEqual(['RECORD_APPEAL_OUTCOME']);
    expect(offered(run(announced(), appeal('2026-12-10'), outcome('UPHELD')))).toEqual([]);
  });
});

describe("the court's ruling (RECORD_APPEAL_OUTCOME)", () => {
  it('refuses an outcome without an appeal, and one dated before the appeal came in', () => {
    expect(refusalOf(announced(), outcome('UPHELD'))).toBe('NO_APPEAL_PENDING');
    expect(refusalOf(run(announced(), appeal('2026-12-10')), outcome('UPHELD', '2026-12-09'))).toBe('APPEAL_DECIDED_BEFORE_LODGED');
  });

  it('upheld: the decision gains legal force at once, with its step', () => {
    const { state, steps } = move(run(announced(), appeal('2026-12-10')), outcome('UPHELD'));
    expect(steps.map((s) => s.action)).toEqual(['APPEAL_UPHELD', 'DECISION_GAINED_LEGAL_FORCE']);
    expect(state.decisions[0]).toMatchObject({ legalForceOn: '2027-03-01', appeal: { outcome: 'UPHELD', decidedOn: '2027-03-01' } });
    expect(refusalOf(state, outcome('ANNULLED'))).toBe('NO_APPEAL_PENDING');
  });

  it('annulled after signing (rules version 3): back to the political approval, the signatures and the agreement fall, a new decision is asked for', () => {
    const signed = signAll(run(announced(3), appeal('2026-12-10')));
    expect(signed.phase).toBe('IMPLEMENTATION');
    const { state, steps } = move(signed, outcome('ANNULLED'));
    expect(steps.map((s) => s.action)).toEqual(['DECISION_ANNULLED']);
    expect(state).toMatchObject({ phase: 'POLITICAL_APPROVAL', signatures: [], agreement: undefined, agreements: [] });
    expect(state.decisions[0].legalForceOn).toBeUndefined();
    expect(state.tasks.filter((t) => t.status === 'OPEN').map((t) => t.type)).toEqual(['RECORD_DECISION']);
    expect(nextTimer(state)).toBeUndefined();
    // The new decision opens its own window; the parties sign again.
    const again = signAll(run(state, decision('APPROVED', { meetingDate: '2027-03-15', announcedOn: '2027-03-18' })));
    expect(again.phase).toBe('IMPLEMENTATION');
    expect(again.decisions[1]).toMatchObject({ seq: 2, lastDayOfAppeal: '2027-04-08' });
    expect(again.decisions[1].appeal).toBeUndefined();
  });

  it("since rules version 4 the signed agreement waits for the court, and for the new decision's legal force after an annulment", () => {
    const signed = signAll(run(announced(), appeal('2026-12-10')));
    expect(signed.phase).toBe('SIGNATURE');
    expect(signed.agreement).toBeUndefined();
    expect(nextTimer(signed)).toBeUndefined();
    const { state } = move(signed, outcome('ANNULLED'));
    expect(state).toMatchObject({ phase: 'POLITICAL_APPROVAL', signatures: [] });
    const again = signAll(run(state, decision('APPROVED', { meetingDate: '2027-03-15', announcedOn: '2027-03-18' })));
    expect(again.phase).toBe('SIGNATURE');
    expect(again.agreement).toBeUndefined();
    expect(again.signatures.map((s) => s.decisionSeq)).toEqual([2, 2]);
    const timer = nextTimer(again)!;
    expect(timer.event).toEqual({ type: 'DECISION_GAINS_LEGAL_FORCE', decisionSeq: 2, date: '2027-04-09' });
    const inForce = applyTimerEvent(again, timer.event, { actor: 'system', now: '2027-04-09T00:00:00.000Z' });
    expect(inForce.steps.map((s) => s.action)).toEqual(['DECISION_GAINED_LEGAL_FORCE', 'AGREEMENT_SIGNED']);
    expect(inForce.state.phase).toBe('IMPLEMENTATION');
  });

  it('since rules version 4 an appeal upheld puts the agreement signed by everyone in force', () => {
    const { state, steps } = move(signAll(run(announced(), appeal('2026-12-10'))), outcome('UPHELD'));
    expect(steps.map((s) => s.action)).toEqual(['APPEAL_UPHELD', 'DECISION_GAINED_LEGAL_FORCE', 'AGREEMENT_SIGNED']);
    expect(state.phase).toBe('IMPLEMENTATION');
  });
});
