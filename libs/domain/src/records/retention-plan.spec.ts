import { DEFAULT_RETENTION_PLAN, disposableFrom } from './retention-plan';
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
});
