import { escapeUnstorable, isStorableText, textProblem } from './text';

describe('text the database can store', () => {
  it('tells a NUL character from a lone surrogate, and accepts a surrogate pair', () => {
    expect(textProblem('a\u0000b')).toBe('NUL_CHARACTER');
    expect(textProblem('a\ud83d')).toBe('LONE_SURROGATE');
    expect(textProblem('\ude00a')).toBe('LONE_SURROGATE');
    expect(textProblem('Mötesplats 😀')).toBeUndefined();
  });

  it('writes what cannot be stored as its code point, so that a refusal naming it can be stored', () => {
    const escaped = escapeUnstorable('a\u0000b\ud800c 😀');
    expect(escaped).toBe('a\\u0000b\\ud800c 😀');
    expect(isStorableText(escaped)).toBe(true);
  });
});
