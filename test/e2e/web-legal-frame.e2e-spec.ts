/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { LifecycleClient } from '../support/lifecycle-client';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;

/**
 * Why IOP in the browser: the officer is refused a comment left out, records the assessment, revises it and closes
 * the dialogue; the organisation's representative reads it; the decision's form names it for the decision-makers;
 * the auditor reads it on their page. Every page visited is checked with axe-core.
 */
describe('the assessment of why IOP on the web', () => {
  const app = useApiAndWorker('web-legal-frame');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Varför IOP – mötesplatser för äldre');
    await iop.move('/invitation-response', { party: ORG, accept: true });
    await iop.move('/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet bland äldre', targetGroup: 'Äldre', goals: ['Mötesplatser'] });
    await iop.move('/problem-definition/agreements', { party: ORG });
    await iop.move('/shared-goal', { party: 'PUBLIC', sharedGoal: 'Fler mötesplatser för äldre.' }, 'put');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `legal-frame-${name}.png`);
  const section = () => page.locator('#case-legal-basis');
  const legends = () => page.locator('#moves form.move > fieldset > legend').allTextContents();

  async function openAs(name: string): Promise<void> {
    await signInAs(page, base, name);
    await page.goto(`${base}/app/#/p/${iop.id}`);
    await page.getByRole('heading', { name: 'Varför IOP', exact: true }).waitFor();
  }

  it('has the officer record why IOP (a comment left out is marked first), revise it, and only then close the dialogue', async () => {
    await openAs('Anna Lindqvist');
    await section().getByText('Ingen bedömning av varför IOP är införd ännu.').waitFor();
    expect(await legends()).toEqual(['Dialogmöte', 'Skriftligt inspel', 'Gemensamt mål', 'Bedöm varför IOP', 'Bedöm statsstöd']);
    const form = page.locator('form.move', { has: page.locator('legend', { hasText: 'Bedöm varför IOP' }) });
    await check('formular');

    // Every criterion chosen, but the comment of one left empty: the form marks it and sends nothing.
    for (const select of await form.locator('select').all()) await select.selectOption('MET');
    for (const box of await form.locator('textarea').all()) await box.fill('Bedömt gemensamt i dialogen.');
    // Found by the API's field path, the name a refusal would give.
    const need = form.locator('textarea[name="criteria.SHARED_NEED.comment"]');
    await need.fill('');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Rätta de markerade fälten.').first().waitFor();
    await expect(need.getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await iop.read()).legalBasis).toBeUndefined();

    await need.fill('Båda parter ser behovet av fler mötesplatser.');
    await form.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Sparat.').waitFor();
    await section()
      .getByText(/^Version 1, införd/)
      .waitFor();
    await section()
      .getByRole('row', { name: /Ett gemensamt behov av samverkan Uppfyllt Båda parter ser behovet/ })
      .waitFor();

    // Recorded again: the form starts from the version in force; the new one replaces it.
    const again = page.locator('form.move', { has: page.locator('legend', { hasText: 'Bedöm varför IOP' }) });
    await expect(again.locator('textarea[name="criteria.SHARED_NEED.comment"]').inputValue()).resolves.toBe(
      'Båda parter ser behovet av fler mötesplatser.',
    );
    await again.locator('select[name="criteria.POLITICAL_PROGRAMME.assessment"]').selectOption('UNCLEAR');
    await again.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Sparat.').waitFor();
    await section()
      .getByText(/^Version 2, införd .* Ersätter 1 tidigare version/)
      .waitFor();
    await section()
      .getByRole('row', { name: /Gärna del av ett politiskt program .* Oklart/ })
      .waitFor();
    expect(await legends()).toEqual(['Dialogmöte', 'Skriftligt inspel', 'Gemensamt mål', 'Bedöm varför IOP', 'Bedöm statsstöd', 'Avsluta dialogen']);
    await check('tjansteperson');

    await page
      .locator('form.move', { has: page.locator('legend', { hasText: 'Avsluta dialogen' }) })
      .getByRole('button', { name: 'Avsluta dialogen' })
      .click();
    await page.getByText('Sparat.').waitFor();
    expect((await iop.read()).phase).toBe('DRAFTING');
  });

  it("shows the organisation's representative the assessment, without a form to change it", async () => {
    await openAs('Erik Holm');
    await section()
      .getByText(/^Version 2, införd/)
      .waitFor();
    await section().getByRole('table', { name: 'Forums fyra nycklar' }).waitFor();
    expect(await legends()).not.toContain('Bedöm varför IOP');
    await check('foretradare');
  });

  it("puts the assessment in force before the decision-makers, and on the auditor's page", async () => {
    await iop.move('/drafts', iop.draft([ORG]));
    for (const party of ['PUBLIC', ORG]) await iop.move('/drafts/1/reviews', { party, decision: 'APPROVED' });
    await openAs('Anna Lindqvist');
    const decision = page.locator('form.move', { has: page.locator('legend', { hasText: /^Politiskt beslut$/ }) });
    await decision.getByText('Beslutsunderlag: bedömningen av varför IOP, version 2').waitFor();
    await check('beslut');

    await page.goto(`${base}/app/#/`);
    await page.getByRole('button', { name: /Karin Ek/ }).click();
    await page.locator('#who', { hasText: 'Karin Ek' }).waitFor();
    await page.goto(`${base}/app/#/audit/${iop.id}`);
    await page.getByRole('heading', { name: 'Varför IOP', exact: true }).waitFor();
    await section().getByRole('table', { name: 'SKR:s kriterier (2017)' }).waitFor();
    await check('granskning');
  });
});
