import { PRINCIPLES } from '../partnership/principle';
import { decideFramework } from './decide';
import { decision, drafted, inForce, NATVERKET, on, refusal, run, runTimers, terms } from './framework-builders.test';
import { startFramework } from './start';

const propose = (overrides: Parameters<typeof terms>[0] = {}) => ({
  type: 'PROPOSE_VERSION' as const,
  party: 'PUBLIC',
  reason: 'Revidering',
  ...terms(overrides),
});

describe('opening a framework with its first version', () => {
  it('opens it and drafts version 1 in one outcome, the commitments numbered per principle', () => {
    const started = startFramework(
      'f-1',
      {
        title: 'Överenskommelsen',
        publicParty: { name: 'Region Skåne' },
        sectorRepresentative: { name: 'Nätverket', organisationNumber: NATVERKET },
      },
      terms(),
      on('2020-01-10'),
    );
    if (!started.ok) throw new Error(started.refusal.code);
    expect(started.value.steps.map((s) => s.action)).toEqual(['FRAMEWORK_OPENED', 'VERSION_PROPOSED']);
    expect(started.value.state).toMatchObject({ status: 'PREPARING', revision: 1, versions: [{ version: 1, status: 'DRAFT' }] });
    expect(started.value.state.versions[0].principles[1].commitments.map((c) => c.id)).toEqual(['DIALOGUE-1', 'DIALOGUE-2']);
  });

  it('refuses the whole start when the first version breaks a rule, or the representative has no valid organisationsnummer', () => {
    const framework = {
      title: 'Ö',
      publicParty: { name: 'Region Skåne' },
      sectorRepresentative: { name: 'Nätverket', organisationNumber: NATVERKET },
    };
    const bad = startFramework('f-1', framework, terms({ principles: [] }), on('2020-01-10'));
    expect(bad.ok ? undefined : bad.refusal).toMatchObject({ code: 'PRINCIPLE_UNADDRESSED', field: 'principles' });
    const number = startFramework(
      'f-1',
      { ...framework, sectorRepresentative: { name: 'N', organisationNumber: '802456-1239' } },
      undefined,
      on('2020-01-10'),
    );
    expect(number.ok ? undefined : number.refusal).toMatchObject({
      code: 'ORGANISATION_NUMBER_CHECK_DIGIT',
      field: 'sectorRepresentative.organisationNumber',
    });
  });
});

describe('proposing a version', () => {
  it('refuses a second draft while one awaits its decision', () => {
    expect(refusal(drafted(), propose(), '2020-01-11')).toMatchObject({ code: 'DRAFT_PENDING', kind: 'CONFLICT' });
  });

  it('refuses a text that leaves a principle without a commitment, naming the principles', () => {
    const state = run(drafted(), decision(1, '2020-03-01'), '2020-03-02');
    const withoutDiversity = terms().principles.filter((p) => p.principle !== 'DIVERSITY');
    const r = refusal(state, propose({ principles: withoutDiversity }), '2020-04-01');
    expect(r).toMatchObject({ code: 'PRINCIPLE_UNADDRESSED', field: 'principles', kind: 'INVALID' });
    expect(r.message.en).toContain('diversity');
    const empty = terms().principles.map((p) => (p.principle === 'QUALITY' ? { ...p, commitments: [] } : p));
    expect(refusal(state, propose({ principles: empty }), '2020-04-01').message.sv).toContain('kvalitet');
    expect(PRINCIPLES).toHaveLength(6);
  });

  it('refuses a period ending before it starts, unequal or no seats, and cadences out of bounds, naming the field', () => {
    const state = inForce();
    const day = '2020-04-01';
    expect(refusal(state, propose({ period: { start: '2021-01-01', end: '2020-12-31' } }), day)).toMatchObject({
      code: 'PERIOD_DATES_INVALID',
      field: 'period.end',
    });
    expect(refusal(state, propose({ period: { start: '2021-02-30' } }), day)).toMatchObject({ code: 'DATE_OUT_OF_RANGE', field: 'period.start' });
    const group = terms().steeringGroup;
    for (const seatsPerSector of [0, 1.5]) {
      expect(refusal(state, propose({ steeringGroup: { ...group, seatsPerSector } }), day)).toMatchObject({
        code: 'STEERING_GROUP_UNEQUAL',
        field: 'steeringGroup.seatsPerSector',
      });
    }
    expect(refusal(state, propose({ steeringGroup: { ...group, meetingsPerYear: 13 } }), day)).toMatchObject({
      code: 'NUMBER_OUT_OF_RANGE',
      field: 'steeringGroup.meetingsPerYear',
    });
    expect(refusal(state, propose({ steeringGroup: { ...group, reviewIntervalYears: 0 } }), day)).toMatchObject({
      code: 'NUMBER_OUT_OF_RANGE',
      field: 'steeringGroup.reviewIntervalYears',
    });
  });

  it('refuses a text the database could not store, naming its field, before any other rule', () => {
    const r = refusal(inForce(), propose({ summary: 'Syfte\u0000' }), '2020-04-01');
    expect(r).toMatchObject({ code: 'TEXT_NOT_STORABLE', field: 'summary', kind: 'INVALID' });
  });

  it('lets only the public party propose', () => {
    expect(refusal(inForce(), { ...propose(), party: NATVERKET }, '2020-04-01')).toMatchObject({ code: 'PUBLIC_PARTY_ONLY', kind: 'FORBIDDEN' });
  });
});

