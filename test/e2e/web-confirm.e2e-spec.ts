/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { LifecycleClient } from '../support/lifecycle-client';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };

/**
 * "Granska och skicka": a binding move shows what will be sent before it is sent. Signing names the version and
 * the party; "Ändra" returns to the form and sends nothing; "Skicka" signs once; the receipt says who acts next.
 * A termination's summary gives the notice, its receipt the date it takes effect. Each page is checked with axe.
 */
describe('the web interface asks to confirm a binding move', () => {
  const app = useApiAndWorker('web-confirm');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Avtal att underteckna');
    await iop.toSignature([NATVERKET.organisationNumber]);
    // The demo officer becomes a confirmed firmatecknare of Region Skåne, confirmed by her colleague.
    const http = () => request(app().getHttpServer());
    const token = async (user: string) => (await http().post('/auth/dev/token').send({ user }).expect(200)).body.token as string;
    const [officer, colleague] = [await token('officer'), await token('officer-2')];
    const claims = JSON.parse(Buffer.from(officer.split('.')[1], 'base64url').toString());
    const entry = await http()
      .post('/signatories')
      .set('Authorization', `Bearer ${officer}`)
      .send({
        subject: claims.sub,
        name: claims.name,
        validFrom: '2000-01-01',
        basis: { kind: 'DELEGATION_ORDER', reference: 'Regionstyrelsens delegationsordning', date: '2000-01-01', paragraph: '§ 4' },
      })
      .expect(201);
    await http().post(`/signatories/${entry.body.id}/confirmation`).set('Authorization', `Bearer ${colleague}`).expect(200);
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `bekrafta-${name}.png`);

  async function openAs(name: string): Promise<void> {
    await signInAs(page, base, name);
    await page.goto(`${base}/app/#/p/${iop.id}`);
    await page.getByRole('heading', { name: 'Det du kan göra nu' }).waitFor();
  }

  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());

  it('shows what a signature binds to, sends nothing on "Ändra" and signs once on "Skicka"', async () => {
    await openAs('Anna Lindqvist');
    const form = page.locator('form.move', { has: page.locator('legend', { hasText: /^Underteckna$/ }) });
    // The document signed, by its SHA-256, with the PDF to read first (rules version 5).
    const { sha256 } = (await iop.get(`/partnerships/${iop.id}/agreement`)).body;
    await form.getByText(`Du undertecknar avtalsdokumentet med SHA-256 ${sha256}`).waitFor();
    const [pdf] = await Promise.all([page.waitForEvent('popup'), form.getByRole('button', { name: 'Läs avtalet (PDF)' }).click()]);
    await pdf.waitForLoadState();
    expect(pdf.url()).toMatch(/^blob:/);
    await pdf.close();
    await form.getByRole('button', { name: 'Underteckna', exact: true }).click();
    const summary = form.locator('.confirm');
    await summary.getByRole('heading', { name: 'Granska och skicka' }).waitFor();
    await expect(focusedText()).resolves.toBe('Granska och skicka');
    await summary.getByText('Version 1: Samverkan för delaktighet.').waitFor();
    await summary.getByText('Du undertecknar som firmatecknare för Region Skåne.').waitFor();
    await check('underteckna-sammanfattning');

    await summary.locator('[data-confirm="back"]').click();
    await form.getByRole('button', { name: 'Underteckna', exact: true }).waitFor();
    expect(await form.locator('.confirm').count()).toBe(0);
    expect((await iop.read()).signatures).toEqual([]);

    await form.getByRole('button', { name: 'Underteckna', exact: true }).click();
    await form.locator('[data-confirm="send"]').click();
    const receipt = page.locator('#status .receipt');
    await receipt.getByText('Sparat.').waitFor();
    await receipt.getByText(`${NATVERKET.name}: Underteckna avtalet`).waitFor();
    await check('underteckna-kvitto');
    expect((await iop.read()).signatures.map((s: { party: string; documentSha256: string }) => [s.party, s.documentSha256])).toEqual([
      ['PUBLIC', sha256],
    ]);
    // The agreement's section shows the document and the hash each signature names.
    await page.locator('#agreement-document').getByText(sha256).waitFor();
    await page.locator('table.case-signatures').getByText(sha256).waitFor();
    await page.getByRole('button', { name: 'Det undertecknade avtalet (PDF)' }).waitFor();
  });

  it("gives a termination's notice before it is sent and the day it takes effect after", async () => {
    await iop.move('/signatures', { party: NATVERKET.organisationNumber });
    await openAs('Anna Lindqvist');
    // In English too, then back in Swedish: "Change" sends nothing.
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.locator('form.move', { has: page.locator('legend', { hasText: 'Termination of the agreement' }) });
    await english.getByLabel('Reason').fill('The work moves in-house.');
    await english.getByRole('button', { name: 'Terminate the agreement' }).click();
    await english.getByText(/You terminate the agreement for Region Skåne\. The notice period is 6 months\./).waitFor();
    await english.getByRole('heading', { name: 'Review and send' }).waitFor();
    await check('uppsagning-sammanfattning-engelska');
    await english.getByRole('button', { name: 'Change' }).click();
    await expect(english.getByLabel('Reason').inputValue()).resolves.toBe('The work moves in-house.');
    expect((await iop.read()).termination).toBeUndefined();
    await page.getByRole('button', { name: 'Svenska' }).click();
    const form = page.locator('form.move', { has: page.locator('legend', { hasText: 'Uppsägning av avtalet' }) });
    await form.getByLabel('Skäl').fill('Verksamheten övergår i egen regi.');
    await form.getByRole('button', { name: 'Säg upp avtalet' }).click();
    const summary = form.locator('.confirm');
    await summary.getByText(/Du säger upp avtalet för Region Skåne\. Uppsägningstiden är 6 månader\./).waitFor();
    await summary.getByText('Verksamheten övergår i egen regi.').waitFor();
    await check('uppsagning-sammanfattning');
    await summary.locator('[data-confirm="send"]').click();
    await page
      .locator('#status .receipt')
      .getByText(/^Uppsägningen gäller från /)
      .waitFor();
    expect((await iop.read()).termination.reason).toBe('Verksamheten övergår i egen regi.');
    await check('uppsagning-kvitto');
  });
});
