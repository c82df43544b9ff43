/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { launchChromium } from '../support/browser';
import { AUDITOR, bearer, officerOf } from '../support/tokens';
import { webWalk, type WebWalk } from '../support/web-walk';

const REGION = 'Region Skåne';
const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const TITLE = 'Överenskommelsen mellan Region Skåne och den idéburna sektorn';

/** An ISO date `days` from today (negative: before), as the API's "today" is the real one in this test. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The framework agreement in the browser: the officer writes it with its first text and records its adoption, an
 * organisation's representative applies to join with the undertakings, the officer confirms, appoints the steering
 * group (an appointment beyond a sector's seats is refused beside its field) and records a meeting, the member's
 * organisation records its side's attendance; the list and the page show it, and the auditor reads it and its
 * timeline. Every page is checked with axe-core.
 */
describe('framework agreements in the web interface', () => {
  const app = useApiAndWorker('web-frameworks');
  let browser: Browser;
  let page: Page;
  let base: string;
  let walk: WebWalk;
  let frameworkId = '';

  beforeAll(async () => {
    base = await app().getUrl();
    browser = await launchChromium();
    page = await browser.newPage();
    walk = webWalk(
      () => page,
      () => base,
      'frameworks-',
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  const officer = () => bearer(officerOf(REGION));
  async function appoint(body: Record<string, unknown>): Promise<void> {
    const response = await request(app().getHttpServer())
      .post(`/frameworks/${frameworkId}/steering-group/members`)
      .set(await officer())
      .send(body);
    if (response.status !== 200) throw new Error(`appoint: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const form = (legend: string | RegExp) => page.locator('form.move', { has: page.locator('legend', { hasText: legend }) });
  const section = (heading: string) => page.getByRole('region', { name: heading, exact: true });
  const openFramework = async () => {
    await page.goto(`${base}/app/#/f/${frameworkId}`);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
  };

  it('lets the officer write a framework with its first text and record its adoption', async () => {
    await walk.signInAs('Anna Lindqvist');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Överenskommelser' }).click();
    await page.getByRole('heading', { name: 'Överenskommelser', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Ny överenskommelse' }).click();
    await page.getByRole('heading', { name: 'Ny överenskommelse', level: 1 }).waitFor();

    await page.getByLabel('Titel').fill(TITLE);
    await expect(page.getByLabel(/Offentlig part/).inputValue()).resolves.toBe(REGION);
    await page.getByLabel('Organisationens namn').fill(NATVERKET.name);
    await page.getByLabel(/Organisationsnummer/).fill(NATVERKET.organisationNumber);
    await page.getByLabel('Startdatum').fill(daysFromToday(-400));
    await page.getByLabel('Slutdatum').fill(daysFromToday(1500));
    const dialogue = page.getByRole('group', { name: 'Princip: Dialog' });
    await dialogue.getByLabel('Åtaganden för offentlig sektor').fill('Regionen bjuder in till dialog innan beslut fattas.');
    await dialogue.getByLabel('Åtaganden för idéburen sektor').fill('Sektorn samlar synpunkter från sina organisationer.');
    await page
      .getByRole('group', { name: 'Princip: Långsiktighet' })
      .getByLabel('Åtaganden för båda sektorerna')
      .fill('Parterna planerar för flera år.');
    const undertakings = page.getByRole('group', { name: 'Vad en organisation intygar när den ansluter sig' });
    for (const box of await undertakings.getByRole('checkbox').all()) await box.check();
    await page.getByRole('group', { name: 'Utvecklingsområden' }).getByRole('checkbox').first().check();
    await page.getByLabel('Platser per sektor').fill('2');
    await page.getByLabel('Sammanfattning').fill('Överenskommelsen bygger på de sex principerna.');
    // Every principle needs a commitment: with four left empty the API refuses, beside the principles, and creates nothing.
    await page.getByRole('button', { name: 'Skapa överenskommelsen' }).click();
    await page.locator('#new-framework .error-summary').waitFor();
    const principles = page.getByRole('group', { name: 'Principer och åtaganden' });
    await expect(principles.getAttribute('aria-invalid')).resolves.toBe('true');
    const principlesError = (await principles.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    await expect(page.locator(`#${principlesError}`).textContent()).resolves.toMatch(/varje princip behöver minst ett/);
    await walk.check('ny-overenskommelse-princip-saknas');
    for (const [principle, commitment] of [
      ['Självständighet och oberoende', 'Sektorns organisationer bestämmer själva över sin verksamhet.'],
      ['Kvalitet', 'Parterna följer upp verksamhetens kvalitet tillsammans.'],
      ['Öppenhet och insyn', 'Parterna redovisar öppet hur medlen används.'],
      ['Mångfald', 'Regionen värnar en mångfald av utförare.'],
    ])
      await page
        .getByRole('group', { name: `Princip: ${principle}` })
        .getByLabel('Åtaganden för båda sektorerna')
        .fill(commitment);
    await walk.check('ny-overenskommelse');
    await page.getByRole('button', { name: 'Skapa överenskommelsen' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    frameworkId = /#\/f\/([0-9a-f-]{36})/.exec(page.url())![1];
    await section('Versioner och beslut').getByRole('heading', { name: 'Version 1 – Utkast' }).waitFor();

    const decision = form('Politiskt beslut om version 1');
    await decision.getByLabel('Beslutande organ').fill('Regionstyrelsen');
    await decision.getByLabel('Sammanträdesdag').fill(daysFromToday(-390));
    await decision.getByLabel('Diarienummer').fill('RS 2024/00112');
    await decision.getByLabel('Paragraf (§)').fill('§ 41');
    await walk.submit('Politiskt beslut om version 1', 'Registrera beslutet');
    await section('Överenskommelsen i dag').getByText('Gäller', { exact: true }).waitFor();
    // The text in force: the commitments per principle and holder.
    const commitments = page.getByRole('table', { name: 'Åtaganden per princip i version 1' });
    await commitments
      .getByRole('row', { name: /Dialog/ })
      .getByText('Regionen bjuder in till dialog innan beslut fattas.')
      .waitFor();
    await walk.check('overenskommelse-antagen');
  });

  it('lets a representative apply with the undertakings and the officer confirm', async () => {
    await walk.signInAs('Maria Sjöberg');
    await openFramework();
    const apply = form('Ansök om anslutning');
    await apply.getByLabel('Organisationens namn').fill(VARSTA.name);
    for (const box of await apply.getByRole('group', { name: 'Organisationen intygar att den' }).getByRole('checkbox').all()) await box.check();
    await expect(apply.getByLabel('Undertecknas av').inputValue()).resolves.toBe('Maria Sjöberg');
    await walk.check('ansok-om-anslutning');
    await walk.submit('Ansök om anslutning', 'Ansök om anslutning');
    await section('Anslutna organisationer')
      .getByText(/Vårsta Diakonigård/)
      .first()
      .waitFor();

    await walk.signInAs('Anna Lindqvist');
    await openFramework();
    await section('Anslutna organisationer').getByRole('heading', { name: 'Ansökningar som väntar på beslut' }).waitFor();
    await walk.check('ansokan-vantar');
    await walk.submit('Ansökan om anslutning från Vårsta Diakonigård', 'Bekräfta anslutningen');
    const joined = page.getByRole('table', { name: /Organisationer som har anslutit sig/ });
    await joined.getByRole('row', { name: /Vårsta Diakonigård 802003-4529/ }).waitFor();
  });

  it('refuses an appointment beyond a sector’s seats beside its field, and records a meeting with each side’s attendance', async () => {
    const term = { termStart: daysFromToday(-30), termEnd: daysFromToday(700) };
    await appoint({ sector: 'PUBLIC', name: 'Johan Berg', organisationName: REGION, ...term });
    await appoint({
      sector: 'CIVIL_SOCIETY',
      name: 'Maria Sjöberg',
      organisationName: VARSTA.name,
      organisationNumber: VARSTA.organisationNumber,
      ...term,
    });
    await openFramework();

    // The second public seat, in the browser.
    const appointForm = form('Utse ledamot i samverkansgruppen');
    const fillAppointment = async (name: string) => {
      await appointForm.getByLabel('Sektor').selectOption('PUBLIC');
      await appointForm.getByLabel('Ledamotens namn').fill(name);
      await appointForm.getByLabel('Organisationens namn').fill(REGION);
      await appointForm.getByLabel('Mandatperiodens början').fill(term.termStart);
      await appointForm.getByLabel('Mandatperiodens slut').fill(term.termEnd);
    };
    await fillAppointment('Anna Lindqvist');
    await walk.submit('Utse ledamot i samverkansgruppen', 'Utse ledamoten');
    const members = page.getByRole('table', { name: 'Ledamöter och mandatperioder' });
    await members.getByRole('row', { name: /Anna Lindqvist Offentlig sektor/ }).waitFor();

    // A third public member would make the sectors unequal: refused beside the sector, nothing changed (the form
    // is on offer, as a civil-society seat is still free).
    await fillAppointment('Per Nordin');
    await appointForm.getByRole('button', { name: 'Utse ledamoten' }).click();
    await appointForm.locator('.error-summary').waitFor();
    const sector = appointForm.getByLabel('Sektor');
    await expect(sector.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = (await sector.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toMatch(/båda sektorerna ska ha lika många ledamöter/);
    await walk.check('ojamlik-samverkansgrupp');
    await expect(members.getByRole('row', { name: /Per Nordin/ }).count()).resolves.toBe(0);
    const seats = page.getByRole('table', { name: 'Platser per sektor' });
    await expect(
      seats
        .getByRole('row', { name: /Offentlig sektor/ })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['2', '2', '0']);
    await expect(
      seats
        .getByRole('row', { name: /Idéburen sektor/ })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual(['2', '1', '1 vakant plats']);

    // A meeting with the public side's attendance; the member's organisation records its own side.
    const meetingDate = daysFromToday(-2);
    const meeting = form('Samverkansgruppens möte');
    await meeting.getByLabel('Datum').fill(meetingDate);
    await meeting.getByLabel('Närvarande för offentlig sektor').fill('Anna Lindqvist\nJohan Berg');
    await meeting.getByLabel('Minnesanteckningar').fill('Årets första möte.');
    await walk.submit('Samverkansgruppens möte', 'Spara mötet');
    const meetings = page.getByRole('table', { name: 'Möten med närvaro per sektor' });
    await meetings.getByText('Offentlig sektor: Anna Lindqvist, Johan Berg').waitFor();

    await walk.signInAs('Maria Sjöberg');
    await openFramework();
    const attendance = form(/Er sektors närvaro vid mötet/);
    await attendance.getByLabel('Närvarande för er sektor').fill('Maria Sjöberg');
    await walk.check('sektorns-narvaro');
    await walk.submit('Er sektors närvaro vid mötet', 'Spara närvaron');
    await page.getByRole('table', { name: 'Möten med närvaro per sektor' }).getByText('Idéburen sektor: Maria Sjöberg').waitFor();
    await form('Lämna överenskommelsen').waitFor();
  });

  it('shows the framework in the list, and lets the auditor read it and its timeline', async () => {
    await walk.signInAs('Anna Lindqvist');
    await page.goto(`${base}/app/#/frameworks`);
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect(row.getByRole('cell').nth(2).textContent()).resolves.toBe('Gäller');
    await walk.check('lista-tjansteperson');

    await walk.signInAs('Karin Ek');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Överenskommelser' }).click();
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Granskare läser allt och ändrar inget.').waitFor();
    await page
      .getByRole('table', { name: 'Ledamöter och mandatperioder' })
      .getByRole('row', { name: /Maria Sjöberg/ })
      .waitFor();
    await section('Partnerskap inom överenskommelsen').waitFor();
    await walk.check('granskare-overenskommelse');
    await page.getByRole('link', { name: 'Tidslinje' }).first().click();
    await page.getByRole('heading', { name: 'Tidslinje', level: 2 }).waitFor();
    await expect(page.locator('#fw-timeline tbody tr').count()).resolves.toBeGreaterThan(4);
    await walk.check('granskare-tidslinje');
    // The auditor's token reads the same framework over HTTP: what the page showed is the API's.
    const read = await request(app().getHttpServer())
      .get(`/frameworks/${frameworkId}`)
      .set(await bearer(AUDITOR));
    expect(read.body.members.filter((m: { status: string }) => m.status === 'JOINED').map((m: { name: string }) => m.name)).toContain(VARSTA.name);
  });
});
