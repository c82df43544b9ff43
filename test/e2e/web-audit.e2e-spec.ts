/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible } from '../support/web-walk';
import { LifecycleClient } from '../support/lifecycle-client';
import { LEGAL_BASIS } from '../support/legal-basis';
import { AUDITOR, bearer } from '../support/tokens';
import { PARTICIPATION_LEVELS } from '../../libs/domain/src';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;
const VIEWPORT = { width: 1280, height: 800 };

/**
 * The auditor's page of one partnership, in Chromium: a partnership walked over HTTP through the dialogue (a meeting
 * of both parties, a written input) to a decision and both signatures, then read as the auditor. Each section of
 * the page stays within about one screen's height, the long parts paged and collapsed.
 */
describe("the auditor's partnership page", () => {
  process.env.TEMPORAL_UI_URL = 'http://127.0.0.1:8233';
  const app = useApiAndWorker('web-audit');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Mötesplatser för äldre i Skåne');
    await iop.move('/invitation-response', { party: ORG, accept: true });
    // Rules version 3: each step aims for the level the officer chose for its phase.
    await iop.move(
      '/phase-levels',
      {
        party: 'PUBLIC',
        levels: [
          { phase: 'PROBLEM_DEFINITION', level: 'DIALOGUE', reason: 'Problemet formuleras i samtal' },
          { phase: 'DIALOGUE', level: 'DIALOGUE', reason: 'Vi möts och samtalar' },
          { phase: 'SIGNATURE', level: 'PARTNERSHIP', reason: 'Båda parter undertecknar' },
        ],
      },
      'put',
    );
    await iop.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: 'Ensamhet bland äldre',
      targetGroup: 'Äldre i Skåne',
      goals: ['Fler mötesplatser'],
      developmentAreas: ['COLLABORATION'],
    });
    await iop.move('/problem-definition/agreements', { party: ORG });
    await iop.move('/meetings', {
      party: 'PUBLIC',
      date: '2026-11-23',
      minutes: 'Vi gick igenom behoven tillsammans.',
      attendees: [
        { party: 'PUBLIC', names: ['Anna Lindqvist'] },
        { party: ORG, names: ['Erik Holm'] },
      ],
    });
    await iop.move('/inputs', { party: ORG, text: 'Vi kan hålla öppet tre kvällar i veckan.' });
    await iop.move('/shared-goal', { party: 'PUBLIC', sharedGoal: 'Ett gemensamt mål' }, 'put');
    await iop.move('/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS });
    await iop.move('/dialogue/close', { party: 'PUBLIC' });
    await iop.move('/drafts', iop.draft([ORG]));
    for (const party of ['PUBLIC', ORG]) await iop.move('/drafts/1/reviews', { party, decision: 'APPROVED' });
    await iop.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: '2026-11-20',
      diarienummer: 'RS 2026/00321',
      paragraph: '§ 88',
      outcome: 'APPROVED',
    });
    await iop.signBeforeLegalForce();
    await iop.move('/signatures', { party: 'PUBLIC' });
    await iop.move('/signatures', { party: ORG });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT });
  });

  afterAll(async () => {
    delete process.env.TEMPORAL_UI_URL;
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `audit-${name}.png`);

  /** Each section's box, measured in the browser: at most one and a half times the screen's height. */
  async function sectionHeights(): Promise<Record<string, number>> {
    return page.$$eval('section.audit-section', (sections) =>
      Object.fromEntries(sections.map((s) => [s.id, Math.round(s.getBoundingClientRect().height)])),
    );
  }

  const timeline = () => page.locator('#timeline-section');
  const history = () => page.locator('#history-section');

  it('shows the timeline with actor, evidence and levels, marks the shortfalls, and keeps every section within a screen', async () => {
    const auditor = await bearer(AUDITOR);
    const api = (path: string) => request(app().getHttpServer()).get(path).set(auditor).expect(200);
    const steps = (await api(`/partnerships/${iop.id}/timeline`)).body.filter((e: { kind: string }) => e.kind === 'STEP');
    const verification = (await api(`/partnerships/${iop.id}/verification`)).body;

    await page.goto(`${base}/app/#/`);
    await page.getByRole('button', { name: /Karin Ek/ }).click();
    await page.locator('#who', { hasText: 'Karin Ek' }).waitFor();
    await page.goto(`${base}/app/#/audit/${iop.id}`);
    await page.getByRole('heading', { name: 'Tidslinje' }).waitFor();

    // The meeting of both parties: who did it, who met, and the level it reached.
    const meeting = timeline().getByRole('row', { name: /Dialogmöte/ });
    await expect(meeting.textContent()).resolves.toMatch(
      /Region Skåne.*officer@region-sk-ne\.example.*Möte med: Region Skåne, NÄTVERKET-Idéburen sektor Skåne.*Dialog.*Dialog/s,
    );
    // The organisation's written input: it answered, a consultation below the dialogue its phase aimed for.
    await expect(
      timeline()
        .getByRole('row', { name: /Skriftligt inspel/ })
        .textContent(),
    ).resolves.toMatch(
      /NÄTVERKET-Idéburen sektor Skåne.*rep-802456-1238@org\.example.*Svarade: NÄTVERKET-Idéburen sektor Skåne.*Dialog.*Samråd.*Under eftersträvad nivå/s,
    );
    // A proposal only informs the others: it aimed for a dialogue and reached information, which the page says.
    const proposal = timeline().getByRole('row', { name: /Problemformulering föreslagen/ });
    await expect(proposal.textContent()).resolves.toMatch(
      /Informerade: NÄTVERKET-Idéburen sektor Skåne.*Dialog.*Information.*Under eftersträvad nivå/s,
    );
    const reachedCell = proposal.locator('td').last();
    await expect(reachedCell.getAttribute('class')).resolves.toBe('shortfall');
    const rank = (level: string | null) => (level ? PARTICIPATION_LEVELS.indexOf(level as never) : -1);
    const shortfalls = steps.filter(
      (s: { levelAimedFor: string | null; levelReached: string | null }) => s.levelAimedFor && rank(s.levelReached) < rank(s.levelAimedFor),
    ).length;
    expect(shortfalls).toBeGreaterThan(0);
    await timeline().getByText(`${steps.length} steg, varav`).waitFor();

    // Eight steps a page: the signatures are on a later page, reached with the pager.
    await expect(timeline().locator('tbody tr').count()).resolves.toBe(8);
    await timeline().getByText(`Steg 1–8 av ${steps.length}`).waitFor();
    while (
      !(await timeline()
        .getByRole('row', { name: /Avtalet undertecknat av alla/ })
        .count())
    ) {
      await timeline().getByRole('button', { name: 'Senare steg' }).click();
    }
    await expect(
      timeline()
        .getByRole('row', { name: /Avtalet undertecknat av alla/ })
        .textContent(),
    ).resolves.toMatch(/Beslutade gemensamt: Region Skåne, NÄTVERKET.*Partnerskap.*Partnerskap/s);
    // Only the shortfalls, on request.
    await timeline().getByLabel('Visa bara steg under eftersträvad nivå').check();
    const shown = await timeline().locator('tbody tr').count();
    expect(shown).toBe(Math.min(8, shortfalls));
    await expect(timeline().locator('tbody tr.shortfall-row').count()).resolves.toBe(shown);
    await timeline().getByLabel('Visa bara steg under eftersträvad nivå').uncheck();

    // The decision and the signatures once: in their own section, not as rows of the timeline.
    const records = page.locator('#records-section');
    await records.getByRole('row', { name: /Regionstyrelsen.*RS 2026\/00321 § 88.*Godkänt/ }).waitFor();
    await expect(records.locator('#signatures tbody tr').count()).resolves.toBe(2);
    await expect(
      timeline()
        .getByRole('row', { name: /Undertecknat/ })
        .count(),
    ).resolves.toBe(0);

    // The verification says what it counted.
    expect(verification.checked).toEqual({ links: verification.links, firstSeq: 1, lastSeq: verification.links, ofLinks: verification.links });
    await page
      .locator('#verification')
      .getByText(`Hashkedjan är obruten. ${verification.links} länkar kontrollerade, från länk 1 till länk ${verification.links}.`)
      .waitFor();
    await page
      .locator('#global-chain')
      .getByText(/Kedjan för kommandon utanför partnerskapen: Hashkedjan är obruten: \d+ länk(ar)? kontrollerad(e)?/)
      .waitFor();

    // Temporal's history is collapsed: no event is shown (nor asked for) until the auditor opens it.
    const details = history().locator('details');
    await expect(details.getAttribute('open')).resolves.toBeNull();
    await expect(history().getByRole('cell', { name: 'WORKFLOW_EXECUTION_STARTED' }).isVisible()).resolves.toBe(false);
    await history().getByText(`${base}/codec`).waitFor();
    await expect(history().getByRole('link', { name: 'Öppna i Temporals webbgränssnitt' }).getAttribute('href')).resolves.toMatch(
      new RegExp(`^http://127.0.0.1:8233/namespaces/default/workflows/partnership-${iop.id}/[^/]+/history$`),
    );

    const heights = await sectionHeights();
    expect(Object.keys(heights)).toEqual([
      'chain-section',
      'exports-section',
      'archive-section',
      'timeline-section',
      'records-section',
      'history-section',
    ]);
    const taller = Object.entries(heights).filter(([, height]) => height > 1.5 * VIEWPORT.height);
    expect({ tallerThanAScreenAndAHalf: taller }).toEqual({ tallerThanAScreenAndAHalf: [] });
    await check('partnerskap');

    const firstPage = page.waitForResponse((r) => r.url().includes(`/partnerships/${iop.id}/history?page=1&pageSize=25`));
    await history().getByText('Visa arbetsflödets händelser').click();
    const total = (await (await firstPage).json()).totalEvents;
    await history().getByRole('cell', { name: 'WORKFLOW_EXECUTION_STARTED' }).waitFor();
    await history().getByText(`Händelse 1–25 av ${total}`).waitFor();
    await expect(history().locator('tbody tr').count()).resolves.toBe(25);
    await history().getByRole('button', { name: 'Senare händelser' }).click();
    await history().getByText(`Händelse 26–50 av ${total}`).waitFor();
    await expect(history().getByRole('cell', { name: 'WORKFLOW_EXECUTION_STARTED' }).count()).resolves.toBe(0);
    await expect(history().locator('tbody tr td:first-child').first().textContent()).resolves.toBe('26');
    // Open, a page of events still fits within a screen and a half.
    expect((await sectionHeights())['history-section']).toBeLessThanOrEqual(1.5 * VIEWPORT.height);
    await check('historik');

    // In English, the same sections in English words.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await timeline().getByText('Below the level aimed for').first().waitFor();
    await check('engelska');
    await page.getByRole('button', { name: 'Svenska' }).click();
  });
});
