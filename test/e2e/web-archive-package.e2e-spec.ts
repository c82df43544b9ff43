/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { HandlingsRepository } from '../../libs/database/src';
import { launchChromium } from '../support/browser';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { expectAccessible, signInAs } from '../support/web-walk';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };

/**
 * The archive package in the browser: the officer reaches it from the partnership's page, the auditor from the
 * register, both on the partnership's audit page, which says what the package holds; the representative is not
 * offered it. The download is the API's package, under the API's file name.
 */
describe('the archive package on the web', () => {
  const app = useApiAndWorker('web-archive-package');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Mötesplatser för äldre i Skåne');
    await iop.move('/invitation-response', { party: NATVERKET.organisationNumber, accept: true });
    await app().get(HandlingsRepository).setDiarienummer(iop.id, 'RS 2026/00321', 'officer@region-sk-ne.example');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const archiveSection = () => page.locator('#archive-section');

  /** Downloads the package with the page's button; the file the browser saved, and the name it saved it under. */
  async function downloadWithButton(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      archiveSection().getByRole('button', { name: 'Ladda ner arkivpaket (ZIP)' }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
  }

  it("leads the officer from the partnership's page to the package, which says it holds secrecy-marked handlings", async () => {
    await signInAs(page, base, 'Anna Lindqvist');
    await page.goto(`${base}/app/#/p/${iop.id}`);
    await page.getByRole('link', { name: 'Akt, export och arkivpaket' }).click();
    await archiveSection().getByRole('heading', { name: 'Arkivpaket för e-arkivet' }).waitFor();
    await expect(archiveSection().textContent()).resolves.toContain('även sekretessmarkerade handlingar');
    await expectAccessible(page, 'audit page with the archive package, officer', 'archive-officer.png');

    const { name, bytes } = await downloadWithButton();
    expect(name).toBe('IOP-RS-2026-00321-arkivpaket.zip');
    const paths = Object.keys(unzipSync(new Uint8Array(bytes)));
    const root = paths[0].split('/')[0];
    expect(paths).toEqual(
      expect.arrayContaining([`${root}/METS.xml`, `${root}/metadata/descriptive/ERMS.xml`, `${root}/representations/rep1/METS.xml`]),
    );
    await page.locator('#status', { hasText: 'Arkivpaketet är nedladdat.' }).waitFor();
  });

  it('offers it to the auditor too, in English on request', async () => {
    await signInAs(page, base, 'Karin Ek');
    await page.goto(`${base}/app/#/audit/${iop.id}`);
    await archiveSection().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await archiveSection().getByRole('heading', { name: 'Archive package for the e-archive' }).waitFor();
    await expectAccessible(page, 'audit page with the archive package, auditor (English)', 'archive-auditor-en.png');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await archiveSection().getByRole('heading', { name: 'Arkivpaket för e-arkivet' }).waitFor();
    expect((await downloadWithButton()).name).toBe('IOP-RS-2026-00321-arkivpaket.zip');
  });

  it("does not offer it to the organisation's representative", async () => {
    await signInAs(page, base, 'Erik Holm');
    await page.goto(`${base}/app/#/p/${iop.id}`);
    await page.getByRole('heading', { name: 'Mötesplatser för äldre i Skåne', level: 1 }).waitFor();
    await expect(page.getByRole('link', { name: 'Akt, export och arkivpaket' }).count()).resolves.toBe(0);
  });
});
