import type { FrameworkCommand } from './commands';
import { inForce, join, meeting, move, NATVERKET, refusal, run, VARSTA, FORENINGEN } from './framework-builders.test';

const appoint = (
  sector: 'PUBLIC' | 'CIVIL_SOCIETY',
  name: string,
  organisationNumber?: string,
  party = 'PUBLIC',
): Extract<FrameworkCommand, { type: 'APPOINT_STEERING_GROUP_MEMBER' }> => ({
  type: 'APPOINT_STEERING_GROUP_MEMBER',
  party,
  sector,
  name,
  organisationName: organisationNumber ? `Org ${organisationNumber}` : 'Regionstyrelsens förvaltning',
  ...(organisationNumber ? { organisationNumber } : {}),
  termStart: '2020-04-01',
  termEnd: '2022-12-31',
});

describe('the steering group', () => {
  it('fills each sector up to the seats of the version in force and refuses one more, naming both counts', () => {
    let state = join(inForce(), VARSTA, '2020-03-20');
    state = run(state, appoint('PUBLIC', 'Lena Sundström'), '2020-03-25');
    state = run(state, appoint('PUBLIC', 'Per Nordin'), '2020-03-25');
    state = run(state, appoint('CIVIL_SOCIETY', 'Erik Holm', NATVERKET), '2020-03-25');
    const r = refusal(state, appoint('PUBLIC', 'En till'), '2020-03-25');
    expect(r).toMatchObject({ code: 'STEERING_GROUP_UNEQUAL', field: 'sector', kind: 'CONFLICT' });
    expect(r.message.en).toContain('public sector 2, civil society 1 of 2 each');
    // The civil-society seat left is the joined organisation's to fill, for itself.
    state = run(state, appoint('CIVIL_SOCIETY', 'Maria Sjöberg', undefined, VARSTA), '2020-03-26');
    expect(state.steeringGroup.map((m) => [m.id, m.sector, m.organisationNumber])).toEqual([
      [1, 'PUBLIC', undefined],
      [2, 'PUBLIC', undefined],
      [3, 'CIVIL_SOCIETY', NATVERKET],
      [4, 'CIVIL_SOCIETY', VARSTA],
    ]);
    // A vacancy: a member who leaves early frees the seat from that day.
    state = run(state, { type: 'END_STEERING_GROUP_MEMBERSHIP', party: 'PUBLIC', memberId: 2, endedOn: '2021-01-31' }, '2021-01-20');
    expect(refusal(state, { ...appoint('PUBLIC', 'Ny'), termStart: '2021-01-30' }, '2021-01-20').code).toBe('STEERING_GROUP_UNEQUAL');
    expect(run(state, { ...appoint('PUBLIC', 'Ny'), termStart: '2021-01-31' }, '2021-01-20').steeringGroup).toHaveLength(5);
  });

  it('refuses a civil-society member from an organisation that has not joined, and a term ending before it starts', () => {
    const state = inForce();
    expect(refusal(state, appoint('CIVIL_SOCIETY', 'Anna', FORENINGEN), '2020-04-01')).toMatchObject({
      code: 'NOT_A_MEMBER',
      field: 'organisationNumber',
      kind: 'INVALID',
    });
    expect(refusal(state, { ...appoint('PUBLIC', 'Anna'), termEnd: '2020-03-31' }, '2020-04-01')).toMatchObject({
      code: 'TERM_DATES_INVALID',
      field: 'termEnd',
    });
    expect(refusal(state, { ...appoint('PUBLIC', 'Anna'), termEnd: '2020-02-30' }, '2020-04-01')).toMatchObject({
      code: 'DATE_OUT_OF_RANGE',
      field: 'termEnd',
    });
  });

  it('lets a joined organisation appoint only a civil-society member of its own', () => {
    const state = join(inForce(), VARSTA, '2020-03-20');
    expect(refusal(state, appoint('PUBLIC', 'Maria', undefined, VARSTA), '2020-04-01')).toMatchObject({
      code: 'PUBLIC_PARTY_ONLY',
      kind: 'FORBIDDEN',
    });
    expect(refusal(state, appoint('CIVIL_SOCIETY', 'Maria', NATVERKET, VARSTA), '2020-04-01')).toMatchObject({
      code: 'NOT_OWN_ORGANISATION',
      kind: 'FORBIDDEN',
    });
    expect(refusal(state, appoint('CIVIL_SOCIETY', 'Anna', undefined, FORENINGEN), '2020-04-01')).toMatchObject({
      code: 'NOT_A_MEMBER',
      kind: 'FORBIDDEN',
    });
  });

  it('ends a term only within it, and only once', () => {
    const state = run(inForce(), appoint('PUBLIC', 'Lena'), '2020-03-25');
    const end = { type: 'END_STEERING_GROUP_MEMBERSHIP' as const, party: 'PUBLIC', memberId: 1, endedOn: '2023-01-01' };
    expect(refusal(state, end, '2020-05-01')).toMatchObject({ code: 'END_DATE_OUTSIDE_TERM', field: 'endedOn' });
    expect(refusal(state, { ...end, memberId: 9 }, '2020-05-01')).toMatchObject({ code: 'STEERING_GROUP_MEMBER_NOT_FOUND', field: 'memberId' });
    const ended = run(state, { ...end, endedOn: '2020-06-01' }, '2020-05-01');
    expect(refusal(ended, { ...end, endedOn: '2020-07-01' }, '2020-05-01')).toMatchObject({ code: 'MEMBERSHIP_ALREADY_ENDED' });
  });
});

