import { DEFAULT_RETENTION_PLAN, disposableFrom, parseRetentionPlan } from './retention-plan';
import { DOCUMENT_KINDS } from './vocabulary';

describe('the document management plan', () => {
  it('gives every kind of document a class, keeping the agreement and the decision extract', () => {
    expect(Object.keys(DEFAULT_RETENTION_PLAN).sort()).toEqual([...DOCUMENT_KINDS].sort());
    expect(DEFAULT_RETENTION_PLAN.AGREEMENT.kind).toBe('PRESERVE');
    expect(DEFAULT_RETENTION_PLAN.DECISION_EXTRACT.kind).toBe('PRESERVE');
  });

  it('makes a handling disposable N years after the case closed, never one that is kept or of an open case', () => {
    expect(disposableFrom({ kind: 'DISPOSE', years: 2 }, '2026-03-31')).toBe('2028-03-31');
    expect(disposableFrom({ kind: 'DISPOSE', years: 2 }, '2028-02-29')).toBe('2030-03-01');
    expect(disposableFrom({ kind: 'DISPOSE', years: 2 }, null)).toBeNull();
    expect(disposableFrom({ kind: 'PRESERVE' }, '2026-03-31')).toBeNull();
  });

  it("takes a region's plan for the kinds it names and the default for the others", () => {
    const parsed = parseRetentionPlan('{"MINUTES":{"kind":"DISPOSE","years":10},"DRAFT":{"kind":"PRESERVE"}}');
    expect(parsed).toEqual({
      ok: true,
      plan: { ...DEFAULT_RETENTION_PLAN, MINUTES: { kind: 'DISPOSE', years: 10 }, DRAFT: { kind: 'PRESERVE' } },
    });
  });

  it('names each kind of a plan that breaks a rule, and the rule', () => {
    const parsed = parseRetentionPlan('{"MINUTS":{"kind":"PRESERVE"},"DRAFT":{"kind":"DISPOSE"},"OTHER":{"kind":"DISPOSE","years":2.5}}');
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems).toEqual([
      expect.stringMatching(/^IOP_RETENTION_PLAN\.MINUTS: not a document kind/),
      expect.stringMatching(/^IOP_RETENTION_PLAN\.DRAFT: must be .*whole number from 1 to 200/),
      expect.stringMatching(/^IOP_RETENTION_PLAN\.OTHER: must be/),
    ]);
    expect(parseRetentionPlan('not json')).toEqual({ ok: false, problems: [expect.stringMatching(/must be JSON/)] });
    expect(parseRetentionPlan('[]')).toEqual({ ok: false, problems: [expect.stringMatching(/JSON object keyed by document kind/)] });
  });
});
