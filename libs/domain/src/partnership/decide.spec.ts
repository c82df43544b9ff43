import { applyTimerEvent, nextTimer } from '.';
import { approve, decision, draft, NATVERKET, open, refusalOf, run, toApproval, toDrafting, toImplementation, VARSTA } from './decide-builders.test';

describe('the lifecycle of a partnership', () => {
  it('moves from problem definition through dialogue once every party has agreed', () => {
    const state = toDrafting();
    expect(state.phase).toBe('DRAFTING');
    expect(state.problemDefinition?.agreedBy).toEqual(['PUBLIC', NATVERKET]);
    // The organisation's first answer also accepts its invitation.
    expect(state.organisations[0].status).toBe('ACCEPTED');
  });

  it('asks the other parties to agree to a proposed problem definition, with a due date', () => {
    const state = run(open(), {
      type: 'PROPOSE_PROBLEM_DEFINITION',
      party: NATVERKET,
      challenge: 'Ensamhet',
      targetGroup: 'Äldre',
      goals: ['Mötesplatser'],
      developmentAreas: [],
    });
    const task = state.tasks.find((t) => t.type === 'AGREE_PROBLEM_DEFINITION');
    expect(task).toMatchObject({ addressedTo: 'PUBLIC', status: 'OPEN', dueDate: '2026-01-19' });
  });

  it("sends återremiss back to drafting with the body's reasons, keeping the earlier versions", () => {
    const state = run(toApproval(), decision('RETURNED'));
    expect(state.phase).toBe('DRAFTING');
    expect(state.round).toMatchObject({ number: 2, kind: 'RESUBMISSION', reasons: 'Förtydliga uppföljningen' });
    expect(state.drafts).toHaveLength(1);
    const next = run(state, draft());
    expect(next.drafts.map((d) => [d.version, d.round])).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('ends the process when the political body rejects the agreement', () => {
    const state = run(toApproval(), decision('REJECTED'));
    expect(state.phase).toBe('ENDED');
    expect(state.ended?.reason).toBe('REJECTED');
    expect(state.tasks.filter((t) => t.status === 'OPEN')).toEqual([]);
  });

  it('puts the agreement in force when every party has signed', () => {
    const state = toImplementation();
    expect(state.phase).toBe('IMPLEMENTATION');
    expect(state.agreement).toMatchObject({ round: 1, draftVersion: 1, startDate: '2026-03-01', endDate: '2029-03-01' });
  });

  it('raises a follow-up every year and expires the day after the end date', () => {
    let state = toImplementation();
    const fired: string[] = [];
    for (let i = 0; i < 5; i++) {
      const timer = nextTimer(state)!;
      fired.push(`${timer.event.type}@${timer.at.slice(0, 10)}`);
      state = applyTimerEvent(state, timer.event, { actor: 'system', now: timer.at }).state;
      if (state.ended) break;
    }
    expect(fired).toEqual(['RAISE_FOLLOW_UP@2027-03-01', 'RAISE_FOLLOW_UP@2028-03-01', 'RAISE_FOLLOW_UP@2029-03-01', 'EXPIRE@2029-03-02']);
    expect(state.ended?.reason).toBe('EXPIRED');
    expect(state.followUps).toHaveLength(3);
  });

  it('asks each organisation for a yearly report and the public party for a joint follow-up meeting', () => {
    let state = toImplementation();
    const timer = nextTimer(state)!;
    state = applyTimerEvent(state, timer.event, { actor: 'system', now: timer.at }).state;
    const open = state.tasks.filter((t) => t.status === 'OPEN').map((t) => [t.type, t.addressedTo, t.ref]);
    expect(open).toEqual([
      ['SUBMIT_FOLLOW_UP_REPORT', NATVERKET, '2027-03-01'],
      ['HOLD_FOLLOW_UP_MEETING', 'PUBLIC', '2027-03-01'],
    ]);
    state = run(state, { type: 'SUBMIT_FOLLOW_UP_REPORT', party: NATVERKET, dueDate: '2027-03-01', summary: 'Rapport' });
    expect(refusalOf(state, { type: 'SUBMIT_FOLLOW_UP_REPORT', party: NATVERKET, dueDate: '2027-03-01', summary: 'Igen' })).toBe(
      'REPORT_ALREADY_SUBMITTED',
    );
  });

  it('keeps the signed agreement in force while an amendment is drafted and approved', () => {
    let state = run(toImplementation(), { type: 'PROPOSE_AMENDMENT', party: NATVERKET, reason: 'Fler mötesplatser' });
    expect(state.phase).toBe('DRAFTING');
    expect(state.agreement?.round).toBe(1);
    state = run(state, draft([NATVERKET], { endDate: '2030-03-01' }));
    state = run(
      state,
      { type: 'REVIEW_DRAFT', party: 'PUBLIC', version: 2, decision: 'APPROVED' },
      { type: 'REVIEW_DRAFT', party: NATVERKET, version: 2, decision: 'APPROVED' },
    );
    state = run(approve(state), { type: 'SIGN', party: 'PUBLIC', signatoryName: 'A' });
    expect(state.agreement?.round).toBe(1);
    state = run(state, { type: 'SIGN', party: NATVERKET, signatoryName: 'B' });
    expect(state.agreement).toMatchObject({ round: 2, endDate: '2030-03-01', previousRound: 1 });
    expect(state.phase).toBe('IMPLEMENTATION');
  });

  it('leaves the agreement as it was when an amendment is rejected', () => {
    let state = run(toImplementation(), { type: 'PROPOSE_AMENDMENT', party: 'PUBLIC', reason: 'Ny budget' });
    state = run(
      state,
      draft(),
      { type: 'REVIEW_DRAFT', party: 'PUBLIC', version: 2, decision: 'APPROVED' },
      { type: 'REVIEW_DRAFT', party: NATVERKET, version: 2, decision: 'APPROVED' },
      decision('REJECTED'),
    );
    expect(state.phase).toBe('IMPLEMENTATION');
    expect(state.agreement?.round).toBe(1);
  });

  it('opens a renewal as a new drafting round linked to the previous agreement', () => {
    let state = run(toImplementation(), { type: 'START_RENEWAL', party: 'PUBLIC' });
    expect(state.round).toMatchObject({ number: 2, kind: 'RENEWAL' });
    state = run(
      state,
      draft([NATVERKET], { startDate: '2029-03-02', endDate: '2032-03-01' }),
      { type: 'REVIEW_DRAFT', party: 'PUBLIC', version: 2, decision: 'APPROVED' },
      { type: 'REVIEW_DRAFT', party: NATVERKET, version: 2, decision: 'APPROVED' },
    );
    state = run(approve(state), { type: 'SIGN', party: 'PUBLIC', signatoryName: 'A' }, { type: 'SIGN', party: NATVERKET, signatoryName: 'B' });
    expect(state.agreements.map((a) => [a.round, a.startDate, a.previousRound])).toEqual([
      [1, '2026-03-01', undefined],
      [2, '2029-03-02', 1],
    ]);
  });

  it('ends a terminated agreement when the notice period is over (an organisation notice, rules 1 and 2)', () => {
    let state = run(toImplementation(undefined, 2), { type: 'TERMINATE', party: NATVERKET, reason: 'Verksamheten läggs ner' });
    expect(state.termination).toMatchObject({ by: NATVERKET, effectiveDate: expect.stringMatching(/^2026-0[67]-/) });
    const timer = nextTimer(state)!;
    expect(timer.event.type).toBe('TERMINATION_TAKES_EFFECT');
    state = applyTimerEvent(state, timer.event, { actor: 'system', now: timer.at }).state;
    expect(state.ended).toMatchObject({ reason: 'TERMINATED', detail: 'Verksamheten läggs ner' });
  });
});

describe('organisations that decline or withdraw', () => {
  it('goes on while one organisation remains, and completes a signature waiting only for the one that left', () => {
    let state = approve(toApproval([NATVERKET, VARSTA]));
    state = run(state, { type: 'SIGN', party: 'PUBLIC', signatoryName: 'A' }, { type: 'SIGN', party: NATVERKET, signatoryName: 'B' });
    expect(state.phase).toBe('SIGNATURE');
    state = run(state, { type: 'WITHDRAW_ORGANISATION', party: VARSTA, reason: 'Styrelsebeslut' });
    expect(state.phase).toBe('IMPLEMENTATION');
    expect(state.tasks.filter((t) => t.addressedTo === VARSTA && t.status === 'OPEN')).toEqual([]);
  });

  it('ends the process when the last organisation declines its invitation', () => {
    const state = run(open(), { type: 'RESPOND_TO_INVITATION', party: NATVERKET, accept: false, reason: 'Saknar resurser' });
    expect(state.ended).toMatchObject({ reason: 'NO_ORGANISATIONS_LEFT' });
    expect(state.phase).toBe('ENDED');
  });

  it('refuses a withdrawal after signature: the organisation terminates instead', () => {
    expect(refusalOf(toImplementation(), { type: 'WITHDRAW_ORGANISATION', party: NATVERKET, reason: 'x' })).toBe('WITHDRAWAL_AFTER_SIGNATURE');
  });
});
