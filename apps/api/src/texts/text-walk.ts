import { CLAIM_CHECK_KEPT_INLINE, isTextRef, sha256OfRef, textRefOf, travelsByReference } from '@iop/domain';
import type { StoredText } from '@iop/database';

/**
 * The generic JSON walks of the claim check, over any command, state or response, as JSON would see it: arrays and
 * objects are walked (a validated DTO's nested class instances too, which come out as plain objects), object keys
 * are kept as they are, and what has its own JSON form (a Date, a Buffer) or is no object passes untouched.
 */

const isWalkedObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

function mapStrings(value: unknown, replace: (text: string, key: string | undefined) => string, key?: string): unknown {
  if (typeof value === 'string') return replace(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace, key));
  if (!isWalkedObject(value)) return value;
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

/** Visits every string of a value as `mapStrings` sees them, without building a copy. */
function forEachString(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) forEachString(item, visit);
  else if (isWalkedObject(value)) for (const key in value) if (Object.hasOwn(value, key)) forEachString(value[key], visit);
}

/**
 * The SHA-256 digests of every reference inside a value, each once. Every read's answer passes here (a timeline of
 * 500 steps, a partnership with its steps), and most hold no reference: it only looks, copying nothing.
 */
export function textRefsIn(value: unknown): string[] {
  const digests = new Set<string>();
  forEachString(value, (text) => {
    if (isTextRef(text)) digests.add(sha256OfRef(text));
  });
  return [...digests];
}

/** The value with every reference whose text is known replaced by that text; an unknown one stays as it is. */
export function withTextsResolved<T>(value: T, texts: ReadonlyMap<string, string>): T {
  return mapStrings(value, (text) => (isTextRef(text) ? (texts.get(sha256OfRef(text)) ?? text) : text)) as T;
}
