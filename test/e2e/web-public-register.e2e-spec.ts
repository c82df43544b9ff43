/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { useApiAndWorker, useOwnDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { expectAccessible } from '../support/web-walk';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const SIGNED = 'Mötesplatser för äldre i Skåne';
const DRAFTING = 'Sommarlovsaktiviteter under utformning';

/**
 * The public register's page in Chromium without signing in: reached from the sign-in page's menu, a table of the
 * signed IOPs with their facts, the filters in the address and refused ones beside their field, the CSV link, in
 * Swedish and English, on a phone's width; every view checked with axe-core.
 */
describe('the public register in the web interface', () => {
  // The register lists every partnership of the database: a database of its own, so that other files' are not in it.
  useOwnDatabase('web_public_register');
  const app = useApiAndWorker('web-public-register');
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    base = await app().getUrl();
    const signed = new LifecycleClient(app());
    await signed.create('Region Skåne', [NATVERKET], SIGNED);
    await signed.toSignature([NATVERKET.organisationNumber]);
    for (const party of ['PUBLIC', NATVERKET.organisationNumber]) await signed.move('/signatures', { party });
    const drafting = new LifecycleClient(app());
    await drafting.create('Region Skåne', [VARSTA], DRAFTING);
    await drafting.toDrafting([VARSTA.organisationNumber]);
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `public-register-${name}.png`);
  const rowOf = (title: string) => page.getByRole('row', { name: new RegExp(title) });

  it('is reached before signing in and lists the signed IOP with its facts, not the one being drafted', async () => {
    await page.goto(`${base}/app/#/`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Register över IOP' }).click();
    await page.getByRole('heading', { name: 'Register över IOP', level: 1 }).waitFor();
    expect(await page.title()).toBe('Register över IOP – IOP');
    const row = rowOf(SIGNED);
    await row.waitFor();
    const text = (await row.textContent())!.replace(/\s+/g, ' ');
    for (const fact of ['Gällande', 'Region Skåne', `${NATVERKET.name} (${NATVERKET.organisationNumber})`, 'Samverkan för delaktighet']) {
      expect(text).toContain(fact);
    }
    expect(text).toMatch(/Regionstyrelsen, 20 nov\. 2026, § 88 ?RS 2026\/00321/);
    expect(text).toMatch(/900\s000\s+kr för hela perioden/);
    expect(await page.getByText(DRAFTING).count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('iop.token'))).toBeNull();
    await check('lista');
  });

  it('keeps the filters in the address, and shows a refused one beside its field', async () => {
    await page.goto(`${base}/app/#/register`);
    await page.getByLabel('Organisationsnummer').fill(VARSTA.organisationNumber);
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/#\/register\?organisationNumber=802003-4529$/);
    await page.getByText('Inga partnerskap matchar urvalet.').waitFor();
    await page.reload();
    expect(await page.getByLabel('Organisationsnummer').inputValue()).toBe(VARSTA.organisationNumber);

    await page.getByRole('link', { name: 'Rensa filtren' }).click();
    await rowOf(SIGNED).waitFor();
    await page.getByLabel('Gällande under år').fill('tjugosju');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    const year = page.getByLabel('Gällande under år');
    await page.locator('#reg-year[aria-invalid="true"]').waitFor();
    expect(await page.locator('#reg-year-error').textContent()).toBe('Ange ett årtal från 1900 till 2199.');
    expect(await year.getAttribute('aria-describedby')).toContain('reg-year-error');
    await page.getByRole('alert').waitFor();
    await check('felaktigt-filter');

    await year.fill('2028');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/#\/register\?year=2028$/);
    await rowOf(SIGNED).waitFor();
  });

  it('links to the same selection as a CSV file that opens without signing in', async () => {
    await page.goto(`${base}/app/#/register?publicParty=${encodeURIComponent('Region Skåne')}`);
    await rowOf(SIGNED).waitFor();
    const link = page.getByRole('link', { name: /Ladda ner registret som CSV-fil/ });
    const href = (await link.getAttribute('href'))!;
    expect(new URL(href, base).searchParams.get('publicParty')).toBe('Region Skåne');
    const file = await page.evaluate(async (address) => {
      const response = await fetch(address);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    }, href);
    expect(file).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(file.text).toContain(`${SIGNED};Gällande;Region Skåne;`);
  });

  it('speaks English on request and fits a phone without scrolling sideways', async () => {
    await page.goto(`${base}/app/#/register`);
    await rowOf(SIGNED).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Register of IOPs', level: 1 }).waitFor();
    const text = (await rowOf(SIGNED).textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('In force');
    expect(text).toMatch(/for the whole period/);
    await check('english');
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    await check('telefon');
    await page.getByRole('button', { name: 'Svenska' }).click();
  });
});
