/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { accessibilityViolations, launchChromium } from '../support/browser';
import { LifecycleClient } from '../support/lifecycle-client';
import { bearer, officerOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };

/**
 * The partnership page offers exactly the moves GET /partnerships/:id/available-moves lists, with forms built from
 * that answer; every page visited is checked with axe-core. The regression of issue 12: once the first organisation
 * has declined, a meeting recorded from the page is accepted.
 */
describe('the web interface offers the moves the API lists', () => {
  const app = useApiAndWorker('web-moves');
  let browser: Browser;
  let page: Page;
  let base: string;
  let iop: LifecycleClient;

  beforeAll(async () => {
    base = await app().getUrl();
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA], 'Mötesplatser i Vårsta');
    await iop.move('/invitation-response', { party: NATVERKET.organisationNumber, accept: false, reason: 'Ingen kapacitet i år' });
    await iop.move('/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet bland äldre', targetGroup: 'Äldre', goals: ['Mötesplatser'] });
    await iop.move('/problem-definition/agreements', { party: VARSTA.organisationNumber });
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function check(name: string): Promise<void> {
    const violations = await accessibilityViolations(page, `moves-${name}.png`);
    expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  }

  async function openAs(name: string, partnershipId = iop.id): Promise<void> {
    await page.goto(`${base}/app/#/`);
    await page
      .getByRole('button', { name: /Logga ut/ })
      .click({ timeout: 500 })
      .catch(() => undefined);
    await page.getByRole('button', { name: new RegExp(name) }).click();
    await page.locator('#who', { hasText: name }).waitFor();
    await page.goto(`${base}/app/#/p/${partnershipId}`);
    await page.getByRole('heading', { name: 'Det du kan göra nu' }).waitFor();
  }

  const legends = () => page.locator('#moves form.move > fieldset > legend').allTextContents();

  it("shows the officer exactly the API's moves, and records a meeting without the organisation that declined", async () => {
    const listed = (
      await request(app().getHttpServer())
        .get(`/partnerships/${iop.id}/available-moves`)
        .set(await bearer(officerOf('Region Skåne')))
        .expect(200)
    ).body;
    expect(listed.map((m: { type: string }) => m.type)).toEqual(['RECORD_MEETING', 'SUBMIT_INPUT', 'SET_SHARED_GOAL']);

    await openAs('Anna Lindqvist');
    // One form per listed move, and none other: not closing the dialogue before its shared goal is set.
    expect(await legends()).toEqual(['Dialogmöte', 'Skriftligt inspel', 'Gemensamt mål']);
    const meeting = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Dialogmöte' }) });
    // Only the parties still taking part can be ticked, and none is ticked beforehand.
    expect(
      await meeting
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((b) => [b.parentElement?.textContent?.trim(), (b as HTMLInputElement).checked])),
    ).toEqual([
      ['Region Skåne', false],
      [VARSTA.name, false],
    ]);
    await check('dialog-tjansteperson');

    await meeting.getByLabel('Datum', { exact: true }).fill('2026-09-01');
    await meeting.getByRole('checkbox', { name: 'Region Skåne' }).check();
    await meeting.getByLabel('Namn för Region Skåne').fill('Anna Lindqvist, Johan Berg');
    await meeting.getByRole('checkbox', { name: VARSTA.name }).check();
    await meeting.getByLabel(`Namn för ${VARSTA.name}`).fill('Maria Sjöberg');
    await meeting.getByLabel('Minnesanteckningar').fill('Första dialogmötet.');
    await meeting.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    const meetings = (await iop.read()).dialogue.meetings;
    expect(meetings.map((m: { attendees: unknown }) => m.attendees)).toEqual([
      [
        { party: 'PUBLIC', names: ['Anna Lindqvist', 'Johan Berg'] },
        { party: VARSTA.organisationNumber, names: ['Maria Sjöberg'] },
      ],
    ]);

    // Once the shared goal is set, the API lists closing the dialogue, and so does the page.
    const goal = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Gemensamt mål' }) });
    await goal.getByLabel('Gemensamt mål').fill('Fler mötesplatser för äldre.');
    await goal.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    expect(await legends()).toEqual(['Dialogmöte', 'Skriftligt inspel', 'Gemensamt mål', 'Avsluta dialogen']);
  });

  it('shows the representative of the organisation that declined nothing to do, and the other its own moves', async () => {
    await openAs('Erik Holm');
    await page.getByText('Inget väntar på dig just nu.').waitFor();
    expect(await legends()).toEqual([]);
    await check('dialog-avbojd-foretradare');

    await openAs('Maria Sjöberg');
    expect(await legends()).toEqual(['Dra dig ur', 'Skriftligt inspel']);
    await check('dialog-foretradare');
  });

  it("shows an approval the draft's content prevents with the reason, its button disabled", async () => {
    const drafted = new LifecycleClient(app());
    await drafted.create('Region Skåne', [NATVERKET], 'Utkast utan alla principer');
    await drafted.toDrafting([NATVERKET.organisationNumber]);
    await drafted.move('/drafts', drafted.draft([NATVERKET.organisationNumber], { principles: { INDEPENDENCE: 'Organisationen är självständig.' } }));
    await openAs('Anna Lindqvist', drafted.id);
    const review = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Granska version 1' }) });
    await expect(review.getByRole('button', { name: 'Godkänn', exact: true }).isDisabled()).resolves.toBe(true);
    await review.getByText(/Kan inte godkännas ännu: Utkastet beskriver inte hur principerna .*DIALOGUE/).waitFor();
    await expect(review.getByRole('button', { name: 'Begär ändringar' }).isEnabled()).resolves.toBe(true);
    await check('utkast-utan-principer');
  });
});
