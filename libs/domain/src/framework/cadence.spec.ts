import { inForce, meeting, run, runTimers } from './framework-builders.test';
import type { FrameworkState } from './state';

const openTasks = (state: FrameworkState, type: string) => state.tasks.filter((t) => t.type === type && t.status === 'OPEN');
const showing = (state: FrameworkState) => state.warnings.filter((w) => w.clearedAt === undefined).map((w) => `${w.code}:${w.year}`);

/** In force since 2020-03-01 with a meeting each quarter of 2020, and every timer up to 1 January 2021 fired. */
const year2021 = (): FrameworkState => through(inForce(), ['2020-03-15', '2020-06-15', '2020-09-15', '2020-11-15'], '2021-01-01T00:00:00.000Z').state;

function through(state: FrameworkState, meetingDates: string[], until: string): { state: FrameworkState; fired: string[] } {
  const fired: string[] = [];
  for (const day of meetingDates) {
    const timers = runTimers(state, `${day}T00:00:00.000Z`);
    fired.push(...timers.fired);
    state = run(timers.state, meeting(day), day);
  }
  const rest = runTimers(state, until);
  return { state: rest.state, fired: [...fired, ...rest.fired] };
}

describe("the steering group's meeting cadence", () => {
  it('raises no warning in a year with a meeting in every quarter', () => {
    const { state, fired } = through(year2021(), ['2021-02-10', '2021-05-10', '2021-08-10', '2021-11-10'], '2022-01-01T00:00:00.000Z');
    expect(fired.filter((f) => f.startsWith('QUARTERLY') || f.startsWith('MEETING_YEAR'))).toEqual([]);
    expect(showing(state)).toEqual([]);
  });

  it('warns on 1 October when three quarters held two meetings, and records the year as missed at its end', () => {
    const { state, fired } = through(year2021(), ['2021-02-10', '2021-05-10'], '2021-10-01T00:00:00.000Z');
    expect(fired).toContain('QUARTERLY_MEETING_CHECK@2021-10-01');
    expect(showing(state)).toEqual(['STEERING_GROUP_MEETINGS_BEHIND:2021']);
    expect(openTasks(state, 'HOLD_STEERING_GROUP_MEETING')).toEqual([expect.objectContaining({ dueDate: '2021-12-31', ref: '2021-Q4' })]);
    // The third meeting answers the task, but three cannot reach four: the warning stays, then the year is missed.
    const third = run(state, meeting('2021-11-10'), '2021-11-10');
    expect(openTasks(third, 'HOLD_STEERING_GROUP_MEETING')).toEqual([]);
    expect(showing(third)).toEqual(['STEERING_GROUP_MEETINGS_BEHIND:2021']);
    const ended = runTimers(third, '2022-01-01T00:00:00.000Z');
    expect(ended.fired).toContain('MEETING_YEAR_ENDED@2022-01-01');
    expect(showing(ended.state)).toEqual(['STEERING_GROUP_MEETINGS_MISSED:2021']);
    const missed = ended.steps.find((s) => s.action === 'STEERING_GROUP_MEETINGS_MISSED')!;
    expect(missed).toMatchObject({ responsible: { kind: 'PUBLIC' }, levelReached: null });
  });

  it('warns on 1 April of a year with no meeting in its first quarter, and clears it when two meetings in a quarter catch up', () => {
    const { state, fired } = through(year2021(), [], '2021-04-01T00:00:00.000Z');
    expect(fired).toEqual(['QUARTERLY_MEETING_CHECK@2021-04-01']);
    expect(showing(state)).toEqual(['STEERING_GROUP_MEETINGS_BEHIND:2021']);
    const first = run(state, meeting('2021-04-10'), '2021-04-10');
    expect(showing(first)).toEqual(['STEERING_GROUP_MEETINGS_BEHIND:2021']);
    const second = run(first, meeting('2021-05-10'), '2021-05-10');
    expect(showing(second)).toEqual([]);
  });

  it('asks the year the framework came in force only for the quarters in force from their first day', () => {
    // In force from 2020-03-01: the second to fourth quarters, three meetings. None in March is not behind, and two by
    // October can still make three; two by the year's end missed it.
    const march = through(inForce(), ['2020-05-15', '2020-08-15'], '2021-01-01T00:00:00.000Z');
    expect(march.fired).toEqual(['MEETING_YEAR_ENDED@2021-01-01', 'RAISE_FOLLOW_UP_CONFERENCE@2021-01-01']);
    expect(march.state.warnings.map((w) => w.message.en)).toEqual(['The steering group held 2 of the 3 meetings required in 2020.']);
    expect(showing(march.state)).toEqual(['STEERING_GROUP_MEETINGS_MISSED:2020']);
  });
});

