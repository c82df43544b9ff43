import { FORENINGEN, inForce, join, drafted, NATVERKET, refusal, run, VARSTA, move } from './framework-builders.test';
import type { FrameworkCommand } from './commands';
import { JOINING_UNDERTAKINGS } from './vocabulary';

const apply = (party: string, declaration = [...JOINING_UNDERTAKINGS]): Extract<FrameworkCommand, { type: 'APPLY_TO_JOIN' }> => ({
  type: 'APPLY_TO_JOIN',
  party,
  organisationName: 'Vårsta Diakonigård',
  declaration,
  signatoryName: 'Maria Sjöberg',
});

describe('joining and leaving a framework', () => {
  it('asks the public party to decide on an application within 30 days; a confirmation joins the organisation today', () => {
    const applied = move(inForce(), apply(VARSTA), '2020-04-01');
    expect(applied.steps.map((s) => [s.action, s.levelReached])).toEqual([['APPLICATION_SUBMITTED', 'INFORMATION']]);
    const task = applied.state.tasks.find((t) => t.type === 'DECIDE_ON_APPLICATION')!;
    expect(task).toMatchObject({ addressedTo: 'PUBLIC', ref: VARSTA, dueDate: '2020-05-01', status: 'OPEN' });
    const confirmed = move(
      applied.state,
      { type: 'DECIDE_ON_APPLICATION', party: 'PUBLIC', organisationNumber: VARSTA, confirm: true, taskId: task.id },
      '2020-04-10',
    );
    expect(confirmed.state.members.find((m) => m.organisationNumber === VARSTA)).toMatchObject({ status: 'JOINED', joinedOn: '2020-04-10' });
    expect(confirmed.state.tasks.find((t) => t.id === task.id)?.status).toBe('DONE');
    // The organisation asked and the public party answered: the organisation's answer is on record.
    expect(confirmed.steps.map((s) => [s.action, s.levelReached])).toEqual([['APPLICATION_CONFIRMED', 'CONSULTATION']]);
  });

  it('refuses an application before any version is in force, and one that leaves out an undertaking', () => {
    expect(refusal(drafted(), apply(VARSTA), '2020-02-01')).toMatchObject({ code: 'FRAMEWORK_NOT_IN_FORCE', kind: 'CONFLICT' });
    const r = refusal(inForce(), apply(VARSTA, ['SOCIETAL_PURPOSE', 'DEMOCRATIC_VALUES']), '2020-04-01');
    expect(r).toMatchObject({ code: 'DECLARATION_INCOMPLETE', field: 'declaration', kind: 'INVALID' });
    expect(r.message.en).toContain('INDEPENDENT_OF_PUBLIC_SECTOR');
    expect(refusal(inForce(), { ...apply(VARSTA), signatoryName: '' }, '2020-04-01')).toMatchObject({
      code: 'TEXT_REQUIRED',
      field: 'signatoryName',
    });
  });

  it('refuses joining twice: when joined, and while the application is pending', () => {
    const joined = join(inForce(), VARSTA, '2020-04-01');
    expect(refusal(joined, apply(VARSTA), '2020-04-02')).toMatchObject({ code: 'ALREADY_JOINED', kind: 'CONFLICT' });
    expect(refusal(inForce(), apply(NATVERKET), '2020-04-02')).toMatchObject({ code: 'ALREADY_JOINED' });
    const pending = run(inForce(), apply(VARSTA), '2020-04-01');
    expect(refusal(pending, apply(VARSTA), '2020-04-02')).toMatchObject({ code: 'APPLICATION_PENDING', kind: 'CONFLICT' });
  });

  it('lets only an organisation apply, for itself, with a valid organisationsnummer', () => {
    expect(refusal(inForce(), apply('PUBLIC'), '2020-04-01')).toMatchObject({ code: 'ORGANISATION_ONLY', kind: 'FORBIDDEN' });
    expect(refusal(inForce(), apply('802003-4528'), '2020-04-01')).toMatchObject({ code: 'PARTY_NOT_KNOWN', kind: 'FORBIDDEN' });
  });

  it('needs a reason to refuse an application; a refused organisation may apply again, keeping the earlier record', () => {
    const pending = run(inForce(), apply(VARSTA), '2020-04-01');
    const decide = { type: 'DECIDE_ON_APPLICATION' as const, party: 'PUBLIC', organisationNumber: VARSTA, confirm: false };
    expect(refusal(pending, decide, '2020-04-02')).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(refusal(pending, { ...decide, party: VARSTA, reason: 'x' }, '2020-04-02')).toMatchObject({ code: 'PUBLIC_PARTY_ONLY' });
    expect(refusal(pending, { ...decide, organisationNumber: FORENINGEN, reason: 'x' }, '2020-04-02')).toMatchObject({
      code: 'APPLICATION_NOT_FOUND',
      field: 'organisationNumber',
    });
    const refused = run(pending, { ...decide, reason: 'Inte regional' }, '2020-04-02');
    expect(refused.members.find((m) => m.organisationNumber === VARSTA)).toMatchObject({ status: 'REFUSED', reason: 'Inte regional' });
    const again = run(refused, apply(VARSTA), '2020-06-01');
    expect(again.members.find((m) => m.organisationNumber === VARSTA)).toMatchObject({
      status: 'APPLIED',
      history: [{ status: 'REFUSED', reason: 'Inte regional' }],
    });
  });

  it('lets a joined organisation leave today, vacating its seats in the steering group; only a member may leave', () => {
    let state = join(inForce(), VARSTA, '2020-04-01');
    state = run(
      state,
      {
        type: 'APPOINT_STEERING_GROUP_MEMBER',
        party: VARSTA,
        sector: 'CIVIL_SOCIETY',
        name: 'Maria Sjöberg',
        organisationName: 'Vårsta',
        termStart: '2020-04-01',
        termEnd: '2023-12-31',
      },
      '2020-04-02',
    );
    const left = run(state, { type: 'LEAVE_FRAMEWORK', party: VARSTA, reason: 'Verksamheten läggs ned' }, '2021-09-15');
    expect(left.members.find((m) => m.organisationNumber === VARSTA)).toMatchObject({ status: 'LEFT', leftOn: '2021-09-15' });
    expect(left.steeringGroup[0]).toMatchObject({ organisationNumber: VARSTA, endedOn: '2021-09-15' });
    expect(refusal(left, { type: 'LEAVE_FRAMEWORK', party: VARSTA }, '2021-09-16')).toMatchObject({ code: 'NOT_A_MEMBER', kind: 'CONFLICT' });
    const back = join(left, VARSTA, '2022-01-10');
    expect(back.members.find((m) => m.organisationNumber === VARSTA)).toMatchObject({
      status: 'JOINED',
      joinedOn: '2022-01-10',
      history: [{ status: 'LEFT', joinedOn: '2020-04-01', leftOn: '2021-09-15', reason: 'Verksamheten läggs ned' }],
    });
  });
});
