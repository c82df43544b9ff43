import { applyTimerEvent, nextTimer } from './timers';
import { decision, move, refusalOf, toApproval } from './decide-builders.test';

const withDates = (protocolApprovedOn: string, announcedOn: string) =>
  decision('APPROVED', { meetingDate: '2026-05-20', protocolApprovedOn, announcedOn });

describe('the justering, the anslag and the last day of appeal of a decision (rules version 3)', () => {
  it('records both days and the last day of appeal, three weeks after the anslag moved past midsommarafton', () => {
    const { state, steps } = move(toApproval(), withDates('2026-05-27', '2026-05-29'));
    expect(state.decisions[0]).toMatchObject({ protocolApprovedOn: '2026-05-27', announcedOn: '2026-05-29', lastDayOfAppeal: '2026-06-22' });
    // The timeline's step carries the decision with its window.
    expect(steps[0].record).toMatchObject({ decision: { lastDayOfAppeal: '2026-06-22' } });
  });

  it('refuses an anslag before the justering, and a justering before the meeting, naming the field', () => {
    expect(refusalOf(toApproval(), withDates('2026-05-27', '2026-05-26'))).toBe('ANNOUNCED_BEFORE_JUSTERING');
    expect(refusalOf(toApproval(), withDates('2026-05-19', '2026-05-29'))).toBe('JUSTERING_BEFORE_MEETING');
  });

  it('under rules version 2 records the decision as before, without the days', () => {
    const { state } = move(toApproval(undefined, 2), withDates('2026-05-27', '2026-05-26'));
    expect(state.decisions[0].announcedOn).toBeUndefined();
    expect(state.decisions[0].lastDayOfAppeal).toBeUndefined();
  });
});

describe('a decision gains legal force the day after its last day of appeal', () => {
  it.each([
    ['over Midsummer', '2026-05-29', '2026-06-23'],
    ['over Christmas', '2026-12-03', '2026-12-29'],
  ])('%s: an anslag on %s gives legal force on %s', (_, announcedOn, legalForceOn) => {
    const { state } = move(toApproval(), decision('APPROVED', { meetingDate: '2026-05-20', announcedOn }));
    const timer = nextTimer(state)!;
    expect(timer).toEqual({ at: `${legalForceOn}T00:00:00.000Z`, event: { type: 'DECISION_GAINS_LEGAL_FORCE', decisionSeq: 1, date: legalForceOn } });
    const fired = applyTimerEvent(state, timer.event, { actor: 'system', now: timer.at });
    expect(fired.state.decisions[0].legalForceOn).toBe(legalForceOn);
    expect(fired.steps.map((s) => s.action)).toEqual(['DECISION_GAINED_LEGAL_FORCE']);
    expect(nextTimer(fired.state)?.event.type).not.toBe('DECISION_GAINS_LEGAL_FORCE');
  });
});