describe('the yearly follow-up conference', () => {
  it('asks for the conference at entry into force and each 1 January after, due 31 December', () => {
    const { state, fired } = through(year2021(), [], '2021-01-01T00:00:00.000Z');
    expect(fired).toEqual([]);
    expect(state.tasks.filter((t) => t.type === 'HOLD_FOLLOW_UP_CONFERENCE').map((t) => [t.ref, t.dueDate])).toEqual([
      ['2020', '2020-12-31'],
      ['2021', '2021-12-31'],
    ]);
  });

  it('records what was done commitment by commitment, one conference a year, answering its task', () => {
    const state = year2021();
    const withPlan = run(
      state,
      {
        type: 'SET_ACTION_PLAN',
        party: 'PUBLIC',
        year: 2021,
        actions: [{ developmentArea: 'COLLABORATION', description: 'Dialogforum', responsible: 'Samverkansgruppen', dueDate: '2021-10-01' }],
      },
      '2021-01-20',
    );
    expect(withPlan.actionPlans[0].actions[0].id).toBe('2021-1');
    const task = openTasks(withPlan, 'HOLD_FOLLOW_UP_CONFERENCE').find((t) => t.ref === '2021')!;
    const conference = {
      type: 'RECORD_FOLLOW_UP_CONFERENCE' as const,
      party: 'PUBLIC',
      year: 2021,
      date: '2021-11-20',
      commitmentOutcomes: [{ commitmentId: 'DIALOGUE-1', whatWasDone: 'Fyra dialogmöten' }],
      actionFollowUps: [{ actionId: '2021-1', outcome: 'DONE' as const }],
      attendedBy: ['PUBLIC', '802456-1238'],
      taskId: task.id,
    };
    const held = run(withPlan, conference, '2021-11-21');
    expect(held.conferences).toHaveLength(1);
    expect(held.tasks.find((t) => t.id === task.id)?.status).toBe('DONE');
    expect(() => run(held, { ...conference, taskId: undefined }, '2021-11-22')).toThrow('CONFERENCE_ALREADY_RECORDED');
    const bad = (overrides: object) => {
      try {
        run(withPlan, { ...conference, ...overrides }, '2021-11-21');
      } catch (e) {
        return (e as Error).message.split(' ')[1];
      }
      return 'accepted';
    };
    expect(bad({ commitmentOutcomes: [{ commitmentId: 'DIALOGUE-9', whatWasDone: 'x' }] })).toBe('COMMITMENT_UNKNOWN');
    expect(bad({ actionFollowUps: [{ actionId: '2019-1', outcome: 'DONE' }] })).toBe('ACTION_UNKNOWN');
    expect(bad({ attendedBy: ['PUBLIC', '802003-4529'] })).toBe('CONFERENCE_ATTENDEE_UNKNOWN');
    expect(bad({ date: '2021-12-01' })).toBe('CONFERENCE_DATE_INVALID');
  });

  it('refuses an action plan naming a development area the version in force does not have', () => {
    expect(() =>
      run(
        year2021(),
        {
          type: 'SET_ACTION_PLAN',
          party: 'PUBLIC',
          year: 2021,
          actions: [{ developmentArea: 'LEARNING_AND_RESEARCH', description: 'd', responsible: 'r', dueDate: '2021-10-01' }],
        },
        '2021-01-20',
      ),
    ).toThrow('DEVELOPMENT_AREA_NOT_IN_FRAMEWORK');
  });
});

describe('the review at least every fifth year', () => {
  const review = (meetingDate: string, outcome: 'APPROVED' | 'RETURNED' = 'APPROVED') => ({
    type: 'RECORD_REVIEW_DECISION' as const,
    party: 'PUBLIC',
    reviewOutcome: 'CONTINUE' as const,
    body: 'Regionfullmäktige',
    meetingDate,
    diarienummer: 'RS 2024/3',
    paragraph: '§ 7',
    outcome,
    ...(outcome === 'APPROVED' ? {} : { reasons: 'Mer underlag' }),
  });
  /** The cadence's meetings held, so that only the review's timers fire. */
  function until(state: FrameworkState, instant: string): { state: FrameworkState; fired: string[] } {
    const fired: string[] = [];
    for (let year = 2021; `${year}-01-01` <= instant.slice(0, 10); year++) {
      const days = ['02-10', '05-10', '08-10', '11-10'].map((d) => `${year}-${d}`).filter((d) => d <= instant.slice(0, 10));
      const r = through(state, days, `${days[days.length - 1] ?? `${year}-01-01`}T00:00:00.000Z`);
      state = r.state;
      fired.push(...r.fired);
    }
    const rest = runTimers(state, instant);
    return { state: rest.state, fired: [...fired, ...rest.fired].filter((f) => f.startsWith('RAISE_REVIEW') || f.startsWith('REVIEW')) };
  }

  it('asks for the review in its fifth year, and shows it overdue the day after its due date', () => {
    const state = year2021();
    expect(state.reviewDueBy).toBe('2025-03-01');
    const asked = until(state, '2024-03-01T00:00:00.000Z');
    expect(asked.fired).toEqual(['RAISE_REVIEW@2024-03-01']);
    expect(openTasks(asked.state, 'DECIDE_ON_REVIEW')).toEqual([expect.objectContaining({ dueDate: '2025-03-01', ref: '2025-03-01' })]);
    const overdue = until(asked.state, '2025-03-02T00:00:00.000Z');
    expect(overdue.fired).toEqual(['REVIEW_OVERDUE@2025-03-02']);
    expect(showing(overdue.state)).toEqual(['REVIEW_OVERDUE:2025']);
  });

  it('starts the interval afresh with a review decided, answering the task and clearing the warning; a return decides nothing', () => {
    const overdue = until(year2021(), '2025-03-02T00:00:00.000Z').state;
    const returned = run(overdue, review('2025-04-01', 'RETURNED'), '2025-04-02');
    expect(returned.reviewDueBy).toBe('2025-03-01');
    expect(showing(returned)).toEqual(['REVIEW_OVERDUE:2025']);
    const decided = run(returned, review('2025-05-01'), '2025-05-02');
    expect(decided.reviewDueBy).toBe('2030-05-01');
    expect(openTasks(decided, 'DECIDE_ON_REVIEW')).toEqual([]);
    expect(showing(decided)).toEqual([]);
    expect(decided.reviews.map((r) => r.outcome)).toEqual(['RETURNED', 'APPROVED']);
  });
});
