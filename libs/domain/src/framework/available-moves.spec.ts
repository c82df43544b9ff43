import { availableFrameworkMoves } from './available-moves';
import { drafted, FORENINGEN, inForce, join, NATVERKET, on, run, VARSTA } from './framework-builders.test';
import { JOINING_UNDERTAKINGS } from './vocabulary';
import type { FrameworkState } from './state';

const typesFor = (state: FrameworkState, party: string, day = '2020-04-01') => availableFrameworkMoves(state, party, on(day)).map((m) => m.type);

describe('the moves a party may make on a framework now', () => {
  it('offers the officer the decision on the pending draft (by its version), and nothing an organisation does', () => {
    const moves = availableFrameworkMoves(drafted(), 'PUBLIC', on('2020-02-01'));
    // No revision while the draft waits, no review before anything was adopted.
    expect(moves).toEqual([{ type: 'RECORD_ADOPTION_DECISION', ref: '1' }, { type: 'END_FRAMEWORK' }]);
    expect(typesFor(drafted(), NATVERKET, '2020-02-01')).toEqual([]);
  });

  it('offers the officer a framework in force: a revision, the steering group, meetings, the conference, the plan, the review, the end', () => {
    expect(typesFor(inForce(), 'PUBLIC')).toEqual([
      'PROPOSE_VERSION',
      'APPOINT_STEERING_GROUP_MEMBER',
      'RECORD_STEERING_GROUP_MEETING',
      'RECORD_FOLLOW_UP_CONFERENCE',
      'SET_ACTION_PLAN',
      'RECORD_REVIEW_DECISION',
      'END_FRAMEWORK',
    ]);
    const conference = availableFrameworkMoves(inForce(), 'PUBLIC', on('2020-04-01')).find((m) => m.type === 'RECORD_FOLLOW_UP_CONFERENCE');
    expect(conference).toEqual({ type: 'RECORD_FOLLOW_UP_CONFERENCE', taskId: 'T1', ref: '2020' });
  });

  it('offers an organisation that has not joined only its application, and names each application for the officer', () => {
    expect(typesFor(inForce(), VARSTA)).toEqual(['APPLY_TO_JOIN']);
    const applied = run(
      inForce(),
      { type: 'APPLY_TO_JOIN', party: VARSTA, organisationName: 'Vårsta', declaration: [...JOINING_UNDERTAKINGS], signatoryName: 'Maria' },
      '2020-04-01',
    );
    expect(typesFor(applied, VARSTA)).toEqual([]);
    expect(availableFrameworkMoves(applied, 'PUBLIC', on('2020-04-01')).find((m) => m.type === 'DECIDE_ON_APPLICATION')).toEqual({
      type: 'DECIDE_ON_APPLICATION',
      taskId: 'T2',
      ref: VARSTA,
    });
  });

  it('offers a joined organisation leaving and a civil-society seat of its own, and its side of the meetings it had a seat at', () => {
    let state = join(inForce(), VARSTA, '2020-03-20');
    expect(typesFor(state, VARSTA)).toEqual(['LEAVE_FRAMEWORK', 'APPOINT_STEERING_GROUP_MEMBER']);
    state = run(
      state,
      {
        type: 'APPOINT_STEERING_GROUP_MEMBER',
        party: VARSTA,
        sector: 'CIVIL_SOCIETY',
        name: 'Maria',
        organisationName: 'Vårsta',
        termStart: '2020-03-25',
        termEnd: '2022-12-31',
      },
      '2020-03-25',
    );
    state = run(
      state,
      {
        type: 'RECORD_STEERING_GROUP_MEETING',
        party: 'PUBLIC',
        date: '2020-03-30',
        attendance: [{ sector: 'PUBLIC', names: ['Lena'] }],
        minutes: 'Protokoll',
      },
      '2020-03-31',
    );
    expect(availableFrameworkMoves(state, VARSTA, on('2020-04-01')).filter((m) => m.type === 'RECORD_SECTOR_ATTENDANCE')).toEqual([
      { type: 'RECORD_SECTOR_ATTENDANCE', ref: '1' },
    ]);
    expect(typesFor(state, FORENINGEN)).toEqual(['APPLY_TO_JOIN']);
  });

  it("shows a full steering group's appointment as blocked, with the reason", () => {
    let state = join(inForce(), VARSTA, '2020-03-20');
    const seat = (sector: 'PUBLIC' | 'CIVIL_SOCIETY', name: string, organisationNumber?: string) =>
      run(
        state,
        {
          type: 'APPOINT_STEERING_GROUP_MEMBER',
          party: 'PUBLIC',
          sector,
          name,
          organisationName: 'O',
          ...(organisationNumber ? { organisationNumber } : {}),
          termStart: '2020-03-25',
          termEnd: '2022-12-31',
        },
        '2020-03-25',
      );
    state = seat('PUBLIC', 'A');
    state = seat('PUBLIC', 'B');
    state = seat('CIVIL_SOCIETY', 'C', NATVERKET);
    // The public seats are full, a civil-society seat is free: one appointment on offer, not also a blocked one.
    expect(availableFrameworkMoves(state, 'PUBLIC', on('2020-04-01')).filter((m) => m.type === 'APPOINT_STEERING_GROUP_MEMBER')).toEqual([
      { type: 'APPOINT_STEERING_GROUP_MEMBER' },
    ]);
    state = seat('CIVIL_SOCIETY', 'D', VARSTA);
    const appoint = availableFrameworkMoves(state, 'PUBLIC', on('2020-04-01')).filter((m) => m.type === 'APPOINT_STEERING_GROUP_MEMBER');
    expect(appoint).toEqual([{ type: 'APPOINT_STEERING_GROUP_MEMBER', blockedBy: expect.objectContaining({ code: 'STEERING_GROUP_UNEQUAL' }) }]);
    expect(
      availableFrameworkMoves(state, 'PUBLIC', on('2020-04-01'))
        .filter((m) => m.type === 'END_STEERING_GROUP_MEMBERSHIP')
        .map((m) => m.ref),
    ).toEqual(['1', '2', '3', '4']);
  });

  it('offers nothing once the framework has ended', () => {
    const ended = run(inForce(), { type: 'END_FRAMEWORK', party: 'PUBLIC', endedOn: '2020-05-01', statement: 'Avslutad' }, '2020-05-01');
    expect(availableFrameworkMoves(ended, 'PUBLIC', on('2020-05-02'))).toEqual([]);
  });
});
