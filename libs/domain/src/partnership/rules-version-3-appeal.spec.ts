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
