/// <reference lib="dom" />
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { useApiAndWorker } from '../support/harness';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { LifecycleClient } from '../support/lifecycle-client';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const N = NATVERKET.organisationNumber;

/**
 * The organisation as a party and the levels chosen per phase, in the browser: the representative records the
 * organisation's profile, the officer proposes the levels per phase, the organisation reads them, and the levels
 * page shows per phase the level aimed for beside the level reached, with what is missing. axe-core on every page.
 */
describe('the web interface: the organisation as a party and the levels per phase', () => {
  const app = useApiAndWorker('web-party-and-levels');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Mötesplatser med nivå per fas');
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `party-and-levels-${name}.png`);
  const form = (legend: string) => page.locator('form.move', { has: page.locator('legend', { hasText: legend }) });

  async function openAs(name: string): Promise<void> {
    await signInAs(page, base, name);
    await page.goto(`${base}/app/#/p/${iop.id}`);
    await page.getByRole('heading', { name: 'Det du kan göra nu' }).waitFor();
  }

  it("lets the organisation's representative record its profile, shown on the page", async () => {
    await openAs('Erik Holm');
    const profile = form('Organisationens uppgifter');
    await profile.getByLabel('Juridisk form', { exact: true }).selectOption({ label: 'Stiftelse' });
    await profile.getByRole('checkbox', { name: /Registrerad som idéburen organisation hos Kammarkollegiet/ }).check();
    await profile.getByLabel('Registrerad sedan').fill('2024-03-01');
    await profile.getByLabel('Kontaktpersonens namn').fill('Karin Holm');
    await profile.getByLabel('E-post').fill('karin.holm@example.se');
    await profile.getByLabel('Namn på stadgar').fill('Stadgar antagna vid årsmötet 2025');
    await profile.getByLabel('Datum för stadgar').fill('2025-04-20');
    await check('profil-formular');
    await profile.getByRole('button', { name: 'Spara uppgifterna' }).click();
    await page.getByText('Sparat.').waitFor();

    const stated = (await iop.read()).organisations[0].profile;
    expect(stated).toMatchObject({
      legalForm: 'FOUNDATION',
      registeredAsIdeburen: true,
      registeredSince: '2024-03-01',
      contact: { name: 'Karin Holm', email: 'karin.holm@example.se' },
      attachments: [{ name: 'Stadgar antagna vid årsmötet 2025', date: '2025-04-20', kind: 'STATUTES' }],
      statedBy: N,
    });
    const section = page.locator('#case-profiles');
    await section.getByText('Stiftelse').waitFor();
    await section.getByText('Stadgar: Stadgar antagna vid årsmötet 2025').waitFor();
    await check('profil-sparad');
  });

  it('lets the officer propose the levels per phase, which the organisation reads', async () => {
    await openAs('Anna Lindqvist');
    const levels = form('Föreslå delaktighetsnivå per fas');
    await levels.getByLabel('Nivå i fasen Gemensam problemformulering').selectOption({ label: 'Partnerskap' });
    await levels.getByLabel('Motivering för fasen Gemensam problemformulering').fill('Problemet formuleras gemensamt');
    await levels.getByLabel('Nivå i fasen Dialog').selectOption({ label: 'Dialog' });
    await levels.getByLabel('Motivering för fasen Dialog').fill('Vi möts och samtalar');
    await levels.getByLabel('Nivå i fasen Utformning av avtal').selectOption({ label: 'Ingen nivå eftersträvas' });
    await levels.getByLabel('Motivering för fasen Utformning av avtal').fill('Regionen skriver utkastet');
    await check('nivaer-formular');
    await levels.getByRole('button', { name: 'Föreslå nivåerna' }).click();
    await page.getByText('Sparat.').waitFor();
    const chosen = (await iop.read()).phaseLevels;
    expect(chosen).toMatchObject({
      PROBLEM_DEFINITION: { level: 'PARTNERSHIP', reason: 'Problemet formuleras gemensamt' },
      DIALOGUE: { level: 'DIALOGUE', reason: 'Vi möts och samtalar' },
      DRAFTING: { level: null, reason: 'Regionen skriver utkastet' },
    });
    expect(chosen.SIGNATURE).toBeUndefined();

    await openAs('Erik Holm');
    const table = page.locator('#phase-levels-table');
    await table.getByRole('row', { name: /Dialog Dialog Vi möts och samtalar/ }).waitFor();
    await table.getByRole('row', { name: /Utformning av avtal Ingen nivå eftersträvas/ }).waitFor();
    await check('nivaer-for-organisationen');
  });

  it('shows per phase the level aimed for and reached, and what a phase below its aim is missing', async () => {
    await iop.move('/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet bland äldre', targetGroup: 'Äldre', goals: ['Mötesplatser'] });
    await iop.move('/problem-definition/agreements', { party: N });
    await iop.move('/inputs', { party: N, text: 'Vårt inspel om mötesplatserna' });

    await signInAs(page, base, 'Anna Lindqvist');
    await page.goto(`${base}/app/#/levels/${iop.id}`);
    await page.getByRole('heading', { name: 'Eftersträvad delaktighetsnivå per fas' }).waitFor();
    const table = page.locator('#phase-aims-table');
    await table.getByRole('row', { name: /Gemensam problemformulering Partnerskap .* Partnerskap/ }).waitFor();
    const dialogue = table.getByRole('row', { name: /^Dialog Dialog/ });
    await dialogue.getByText('under målet').waitFor();
    await dialogue.getByText('ett möte där båda sidor deltog').waitFor();
    await page.locator('#phase-aims-chart').waitFor();
    await check('nivaer-per-fas');
    mkdirSync(join(__dirname, '..', '..', 'docs', 'screenshots'), { recursive: true });
    copyFileSync(join(SCREENSHOTS, 'party-and-levels-nivaer-per-fas.png'), join(__dirname, '..', '..', 'docs', 'screenshots', 'phase-levels.png'));
  });
});
