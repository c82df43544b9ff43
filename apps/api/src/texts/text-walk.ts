import { CLAIM_CHECK_KEPT_INLINE, isTextRef, sha256OfRef, textRefOf, travelsByReference } from '@iop/domain';
import type { StoredText } from '@iop/database';

/**
 * The generic JSON walks of the claim check, over any command, state or response: plain objects and arrays are
 * walked, object keys are kept as they are, and anything else (numbers, dates, class instances) passes untouched.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value));

function mapStrings(value: unknown, replace: (text: string, key: string | undefined) => string, key?: string): unknown {
  if (typeof value === 'string') return replace(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace, key));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, inner]) => [k, mapStrings(inner, replace, k)]));
}

/**
 * The value with every text that travels by reference replaced by its reference, and those texts, each once. An
 * array's items count as its key's (attendee `names`, `goals`), so that a field kept inline stays so in a list too.
 */
export function withTextRefs<T>(value: T, sha256: (text: string) => string): { value: T; texts: StoredText[] } {
  const texts = new Map<string, string>();
  const replaced = mapStrings(value, (text, key) => {
    if ((key !== undefined && CLAIM_CHECK_KEPT_INLINE.has(key)) || !travelsByReference(text)) return text;
    const digest = sha256(text);
    texts.set(digest, text);
    return textRefOf(digest);
  });
  return { value: replaced as T, texts: [...texts].map(([digest, content]) => ({ sha256: digest, content })) };
}

/** The SHA-256 digests of every reference inside a value, each once. */
export function textRefsIn(value: unknown): string[] {
  const digests = new Set<string>();
  mapStrings(value, (text) => {
    if (isTextRef(text)) digests.add(sha256OfRef(text));
    return text;
  });
  return [...digests];
}

/** The value with every reference whose text is known replaced by that text; an unknown one stays as it is. */
export function withTextsResolved<T>(value: T, texts: ReadonlyMap<string, string>): T {
  return mapStrings(value, (text) => (isTextRef(text) ? texts.get(sha256OfRef(text)) ?? text : text)) as T;
}
