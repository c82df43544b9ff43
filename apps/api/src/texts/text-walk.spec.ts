import { createHash } from 'node:crypto';
import { CLAIM_CHECK_MIN_LENGTH } from '@iop/domain';
import { textRefsIn, withTextRefs, withTextsResolved } from './text-walk';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const long = (word: string) => `${word} `.repeat(Math.ceil(CLAIM_CHECK_MIN_LENGTH / (word.length + 1))).trim();
const refOf = (text: string) => `sha256:${sha256(text)}`;

describe('the claim check walk', () => {
  const minutes = long('Samverkansgruppen möttes i Härnösand');
  const name = long('Anna-Karin Lindqvist Öberg af Sundsvall');
  const command = {
    type: 'RECORD_MEETING',
    party: 'PUBLIC',
    date: '2026-11-20',
    minutes,
    attendees: [
      { party: 'PUBLIC', names: ['Eva Berg', name] },
      { party: '802456-1238', names: [name, ' '.repeat(CLAIM_CHECK_MIN_LENGTH + 10)] },
    ],
  };

  it('replaces every long text, names in nested lists too, and keeps short, blank and structural strings', () => {
    const { value, texts } = withTextRefs(command, sha256);
    expect(value).toEqual({
      type: 'RECORD_MEETING',
      party: 'PUBLIC',
      date: '2026-11-20',
      minutes: refOf(minutes),
      attendees: [
        { party: 'PUBLIC', names: ['Eva Berg', refOf(name)] },
        { party: '802456-1238', names: [refOf(name), ' '.repeat(CLAIM_CHECK_MIN_LENGTH + 10)] },
      ],
    });
    // The same name twice is one text to store.
    expect(texts).toEqual([
      { sha256: sha256(minutes), content: minutes },
      { sha256: sha256(name), content: name },
    ]);
    expect(command.minutes).toBe(minutes);
  });

  it('gives the same text the same reference, and the digest of its UTF-8', () => {
    const first = withTextRefs({ text: minutes }, sha256).value.text;
    const second = withTextRefs({ summary: minutes }, sha256).value.summary;
    expect(first).toBe(second);
    expect(first).toBe(`sha256:${createHash('sha256').update(Buffer.from(minutes, 'utf8')).digest('hex')}`);
  });

  it('keeps a diarienummer as itself however it is padded, since the rules trim it and lists filter on it', () => {
    const padded = `RS 2026/00321${' '.repeat(CLAIM_CHECK_MIN_LENGTH)}`;
    const { value, texts } = withTextRefs({ diarienummer: padded, reasons: long('Ärendet återremitteras') }, sha256);
    expect(value.diarienummer).toBe(padded);
    expect(texts.map((t) => t.content)).toEqual([long('Ärendet återremitteras')]);
  });

  it('walks principles by their keys, and leaves numbers and booleans alone', () => {
    const principle = long('Organisationerna behåller sitt oberoende');
    const { value } = withTextRefs({ principles: { INDEPENDENCE: principle, DIALOGUE: 'Kort' }, terminationNoticeMonths: 6, accept: true }, sha256);
    expect(value).toEqual({ principles: { INDEPENDENCE: refOf(principle), DIALOGUE: 'Kort' }, terminationNoticeMonths: 6, accept: true });
  });

  it("walks a validated DTO's nested class instances, and keeps dates as they are", () => {
    class AttendanceDto {
      constructor(
        readonly party: string,
        readonly names: string[],
      ) {}
    }
    const at = new Date('2026-11-20T10:00:00Z');
    const { value } = withTextRefs({ attendees: [new AttendanceDto('PUBLIC', [name])], at }, sha256);
    expect(value).toEqual({ attendees: [{ party: 'PUBLIC', names: [refOf(name)] }], at });
    expect(value.at).toBe(at);
  });

  it('resolves what it replaced back to the exact texts, and shows an unknown reference as itself', () => {
    const { value, texts } = withTextRefs(command, sha256);
    expect(textRefsIn(value).sort()).toEqual([sha256(minutes), sha256(name)].sort());
    expect(withTextsResolved(value, new Map(texts.map((t) => [t.sha256, t.content])))).toEqual(command);
    const unknown = `sha256:${'0'.repeat(64)}`;
    expect(withTextsResolved({ minutes: unknown }, new Map())).toEqual({ minutes: unknown });
  });
});