describe('the decision on a version', () => {
  it('puts a version whose period has started in force at once; the sector representative joins that day', () => {
    const result = decideFramework(drafted(), decision(1, '2020-03-01'), on('2020-03-02'));
    if (!result.ok) throw new Error(result.refusal.code);
    const { state, steps } = result.value;
    expect(state).toMatchObject({ status: 'IN_FORCE', versionInForce: 1, reviewDueBy: '2025-03-01' });
    expect(state.versions[0]).toMatchObject({ status: 'IN_FORCE', inForceFrom: '2020-03-01' });
    expect(state.members).toEqual([expect.objectContaining({ organisationNumber: NATVERKET, status: 'JOINED', joinedOn: '2020-03-01' })]);
    // The adoption completes the text negotiated with the sector's representative: a co-decided step.
    expect(steps.map((s) => [s.action, s.levelReached])).toEqual([
      ['VERSION_DECISION_APPROVED', 'PARTNERSHIP'],
      ['VERSION_IN_FORCE', 'INFORMATION'],
    ]);
    expect(state.tasks).toEqual([expect.objectContaining({ type: 'HOLD_FOLLOW_UP_CONFERENCE', ref: '2020', dueDate: '2020-12-31', status: 'OPEN' })]);
  });

  it('keeps a returned version a draft and ends a rejected one, each with the reasons', () => {
    const returned = run(drafted(), decision(1, '2020-02-01', 'RETURNED'), '2020-02-02');
    expect(returned.versions[0]).toMatchObject({ status: 'DRAFT', decisions: [{ outcome: 'RETURNED', reasons: 'Förtydliga åtagandena' }] });
    const rejected = run(returned, decision(1, '2020-03-01', 'REJECTED'), '2020-03-02');
    expect(rejected).toMatchObject({ status: 'PREPARING', versions: [{ status: 'REJECTED' }] });
  });

  it('refuses a decision on anything but the latest draft, without a diarienummer or reasons, or dated in the future', () => {
    const state = drafted();
    expect(refusal(state, decision(2, '2020-03-01'), '2020-03-02')).toMatchObject({ code: 'VERSION_NOT_LATEST_DRAFT', field: 'version' });
    expect(refusal(inForce(), decision(1, '2020-03-01'), '2020-03-02')).toMatchObject({ code: 'VERSION_NOT_LATEST_DRAFT' });
    expect(refusal(state, { ...decision(1, '2020-03-01'), diarienummer: ' ' }, '2020-03-02')).toMatchObject({
      code: 'DIARIENUMMER_REQUIRED',
      field: 'diarienummer',
    });
    expect(refusal(state, { ...decision(1, '2020-03-01', 'REJECTED'), reasons: undefined }, '2020-03-02')).toMatchObject({
      code: 'REASONS_REQUIRED',
      field: 'reasons',
    });
    expect(refusal(state, decision(1, '2020-03-05'), '2020-03-02')).toMatchObject({ code: 'DECISION_DATE_IN_FUTURE', field: 'meetingDate' });
  });

  it('keeps the version in force while a revision is decided, and switches at the revision period start', () => {
    let state = run(inForce(), propose({ period: { start: '2025-01-01', end: '2029-12-31' } }), '2024-05-01');
    state = run(state, decision(2, '2024-06-10'), '2024-06-11');
    expect(state).toMatchObject({ status: 'IN_FORCE', versionInForce: 1, reviewDueBy: '2029-06-10' });
    expect(state.versions.map((v) => v.status)).toEqual(['IN_FORCE', 'ADOPTED']);
    const switched = runTimers(state, '2025-01-01T00:00:00.000Z');
    expect(switched.fired).toContain('VERSION_COMES_IN_FORCE@2025-01-01');
    expect(switched.state.versionInForce).toBe(2);
    expect(switched.state.versions.map((v) => [v.status, v.inForceFrom, v.inForceUntil])).toEqual([
      ['SUPERSEDED', '2020-03-01', '2024-12-31'],
      ['IN_FORCE', '2025-01-01', undefined],
    ]);
    // The representative joined once, with the first version.
    expect(switched.state.members).toHaveLength(1);
  });

  it('lets a version lapse at its period end with no successor, and brings the framework back with the next adoption', () => {
    const state = run(drafted('2020-01-10', terms({ period: { start: '2020-03-01', end: '2020-12-31' } })), decision(1, '2020-03-01'), '2020-03-02');
    const lapsed = runTimers(state, '2021-01-01T00:00:00.000Z').state;
    expect(lapsed).toMatchObject({ status: 'LAPSED', versionInForce: undefined });
    expect(lapsed.versions[0]).toMatchObject({ status: 'SUPERSEDED', inForceUntil: '2020-12-31' });
    const revised = run(run(lapsed, propose({ period: { start: '2021-02-01' } }), '2021-01-20'), decision(2, '2021-02-01'), '2021-02-02');
    expect(revised).toMatchObject({ status: 'IN_FORCE', versionInForce: 2 });
  });

  it('refuses every move once the framework has ended, and cancels its open tasks', () => {
    const ended = run(inForce(), { type: 'END_FRAMEWORK', party: 'PUBLIC', endedOn: '2020-05-01', statement: 'Beslut om avslut' }, '2020-05-01');
    expect(ended).toMatchObject({ status: 'ENDED', versionInForce: undefined, ended: { reason: 'ENDED_BY_PUBLIC_PARTY', on: '2020-05-01' } });
    expect(ended.tasks.every((t) => t.status === 'CANCELLED')).toBe(true);
    expect(refusal(ended, propose(), '2020-05-02')).toMatchObject({ code: 'FRAMEWORK_ENDED', kind: 'CONFLICT' });
    expect(runTimers(ended, '2030-01-01T00:00:00.000Z').fired).toEqual([]);
    expect(refusal(inForce(), { type: 'END_FRAMEWORK', party: 'PUBLIC', endedOn: '2020-05-01', statement: ' ' }, '2020-05-01')).toMatchObject({
      code: 'TEXT_REQUIRED',
      field: 'statement',
    });
  });
});
