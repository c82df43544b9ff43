import { decision, move, NATVERKET, run, toApproval } from './decide-builders.test';

describe.each([1, 2])('the step of a decision or a signature carries its terms (rules version %i)', (rulesVersion) => {
  /** What PostgreSQL stores of the state: JSON, where an undefined field is no key at all. */
  const asStored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('records the political decision as the state stores it', () => {
    const returned = move(toApproval([NATVERKET], rulesVersion), decision('RETURNED'));
    expect(returned.steps[0].action).toBe('POLITICAL_DECISION_RETURNED');
    expect(returned.steps[0].record).toStrictEqual({ decision: asStored(returned.state.decisions[0]) });
    expect(returned.steps[0].record).toMatchObject({
      decision: { diarienummer: 'RS 2026/101', paragraph: '§ 12', reasons: 'Förtydliga uppföljningen' },
    });
    const approved = move(toApproval([NATVERKET], rulesVersion), decision('APPROVED'));
    expect(approved.steps[0].record).toStrictEqual({ decision: asStored(approved.state.decisions[0]) });
  });

  it('records each signature as the state stores it, and nothing on the steps that record neither', () => {
    let state = run(toApproval([NATVERKET], rulesVersion), decision('APPROVED'));
    const first = move(state, { type: 'SIGN', party: 'PUBLIC', signatoryName: 'Anna Region' });
    expect(first.steps.map((s) => s.record)).toStrictEqual([{ signature: asStored(first.state.signatures[0]) }]);
    state = first.state;
    const last = move(state, { type: 'SIGN', party: NATVERKET, signatoryName: 'Bo Nätverket' });
    expect(last.steps.map((s) => [s.action, s.record])).toStrictEqual([
      ['SIGNED', { signature: asStored(last.state.signatures[1]) }],
      ['AGREEMENT_SIGNED', undefined],
    ]);
  });
});
