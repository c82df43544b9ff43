/**
 * A large text by reference (the claim-check pattern): the API stores the text in PostgreSQL under its SHA-256 and
 * sends `sha256:<64 lowercase hex>` in its place, so that minutes, drafts and reports never fill the workflow's
 * state, its updates or its history (Temporal refuses a payload over 2 MB, and a partnership that hits it can never
 * move again). Whoever shows the text to a person resolves the reference first.
 *
 * Why the domain's rules still hold with references in place of texts: they never read a text's content, only
 * whether it is blank and whether PostgreSQL can store it. Every use of a text's content in the rules:
 * - `!draft.principles[p]?.trim()` (a principle unaddressed), `!c.ownContribution?.trim()` (no egen insats),
 *   `!command.reasons?.trim()` (a decision's reasons), `name.trim() !== ''` (a named attendee): blank or not;
 * - `!state.dialogue.sharedGoal` (no shared goal yet): empty or not;
 * - `firstUnstorableText(command)` (a NUL or a lone surrogate anywhere in a move): storable or not;
 * - `command.diarienummer.trim()` is the one text a move's rule changes (it is stored trimmed, and lists filter on
 *   it in SQL): its pattern bounds it to 40 characters once trimmed, but padding can make it longer, so it is kept
 *   inline by name (`CLAIM_CHECK_KEPT_INLINE`);
 * - `checkNewPartnership` trims the title and the parties' names: a start is never claim-checked (bounded texts,
 *   and the public party's name is a search attribute);
 * - outside the rules, the principle-coverage report counts `trim(...) <> ''` in SQL: blank or not again.
 * The API sends by reference only texts that are non-blank and storable, after validation and NFC normalisation:
 * a reference is then a non-blank, storable text too, so every rule above decides alike on either. A blank or
 * unstorable text always travels as itself, and the rules refuse or drop it as they always did.
 */

import { isStorableText } from './text';

/** The prefix of every reference; the rest is the SHA-256 of the text's UTF-8, in lowercase hex. */
export const TEXT_REF_PREFIX = 'sha256:';

const TEXT_REF = /^sha256:[0-9a-f]{64}$/;

/** 71 characters: the prefix and 64 hex digits. */
export const TEXT_REF_LENGTH = TEXT_REF_PREFIX.length + 64;

/**
 * Texts of at least this many characters travel by reference: one more than a reference's length, so that a
 * reference never makes a payload longer than the text it replaces.
 */
export const CLAIM_CHECK_MIN_LENGTH = TEXT_REF_LENGTH + 1;

/** Fields whose text a rule transforms or a query filters on: always sent as themselves. */
export const CLAIM_CHECK_KEPT_INLINE: ReadonlySet<string> = new Set(['diarienummer']);

export type TextRef = `sha256:${string}`;

export function isTextRef(value: unknown): value is TextRef {
  return typeof value === 'string' && TEXT_REF.test(value);
}

export function textRefOf(sha256Hex: string): TextRef {
  if (!/^[0-9a-f]{64}$/.test(sha256Hex)) throw new Error('A text reference needs a SHA-256 in 64 lowercase hex digits');
  return `${TEXT_REF_PREFIX}${sha256Hex}` as TextRef;
}

/**
 * Whether the API sends this (validated, normalised) text by reference: long enough to be worth it, non-blank and
 * storable (see above). A text that itself looks like a reference travels by reference too, so that a reader never
 * takes a person's text for a reference and shows another text in its place.
 */
export function travelsByReference(text: string): boolean {
  if (text.length < CLAIM_CHECK_MIN_LENGTH && !isTextRef(text)) return false;
  return text.trim() !== '' && isStorableText(text);
}

/** The hex digest a reference names. */
export const sha256OfRef = (ref: TextRef): string => ref.slice(TEXT_REF_PREFIX.length);
