import { FORUM_KEYS, SKR_CRITERIA } from '../legal-frame';
import type { PartnershipCommand } from './commands';
import { legalBasis, move, NATVERKET, open, refusal, run, toDialogue, toDrafting } from './decide-builders.test';
import type { PartnershipState } from './state';

const goal: PartnershipCommand = { type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'Fler delaktiga' };
const close: PartnershipCommand = { type: 'CLOSE_DIALOGUE', party: 'PUBLIC' };

/** Refused, changing nothing, in both languages. */
function refusedUnchanged(state: PartnershipState, command: PartnershipCommand) {
  const before = JSON.stringify(state);
  const refused = refusal(state, command);
  expect(JSON.stringify(state)).toBe(before);
  expect(refused.message.sv).not.toBe('');
  expect(refused.message.en).not.toBe('');
  return refused;
}

describe('closing the dialogue without the assessment of why IOP (rules version 3)', () => {
  it('is refused under version 3 with LEGAL_BASIS_MISSING, and accepted under version 2 as before', () => {
    const v3 = run(toDialogue([NATVERKET], 3), goal);
    expect(refusedUnchanged(v3, close)).toMatchObject({ code: 'LEGAL_BASIS_MISSING', kind: 'CONFLICT' });
    const v2 = run(toDialogue([NATVERKET], 2), goal);
    expect(move(v2, close).state.phase).toBe('DRAFTING');
  });

  it('closes under version 3 once the assessment is recorded', () => {
    expect(run(toDialogue([NATVERKET], 3), goal, legalBasis(), close).phase).toBe('DRAFTING');
  });
});

describe('recording why IOP (RECORD_LEGAL_BASIS)', () => {
  it('keeps every criterion, key and the conclusion, and logs a step the organisations are informed of', () => {
    const outcome = move(toDialogue(), legalBasis());
    const [recorded] = outcome.state.legalBasis!;
    expect(recorded).toMatchObject({ version: 1, recordedBy: 'PUBLIC', conclusion: expect.stringContaining('IOP') });
    expect(Object.keys(recorded.criteria)).toEqual([...SKR_CRITERIA]);
    expect(Object.keys(recorded.forumKeys)).toEqual([...FORUM_KEYS]);
    expect(outcome.steps).toEqual([
      expect.objectContaining({ action: 'LEGAL_BASIS_RECORDED', phase: 'DIALOGUE', evidence: { informed: [NATVERKET] } }),
    ]);
  });

  it('recorded again, the new version is the one in force and the first is kept', () => {
    const unclear = legalBasis();
    if (unclear.type !== 'RECORD_LEGAL_BASIS') throw new Error('builder');
    const second = {
      ...unclear,
      criteria: { ...unclear.criteria, POLITICAL_PROGRAMME: { assessment: 'UNCLEAR' as const, comment: 'Programmet är under revidering.' } },
    };
    const state = run(toDialogue(), legalBasis(), second);
    expect(state.legalBasis!.map((v) => v.version)).toEqual([1, 2]);
    expect(state.legalBasis![1].criteria.POLITICAL_PROGRAMME.assessment).toBe('UNCLEAR');
    expect(state.legalBasis![0].criteria.POLITICAL_PROGRAMME.assessment).toBe('MET');
  });

  it('keeps only the terms: a key that is no criterion never reaches the state', () => {
    const base = legalBasis();
    if (base.type !== 'RECORD_LEGAL_BASIS') throw new Error('builder');
    const extra = { ...base, criteria: { ...base.criteria, SOMETHING_ELSE: { assessment: 'MET', comment: 'x' } } } as PartnershipCommand;
    expect(Object.keys(run(toDialogue(), extra).legalBasis![0].criteria)).toEqual([...SKR_CRITERIA]);
  });

  it('refuses an assessment that leaves a criterion, a comment, a key or the conclusion out, naming the field', () => {
    const base = legalBasis();
    if (base.type !== 'RECORD_LEGAL_BASIS') throw new Error('builder');
    const { SHARED_NEED: _left, ...withoutOne } = base.criteria;
    const cases: [PartnershipCommand, string][] = [
      [{ ...base, criteria: withoutOne as typeof base.criteria }, 'criteria.SHARED_NEED.assessment'],
      [{ ...base, criteria: { ...base.criteria, SHARED_NEED: { assessment: 'MET', comment: '  ' } } }, 'criteria.SHARED_NEED.comment'],
      [{ ...base, criteria: { ...base.criteria, SHARED_NEED: { assessment: 'MAYBE' as 'MET', comment: 'x' } } }, 'criteria.SHARED_NEED.assessment'],
      [{ ...base, forumKeys: { ...base.forumKeys, LEARNING_GOALS: '' } }, 'forumKeys.LEARNING_GOALS'],
      [{ ...base, conclusion: ' ' }, 'conclusion'],
    ];
    for (const [command, field] of cases) {
      const refused = refusedUnchanged(toDialogue(), command);
      expect(refused.code).toBe('LEGAL_BASIS_INCOMPLETE');
      expect(refused.message.en).toContain(field);
      expect(refused.message.sv).toContain(field);
    }
  });

  it('is the public party’s move, from the problem definition until the political decision', () => {
    expect(refusedUnchanged(toDialogue(), { ...legalBasis(), party: NATVERKET }).code).toBe('PUBLIC_PARTY_ONLY');
    expect(move(open(), legalBasis()).state.legalBasis).toHaveLength(1);
    expect(move(toDrafting(), legalBasis()).state.legalBasis).toHaveLength(2);
  });
});
