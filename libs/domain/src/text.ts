/**
 * What a text field may hold: what PostgreSQL can store in a UTF-8 `text` or `jsonb` column. PostgreSQL refuses
 * the NUL character (U+0000) in both, and a UTF-16 surrogate that is not part of a pair cannot be encoded as
 * UTF-8 at all; either would pass into the workflow and then never reach the read model. One rule, used by the
 * API's validators and by the domain's own checks alike.
 */
export type TextProblem = 'NUL_CHARACTER' | 'LONE_SURROGATE';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

export function textProblem(value: string): TextProblem | undefined {
  if (value.includes('\u0000')) return 'NUL_CHARACTER';
  if (new RegExp(LONE_SURROGATE).test(value)) return 'LONE_SURROGATE';
  return undefined;
}

export function isStorableText(value: string): boolean {
  return textProblem(value) === undefined;
}

/** Stored texts are NFC-normalised, so that "å" typed as one character or as "a" + ring compares equal. */
export function normaliseText(value: string): string {
  return value.normalize('NFC');
}

/** Every string inside a value (object keys too), for checking a whole command at once. */
export function firstUnstorableText(value: unknown, path = ''): { path: string; problem: TextProblem } | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path, problem } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const here = path ? `${path}.${key}` : key;
    const keyProblem = textProblem(key);
    if (keyProblem) return { path: here, problem: keyProblem };
    const found = firstUnstorableText(inner, here);
    if (found) return found;
  }
  return undefined;
}

/**
 * The value with each character that cannot be stored written as its code point (`\u0000`): a refusal that names
 * a bad field or value must itself be storable, since it reaches the audit log.
 */
export function escapeUnstorable(value: string): string {
  return value.replace(new RegExp(`\\u0000|${LONE_SURROGATE}`, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
