import { availableMoves } from './available-moves';
import { ctx, decision, move, refusalOf, run, toApproval } from './decide-builders.test';
import type { PartnershipCommand } from './commands';
import { nextTimer } from './timers';

const announcement = (announcedOn: string, protocolApprovedOn?: string, decisionSeq = 1): PartnershipCommand => ({
  type: 'RECORD_PROTOCOL_ANNOUNCEMENT',
  party: 'PUBLIC',
  decisionSeq,
  announcedOn,
  ...(protocolApprovedOn ? { protocolApprovedOn } : {}),
});

const decided = (rulesVersion?: number, overrides = {}) =>
  run(toApproval(undefined, rulesVersion), decision('APPROVED', { meetingDate: '2026-11-24', ...overrides }));

describe('the anslag recorded after the decision (RECORD_PROTOCOL_ANNOUNCEMENT, rules version 3)', () => {
  it('records justering, anslag and the last day of appeal, moved past Christmas, and the timer plans from it', () => {
    const { state, steps } = move(decided(), announcement('2026-12-03', '2026-12-01'));
    expect(state.decisions[0]).toMatchObject({ protocolApprovedOn: '2026-12-01', announcedOn: '2026-12-03', lastDayOfAppeal: '2026-12-28' });
    expect(steps.map((s) => s.action)).toEqual(['PROTOCOL_ANNOUNCEMENT_RECORDED']);
    expect(steps[0].record).toMatchObject({ decision: { lastDayOfAppeal: '2026-12-28' } });
    expect(nextTimer(state)?.event).toEqual({ type: 'DECISION_GAINS_LEGAL_FORCE', decisionSeq: 1, date: '2026-12-29' });
  });

  it('keeps the justering given with the decision and checks the anslag against it', () => {
    const withJustering = decided(undefined, { protocolApprovedOn: '2026-11-30' });
    expect(refusalOf(withJustering, announcement('2026-11-27'))).toBe('ANNOUNCED_BEFORE_JUSTERING');
    expect(move(withJustering, announcement('2026-12-01')).state.decisions[0].protocolApprovedOn).toBe('2026-11-30');
  });

  it('refuses a justering before the meeting, an anslag before it, a second anslag, another decision and an organisation', () => {
    expect(refusalOf(decided(), announcement('2026-12-03', '2026-11-20'))).toBe('JUSTERING_BEFORE_MEETING');
    expect(refusalOf(decided(), announcement('2026-11-20'))).toBe('ANNOUNCED_BEFORE_JUSTERING');
    expect(refusalOf(run(decided(), announcement('2026-12-03')), announcement('2026-12-04'))).toBe('ANNOUNCEMENT_ALREADY_RECORDED');
    expect(refusalOf(decided(undefined, { announcedOn: '2026-11-26' }), announcement('2026-12-04'))).toBe('ANNOUNCEMENT_ALREADY_RECORDED');
    expect(refusalOf(decided(), announcement('2026-12-03', undefined, 2))).toBe('DECISION_NOT_LATEST');
    // An återremiss is not a decision to appeal: it prepares the next one.
    const returned = run(toApproval(), decision('RETURNED', { meetingDate: '2026-11-24' }));
    expect(refusalOf(returned, announcement('2026-12-03'))).toBe('DECISION_NOT_LATEST');
    expect(refusalOf(decided(), { ...announcement('2026-12-03'), party: '802456-1238' })).toBe('PUBLIC_PARTY_ONLY');
  });

  it('is offered to the officer for the latest decision until its anslag is recorded, never to an organisation', () => {
    const offered = (state: ReturnType<typeof decided>, party: string) =>
      availableMoves(state, party, ctx()).filter((m) => m.type === 'RECORD_PROTOCOL_ANNOUNCEMENT');
    expect(offered(decided(), 'PUBLIC')).toEqual([{ type: 'RECORD_PROTOCOL_ANNOUNCEMENT', ref: '1' }]);
    expect(offered(decided(), '802456-1238')).toEqual([]);
    expect(offered(run(decided(), announcement('2026-12-03')), 'PUBLIC')).toEqual([]);
    expect(offered(toApproval(), 'PUBLIC')).toEqual([]);
  });

  it('under rules version 2 is refused: those decisions have no appeal window', () => {
    expect(refusalOf(decided(2), announcement('2026-12-03'))).toBe('APPEAL_WINDOW_NOT_UNDER_THESE_RULES');
  });
});
