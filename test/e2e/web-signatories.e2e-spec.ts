/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';

const ORG = '802456-1238';

/**
 * The signatory register page in Chromium: a representative proposes their own entry with its basis, an officer of
 * a region the organisation has a partnership with confirms it, and the two demo officers confirm each other's.
 * Every page is checked with axe-core (WCAG 2.1 A and AA) and saved as a screenshot.
 */
describe('the signatory register page', () => {
  const app = useApiAndWorker('web-signatories');
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    base = await app().getUrl();
    // Only a region with a partnership with the organisation may confirm its firmatecknare.
    const { token } = (await request(app().getHttpServer()).post('/auth/dev/token').send({ user: 'officer' }).expect(200)).body;
    await request(app().getHttpServer())
      .post('/partnerships')
      .set('Authorization', `Bearer ${token}`)
      .send({
        title: 'Samverkan kring firmateckning',
        publicParty: { name: 'Region Skåne' },
        organisations: [{ name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: ORG }],
      })
      .expect(201);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `firmatecknare-${name}.png`);

  async function openRegisterAs(name: string): Promise<void> {
    await signInAs(page, base, name);
    await page.getByRole('link', { name: 'Firmatecknare' }).click();
    await page.getByRole('heading', { name: 'Firmatecknare', exact: true }).waitFor();
  }

  const proposeOwn = async (fields: { kind: string; reference: string; date: string; paragraph?: string }) => {
    const form = page.locator('form#propose-signatory');
    await form.getByLabel('Gäller från').fill('2026-01-01');
    await form.getByLabel('Typ av underlag').selectOption({ label: fields.kind });
    await form.getByLabel('Hänvisning').fill(fields.reference);
    await form.getByLabel('Underlagets datum').fill(fields.date);
    if (fields.paragraph) await form.getByLabel('Punkt i delegationsordningen (§)').fill(fields.paragraph);
    await form.getByRole('button', { name: 'Föreslå', exact: true }).click();
    await page.getByText('Sparat.').waitFor();
  };
  const rowOf = (reference: string) => page.getByRole('row', { name: new RegExp(reference) });

  it('lets a representative propose their entry, an officer confirm it, and two officers confirm each other', async () => {
    page = await browser.newPage();

    // The representative proposes their own entry with the board's decision as its basis.
    await openRegisterAs('Erik Holm');
    await proposeOwn({ kind: 'Styrelsebeslut om firmateckning', reference: 'Styrelseprotokoll 2026-03-12 punkt 7', date: '2026-03-12' });
    await rowOf('Styrelseprotokoll 2026-03-12 punkt 7').getByText('Föreslagen, väntar på bekräftelse').waitFor();
    await check('foretradare-foreslagen');

    // The region's officer sees it waiting and confirms it; then proposes her own, on the delegation order.
    await openRegisterAs('Anna Lindqvist');
    const waiting = page.locator('table', { has: page.locator('caption', { hasText: 'Föreslagna firmatecknare som du kan bekräfta' }) });
    await waiting.getByRole('row', { name: /Erik Holm.*Styrelseprotokoll 2026-03-12 punkt 7/ }).waitFor();
    await check('tjansteperson-vantar');
    await waiting
      .getByRole('row', { name: /Styrelseprotokoll 2026-03-12 punkt 7/ })
      .getByRole('button', { name: /Bekräfta/ })
      .click();
    await page.getByText('Sparat.').waitFor();
    expect(await waiting.getByRole('row', { name: /Styrelseprotokoll 2026-03-12 punkt 7/ }).count()).toBe(0);
    await proposeOwn({
      kind: 'Delegationsordning',
      reference: 'Regionstyrelsens delegationsordning RS 2025/118',
      date: '2025-02-03',
      paragraph: '§ 4',
    });
    const anna = rowOf('Regionstyrelsens delegationsordning RS 2025/118');
    await anna.getByText('Föreslagen, väntar på bekräftelse').waitFor();
    // Her own entry is not hers to confirm.
    expect(await anna.getByRole('button', { name: /Bekräfta/ }).count()).toBe(0);
    await check('tjansteperson-egen-post');

    // A second officer of the region confirms hers.
    await openRegisterAs('Johan Berg');
    await rowOf('Regionstyrelsens delegationsordning RS 2025/118')
      .getByRole('button', { name: /Bekräfta – Anna Lindqvist/ })
      .click();
    await page.getByText('Sparat.').waitFor();
    await check('andra-tjansteperson');

    // The representative sees the entry confirmed, by whom; in English too.
    await openRegisterAs('Erik Holm');
    await rowOf('Styrelseprotokoll 2026-03-12 punkt 7')
      .getByText(/Bekräftad av anna\.lindqvist@skane\.example/)
      .waitFor();
    await check('foretradare-bekraftad');
    await page.getByRole('button', { name: 'English' }).click();
    await rowOf('Styrelseprotokoll 2026-03-12 punkt 7')
      .getByText(/Confirmed by anna\.lindqvist@skane\.example/)
      .waitFor();
    await check('foretradare-bekraftad-engelska');
  });
});
