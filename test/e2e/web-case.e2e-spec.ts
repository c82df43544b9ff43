/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { addDays, addYears } from '../../libs/domain/src/dates';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { LifecycleClient, PRINCIPLES_TEXT } from '../support/lifecycle-client';
import { LEGAL_BASIS } from '../support/legal-basis';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;
const SIX_PRINCIPLES = ['Självständighet och oberoende', 'Dialog', 'Kvalitet', 'Långsiktighet', 'Öppenhet och insyn', 'Mångfald'];
const QUALITY_V2 = 'Gemensamma kvalitetsindikatorer.\nEn extern utvärdering efter två år.';

/**
 * The partnership page shows what the parties are asked to agree to: the problem definition, the dialogue, every
 * draft version in full with what changed from the version before, and who has approved which version; a phase
 * stepper says where the process is. The representative, the officer and the auditor read the same case; each
 * page is checked with axe-core.
 */
describe('the partnership page shows the whole case', () => {
  const app = useApiAndWorker('web-case');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Mötesplatser för äldre i Skåne');
    await iop.move('/invitation-response', { party: ORG, accept: true });
    await iop.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: 'Många äldre är ensamma.\nPå landsbygden saknas mötesplatser.',
      targetGroup: 'Äldre på landsbygden i Skåne',
      goals: ['Fler mötesplatser', 'Fler volontärer'],
      developmentAreas: ['COLLABORATION', 'PARTICIPATION_AND_INFLUENCE'],
    });
    await iop.move('/problem-definition/agreements', { party: ORG });
    await iop.move('/meetings', {
      party: 'PUBLIC',
      date: '2026-09-01',
      attendees: [
        { party: 'PUBLIC', names: ['Anna Lindqvist', 'Johan Berg'] },
        { party: ORG, names: ['Erik Holm'] },
      ],
      minutes: 'Första dialogmötet.\nVi gick igenom behoven.',
    });
    await iop.move('/meetings', {
      party: 'PUBLIC',
      date: '2026-10-06',
      attendees: [
        { party: 'PUBLIC', names: ['Anna Lindqvist'] },
        { party: ORG, names: ['Erik Holm', 'Lena Ek'] },
      ],
      minutes: 'Andra dialogmötet om volontärerna.',
    });
    await iop.move('/inputs', { party: ORG, text: 'Volontärerna behöver utbildning.' });
    await iop.move('/shared-goal', { party: 'PUBLIC', sharedGoal: 'Ingen äldre ska sakna en mötesplats.' }, 'put');
    await iop.move('/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS });
    await iop.move('/dialogue/close', { party: 'PUBLIC' });
    await iop.move('/drafts', iop.draft([ORG]));
    await iop.move('/drafts/1/reviews', { party: ORG, decision: 'CHANGES_REQUESTED', comment: 'Bidraget räcker inte till två mötesplatser.' });
    // Version 2 changes the grant and the principle of quality, and nothing else.
    await iop.move(
      '/drafts',
      iop.draft([ORG], {
        contributions: [
          { party: 'PUBLIC', amountSek: 1200000 },
          { party: ORG, amountSek: 0, ownContribution: 'Ideella krafter och lokaler' },
        ],
        principles: { ...PRINCIPLES_TEXT, QUALITY: QUALITY_V2 },
      }),
    );
    await iop.move('/drafts/2/reviews', { party: 'PUBLIC', decision: 'APPROVED' });
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `case-${name}.png`);

  /** On a phone (WCAG 1.4.10) the case reflows: no section is wider than the screen (a wide table scrolls within itself). */
  async function checkOnPhone(name: string): Promise<void> {
    await page.setViewportSize({ width: 390, height: 844 });
    const tooWide = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.case-section'))
        .filter((s) => s.scrollWidth > s.clientWidth + 1)
        .map((s) => s.id),
    );
    expect({ page: name, tooWide }).toEqual({ page: name, tooWide: [] });
    await check(name);
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  async function openAs(name: string, partnershipId = iop.id, title = 'Mötesplatser för äldre i Skåne'): Promise<void> {
    await signInAs(page, base, name);
    await page.goto(`${base}/app/#/p/${partnershipId}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  }

  const sectionNamed = (heading: string): Locator => page.getByRole('region', { name: heading, exact: true });
  const version = (n: number): Locator => page.getByRole('article', { name: new RegExp(`^Version ${n}`) });
  // Whitespace as a reader sees it: SEK amounts group their digits with no-break spaces.
  const texts = async (locator: Locator) => (await locator.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
  const rowHeaders = (table: Locator) => texts(table.locator('tbody th[scope="row"]'));
  const comparisonOf2 = () => page.getByRole('table', { name: 'Ändrade avsnitt i version 2 jämfört med version 1' });

  it('shows the representative what version 2 says, what changed from version 1 and that Region Skåne has approved it', async () => {
    await openAs('Erik Holm');

    // The stepper: drafting is the current phase, the two before it are done.
    const stepper = page.getByRole('list', { name: 'Processens faser' });
    await expect(stepper.locator('[aria-current="step"]').textContent()).resolves.toMatch(/Utformning av avtal\s*\(pågår nu\)/);
    await expect(stepper.getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Gemensam problemformulering\s*\(klar\)/),
      expect.stringMatching(/Dialog\s*\(klar\)/),
      expect.stringMatching(/Utformning av avtal\s*\(pågår nu\)/),
      expect.stringMatching(/Politiskt beslut\s*\(kommer\)/),
      expect.stringMatching(/Undertecknande\s*\(kommer\)/),
      expect.stringMatching(/Genomförande och uppföljning\s*\(kommer\)/),
      expect.stringMatching(/Avslutat\s*\(kommer\)/),
    ]);
    // What the process waits for from this organisation: its review of version 2.
    const tasks = page.getByRole('table', { name: /Öppna uppgifter/ });
    await tasks.getByRole('row', { name: /NÄTVERKET-Idéburen sektor Skåne Granska avtalsversionen \(version 2\)/ }).waitFor();

    // The problem definition in full, and the dialogue.
    const problem = sectionNamed('Gemensam problemformulering');
    await problem.getByText('Äldre på landsbygden i Skåne').waitFor();
    await problem.getByText('Fler volontärer').waitFor();
    await problem.getByText('Delaktighet och inflytande').waitFor();
    const meetings = page.getByRole('table', { name: 'Dialogmöten' });
    await expect(meetings.locator('tbody tr').count()).resolves.toBe(2);
    await meetings.getByText('NÄTVERKET-Idéburen sektor Skåne: Erik Holm, Lena Ek').waitFor();
    await meetings.getByText('Region Skåne: Anna Lindqvist, Johan Berg').waitFor();
    await page.getByRole('table', { name: 'Skriftliga inspel' }).getByText('Volontärerna behöver utbildning.').waitFor();
    await sectionNamed('Dialog').getByText('Ingen äldre ska sakna en mötesplats.').waitFor();

    // Who approved which version, and who asked for changes to version 1 and why.
    await version(2).getByText('Region Skåne har godkänt version 2').waitFor();
    await version(2).getByText('Har inte granskat version 2 ännu: NÄTVERKET-Idéburen sektor Skåne.').waitFor();
    await version(1).getByText('NÄTVERKET-Idéburen sektor Skåne har begärt ändringar i version 1').waitFor();

    // Version 2 in full: its grant, the organisation's egen insats and the six principles by name with their text.
    const terms = version(2).getByRole('table', { name: 'Hela texten i version 2' });
    await expect(texts(terms.getByRole('row', { name: /Bidrag i kronor, Region Skåne/ }).getByRole('cell'))).resolves.toEqual(['1 200 000 kr']);
    await expect(terms.getByRole('row', { name: /Egen insats, NÄTVERKET-Idéburen sektor Skåne/ }).textContent()).resolves.toContain(
      'Ideella krafter och lokaler',
    );
    const principleRows = (await rowHeaders(terms)).filter((h) => h.startsWith('Princip: '));
    expect(principleRows).toEqual(SIX_PRINCIPLES.map((p) => `Princip: ${p}`));
    await expect(terms.getByRole('row', { name: /Princip: Kvalitet/ }).textContent()).resolves.toContain('En extern utvärdering efter två år.');

    // The comparison names exactly the grant and the principle that changed, with the old and the new text.
    const comparison = comparisonOf2();
    expect(await rowHeaders(comparison)).toEqual(['Bidrag i kronor, Region Skåne', 'Princip: Kvalitet']);
    const grant = comparison.getByRole('row', { name: /Bidrag i kronor/ });
    await expect(texts(grant.getByRole('cell'))).resolves.toEqual(['900 000 kr', '1 200 000 kr']);
    // The unchanged sections are named, collapsed.
    const unchanged = version(2).locator('details.case-unchanged');
    await expect(unchanged.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(unchanged.locator('summary').textContent()).resolves.toBe('Oförändrade avsnitt (14)');
    await expect(unchanged.locator('li').allTextContents()).resolves.toContain('Syfte');
    // Version 1 stays readable, collapsed.
    await expect(
      version(1)
        .locator('details.case-full')
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).resolves.toBe(false);
    await check('foretradare-version-2');
    await checkOnPhone('foretradare-version-2-telefon');
  });

  it('shows the officer and the auditor the same case', async () => {
    await openAs('Anna Lindqvist');
    await version(2).getByText('Region Skåne har godkänt version 2').waitFor();
    expect(await rowHeaders(comparisonOf2())).toEqual(['Bidrag i kronor, Region Skåne', 'Princip: Kvalitet']);
    // The officer sees every party's open tasks.
    await page
      .getByRole('table', { name: /Öppna uppgifter/ })
      .getByRole('row', { name: /NÄTVERKET-Idéburen sektor Skåne Granska avtalsversionen/ })
      .waitFor();
    await check('tjansteperson-version-2');

    await openAs('Karin Ek');
    await page.getByText('Granskare läser allt och ändrar inget.').waitFor();
    await expect(page.locator('[aria-current="step"]').textContent()).resolves.toMatch(/Utformning av avtal/);
    await version(1).getByText('NÄTVERKET-Idéburen sektor Skåne har begärt ändringar i version 1').waitFor();
    expect(await rowHeaders(comparisonOf2())).toEqual(['Bidrag i kronor, Region Skåne', 'Princip: Kvalitet']);
    await check('granskare-version-2');
  });

  it('shows an återremiss with its reasons, the decisions, the agreement in force with its signatures and a notice of termination', async () => {
    const signed = new LifecycleClient(app());
    await signed.create('Region Skåne', [NATVERKET], 'Volontärer i Skåne');
    await signed.toDrafting([ORG]);
    const decision = { party: 'PUBLIC', body: 'Regionstyrelsen', meetingDate: '2026-11-20', diarienummer: 'RS 2026/00321' };
    await signed.move('/drafts', signed.draft([ORG]));
    for (const party of [ORG, 'PUBLIC']) await signed.move('/drafts/1/reviews', { party, decision: 'APPROVED' });
    await signed.move('/decisions', { ...decision, paragraph: '§ 80', outcome: 'RETURNED', reasons: 'Förtydliga hur uppföljningen ska gå till.' });
    await signed.move('/drafts', signed.draft([ORG], { followUpPlan: 'En årlig uppföljningskonferens med rapport.' }));
    for (const party of [ORG, 'PUBLIC']) await signed.move('/drafts/2/reviews', { party, decision: 'APPROVED' });
    await signed.move('/decisions', { ...decision, paragraph: '§ 88', outcome: 'APPROVED' });
    await signed.signBeforeLegalForce();
    for (const party of ['PUBLIC', ORG]) await signed.move('/signatures', { party });
    await signed.move('/termination', { party: 'PUBLIC', reason: 'Verksamheten flyttas till kommunerna.' });

    await openAs('Erik Holm', signed.id, 'Volontärer i Skåne');
    await expect(page.locator('[aria-current="step"]').textContent()).resolves.toMatch(/Genomförande och uppföljning/);
    await sectionNamed('Avtalsversioner').getByRole('heading', { name: 'Omgång 2: Efter återremiss' }).waitFor();
    await sectionNamed('Avtalsversioner').getByText('Förtydliga hur uppföljningen ska gå till.').waitFor();
    const decisions = sectionNamed('Politiska beslut').getByRole('table');
    await expect(texts(decisions.locator('tbody tr'))).resolves.toEqual([
      expect.stringMatching(/Regionstyrelsen.*RS 2026\/00321.*§ 80.*Version 1.*Återremiss.*Förtydliga hur uppföljningen ska gå till\./),
      expect.stringMatching(/Regionstyrelsen.*RS 2026\/00321.*§ 88.*Version 2.*Godkänt/),
    ]);
    const agreement = sectionNamed('Avtal och underskrifter');
    await agreement.getByText(/^Gällande avtal: version 2, gäller 1 jan\. 2027 – 31 dec\. 2029/).waitFor();
    const signatures = agreement.getByRole('table', { name: 'Underskrifter' });
    await expect(texts(signatures.locator('tbody td:nth-child(1)'))).resolves.toEqual(['Region Skåne', NATVERKET.name]);
    await sectionNamed('Uppföljning och uppsägning').getByText('Verksamheten flyttas till kommunerna.').waitFor();
    expect(await rowHeaders(page.getByRole('table', { name: 'Ändrade avsnitt i version 2 jämfört med version 1' }))).toEqual(['Uppföljning']);
    await check('foretradare-avtal');

    await checkOnPhone('foretradare-avtal-telefon');
  });

  it('names an amendment under way, and says how a partnership ended and which agreement it had', async () => {
    const ended = new LifecycleClient(app());
    await ended.create('Region Skåne', [NATVERKET], 'Läxhjälp i Skåne');
    await ended.toDrafting([ORG]);
    await ended.move('/drafts', ended.draft([ORG], { terminationTerms: 'Avtalet upphör när det sägs upp.', terminationNoticeMonths: 0 }));
    for (const party of [ORG, 'PUBLIC']) await ended.move('/drafts/1/reviews', { party, decision: 'APPROVED' });
    await ended.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: '2026-11-20',
      diarienummer: 'RS 2026/00400',
      paragraph: '§ 12',
      outcome: 'APPROVED',
    });
    await ended.signBeforeLegalForce();
    for (const party of ['PUBLIC', ORG]) await ended.move('/signatures', { party });
    await ended.move('/amendments', { party: ORG, reason: 'Vi vill lägga till en mötesplats i Ystad.' });
    // A version without a grant is worth a second look: the page says so in words.
    await ended.move(
      '/drafts',
      ended.draft([ORG], {
        contributions: [
          { party: 'PUBLIC', amountSek: 0 },
          { party: ORG, amountSek: 0, ownContribution: 'Ideella krafter och lokaler' },
        ],
      }),
    );

    await openAs('Erik Holm', ended.id, 'Läxhjälp i Skåne');
    await page.getByText(/^Ändring av avtalet \(omgång 2\) pågår sedan .*; det gällande avtalet gäller tills ett nytt är undertecknat\.$/).waitFor();
    await sectionNamed('Avtalsversioner').getByRole('heading', { name: 'Omgång 2: Ändring av avtalet' }).waitFor();
    await sectionNamed('Avtalsversioner').getByText('Vi vill lägga till en mötesplats i Ystad.').waitFor();
    await sectionNamed('Avtal och underskrifter')
      .getByText(/^Gällande avtal: version 1,/)
      .waitFor();
    await version(2).getByText('Den offentliga parten bidrar inte med pengar.').waitFor();
    await check('foretradare-andring');

    // Without a notice period, the termination ends the partnership at once.
    await ended.move('/termination', { party: 'PUBLIC', reason: 'Verksamheten läggs ned.' });
    await openAs('Erik Holm', ended.id, 'Läxhjälp i Skåne');
    const stepper = page.getByRole('list', { name: 'Processens faser' });
    await expect(stepper.locator('[aria-current="step"]').textContent()).resolves.toMatch(/Avslutat\s*\(här slutade processen\)/);
    await expect(texts(stepper.locator('.case-step-done .case-step-name'))).resolves.toEqual([
      'Gemensam problemformulering',
      'Dialog',
      'Utformning av avtal',
      'Politiskt beslut',
      'Undertecknande',
      'Genomförande och uppföljning',
    ]);
    await page.getByText(/^Partnerskapet avslutades .*: Uppsagt\. Verksamheten läggs ned\.$/).waitFor();
    await expect(page.locator('#case-change').count()).resolves.toBe(0);
    const agreement = sectionNamed('Avtal och underskrifter');
    await agreement.getByText('Inget avtal gäller.').waitFor();
    await agreement.getByText(/^Version 1, 1 jan\. 2027 – 31 dec\. 2029, undertecknat/).waitFor();
    await check('foretradare-avslutat');
  });

  it('shows the yearly follow-ups with their reports and meetings, and what each still asks for by when', async () => {
    // An agreement that started two years ago: both years' follow-ups are raised at once, the second one late.
    const today = new Date().toISOString().slice(0, 10);
    const start = addDays(addYears(today, -2), -10);
    const followed = new LifecycleClient(app());
    await followed.create('Region Skåne', [NATVERKET], 'Uppföljning i Skåne');
    await followed.toDrafting([ORG]);
    await followed.move('/drafts', followed.draft([ORG], { startDate: start, endDate: addYears(today, 1) }));
    for (const party of [ORG, 'PUBLIC']) await followed.move('/drafts/1/reviews', { party, decision: 'APPROVED' });
    await followed.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: today,
      diarienummer: 'RS 2026/00500',
      paragraph: '§ 3',
      outcome: 'APPROVED',
    });
    await followed.signBeforeLegalForce();
    for (const party of ['PUBLIC', ORG]) await followed.move('/signatures', { party });
    let followUps: { dueDate: string; year: number }[] = [];
    for (let attempt = 0; attempt < 100 && followUps.length < 2; attempt++) {
      followUps = (await followed.read()).followUps;
      if (followUps.length < 2) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const first = followUps.find((f) => f.year === 1)!;
    await followed.move(`/follow-ups/${first.dueDate}/reports`, { party: ORG, summary: 'Tolv mötesplatser öppnade.\nFyrtio nya volontärer.' });
    await followed.move(`/follow-ups/${first.dueDate}/meetings`, {
      party: 'PUBLIC',
      date: today,
      attendees: [
        { party: 'PUBLIC', names: ['Anna Lindqvist'] },
        { party: ORG, names: ['Erik Holm'] },
      ],
      minutes: 'Uppföljningskonferens år 1.',
    });

    await openAs('Anna Lindqvist', followed.id, 'Uppföljning i Skåne');
    const section = sectionNamed('Uppföljning');
    const year1 = section.getByRole('article', { name: 'Uppföljning år 1' });
    await year1.getByText('Tolv mötesplatser öppnade.').waitFor();
    await year1.getByRole('table', { name: 'Gemensamt uppföljningsmöte' }).getByText('Uppföljningskonferens år 1.').waitFor();
    const year2 = section.getByRole('article', { name: 'Uppföljning år 2' });
    await year2.getByText('Ingen rapport är lämnad ännu.').waitFor();
    await year2.getByText('Uppföljningsmötet är inte hållet ännu.').waitFor();
    // The second year asks for a report and a meeting, each by the due date of its task; the first asks nothing more.
    await expect(texts(year2.locator('li'))).resolves.toEqual(
      ['Lämna uppföljningsrapport, NÄTVERKET-Idéburen sektor Skåne', 'Håll uppföljningsmöte, Region Skåne'].map((what) =>
        expect.stringMatching(new RegExp(`^${what}: senast \\d+ \\S+ \\d{4}$`)),
      ),
    );
    await expect(year1.getByText(/: senast /).count()).resolves.toBe(0);
    // What the process waits for: the same two tasks.
    const tasks = page.getByRole('table', { name: /Öppna uppgifter/ });
    await tasks.getByRole('row', { name: /NÄTVERKET-Idéburen sektor Skåne Lämna uppföljningsrapport/ }).waitFor();
    await tasks.getByRole('row', { name: /Region Skåne Håll uppföljningsmöte/ }).waitFor();
    await check('tjansteperson-uppfoljning');
  });

  it('shows the case in English on request', async () => {
    await openAs('Erik Holm');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Where the process is' }).waitFor();
    await expect(page.locator('[aria-current="step"]').textContent()).resolves.toMatch(/Drafting\s*\(under way\)/);
    await version(2).getByText('Region Skåne has approved version 2').waitFor();
    const comparison = page.getByRole('table', { name: 'Sections of version 2 changed from version 1' });
    expect(await rowHeaders(comparison)).toEqual(['Contribution in SEK, Region Skåne', 'Principle: Quality']);
    await page.getByRole('table', { name: 'Dialogue meetings' }).waitFor();
    await check('foretradare-engelska');
    // Back to Swedish for whoever runs next.
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: 'Var processen står' }).waitFor();
  });
});
