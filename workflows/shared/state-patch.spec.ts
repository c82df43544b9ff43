import { decide, openPartnership, PartnershipState } from '../../libs/domain/src';
import { applyStatePatch, diffState, sameState } from './state-patch';

describe('state patches', () => {
  it('turns one value into the next, leaving the first as it was', () => {
    const before = { phase: 'A', list: [1, { x: 1 }], gone: 'soon', nested: { keep: true, change: 1 } };
    const after = { phase: 'B', list: [1, { x: 2 }, 3, 4], nested: { keep: true, change: 2, added: [null] } };
    const copy = JSON.parse(JSON.stringify(before));
    const ops = diffState(before, after);
    expect(applyStatePatch(before, ops)).toEqual(after);
    expect(before).toEqual(copy);
  });

  it('says what changed and no more: an append of new elements, a set at the deepest changed path, a delete of a key gone', () => {
    expect(diffState({ a: [1, 2], b: { c: 1, d: 'x' } }, { a: [1, 2, 3], b: { c: 2 } })).toEqual([
      { op: 'append', path: ['a'], values: [3] },
      { op: 'delete', path: ['b', 'd'] },
      { op: 'set', path: ['b', 'c'], value: 2 },
    ]);
    expect(diffState({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('sets an array that shrank whole, and a value that changed kind', () => {
    expect(diffState({ a: [1, 2, 3] }, { a: [1] })).toEqual([{ op: 'set', path: ['a'], value: [1] }]);
    expect(diffState({ a: { b: 1 } }, { a: [1] })).toEqual([{ op: 'set', path: ['a'], value: [1] }]);
    expect(applyStatePatch(1, diffState(1, { x: 1 }))).toEqual({ x: 1 });
  });

  it('treats a key holding undefined as no key, as JSON does', () => {
    expect(diffState({ a: 1, b: undefined }, { a: 1 })).toEqual([]);
    expect(diffState({ a: 1 }, { a: 1, b: undefined })).toEqual([]);
    expect(sameState({ a: undefined, b: [1] }, { b: [1] })).toBe(true);
    expect(sameState({ b: [1] }, { b: [2] })).toBe(false);
  });

  it('keeps the patch of a move the size of the move, however many moves came before', () => {
    const ctx = (n: number) => ({ actor: 'officer', now: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString() });
    const org = '802456-1238';
    let state: PartnershipState = openPartnership(
      'p',
      { title: 'IOP', publicParty: { name: 'Region Skåne' }, organisations: [{ name: 'N', organisationNumber: org }] },
      ctx(0),
    ).state;
    const move = (command: Parameters<typeof decide>[1], n: number) => {
      const outcome = decide(state, command, ctx(n));
      if (!outcome.ok) throw new Error(outcome.refusal.code);
      const ops = diffState(state, outcome.value.state);
      expect(applyStatePatch(state, ops)).toEqual(JSON.parse(JSON.stringify(outcome.value.state)));
      state = outcome.value.state;
      return JSON.stringify(ops).length;
    };
    move({ type: 'RESPOND_TO_INVITATION', party: org, accept: true }, 1);
    move(
      {
        type: 'PROPOSE_PROBLEM_DEFINITION',
        party: 'PUBLIC',
        challenge: 'Ensamhet',
        targetGroup: 'Äldre',
        goals: ['Mötesplatser'],
        developmentAreas: [],
      },
      2,
    );
    move({ type: 'AGREE_TO_PROBLEM_DEFINITION', party: org }, 3);
    const meeting = (n: number) =>
      move({ type: 'RECORD_MEETING', party: 'PUBLIC', date: '2026-02-01', minutes: 'Protokoll', attendees: [{ party: 'PUBLIC', names: ['A'] }] }, n);
    const first = meeting(4);
    for (let n = 5; n < 60; n++) meeting(n);
    // The same move after 56 more: only its numbers (revision, meeting id, timestamps) have more digits.
    expect(meeting(60)).toBeLessThanOrEqual(first + 8);
  });
});
