import { CLAIM_CHECK_MIN_LENGTH, isTextRef, TEXT_REF_LENGTH, textRefOf, travelsByReference } from './text-ref';

const HEX = 'ab'.repeat(32);

describe('a text by reference', () => {
  it('is sha256: and 64 lowercase hex digits, nothing else', () => {
    expect(isTextRef(`sha256:${HEX}`)).toBe(true);
    expect(isTextRef(`sha256:${HEX.toUpperCase()}`)).toBe(false);
    expect(isTextRef(`sha256:${HEX}0`)).toBe(false);
    expect(isTextRef(` sha256:${HEX}`)).toBe(false);
    expect(isTextRef(HEX)).toBe(false);
    expect(isTextRef(42)).toBe(false);
    expect(textRefOf(HEX)).toBe(`sha256:${HEX}`);
    expect(() => textRefOf('not a digest')).toThrow(/64 lowercase hex/);
  });

  it('is never longer than the text it replaces', () => {
    expect(textRefOf(HEX)).toHaveLength(TEXT_REF_LENGTH);
    expect(CLAIM_CHECK_MIN_LENGTH).toBeGreaterThan(TEXT_REF_LENGTH);
  });

  it('replaces long non-blank storable texts only, so that the rules decide alike on the reference', () => {
    expect(travelsByReference('x'.repeat(CLAIM_CHECK_MIN_LENGTH))).toBe(true);
    expect(travelsByReference('x'.repeat(CLAIM_CHECK_MIN_LENGTH - 1))).toBe(false);
    // A blank text is dropped or refused by the rules (a blank attendee name, blank reasons): it stays itself.
    expect(travelsByReference(' '.repeat(500))).toBe(false);
    // What PostgreSQL cannot store stays itself, for the rules to refuse as before.
    expect(travelsByReference(`${'x'.repeat(100)}\u0000`)).toBe(false);
  });

  it('stores a short text that looks like a reference, so that nobody reads it as another text', () => {
    expect(travelsByReference(`sha256:${HEX}`)).toBe(true);
  });
});
