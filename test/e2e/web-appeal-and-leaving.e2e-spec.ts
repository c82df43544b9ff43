/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { LifecycleClient } from '../support/lifecycle-client';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const [N, V] = [NATVERKET.organisationNumber, VARSTA.organisationNumber];

/**
 * An organisation gives notice of its own participation from the page (rules version 3): the summary says the
 * agreement goes on for the others, the receipt the day it leaves, and the page lists its notice. axe on each page.
 */
describe('the web interface lets an organisation leave a multi-organisation agreement', () => {
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
    for (const p of ['PUBLIC', N, V]) await iop.move('/signatures', { party: p });
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `leaving-${name}.png`);

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
