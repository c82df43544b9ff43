/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { useApiAndWorker } from '../support/harness';
import { giveDiarienummer, registerHandling } from '../support/handlings';
import { LifecycleClient } from '../support/lifecycle-client';
import { pdfText } from '../support/pdf-text';
import { expectAccessible, signInAs } from '../support/web-walk';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;

/** The auditor reaches the partnership's dossier from its page in Chromium: the report to print, and the PDF. */
describe("the dossier from the auditor's page", () => {
  const app = useApiAndWorker('web-dossier');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Läxhjälp i Malmö');
    await iop.move('/invitation-response', { party: ORG, accept: true });
    await iop.toSignature([ORG]);
    await iop.move('/signatures', { party: 'PUBLIC' });
    await iop.move('/signatures', { party: ORG });
    await giveDiarienummer(app(), iop.id, 'RS 2026/00321');
    await registerHandling(app(), iop.id, {
      origin: 'RECEIVED',
      documentKind: 'ANNUAL_REPORT',
      datedOn: '2026-10-15',
      counterpart: NATVERKET.name,
      subject: 'Verksamhetsberättelse 2025',
      registeredByParty: ORG,
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await signInAs(page, base, 'Karin Ek');
    await page.goto(`${base}/app/#/audit/${iop.id}`);
    await page.getByRole('heading', { name: 'Export' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the report to print beside the page, in Swedish with the diarienummer and the handlingar, accessible', async () => {
    await expectAccessible(page, 'granskarens sida med exporterna', 'dossier-01-granskning.png');
    const [report] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Utskriftsvänlig rapport' }).click()]);
    await report.getByRole('heading', { name: 'Läxhjälp i Malmö', level: 1 }).waitFor();
    await report.getByRole('heading', { name: 'Handlingar' }).waitFor();
    await report.getByRole('cell', { name: 'RS 2026/00321-1' }).waitFor();
    await report.getByRole('cell', { name: 'Verksamhetsberättelse 2025' }).waitFor();
    await report.getByText('Genomförande och uppföljning').first().waitFor();
    await expectAccessible(report, 'akten att skriva ut', 'dossier-02-akt.png');
    await report.close();
  });

  it('saves the PDF under the name a diarium files it by, with the same content', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Akten som PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('IOP-RS-2026-00321-akt.pdf');
    const { text, pages } = await pdfText(readFileSync(await download.path()));
    const squashed = text.replace(/\s+/g, '');
    for (const words of ['Läxhjälp i Malmö', 'Diarienummer: RS 2026/00321', 'Verksamhetsberättelse 2025', `Sida ${pages} av ${pages}`]) {
      expect(squashed).toContain(words.replace(/\s+/g, ''));
    }
  });

  it('saves the timeline as CSV named by the diarienummer', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tidslinjen som CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('IOP-RS-2026-00321-tidslinje.csv');
    expect(readFileSync(await download.path(), 'utf8').split('\r\n')[0]).toBe(
      '\uFEFFTidpunkt;Händelse;Fas;Part;Åtgärd;Eftersträvad nivå;Uppnådd nivå;Utförd av;Detaljer',
    );
  });
});
