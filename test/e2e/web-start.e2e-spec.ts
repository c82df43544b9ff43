/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible } from '../support/web-walk';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };

/**
 * The new-IOP page in Chromium: the officer starts an IOP with two organisations and a problem definition by
 * clicking; a refused start shows each error beside its field, in Swedish and in English, keeps what was typed and
 * creates nothing; corrected, the same form starts the partnership once. axe-core checks every state.
 */
describe('the new-IOP page', () => {
  const app = useApiAndWorker('web-start');
  let browser: Browser;
  let page: Page;
  let base: string;
  const title = `Trygg ålderdom i Skåne ${Date.now()}`;

  beforeAll(async () => {
    base = await app().getUrl();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const check = (name: string) => expectAccessible(page, name, `starta-iop-${name}.png`);

  const startsNamed = () =>
    withDatabase(async (db) => (await db.query('SELECT count(*)::int AS n FROM processes WHERE title = $1', [title])).rows[0].n as number);

  /** The error shown beside a field: the paragraph its aria-describedby names, with the field marked invalid. */
  async function errorBeside(label: string | RegExp): Promise<string> {
    const field = page.getByLabel(label);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
    expect(ids).toHaveLength(1);
    return (await page.locator(`#${ids[0]}`).textContent())!.trim();
  }

  it('starts an IOP with two organisations and a problem definition, after a refusal shown beside each field', async () => {
    page = await browser.newPage();
    await page.goto(`${base}/app/#/`);
    await page.getByRole('button', { name: /Anna Lindqvist/ }).click();
    await page.locator('#who', { hasText: 'Anna Lindqvist' }).waitFor();
    await page.getByRole('link', { name: 'Starta nytt IOP' }).click();
    await page.getByRole('heading', { name: 'Starta nytt IOP' }).waitFor();

    // Required fields and formats are marked in the labels; the public party comes from the sign-in.
    await page.getByLabel('Organisationsnummer (obligatoriskt, NNNNNN-NNNN)').waitFor();
    expect(await page.getByLabel(/^Offentlig part/).inputValue()).toBe('Region Skåne');
    await check('tom');

    await page.getByLabel(/^Titel/).fill(title);
    await page.getByLabel(/^Organisationens namn/).fill(NATVERKET.name);
    await page.getByLabel(/^Organisationsnummer/).fill(NATVERKET.organisationNumber);
    await page.getByRole('button', { name: 'Lägg till organisation' }).click();
    const second = page.getByRole('group', { name: 'Organisation 2', exact: true });
    await second.getByLabel(/^Organisationens namn/).fill(VARSTA.name);
    // A typo in the check digit, and a challenge too short.
    await second.getByLabel(/^Organisationsnummer/).fill('802003-4528');
    await page.getByLabel('Utmaning').fill('Ok');
    await page.getByLabel('Målgrupp').fill('Äldre över 75 år som bor ensamma');
    await page.getByLabel(/^Mål \(/).fill('Fler mötesplatser\nFler volontärer');
    await page.getByLabel('Samverkan').check();
    await check('ifylld');

    await page.getByRole('button', { name: 'Starta', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    // The first row's number is right, and stays unmarked.
    expect(await page.locator('[name="organisations.0.organisationNumber"]').getAttribute('aria-invalid')).toBeNull();
    expect(await secondRowNumberError()).toBe('Organisationsnumrets kontrollsiffra stämmer inte (Luhn-algoritmen).');
    expect(await errorBeside('Utmaning')).toBe('Skriv minst 3 tecken.');
    // The summary links each error to its field by the name the person sees, without code paths.
    const summary = (await page.locator('.error-summary').textContent())!;
    expect(summary).toContain('Utmaning: Skriv minst 3 tecken.');
    expect(summary).not.toMatch(/organisations\.|problemDefinition\.|must be/);
    // What was typed is kept, and nothing was created.
    expect(await second.getByLabel(/^Organisationens namn/).inputValue()).toBe(VARSTA.name);
    expect(await page.getByLabel(/^Mål \(/).inputValue()).toBe('Fler mötesplatser\nFler volontärer');
    expect(await startsNamed()).toBe(0);
    await check('avvisad-svenska');

    // In English the page keeps what was typed, and the same refusal reads in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Start a new IOP' }).waitFor();
    expect(await page.getByLabel('Challenge').inputValue()).toBe('Ok');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    expect(await errorBeside('Challenge')).toBe('Enter at least 3 characters.');
    expect(await secondRowNumberError()).toBe('The check digit of the organisation number is wrong (Luhn algorithm).');
    expect(await startsNamed()).toBe(0);
    await check('avvisad-engelska');

    // Corrected and sent: the partnership page opens with the notice; the problem definition is already proposed.
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { name: 'Starta nytt IOP' }).waitFor();
    await second.getByLabel(/^Organisationsnummer/).fill(VARSTA.organisationNumber);
    await page.getByLabel('Utmaning').fill('Ensamhet bland äldre i Skåne');
    await page.getByRole('button', { name: 'Starta', exact: true }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('Partnerskapet är startat.').waitFor();
    await check('startad');

    const id = page.url().split('#/p/')[1];
    const started = await withDatabase(async (db) => ({
      processes: (await db.query('SELECT count(*)::int AS n FROM processes WHERE title = $1', [title])).rows[0].n,
      organisations: (
        await db.query('SELECT organisation_number FROM parties WHERE process_id = $1 AND organisation_number IS NOT NULL ORDER BY position', [id])
      ).rows.map((r) => r.organisation_number),
      problemDefinition: (
        await db.query(
          `SELECT state->'problemDefinition'->>'proposedBy' AS by, state->'problemDefinition'->'goals' AS goals FROM partnerships WHERE id = $1`,
          [id],
        )
      ).rows[0],
    }));
    expect(started).toEqual({
      processes: 1,
      organisations: [NATVERKET.organisationNumber, VARSTA.organisationNumber],
      problemDefinition: { by: 'PUBLIC', goals: ['Fler mötesplatser', 'Fler volontärer'] },
    });
  });

  /** The error beside the second row's organisationsnummer (both rows' inputs have the same label). */
  async function secondRowNumberError(): Promise<string> {
    const input = page.locator('[name="organisations.1.organisationNumber"]');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const id = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').find((i) => i.endsWith('-error'))!;
    return (await page.locator(`#${id}`).textContent())!.trim();
  }
});
