/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { useApiAndWorker } from '../support/harness';
import { join } from 'node:path';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { LifecycleClient } from '../support/lifecycle-client';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const [N, V] = [NATVERKET.organisationNumber, VARSTA.organisationNumber];

/**
 * The officer records the decision's justering and anslag (with the decision, or days later by a move of their own) and sees the last day of appeal, then records an appeal lodged within the window. An organisation gives notice of its own participation from the page (rules version 3): the summary says the
 * agreement goes on for the others, the receipt the day it leaves, and the page lists its notice. axe on each page.
 */
describe('the web interface shows the appeal window and lets an organisation leave a multi-organisation agreement', () => {
  const app = useApiAndWorker('web-leaving');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA], 'Två organisationer, en lämnar');
    await iop.toDrafting([N, V]);
    await iop.move('/drafts', iop.draft([N, V]));
    for (const p of ['PUBLIC', N, V]) await iop.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    await iop.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: '2026-11-20',
      diarienummer: 'RS 2026/00418',
      paragraph: '§ 22',
      outcome: 'APPROVED',
    });
    // In force at the last signature (rules version 4 would wait for legal force): the leaving below needs it in force.
    await iop.signBeforeLegalForce();
    for (const p of ['PUBLIC', N, V]) await iop.move('/signatures', { party: p });
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `leaving-${name}.png`);

  it('the officer records the justering and the anslag of the decision and sees the last day of appeal', async () => {
    const decided = new LifecycleClient(app());
    await decided.create('Region Skåne', [NATVERKET], 'Beslut som kan överklagas');
    await decided.toDrafting([N]);
    await decided.move('/drafts', decided.draft([N]));
    for (const p of ['PUBLIC', N]) await decided.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    await signInAs(page, base, 'Anna Lindqvist');
    await page.goto(`${base}/app/#/p/${decided.id}`);
    await page.getByRole('heading', { name: 'Det du kan göra nu' }).waitFor();
    const form = page.locator('form.move', { has: page.locator('legend', { hasText: /^Politiskt beslut$/ }) });
    await form.getByLabel('Beslutande organ').fill('Regionstyrelsen');
    await form.getByLabel('Sammanträdesdag').fill('2026-05-20');
    await form.getByLabel('Diarienummer').fill('RS 2026/00419');
    await form.getByLabel('Paragraf (§)').fill('§ 23');
    await form.getByLabel('Protokollet justerat').fill('2026-05-27');
    await form.getByLabel('Justeringen anslagen').fill('2026-05-29');
    await form.getByRole('button', { name: 'Registrera beslutet', exact: true }).click();
    await form.getByRole('heading', { name: 'Granska och skicka' }).waitFor();
    await form.locator('[data-confirm="send"]').click();
    await page.getByText('Sparat.').waitFor();
    // Three weeks after the anslag is midsommarafton 2026, so the last day of appeal is Monday 22 June.
    expect((await decided.read()).decisions[0]).toMatchObject({ announcedOn: '2026-05-29', lastDayOfAppeal: '2026-06-22' });
    const lastDay = page.locator('#case-decisions .last-day-of-appeal');
    await lastDay.waitFor();
    expect(await lastDay.textContent()).toBe('Sista dag för överklagande: 22 juni 2026');
    await lastDay.scrollIntoViewIfNeeded();
    await check('overklagandetid');
    // The picture README shows (docs/screenshots/appeal-window.png is a copy).
    await page.screenshot({ path: join(SCREENSHOTS, 'appeal-window.png'), fullPage: false });
  });

  it('the officer records the anslag days after the decision and sees the last day of appeal', async () => {
    const decided = new LifecycleClient(app());
    await decided.create('Region Skåne', [NATVERKET], 'Anslag efter beslutet');
    await decided.toDrafting([N]);
    await decided.move('/drafts', decided.draft([N]));
    for (const p of ['PUBLIC', N]) await decided.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    await decided.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: '2026-11-24',
      diarienummer: 'RS 2026/00420',
      paragraph: '§ 24',
      outcome: 'APPROVED',
    });
    await signInAs(page, base, 'Anna Lindqvist');
    await page.goto(`${base}/app/#/p/${decided.id}`);
    const form = page.locator('form.move', { has: page.locator('legend', { hasText: 'Justering och anslag av beslutet' }) });
    await form.waitFor();
    await form.getByLabel('Protokollet justerat').fill('2026-12-01');
    await form.getByLabel('Justeringen anslagen').fill('2026-12-03');
    await check('anslag-formular');
    await form.getByRole('button', { name: 'Registrera anslaget', exact: true }).click();
    await page.getByText('Sparat.').waitFor();
    // Three weeks after the anslag is julafton 2026: juldagen, annandag jul and the Sunday follow.
    expect((await decided.read()).decisions[0]).toMatchObject({ announcedOn: '2026-12-03', lastDayOfAppeal: '2026-12-28' });
    const lastDay = page.locator('#case-decisions .last-day-of-appeal');
    await lastDay.waitFor();
    expect(await lastDay.textContent()).toBe('Sista dag för överklagande: 28 dec. 2026');
    await check('anslag-sparat');

    // A member of the municipality appealed within the window: the officer records it, the page says it waits for the court.
    const appeal = page.locator('form.move', { has: page.locator('legend', { hasText: /^Överklagande av beslutet$/ }) });
    await appeal.waitFor();
    await appeal.getByLabel('Domstol').fill('Förvaltningsrätten i Malmö');
    await appeal.getByLabel('Målnummer').fill('4711-26');
    await appeal.getByLabel('Överklagandet kom in').fill('2026-12-28');
    await check('overklagande-formular');
    await appeal.getByRole('button', { name: 'Registrera överklagandet', exact: true }).click();
    const pending = page.locator('#case-decisions .decision-appeal');
    await pending.getByText('Överklagat, väntar på avgörande').waitFor();
    expect((await decided.read()).decisions[0].appeal).toMatchObject({
      court: 'Förvaltningsrätten i Malmö',
      caseNumber: '4711-26',
      lodgedOn: '2026-12-28',
    });
    // The ruling is now what the officer may record, not a second appeal.
    await page.locator('form.move legend', { hasText: /^Domstolens avgörande av överklagandet$/ }).waitFor();
    await check('overklagande-sparat');

    // Rules version 4: both parties sign while the appeal is pending; the agreement waits for legal force, and says so.
    for (const p of ['PUBLIC', N]) await decided.move('/signatures', { party: p });
    await page.reload();
    await page.locator('#case-awaiting-legal-force', { hasText: 'Avtalet träder i kraft när beslutet har vunnit laga kraft.' }).waitFor();
    expect((await decided.read()).phase).toBe('SIGNATURE');
    await check('vantar-pa-laga-kraft');
  });

  it('an organisation gives notice, sees it leaves on its own date, and the agreement goes on for the others', async () => {
    await signInAs(page, base, 'Maria Sjöberg');
    await page.goto(`${base}/app/#/p/${iop.id}`);
    await page.getByRole('heading', { name: 'Det du kan göra nu' }).waitFor();
    const form = page.locator('form.move', { has: page.locator('legend', { hasText: 'Uppsägning av avtalet' }) });
    await form.getByLabel('Skäl').fill('Styrelsen har beslutat att avsluta verksamheten.');
    await form.getByRole('button', { name: 'Säg upp avtalet' }).click();
    const summary = form.locator('.confirm');
    await summary.getByText(/Du säger upp deltagandet i avtalet för Vårsta Diakonigård\. Uppsägningstiden är 6 månader\./).waitFor();
    await summary.getByText('Avtalet fortsätter för de övriga parterna så länge minst en organisation är kvar.').waitFor();
    await check('sammanfattning');
    await summary.locator('[data-confirm="send"]').click();
    await page
      .locator('#status .receipt')
      .getByText(/^Vårsta Diakonigård lämnar avtalet den .*; avtalet fortsätter för de övriga parterna\./)
      .waitFor();
    await check('kvitto');

    const p = await iop.read();
    expect(p.leavings).toEqual([expect.objectContaining({ party: V, reason: 'Styrelsen har beslutat att avsluta verksamheten.' })]);
    expect(p.agreement).toBeDefined();

    // The officer's page lists the notice, and the agreement is still in force for the others.
    await signInAs(page, base, 'Anna Lindqvist');
    await page.goto(`${base}/app/#/p/${iop.id}`);
    const leavings = page.locator('#case-leavings');
    await leavings
      .getByText(/Vårsta Diakonigård sade upp sitt deltagande .* och lämnar avtalet .*; avtalet fortsätter för de övriga parterna\./)
      .waitFor();
    await page.locator('#case-in-force').waitFor();
    await check('handlaggarens-sida');
  });
});
