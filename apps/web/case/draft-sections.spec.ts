import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Draft = Record<string, unknown>;
interface Comparison {
  changed: { key: string; title: string; before: string; after: string }[];
  unchanged: string[];
}

/**
 * draft-sections.js as the browser loads it: an ES module, run by Node itself (jest runs CommonJS), with plain
 * formats in place of the page's words, so that a title is its key and an amount reads "900000 kr".
 */
function compare(before: Draft, after: Draft): Comparison {
  const url = pathToFileURL(join(__dirname, 'draft-sections.js')).href;
  const script = `import(${JSON.stringify(url)}).then((m) => {
    const fmt = { t: (k) => k, label: (_table, k) => k, sek: (n) => n + ' kr', date: (d) => d, party: (k) => k };
    process.stdout.write(JSON.stringify(m.compareDrafts(${JSON.stringify(before)}, ${JSON.stringify(after)}, fmt)));
  })`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

const ORG = '802456-1238';
const PRINCIPLES = {
  INDEPENDENCE: 'Oberoende.',
  DIALOGUE: 'Dialog.',
  QUALITY: 'Kvalitet.',
  LONG_TERM: 'Tre år.',
  TRANSPARENCY: 'Öppet.',
  DIVERSITY: 'Mångfald.',
};
const VERSION_1: Draft = {
  purpose: 'Samverkan',
  sharedGoal: 'Ett mål',
  contributions: [
    { party: 'PUBLIC', amountSek: 900000 },
    { party: ORG, amountSek: 0, ownContribution: 'Lokaler' },
  ],
  startDate: '2027-01-01',
  endDate: '2029-12-31',
  followUpPlan: 'Årlig',
  governance: 'Samverkansgrupp',
  terminationTerms: 'Sex månader',
  terminationNoticeMonths: 6,
  principles: PRINCIPLES,
};

describe('what changed from one draft version to the next', () => {
  it('names no section when nothing changed, and every section as unchanged', () => {
    const { changed, unchanged } = compare(VERSION_1, { ...VERSION_1 });
    expect(changed).toEqual([]);
    expect(unchanged).toEqual([
      'purpose',
      'sharedGoal',
      'case.contributionSek, PUBLIC',
      `case.contributionSek, ${ORG}`,
      `case.ownContribution, ${ORG}`,
      'period',
      'followUpPlan',
      'governance',
      'terminationTerms',
      'noticeMonths',
      ...Object.keys(PRINCIPLES).map((p) => `principle: ${p}`),
    ]);
  });

  it('names the changed grant and principle with their old and new text, and only those', () => {
    const { changed, unchanged } = compare(VERSION_1, {
      ...VERSION_1,
      contributions: [
        { party: 'PUBLIC', amountSek: 1200000 },
        { party: ORG, amountSek: 0, ownContribution: 'Lokaler' },
      ],
      principles: { ...PRINCIPLES, QUALITY: 'Extern utvärdering.' },
    });
    expect(changed).toEqual([
      { key: 'amount:PUBLIC', title: 'case.contributionSek, PUBLIC', before: '900000 kr', after: '1200000 kr' },
      { key: 'principle:QUALITY', title: 'principle: QUALITY', before: 'Kvalitet.', after: 'Extern utvärdering.' },
    ]);
    expect(unchanged).toHaveLength(14);
  });

  it("counts a party's contribution that only one version has, and a principle left out, as changed", () => {
    const other = '802003-4529';
    const { principles: _, ...withoutPrinciples } = VERSION_1;
    const { changed } = compare(VERSION_1, {
      ...withoutPrinciples,
      principles: { ...PRINCIPLES, DIVERSITY: undefined },
      contributions: [...(VERSION_1.contributions as object[]), { party: other, amountSek: 50000, ownContribution: 'Volontärer' }],
      startDate: '2027-02-01',
      terminationNoticeMonths: 3,
    });
    expect(changed.map((c) => [c.key, c.before, c.after])).toEqual([
      [`amount:${other}`, '', '50000 kr'],
      [`own:${other}`, '', 'Volontärer'],
      ['period', '2027-01-01 – 2029-12-31', '2027-02-01 – 2029-12-31'],
      ['notice', '6', '3'],
      ['principle:DIVERSITY', 'Mångfald.', ''],
    ]);
  });
});
