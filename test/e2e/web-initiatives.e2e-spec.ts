/// <reference lib="dom" />
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { useApiAndWorker } from '../support/harness';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import { webWalk, type WebWalk } from '../support/web-walk';

const TITLE = `Läxhjälp och föräldrastöd i Vårsta ${Date.now()}`;
const GOAL = 'Fler elever i Vårsta blir behöriga till gymnasiet';

/**
 * An initiative in the browser: Vårsta Diakonigård's representative submits it to Region Skåne, the officer
 * assesses it criterion by criterion (a decision before every criterion is assessed is refused beside its field)
 * and opens an IOP, and the representative sees the outcome with the link to the partnership, whose opening step
 * the organisation carries. Every page is checked with axe-core.
 */
describe('initiatives in the web interface', () => {
  const app = useApiAndWorker('web-initiatives');
  let browser: Browser;
  let page: Page;
  let base: string;
  let walk: WebWalk;
  let initiativeUrl = '';

  beforeAll(async () => {
    base = await app().getUrl();
    browser = await launchChromium();
    page = await browser.newPage();
    walk = webWalk(
      () => page,
      () => base,
      'initiatives-',
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a representative submit an initiative for their organisation', async () => {
    await walk.signInAs('Maria Sjöberg');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Initiativ' }).click();
    await page.getByRole('heading', { name: 'Initiativ', level: 1 }).waitFor();
    await walk.check('lista-foretradare');
    await page.getByRole('link', { name: 'Nytt initiativ' }).click();
    await page.getByRole('heading', { name: 'Nytt initiativ', level: 1 }).waitFor();
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Utmaningen som organisationen ser den').fill('Barn i Vårsta lämnar grundskolan utan behörighet till gymnasiet.');
    await page.getByLabel('Målgrupp').fill('Barn i årskurs 4–9 och deras föräldrar');
    await page.getByLabel('Det organisationen bidrar med').fill('Trettio volontärer, lokaler på kvällstid och egna medel');
    await page.getByLabel('Riktat till (offentlig part)').fill('Region Skåne');
    await page.getByLabel('Organisationens namn').fill('Vårsta Diakonigård');
    await expect(page.getByLabel(/Organisationsnummer/).inputValue()).resolves.toBe('802003-4529');
    await walk.check('nytt-initiativ');
    await page.getByRole('button', { name: 'Lämna in initiativet' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Initiativet är inlämnat.').waitFor();
    await page.getByText('Inkommet').waitFor();
    initiativeUrl = page.url();
    await walk.check('initiativet-inlamnat');
  });

  it('lets the officer assess it criterion by criterion and open an IOP', async () => {
    await walk.signInAs('Anna Lindqvist');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Initiativ' }).click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    const assess = page.locator('form#assess');
    // Two criteria first: the decision is then refused, naming the criteria still to assess.
    const groups = assess.getByRole('group');
    for (let i = 0; i < 2; i += 1) {
      await groups.nth(i).getByRole('radio', { name: 'Uppfyllt', exact: true }).check();
      await groups.nth(i).getByLabel('Kommentar').fill('Bedömt vid mötet med föreningen.');
    }
    await assess.getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Bedömningen är sparad.').waitFor();
    await walk.check('bedomning-pagar');
    const count = await page.locator('form#assess').getByRole('group').count();
    expect(count).toBe(8);
    for (let i = 2; i < count; i += 1) {
      const group = page.locator('form#assess').getByRole('group').nth(i);
      await group.getByRole('radio', { name: i === 3 ? 'Oklart' : 'Uppfyllt', exact: true }).check();
      await group.getByLabel('Kommentar').fill(i === 3 ? 'Inget politiskt program nämner ännu civilsamhället.' : 'Uppfyllt enligt ansökan.');
    }
    await page.locator('form#assess').getByRole('button', { name: 'Spara bedömningen' }).click();
    await page.getByText('Bedömningen är sparad.').waitFor();
    const decide = page.locator('form#decide');
    await decide.getByRole('radio', { name: 'Öppna ett IOP', exact: true }).check();
    await decide.getByRole('button', { name: 'Besluta' }).click();
    // Without the partnership's title and goals the decision is refused beside their fields.
    await decide.locator('#partnership-title[aria-invalid="true"]').waitFor();
    await decide.locator('#partnership-goals[aria-invalid="true"]').waitFor();
    await decide.getByLabel('Partnerskapets titel').fill(`IOP: ${TITLE}`);
    await decide.getByLabel(/Mål för den gemensamma problemformuleringen/).fill(GOAL);
    await walk.check('beslut');
    await decide.getByRole('button', { name: 'Besluta' }).click();
    await page.getByText('Beslutet är fattat.').waitFor();
    await page.getByText('Beslutat').first().waitFor();
  });

  it('shows the representative the assessment and the outcome, with the partnership opened', async () => {
    await walk.signInAs('Maria Sjöberg');
    await page.goto(initiativeUrl);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Öppna ett IOP', { exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Oklart', exact: true }).waitFor();
    await walk.check('utfall-foretradare');
    await page.screenshot({ path: join(SCREENSHOTS, 'initiative.png'), fullPage: true });
    await page.getByRole('link', { name: `IOP: ${TITLE}` }).click();
    await page.getByRole('heading', { name: `IOP: ${TITLE}`, level: 1 }).waitFor();
    await page.getByText(GOAL).first().waitFor();
    await walk.check('partnerskapet');
  });
});
