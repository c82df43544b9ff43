/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { samplePdf } from '../support/sample-documents';
import { expectAccessible, signInAs } from '../support/web-walk';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };

/**
 * The records of a case in Chromium: the officer gives the case its diarienummer, registers a document, is told
 * what is missing when the form lacks its file, and downloads the file again under its Swedish name; the
 * organisation's representative reads the list without the officer's forms; the officer and the auditor open the
 * list of what is due for disposal. Every page is checked with axe-core (WCAG 2.1 A and AA).
 */
describe("a case's records in the web interface", () => {
  const app = useApiAndWorker('web-documents');
  let browser: Browser;
  let page: Page;
  let base: string;
  let id: string;

  beforeAll(async () => {
    base = await app().getUrl();
    const http = () => request(app().getHttpServer());
    const tokenOf = async (user: string) => `Bearer ${(await http().post('/auth/dev/token').send({ user }).expect(200)).body.token}`;
    const officer = await tokenOf('officer');
    const created = await http()
      .post('/partnerships')
      .set('Authorization', officer)
      .send({ title: 'Handlingar på webben', publicParty: { name: 'Region Skåne' }, organisations: [NATVERKET] })
      .expect(201);
    id = created.body.id;
    // A case closed today with a letter among its records: due for disposal two years on.
    const closed = await http()
      .post('/partnerships')
      .set('Authorization', officer)
      .send({ title: 'Avslutat samarbete', publicParty: { name: 'Region Skåne' }, organisations: [VARSTA] })
      .expect(201);
    await http()
      .post(`/partnerships/${closed.body.id}/documents`)
      .set('Authorization', officer)
      .field({ origin: 'RECEIVED', documentKind: 'CORRESPONDENCE', datedOn: '2026-03-12', counterpart: VARSTA.name, subject: 'Svar på inbjudan' })
      .attach('file', samplePdf('Svar'), 'Svar på inbjudan.pdf')
      .expect(201);
    await http()
      .post(`/partnerships/${closed.body.id}/invitation-response`)
      .set('Authorization', await tokenOf('rep-varsta'))
      .send({ accept: false })
      .expect(200);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `handlingar-${name}.png`);
  const records = () => page.locator('section#case-records');

  async function openCaseAs(person: string): Promise<void> {
    await signInAs(page, base, person);
    await page.goto(`${base}/app/#/p/${id}`);
    await records()
      .getByRole('heading', { name: /Handlingar|Records/ })
      .waitFor();
  }

  it('lets the officer number the case, register a document and download it again; the representative reads the list', async () => {
    page = await browser.newPage({ acceptDownloads: true });
    await openCaseAs('Anna Lindqvist');
    await records().getByText('Inga handlingar är registrerade ännu.').waitFor();
    await check('tom-lista');

    const number = page.locator('form#records-number');
    await number.getByLabel('Ärendets diarienummer').fill('RS 2026/321');
    await number.getByRole('button', { name: 'Spara diarienumret' }).click();
    await page.getByText('Sparat.').waitFor();
    await records().locator('.case-number', { hasText: 'RS 2026/321' }).waitFor();

    // Sent without its file: the form says what is missing, beside the field.
    const upload = page.locator('form#records-upload');
    await upload.getByLabel('Ärendemening').fill('Stadgar antagna vid årsmötet 2025');
    await upload.getByRole('button', { name: 'Registrera handlingen' }).click();
    await upload.locator('.error-summary').waitFor();
    await upload.locator('.field-error', { hasText: 'Välj den fil som innehåller dokumentet.' }).waitFor();
    expect(await upload.getByLabel('Dokument').getAttribute('aria-invalid')).toBe('true');
    await check('fel-utan-fil');

    const bytes = samplePdf('Stadgar');
    await upload.getByLabel('Dokument').setInputFiles({ name: 'Stadgar för NÄTVERKET.pdf', mimeType: 'application/pdf', buffer: bytes });
    await upload.getByLabel('Inkommen eller upprättad').selectOption({ label: 'Inkommen' });
    await upload.getByLabel('Slag av handling').selectOption({ label: 'Stadgar' });
    await upload.getByLabel('Handlingens datum').fill('2026-03-12');
    await upload.getByLabel('Avsändare eller mottagare').fill(NATVERKET.name);
    await upload.getByRole('button', { name: 'Registrera handlingen' }).click();
    await page.getByText('Sparat.').waitFor();
    const row = records().getByRole('row', { name: /RS 2026\/321-1/ });
    await row.getByText('Stadgar antagna vid årsmötet 2025').waitFor();
    await row.getByText('Gallras 10 år efter avslut').waitFor();
    await check('registrerad');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: 'Stadgar för NÄTVERKET.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('Stadgar för NÄTVERKET.pdf');
    expect(Buffer.compare(readFileSync((await download.path())!), bytes)).toBe(0);

    // The representative registers too, but neither numbers the case nor marks secrecy.
    await openCaseAs('Erik Holm');
    await records()
      .getByRole('row', { name: /RS 2026\/321-1/ })
      .waitFor();
    expect(await page.locator('form#records-number').count()).toBe(0);
    expect(await page.locator('form#records-upload').getByLabel('Sekretessbestämmelse').count()).toBe(0);
    await check('foretradare');
    await page.getByRole('button', { name: 'English' }).click();
    await records().getByRole('heading', { name: 'Records' }).waitFor();
    await records()
      .getByRole('row', { name: /RS 2026\/321-1/ })
      .getByText('Disposed of 10 years after closing')
      .waitFor();
    await check('foretradare-engelska');
    await page.getByRole('button', { name: 'Svenska' }).click();
  });

  it('shows the officer and the auditor what is due for disposal', async () => {
    page = await browser.newPage();
    for (const person of ['Anna Lindqvist', 'Karin Ek']) {
      await signInAs(page, base, person);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Gallring' }).click();
      await page.getByRole('heading', { name: 'Handlingar att gallra' }).waitFor();
      await page.getByLabel('Att gallra senast').fill('2100-01-01');
      await page.getByRole('button', { name: 'Visa', exact: true }).click();
      await page.waitForFunction(() => location.hash === '#/records/disposal-due?asOf=2100-01-01');
      await page.locator('#disposal-as-of-date[value="2100-01-01"]').waitFor();
      const due = page.getByRole('row', { name: /Avslutat samarbete/ });
      await due.getByText('Svar på inbjudan', { exact: true }).waitFor();
      await due.getByRole('link', { name: 'Svar på inbjudan.pdf' }).waitFor();
      await check(`gallring-${person.split(' ')[0].toLowerCase()}`);
    }
  });
});
