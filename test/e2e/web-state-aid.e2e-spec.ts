/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { LifecycleClient } from '../support/lifecycle-client';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;

/**
 * State aid in the browser: the officer records a de minimis assessment with the aid per organisation (a missing
 * reference refused first), the organisation's representative declares its other de minimis aid, and the auditor
 * reads both on their page. Every page visited is checked with axe-core.
 */
describe('the state aid assessment and the de minimis declaration on the web', () => {
  const app = useApiAndWorker('web-state-aid');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Statsstöd – mötesplatser för äldre');
    await iop.move('/invitation-response', { party: ORG, accept: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `state-aid-${name}.png`);
  const section = () => page.locator('#case-state-aid');
  const formOf = (legend: string) => page.locator('form.move', { has: page.locator('legend', { hasText: legend }) });

  async function openAs(name: string): Promise<void> {
    await signInAs(page, base, name);
    await page.goto(`${base}/app/#/p/${iop.id}`);
    await page.getByRole('heading', { name: 'Statsstöd', exact: true }).waitFor();
  }

  it('has the officer record a de minimis assessment with the aid per organisation', async () => {
    await openAs('Anna Lindqvist');
    await section().getByText('Ingen statsstödsbedömning är införd ännu.').waitFor();
    const form = formOf('Bedöm statsstöd');
    await check('formular');

    // An entrustment without its act's reference: the API refuses it naming the field, and nothing is recorded.
    await form.getByLabel('Slutsats').selectOption('SGEI_ENTRUSTMENT');
    await form.getByLabel('Skäl').fill('Verksamheten är en tjänst av allmänt ekonomiskt intresse.');
    await form.getByRole('button', { name: 'Spara statsstödsbedömningen' }).click();
    await form.locator('[name="entrustmentReference"][aria-invalid="true"]').waitFor();
    expect((await iop.read()).stateAid).toBeUndefined();

    await form.getByLabel('Slutsats').selectOption('DE_MINIMIS');
    await form.getByLabel('Skäl').fill('Föreningen säljer en del av verksamheten; stödet ryms inom 2023/2831.');
    await form.getByLabel(`Stöd till ${NATVERKET.name} (kr)`).fill('450 000');
    await form.getByRole('button', { name: 'Spara statsstödsbedömningen' }).click();
    await page.getByText('Sparat.').waitFor();
    await section().getByText('Stöd av mindre betydelse (förordning 2023/2831)').waitFor();
    await section()
      .getByRole('row', { name: new RegExp(`${NATVERKET.name} 450 000 kr Ingen försäkran lämnad ännu`) })
      .waitFor();
    expect((await iop.read()).stateAid[0].aid).toEqual([{ organisationNumber: ORG, amountSek: 450_000 }]);
    await check('tjansteperson');
  });

  it("has the organisation's representative declare its other de minimis aid", async () => {
    await openAs('Erik Holm');
    const form = formOf('Försäkran om stöd av mindre betydelse');
    await form.waitFor();
    expect(await page.locator('legend', { hasText: 'Bedöm statsstöd' }).count()).toBe(0);
    await check('foretradare-formular');
    await form.getByLabel('Stödgivare').first().fill('Tillväxtverket');
    await form.getByLabel('Beviljat').first().fill('2025-03-01');
    await form.getByLabel('Stöd', { exact: true }).first().fill('20 000');
    await form.getByLabel('Valuta').first().selectOption('EUR');
    await form.getByRole('button', { name: 'Lämna försäkran' }).click();
    await page.getByText('Sparat.').waitFor();
    await section()
      .getByText(/Tillväxtverket, .*: 20000 euro \(EUR\)/)
      .waitFor();
    const read = await iop.read(ORG);
    expect(read.deMinimisDeclarations[0]).toMatchObject({
      none: false,
      aids: [{ grantingBody: 'Tillväxtverket', grantedOn: '2025-03-01', amount: 20_000, currency: 'EUR' }],
    });
    await check('foretradare');
  });

  it('has the officer record an exchange rate on its page', async () => {
    await signInAs(page, base, 'Anna Lindqvist');
    await page.goto(`${base}/app/#/exchange-rates`);
    await page.getByRole('heading', { name: 'Växelkurser för stöd av mindre betydelse' }).waitFor();
    // From 2030: no decision of the other tests falls under it.
    await page.getByLabel('Gäller från').fill('2030-01-01');
    await page.getByLabel('Kronor per euro').fill('11,25');
    await page.getByRole('button', { name: 'Spara kursen' }).click();
    await page.getByRole('cell', { name: '11,25' }).first().waitFor();
    await check('vaxelkurser');
  });

  it("shows the assessment and the declaration on the auditor's page, and the organisation's ledger from it", async () => {
    await page.goto(`${base}/app/#/`);
    await page.getByRole('button', { name: /Karin Ek/ }).click();
    await page.locator('#who', { hasText: 'Karin Ek' }).waitFor();
    await page.goto(`${base}/app/#/audit/${iop.id}`);
    await page.getByRole('heading', { name: 'Statsstöd', exact: true }).waitFor();
    await section()
      .getByText(/Tillväxtverket/)
      .waitFor();
    await check('granskning');
    await section()
      .getByRole('link', { name: /Sammanställning av stöd av mindre betydelse/ })
      .click();
    await page.getByRole('heading', { name: `Stöd av mindre betydelse för ${ORG}` }).waitFor();
    await page.getByRole('table', { name: 'Försäkran om annat stöd av mindre betydelse' }).getByText('Tillväxtverket').waitFor();
    await check('sammanstallning');
  });
});
