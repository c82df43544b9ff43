/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { expectAccessible, signInAs } from '../support/web-walk';
import { recordLegalBasisInBrowser } from '../support/legal-basis';
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

  const check = (name: string) => expectAccessible(page, name, `moves-${name}.png`);

  async function openAs(name: string, partnershipId = iop.id): Promise<void> {
    await signInAs(page, base, name);
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
    // Besides the levels per phase, open in every phase and drawn beside its section (web-party-and-levels).
    expect(listed.map((m: { type: string }) => m.type)).toEqual([
      'PROPOSE_PHASE_LEVELS',
      'RECORD_MEETING',
      'SUBMIT_INPUT',
      'SET_SHARED_GOAL',
      'RECORD_LEGAL_BASIS',
      'RECORD_STATE_AID_ASSESSMENT',
    ]);

    await openAs('Anna Lindqvist');
    // One form per listed move, and none other: not closing the dialogue before its shared goal and why IOP are set.
    expect(await legends()).toEqual(['Dialogmöte', 'Skriftligt inspel', 'Gemensamt mål', 'Bedöm varför IOP', 'Bedöm statsstöd']);
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
    // One name a line: two lines are two people, whatever commas they hold.
    await meeting.getByLabel('Namn för Region Skåne').fill('Anna Lindqvist\nJohan Berg');
    await meeting.getByRole('checkbox', { name: VARSTA.name }).check();
    await meeting.getByLabel(`Namn för ${VARSTA.name}`).fill('Sjöberg, Maria');
    await meeting.getByLabel('Minnesanteckningar').fill('Första dialogmötet.');
    await meeting.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    const meetings = (await iop.read()).dialogue.meetings;
    expect(meetings.map((m: { attendees: unknown }) => m.attendees)).toEqual([
      [
        { party: 'PUBLIC', names: ['Anna Lindqvist', 'Johan Berg'] },
        { party: VARSTA.organisationNumber, names: ['Sjöberg, Maria'] },
      ],
    ]);

    // Once the shared goal and why IOP are recorded, the API lists closing the dialogue, and so does the page.
    const goal = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Gemensamt mål' }) });
    await goal.getByLabel('Gemensamt mål').fill('Fler mötesplatser för äldre.');
    await goal.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    await recordLegalBasisInBrowser(page);
    expect(await legends()).toEqual(['Dialogmöte', 'Skriftligt inspel', 'Gemensamt mål', 'Bedöm varför IOP', 'Bedöm statsstöd', 'Avsluta dialogen']);
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
    await review.getByText(/Kan inte godkännas ännu: Utkastet beskriver inte hur principerna .*dialog/).waitFor();
    await expect(review.getByRole('button', { name: 'Begär ändringar' }).isEnabled()).resolves.toBe(true);
    await check('utkast-utan-principer');
  });

  it('records a meeting attended by the public party alone', async () => {
    await openAs('Anna Lindqvist');
    const meeting = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Dialogmöte' }) });
    await meeting.getByText('Ett möte kan hållas med enbart den offentliga parten.').waitFor();
    await meeting.getByLabel('Datum', { exact: true }).fill('2026-09-15');
    await meeting.getByRole('checkbox', { name: 'Region Skåne' }).check();
    await meeting.getByLabel('Namn för Region Skåne').fill('Anna Lindqvist');
    await meeting.getByLabel('Minnesanteckningar').fill('Intern förberedelse inför nästa möte.');
    await meeting.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    const meetings = (await iop.read()).dialogue.meetings;
    expect(meetings[meetings.length - 1].attendees).toEqual([{ party: 'PUBLIC', names: ['Anna Lindqvist'] }]);
  });

  describe('a draft written in the form', () => {
    const drafting = new Map<string, LifecycleClient>();
    const principles = ['Självständighet och oberoende', 'Dialog', 'Kvalitet', 'Långsiktighet', 'Öppenhet och insyn', 'Mångfald'];
    const draftForm = () => page.locator('form.move', { has: page.locator('legend', { hasText: 'Ny avtalsversion' }) });
    const grant = () => draftForm().getByLabel('Bidrag från offentlig part (kr)');

    beforeAll(async () => {
      const client = new LifecycleClient(app());
      await client.create('Region Skåne', [NATVERKET], 'Bidrag i hela kronor');
      await client.toDrafting([NATVERKET.organisationNumber]);
      drafting.set('iop', client);
    });

    it('starts version 1 from the shared goal, refuses "250000,50" beside the field and warns of a 0 kr grant', async () => {
      const client = drafting.get('iop')!;
      await openAs('Anna Lindqvist', client.id);
      const form = draftForm();
      await expect(form.getByLabel('Gemensamt mål').inputValue()).resolves.toBe('Ett gemensamt mål');
      await form.getByLabel('Syfte').fill('Mötesplatser för äldre i hela regionen.');
      await grant().fill('250000,50');
      await form.getByLabel(`Organisationens egen insats – ${NATVERKET.name}`).fill('Ideella timmar och lokaler.');
      await form.getByLabel('Startdatum').fill('2027-01-01');
      await form.getByLabel('Slutdatum').fill('2028-12-31');
      await form.getByLabel('Uppföljning').fill('Årlig uppföljning.');
      await form.getByLabel('Styrning').fill('Samverkansgrupp.');
      await form.getByLabel('Uppsägning', { exact: true }).fill('Skriftlig uppsägning.');
      await form.getByLabel('Uppsägningstid i månader').fill('6');
      for (const principle of principles)
        await form.getByLabel(`Princip: ${principle}`, { exact: true }).fill(`Så uppfylls ${principle.toLowerCase()}.\nOch följs upp.`);
      await form.getByRole('button', { name: 'Lämna in för granskning' }).click();

      // Refused beside the field, marked invalid and linked, the rest kept as typed; nothing was sent.
      await form.locator('.field-error', { hasText: 'Ange hela kronor, till exempel 250 000.' }).waitFor();
      await expect(grant().getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(grant().inputValue()).resolves.toBe('250000,50');
      await expect(form.getByLabel('Syfte').inputValue()).resolves.toBe('Mötesplatser för äldre i hela regionen.');
      expect((await client.read()).drafts).toEqual([]);
      await check('utkast-hela-kronor');

      await grant().fill('0');
      await form.getByRole('button', { name: 'Lämna in för granskning' }).click();
      // The receipt: who acts next, and the draft's warning in words.
      const receipt = page.locator('#status .receipt');
      await receipt.getByText('Den offentliga parten bidrar inte med pengar.').waitFor();
      await receipt.getByText(`${NATVERKET.name}: Granska avtalsversionen`).waitFor();
      await check('utkast-kvitto-varning');
      const [first] = (await client.read()).drafts;
      expect(first.contributions).toEqual([
        { party: 'PUBLIC', amountSek: 0 },
        { party: NATVERKET.organisationNumber, amountSek: 0, ownContribution: 'Ideella timmar och lokaler.' },
      ]);
      expect(first.principles.DIALOGUE).toBe('Så uppfylls dialog.\nOch följs upp.');
    });

    it('starts version 2 as a copy of version 1, and sends "250 000" as 250000 with the notice typed', async () => {
      const client = drafting.get('iop')!;
      await openAs('Anna Lindqvist', client.id);
      const form = draftForm();
      await form.getByText('Formuläret är ifyllt med innehållet i version 1.').waitFor();
      await expect(form.getByLabel('Syfte').inputValue()).resolves.toBe('Mötesplatser för äldre i hela regionen.');
      await expect(form.getByLabel('Princip: Dialog', { exact: true }).inputValue()).resolves.toBe('Så uppfylls dialog.\nOch följs upp.');
      await expect(form.getByLabel('Uppsägningstid i månader').inputValue()).resolves.toBe('6');
      await expect(form.getByLabel('Slutdatum').inputValue()).resolves.toBe('2028-12-31');
      await check('utkast-version-2-ifylld');
      await grant().fill('250 000');
      await form.getByLabel('Belopp per år (valfritt) – Region Skåne').fill('2027: 100 000\n2028: 150 000');
      await form.getByLabel('Uppsägningstid i månader').fill('3');
      await form.getByRole('button', { name: 'Lämna in för granskning' }).click();
      await page.getByText('Sparat.').waitFor();
      const second = (await client.read()).drafts[1];
      expect(second).toMatchObject({
        version: 2,
        purpose: 'Mötesplatser för äldre i hela regionen.',
        terminationNoticeMonths: 3,
        contributions: [
          {
            party: 'PUBLIC',
            amountSek: 250000,
            years: [
              { year: 2027, amountSek: 100000 },
              { year: 2028, amountSek: 150000 },
            ],
          },
          { party: NATVERKET.organisationNumber, amountSek: 0, ownContribution: 'Ideella timmar och lokaler.' },
        ],
      });
      expect(second.principles).toEqual((await client.read()).drafts[0].principles);
    });

    it('shows a refusal of the yearly amounts beside their field', async () => {
      const client = drafting.get('iop')!;
      await openAs('Anna Lindqvist', client.id);
      const form = draftForm();
      await form.getByLabel('Belopp per år (valfritt) – Region Skåne').fill('2027: 100 000\n2031: 150 000');
      await form.getByRole('button', { name: 'Lämna in för granskning' }).click();
      await form.locator('.field-error', { hasText: 'år 2031 ligger utanför avtalsperioden (2027–2028)' }).waitFor();
      await expect(form.getByLabel('Belopp per år (valfritt) – Region Skåne').getAttribute('aria-invalid')).resolves.toBe('true');
      expect((await client.read()).drafts).toHaveLength(2);
      await check('utkast-ar-utanfor-perioden');
    });

    it('takes a comment with a request for changes, and requires one', async () => {
      const client = drafting.get('iop')!;
      await openAs('Anna Lindqvist', client.id);
      const review = page.locator('form.move', { has: page.locator('legend', { hasText: 'Granska version 2' }) });
      await review.getByRole('button', { name: 'Begär ändringar' }).click();
      await review.locator('.field-error', { hasText: 'Skriv vad som behöver ändras.' }).waitFor();
      await review.getByLabel('Kommentar').fill('Fördela bidraget jämnare över åren.');
      await review.getByRole('button', { name: 'Begär ändringar' }).click();
      await page.getByText('Sparat.').waitFor();
      expect((await client.read()).drafts[1].reviews).toEqual([
        expect.objectContaining({ party: 'PUBLIC', decision: 'CHANGES_REQUESTED', comment: 'Fördela bidraget jämnare över åren.' }),
      ]);
    });
  });
});
