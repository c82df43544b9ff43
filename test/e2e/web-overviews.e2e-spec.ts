/// <reference lib="dom" />
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../libs/domain/src';
import { launchChromium } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { startApi, startWorker, useOwnTaskQueue } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const LATE = 'Inbjudan som väntar för länge';
const SIGNED = 'Avtal med årlig uppföljning';

/**
 * The overviews in Chromium, as the officer, the representative and the auditor use them: what is late first, the
 * filters in the address, the calendar, "Mina partnerskap", the charts of participation, and a phone's width. The
 * API's clock runs a month ahead, so that the invitation (14 days to answer) is overdue.
 */
describe('the overviews in the web interface', () => {
  let api: INestApplication;
  let worker: INestApplicationContext;
  let browser: Browser;
  let page: Page;
  let base: string;
  let late: LifecycleClient;
  let signed: LifecycleClient;
  const today = addDays(new Date().toISOString().slice(0, 10), 30);

  beforeAll(async () => {
    useOwnTaskQueue('web-overviews');
    worker = await startWorker();
    api = await startApi({ today: async () => today });
    base = await api.getUrl();
    late = new LifecycleClient(api);
    await late.create('Region Skåne', [NATVERKET], LATE);
    // Signed: its agreement runs 2027-01-01 to 2029-12-31, its first yearly follow-up is on 2028-01-01.
    signed = new LifecycleClient(api);
    await signed.create('Region Skåne', [NATVERKET], SIGNED);
    await signed.move('/invitation-response', { party: NATVERKET.organisationNumber, accept: true });
    // Rules version 3: each step aims for the level the officer chose for its phase.
    await signed.move(
      '/phase-levels',
      {
        party: 'PUBLIC',
        levels: [
          { phase: 'PROBLEM_DEFINITION', level: 'DIALOGUE', reason: 'Problemet formuleras i samtal' },
          // The political body decides alone: a dialogue aimed for there falls short, which the chart shows.
          { phase: 'POLITICAL_APPROVAL', level: 'DIALOGUE', reason: 'Organisationen hörs inför beslutet' },
          { phase: 'SIGNATURE', level: 'PARTNERSHIP', reason: 'Båda parter undertecknar' },
        ],
      },
      'put',
    );
    await signed.toSignature([NATVERKET.organisationNumber]);
    await signed.move('/signatures', { party: 'PUBLIC' });
    await signed.move('/signatures', { party: NATVERKET.organisationNumber });
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await worker?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `overviews-${name}.png`);

  const signIn = (name: string) => signInAs(page, base, name);

  /** Whether the page scrolls sideways: wider than the window it is shown in. */
  const scrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  it('shows the officer what is late first with its due date, filters by phase in the address, and lists the follow-up coming', async () => {
    await signIn('Anna Lindqvist');
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    const lateSection = page.locator('section', { has: page.getByRole('heading', { name: /^Försenat/ }) });
    // Other test files of the same run may add partnerships of Region Skåne: ours are found by their titles.
    const lateItem = lateSection.locator('.late-list > li', { has: page.getByRole('link', { name: LATE, exact: true }) });
    await lateItem.getByText(/Svara på inbjudan: Senast \d+ \w+\.? \d{4}/).waitFor();
    expect(await lateSection.getByRole('link', { name: SIGNED, exact: true }).count()).toBe(0);
    // Overdue first: in its phase's column, no card without an overdue task comes before it.
    const column = await page
      .locator('#col-PROBLEM_DEFINITION')
      .locator('..')
      .locator('.card')
      .evaluateAll((cards, title) => {
        const index = cards.findIndex((c) => c.querySelector('a')?.textContent === title);
        return { index, firstOnTime: cards.findIndex((c) => !c.classList.contains('card-overdue')) };
      }, LATE);
    expect(column.index).toBeGreaterThanOrEqual(0);
    if (column.firstOnTime >= 0) expect(column.index).toBeLessThan(column.firstOnTime);
    // In its phase's column too, the late one says so in words, with its due date.
    const lateCard = page.locator('.card', { has: page.getByRole('link', { name: LATE }) });
    await lateCard.getByText(/Nästa senaste datum: .* Försenad \(1 uppgift\)/).waitFor();
    await check('oversikt');

    await page.getByLabel('Fas').selectOption('IMPLEMENTATION');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/#\/board\?phase=IMPLEMENTATION$/);
    await page
      .locator('.card', { has: page.getByRole('link', { name: SIGNED }) })
      .first()
      .waitFor();
    // The filtered board replaces the whole one (which has the signed partnership's card too): the late one goes.
    await page
      .locator('.card', { has: page.getByRole('link', { name: LATE }) })
      .first()
      .waitFor({ state: 'detached' });
    expect(await page.locator('.card', { has: page.getByRole('link', { name: LATE }) }).count()).toBe(0);
    // The filter is the address's: reloading the page keeps it.
    await page.reload();
    await page
      .locator('.card', { has: page.getByRole('link', { name: SIGNED }) })
      .first()
      .waitFor();
    expect(await page.getByLabel('Fas').inputValue()).toBe('IMPLEMENTATION');
    await check('oversikt-filtrerad');

    await page.getByRole('link', { name: 'Kalender' }).first().click();
    await page.getByRole('heading', { name: 'Kalender', level: 1 }).waitFor();
    await page.getByLabel('Från och med').fill('2027-12-01');
    await page.getByLabel('Till och med').fill('2028-01-31');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/#\/calendar\?from=2027-12-01&to=2028-01-31$/);
    await page.getByRole('heading', { name: 'januari 2028' }).waitFor();
    const followUp = page.locator('.calendar-list li', { hasText: SIGNED });
    await followUp.getByText('Årlig uppföljning, år 1').waitFor();
    expect(await followUp.locator('time').getAttribute('datetime')).toBe('2028-01-01');
    await check('kalender');
  });

  it('shows a refused filter beside its field, in Swedish', async () => {
    await page.goto(`${base}/app/#/board?organisation=802456-1239`);
    await page.locator('#filter-organisation[aria-invalid="true"]').waitFor();
    expect(await page.locator('#filter-organisation').getAttribute('aria-describedby')).toContain('filter-organisation-error');
    await page
      .locator('#list-filters .error-summary')
      .getByRole('link', { name: /Organisation \(organisationsnummer\)/ })
      .waitFor();
    await check('oversikt-fel-filter');
  });

  it('draws the levels of one partnership as SVG with a table naming the shortfall, and the levels and principles across', async () => {
    await page.goto(`${base}/app/#/board`);
    await page.getByRole('link', { name: `Delaktighetsnivåer – ${SIGNED}` }).click();
    await page.waitForURL(new RegExp(`#/levels/${signed.id}$`));
    await page.locator('svg#levels-chart[role="img"] rect.bar-short').first().waitFor();
    // Problem definition: the officer's proposal aimed for dialogue; the phase reached consultation.
    const row = page.locator('#levels-table tr', { has: page.getByRole('rowheader', { name: 'Gemensam problemformulering' }) });
    await row.getByText('under målet').waitFor();
    await page.locator('#shortfall-steps').getByRole('cell', { name: 'Problemformulering föreslagen' }).first().waitFor();
    await check('nivaer-partnerskap');

    await page.getByRole('link', { name: 'Delaktighet i alla partnerskap' }).click();
    await page.locator('svg#levels-chart').waitFor();
    await page.locator('svg#principles-chart').waitFor();
    await page.locator('#principles-table').getByRole('rowheader', { name: 'Självständighet och oberoende' }).waitFor();
    await check('nivaer-alla');
  });

  it("lists a partnership with no open task in the representative's Mina partnerskap", async () => {
    await signIn('Erik Holm');
    await page.getByRole('link', { name: 'Mina partnerskap' }).first().click();
    await page.getByRole('heading', { name: 'Mina partnerskap', level: 1 }).waitFor();
    const card = page.locator('.card', { has: page.getByRole('link', { name: SIGNED }) });
    await card.getByText('Fas: Genomförande och uppföljning').waitFor();
    await card.getByText('Väntar på: ingen').waitFor();
    await card.getByText(/Avtalsperiod: 1 jan\. 2027 – 31 dec\. 2029/).waitFor();
    await check('mina-partnerskap');
  });

  it('lets the inbox and the board reflow at 390 px: no sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/app/#/inbox`);
    await page.getByRole('cell', { name: 'Svara på inbjudan' }).first().waitFor();
    expect(await scrollsSideways()).toBe(false);
    await check('mina-uppgifter-390');
    await signIn('Anna Lindqvist');
    await page.getByRole('heading', { name: 'Översikt' }).waitFor();
    await page.locator('.card').first().waitFor();
    expect(await scrollsSideways()).toBe(false);
    await check('oversikt-390');
    await page.goto(`${base}/app/#/levels/${signed.id}`);
    await page.locator('svg#levels-chart').waitFor();
    expect(await scrollsSideways()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("filters the auditor's register as the board is filtered, page by page", async () => {
    await signIn('Karin Ek');
    await page.getByRole('heading', { name: 'Granskning' }).waitFor();
    await page.getByLabel('Bara de med försenade uppgifter').check();
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/#\/audit\?overdue=true$/);
    // The signed one, with nothing overdue, leaves the register; the late one stays.
    await page.getByRole('link', { name: SIGNED, exact: true }).first().waitFor({ state: 'detached' });
    await page.getByRole('link', { name: LATE, exact: true }).first().waitFor();
    await page.reload();
    expect(await page.getByLabel('Bara de med försenade uppgifter').isChecked()).toBe(true);
    expect(await page.getByRole('link', { name: SIGNED, exact: true }).count()).toBe(0);
    await check('granskning-filtrerad');
  });
});