describe('steering-group meetings', () => {
  it('records a meeting with both sectors present as a dialogue, only the public side as no dialogue', () => {
    const both = move(inForce(), meeting('2020-04-15'), '2020-04-16');
    expect(both.steps.map((s) => [s.action, s.levelReached])).toEqual([['STEERING_GROUP_MEETING_HELD', 'DIALOGUE']]);
    expect(both.state.meetings[0]).toMatchObject({ id: 1, date: '2020-04-15', minutes: 'Protokoll' });
    const alone = move(inForce(), meeting('2020-04-15', false), '2020-04-16');
    expect(alone.steps[0].levelReached).toBeNull();
  });

  it('refuses a meeting outside every adopted version, or in the future, naming the date', () => {
    expect(refusal(inForce(), meeting('2020-02-28'), '2020-04-16')).toMatchObject({ code: 'MEETING_OUTSIDE_PERIOD', field: 'date', kind: 'INVALID' });
    const future = refusal(inForce(), meeting('2020-04-17'), '2020-04-16');
    expect(future).toMatchObject({ code: 'MEETING_OUTSIDE_PERIOD', field: 'date' });
    expect(future.message.en).toContain('future');
  });

  it('refuses attendance without names or with an empty name, a sector given twice, and missing minutes', () => {
    const state = inForce();
    const base = meeting('2020-04-15') as Extract<FrameworkCommand, { type: 'RECORD_STEERING_GROUP_MEETING' }>;
    expect(refusal(state, { ...base, attendance: [] }, '2020-04-16')).toMatchObject({ code: 'ATTENDANCE_REQUIRED', field: 'attendance' });
    expect(refusal(state, { ...base, attendance: [{ sector: 'PUBLIC', names: ['Lena', ' '] }] }, '2020-04-16')).toMatchObject({
      code: 'ATTENDEE_NAMES_REQUIRED',
      field: 'attendance.0.names.1',
    });
    expect(refusal(state, { ...base, attendance: [{ sector: 'PUBLIC', names: [] }] }, '2020-04-16')).toMatchObject({ field: 'attendance.0.names' });
    expect(
      refusal(
        state,
        {
          ...base,
          attendance: [
            { sector: 'PUBLIC', names: ['A'] },
            { sector: 'PUBLIC', names: ['B'] },
          ],
        },
        '2020-04-16',
      ),
    ).toMatchObject({ code: 'VALUE_REPEATED', field: 'attendance.1.sector' });
    expect(refusal(state, { ...base, minutes: '' }, '2020-04-16')).toMatchObject({ code: 'TEXT_REQUIRED', field: 'minutes' });
    expect(refusal(state, { ...base, party: NATVERKET }, '2020-04-16')).toMatchObject({ code: 'PUBLIC_PARTY_ONLY' });
  });

  it("lets a seated organisation's representative record its side's attendance, replacing what was there", () => {
    let state = run(inForce(), appoint('CIVIL_SOCIETY', 'Erik Holm', NATVERKET), '2020-03-25');
    state = run(state, meeting('2020-04-15', false), '2020-04-16');
    const recorded = move(
      state,
      { type: 'RECORD_SECTOR_ATTENDANCE', party: NATVERKET, meetingId: 1, names: ['Erik Holm', 'Eva Lund'] },
      '2020-04-17',
    );
    expect(recorded.state.meetings[0].attendance).toEqual([
      { sector: 'PUBLIC', names: ['Lena Sundström'], recordedBy: 'PUBLIC' },
      { sector: 'CIVIL_SOCIETY', names: ['Erik Holm', 'Eva Lund'], recordedBy: NATVERKET },
    ]);
    expect(recorded.steps[0]).toMatchObject({ action: 'SECTOR_ATTENDANCE_RECORDED', levelReached: 'DIALOGUE' });
    const joined = join(state, VARSTA, '2020-04-17');
    expect(refusal(joined, { type: 'RECORD_SECTOR_ATTENDANCE', party: VARSTA, meetingId: 1, names: ['Maria'] }, '2020-04-18')).toMatchObject({
      code: 'NO_STEERING_GROUP_SEAT',
      kind: 'FORBIDDEN',
    });
    expect(refusal(state, { type: 'RECORD_SECTOR_ATTENDANCE', party: NATVERKET, meetingId: 7, names: ['E'] }, '2020-04-18')).toMatchObject({
      code: 'MEETING_NOT_FOUND',
    });
    expect(refusal(state, { type: 'RECORD_SECTOR_ATTENDANCE', party: NATVERKET, meetingId: 1, names: [''] }, '2020-04-18')).toMatchObject({
      field: 'names.0',
    });
  });
});
