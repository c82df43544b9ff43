import { named } from './named-sql';

describe('named SQL parameters', () => {
  it('numbers each name once, in order of first use, and keeps casts', () => {
    expect(named(`SELECT :id::text, :title WHERE id = :id AND at < :at::timestamptz`, { id: 'a', title: 'Ängen', at: '2026-12-01' })).toEqual({
      text: `SELECT $1::text, $2 WHERE id = $1 AND at < $3::timestamptz`,
      values: ['a', 'Ängen', '2026-12-01'],
    });
  });

  it('leaves casts, time literals and quoted identifiers with colons alone', () => {
    expect(named(`SELECT x."addressedTo", '10:30'::time, y::jsonb FROM t WHERE a = :a`, { a: 1 })).toEqual({
      text: `SELECT x."addressedTo", '10:30'::time, y::jsonb FROM t WHERE a = $1`,
      values: [1],
    });
  });

  it('passes null and zero as given, and ignores values the text does not name', () => {
    expect(named(`VALUES (:a, :b)`, { a: null, b: 0, unused: 'x' })).toEqual({ text: `VALUES ($1, $2)`, values: [null, 0] });
  });

  it('refuses a name without a value, naming it', () => {
    expect(() => named(`SELECT :missing`, {})).toThrow('named SQL: no value for :missing');
  });
});
