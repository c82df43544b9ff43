/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { addDays, addYears } from '../../libs/domain/src/dates';
import { useApiAndWorker } from '../support/harness';
import { join } from 'node:path';
import { launchChromium, SCREENSHOTS } from '../support/browser';
import { FrameworkClient, frameworkTerms, inventedOrganisationNumber } from '../support/framework-client';
import { eventually } from '../support/time-skipping';
import { bearer, officerOf, representativeOf, tokenFor } from '../support/tokens';
import { webWalk, type WebWalk } from '../support/web-walk';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const SKANE_TITLE = 'Överenskommelse mellan Region Skåne och den idéburna sektorn i Skåne';
const IOP_TITLE = 'Idéburen sektor som utvecklingskraft i Skåne';
const VN_TITLE = 'Överenskommelse om samverkan mellan Landstinget Västernorrland och idéburen sektor';

/** Skåne's commitments (åtaganden) as a reader meets them: one for each side under each principle. */
const SKANE_PRINCIPLES = (
  [
    [
      'INDEPENDENCE',
      'Regionen respekterar organisationernas rätt att själva bestämma över sin verksamhet.',
      'Organisationerna behåller sin egen röst, också som utförare.',
    ],
    [
      'DIALOGUE',
      'Regionen bjuder in till dialog innan beslut som berör sektorn fattas.',
      'Sektorn samlar och för fram sina organisationers synpunkter.',
    ],
    ['QUALITY', 'Regionen följer upp verksamheten tillsammans med organisationerna.', 'Organisationerna redovisar vad insatserna har gett.'],
    ['LONG_TERM', 'Regionen ger stöd som sträcker sig över flera år.', 'Sektorn planerar sitt åtagande för hela perioden.'],
    ['TRANSPARENCY', 'Regionen redovisar öppet hur stödet fördelas.', 'Organisationerna redovisar öppet hur medlen används.'],
    ['DIVERSITY', 'Regionen värnar en mångfald av organisationer och arbetssätt.', 'Sektorn välkomnar nya och små organisationer.'],
  ] as const
).map(([principle, publicSide, sectorSide]) => ({
  principle,
  commitments: [
    { text: publicSide, heldBy: 'PUBLIC' as const },
    { text: sectorSide, heldBy: 'SECTOR' as const },
  ],
}));

/** Today as the API has it in this test (the real day: the shared stack skips no time). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The two seeds' framework agreements (issue 13, item 6) in the browser, set up over HTTP as
 * test/e2e/framework-seeds.e2e-spec.ts tells them, on the shared stack (no years skipped: what happens over years is
 * that spec's). Region Skåne: thirty organisations joined, its revision decided while version 1 is in force, the
 * IOP with NÄTVERKET entered within it. Region Västernorrland: equal seats with a vacancy, a meeting whose
 * civil-society side a member organisation's representative records, and the officer's board warning of the
 * year the steering group missed its meetings and showing the open conference task. Every page is checked with axe.
 */
describe('the seeds’ framework agreements in the web interface', () => {
  const app = useApiAndWorker('web-framework-seeds');
  let browser: Browser;
  let page: Page;
  let base: string;
  let walk: WebWalk;

  beforeAll(async () => {
    base = await app().getUrl();
    browser = await launchChromium();
    page = await browser.newPage();
    walk = webWalk(
      () => page,
      () => base,
      'framework-seeds-',
    );
  });

  afterAll(async () => {
    await browser?.close();
  });

  const section = (heading: string) => page.getByRole('region', { name: heading, exact: true });
  const openFramework = async (id: string, title: string) => {
    await page.goto(`${base}/app/#/f/${id}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  };
  /** A date as the page writes it (Swedish, medium), formatted by the browser itself. */
  const shownDate = (iso: string) =>
    page.evaluate((d) => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium' }).format(new Date(`${d}T12:00:00Z`)), iso);

  describe('Region Skåne', () => {
    const skane = () => new FrameworkClient(app(), 'Region Skåne');
    let framework: FrameworkClient;
    let iopId = '';
    const organisations = Array.from({ length: 29 }, (_, i) => ({
      name: `Idéburen förening ${i + 1} i Skåne`,
      organisationNumber: inventedOrganisationNumber(i + 1),
    }));

    beforeAll(async () => {
      framework = skane();
      const start = today();
      const end = addDays(addYears(start, 4), -1);
      await framework.create(SKANE_TITLE, NATVERKET, frameworkTerms(start, end, { principles: SKANE_PRINCIPLES }));
      await framework.move('/versions/1/decisions', {
        party: 'PUBLIC',
        body: 'Regionstyrelsen',
        meetingDate: start,
        diarienummer: 'RS 2009/123',
        paragraph: '§ 98',
        outcome: 'APPROVED',
      });
      // The negotiating organisation joined with the adoption; twenty-nine more apply and are confirmed.
      for (const organisation of organisations) await framework.join(organisation);
      // The revision ("2015"): drafted and decided while version 1 stays in force, to follow on from it.
      await framework.move('/versions', {
        party: 'PUBLIC',
        reason: 'Revidering efter fem års samverkan',
        ...frameworkTerms(addDays(end, 1), undefined, { principles: SKANE_PRINCIPLES }),
      });
      await framework.move('/versions/2/decisions', {
        party: 'PUBLIC',
        body: 'Regionstyrelsen',
        meetingDate: start,
        diarienummer: 'RS 2014/456',
        paragraph: '§ 12',
        outcome: 'APPROVED',
      });
      const iop = await framework
        .http()
        .post('/partnerships')
        .set(await bearer(officerOf('Region Skåne')))
        .send({ title: IOP_TITLE, publicParty: { name: 'Region Skåne' }, organisations: [NATVERKET], frameworkId: framework.id });
      if (iop.status !== 201) throw new Error(`partnership: ${iop.status} ${JSON.stringify(iop.body)}`);
      iopId = iop.body.id;
    });

    /** The joined organisations' table: thirty rows, each with its organisationsnummer and the day it joined. */
    async function expectThirtyJoined(): Promise<void> {
      const joined = page.getByRole('table', { name: 'Organisationer som har anslutit sig (30)' });
      await expect(joined.locator('tbody tr').count()).resolves.toBe(30);
      const on = await shownDate(today());
      await joined.getByRole('row', { name: `${NATVERKET.name} ${NATVERKET.organisationNumber} ${on}` }).waitFor();
      const last = organisations[28];
      await joined.getByRole('row', { name: new RegExp(`^${last.name} ${last.organisationNumber} ${on}`) }).waitFor();
    }

    it('shows the officer the thirty organisations with their dates, both versions with their statuses, and the IOP within it', async () => {
      await walk.signInAs('Anna Lindqvist');
      await openFramework(framework.id, SKANE_TITLE);
      await expectThirtyJoined();
      const versions = section('Versioner och beslut');
      await versions.getByRole('heading', { name: 'Version 2 – Antagen, ännu inte i kraft' }).waitFor();
      await versions.getByRole('heading', { name: 'Version 1 – Gäller' }).waitFor();
      await versions.getByText('Regionstyrelsen').first().waitFor();
      await section('Överenskommelsen i dag').getByText('Gäller', { exact: true }).waitFor();
      const within = page.getByRole('table', { name: 'Partnerskap (IOP) som ingåtts inom överenskommelsen' });
      await within.getByRole('row', { name: new RegExp(`${IOP_TITLE} .* ${NATVERKET.name}`) }).waitFor();
      await walk.check('skane-overenskommelse');
      // The top of the page, as README shows it (docs/screenshots/framework.png is a copy).
      await page.screenshot({
        path: join(SCREENSHOTS, 'framework-seeds-skane-sidans-borjan.png'),
        fullPage: true,
        clip: { x: 0, y: 0, width: 1280, height: 2300 },
      });

      // The partnership's page links the framework it was entered within.
      await within.getByRole('link', { name: IOP_TITLE }).click();
      await page.getByRole('heading', { name: IOP_TITLE, level: 1 }).waitFor();
      await page.getByText('Inom överenskommelse:').waitFor();
      await walk.check('skane-iop-inom-overenskommelsen');
      await page.getByRole('link', { name: SKANE_TITLE }).click();
      await page.getByRole('heading', { name: SKANE_TITLE, level: 1 }).waitFor();
    });

    it('shows a joined organisation’s representative the same list of organisations and their dates', async () => {
      await walk.signInAs('Erik Holm');
      await openFramework(framework.id, SKANE_TITLE);
      await expectThirtyJoined();
      await section('Versioner och beslut').getByRole('heading', { name: 'Version 1 – Gäller' }).waitFor();
      // A joined organisation may leave; applying again is not on offer.
      await page.locator('form.move', { has: page.locator('legend', { hasText: 'Lämna överenskommelsen' }) }).waitFor();
      await expect(page.locator('form.move legend', { hasText: 'Ansök om anslutning' }).count()).resolves.toBe(0);
      await walk.check('skane-foretradare');
      expect(iopId).not.toBe('');
    });
  });

  describe('Region Västernorrland', () => {
    let framework: FrameworkClient;
    let meetingId = '';
    const year = Number(today().slice(0, 4));
    const lastYear = year - 1;
    const bildning = { name: 'Bildningsförbundet Mittnorrland', organisationNumber: inventedOrganisationNumber(101, '8025') };
    const stift = { name: 'Härnösands stift', organisationNumber: inventedOrganisationNumber(102, '8025') };
    const hso = { name: 'Handikappföreningarnas Samarbetsorgan', organisationNumber: inventedOrganisationNumber(104, '8025') };
    const meetingDate = addDays(today(), -3);

    beforeAll(async () => {
      framework = new FrameworkClient(app(), 'Region Västernorrland');
      // In force since 1 January last year, two seats a sector, four meetings a year.
      const start = `${lastYear}-01-01`;
      await framework.create(
        VN_TITLE,
        hso,
        frameworkTerms(start, undefined, { steeringGroup: { seatsPerSector: 2, meetingsPerYear: 4, reviewIntervalYears: 5 } }),
      );
      await framework.move('/versions/1/decisions', {
        party: 'PUBLIC',
        body: 'Landstingsfullmäktige',
        meetingDate: `${lastYear - 1}-11-20`,
        diarienummer: 'LS 2012/345',
        paragraph: '§ 45',
        outcome: 'APPROVED',
      });
      for (const organisation of [bildning, stift]) await framework.join(organisation);
      const term = { termStart: start, termEnd: `${year + 2}-12-31` };
      for (const name of ['Lena Sundström', 'Per Nordin'])
        await framework.move('/steering-group/members', {
          party: 'PUBLIC',
          sector: 'PUBLIC',
          name,
          organisationName: 'Region Västernorrland',
          ...term,
        });
      await framework.move('/steering-group/members', {
        party: bildning.organisationNumber,
        sector: 'CIVIL_SOCIETY',
        name: 'Anna Byström',
        organisationName: bildning.name,
        organisationNumber: bildning.organisationNumber,
        ...term,
      });
      const meeting = await framework.move('/steering-group/meetings', {
        party: 'PUBLIC',
        date: meetingDate,
        attendance: [{ sector: 'PUBLIC', names: ['Lena Sundström', 'Per Nordin'] }],
        minutes: 'Samverkansgruppen gick igenom årets handlingsplan.',
      });
      meetingId = String(meeting.framework.meetings.at(-1).id);
      // The timers of the days already passed fire at once: last year, in force, held no meeting.
      await eventually(
        () => framework.read(),
        (f) => f.warnings.some((w: { code: string; year: number }) => w.code === 'STEERING_GROUP_MEETINGS_MISSED' && w.year === lastYear),
      );
    });

    it('shows the equal seats with the vacancy, and lets a member organisation’s representative record its side of a meeting', async () => {
      await walk.signInAs('Lena Sundström');
      await openFramework(framework.id, VN_TITLE);
      const seats = page.getByRole('table', { name: 'Platser per sektor' });
      const cells = (sector: string) =>
        seats
          .getByRole('row', { name: new RegExp(sector) })
          .getByRole('cell')
          .allTextContents();
      await expect(cells('Offentlig sektor')).resolves.toEqual(['2', '2', '0']);
      await expect(cells('Idéburen sektor')).resolves.toEqual(['2', '1', '1 vakant plats']);
      const members = page.getByRole('table', { name: 'Ledamöter och mandatperioder' });
      await members.getByRole('row', { name: new RegExp(`Anna Byström Idéburen sektor ${bildning.name}`) }).waitFor();
      const meetings = page.getByRole('table', { name: 'Möten med närvaro per sektor' });
      await meetings.getByText('Offentlig sektor: Lena Sundström, Per Nordin').waitFor();
      await meetings.getByText('Idéburen sektor: ingen närvaro registrerad').waitFor();
      await walk.check('vasternorrland-overenskommelse');

      // Anna Byström, who represents Bildningsförbundet on the steering group, records her side.
      const representative = { ...representativeOf(bildning.organisationNumber), name: 'Anna Byström' };
      await walk.signInWithToken(await tokenFor(representative), `#/f/${framework.id}`);
      await page.getByRole('heading', { name: VN_TITLE, level: 1 }).waitFor();
      const attendance = page.locator('form.move', { has: page.locator('legend', { hasText: 'Er sektors närvaro vid mötet' }) });
      await expect(attendance.locator('legend').first().textContent()).resolves.toContain(await shownDate(meetingDate));
      await attendance.getByLabel('Närvarande för er sektor').fill('Anna Byström');
      await walk.check('vasternorrland-sektorns-narvaro');
      await walk.submit('Er sektors närvaro vid mötet', 'Spara närvaron');
      await page.getByRole('table', { name: 'Möten med närvaro per sektor' }).getByText('Idéburen sektor: Anna Byström').waitFor();
      const recorded = (await framework.read()).meetings.find((m: { id: unknown }) => String(m.id) === meetingId);
      // Each side recorded by its own: the civil-society side by the member organisation.
      expect(recorded.attendance).toEqual([
        { sector: 'PUBLIC', names: ['Lena Sundström', 'Per Nordin'], recordedBy: 'PUBLIC' },
        { sector: 'CIVIL_SOCIETY', names: ['Anna Byström'], recordedBy: bildning.organisationNumber },
      ]);
    });

    it('shows the officer’s board the year the steering group missed its meetings and the open conference task', async () => {
      await walk.signInAs('Per Nordin');
      const board = page.getByRole('region', { name: /^Överenskommelser som behöver er/ });
      // Other test files share the database and may hold a framework of the same title: this one by its address.
      const address = `a[href="#/f/${framework.id}"]`;
      const entry = board.getByRole('listitem').filter({ has: page.locator(address) });
      await entry.getByText(`Samverkansgruppen höll för få möten under året (${lastYear})`).waitFor();
      await entry.getByText(new RegExp(`^Håll den årliga uppföljningskonferensen: Senast ${await shownDate(`${year}-12-31`)}`)).waitFor();
      await walk.check('vasternorrland-tavla');
      await expect(entry.locator(address).textContent()).resolves.toBe(VN_TITLE);
      await entry.locator(address).click();
      await page.getByRole('heading', { name: VN_TITLE, level: 1 }).waitFor();
      await section('Varningar')
        .getByText(new RegExp(`Samverkansgruppen höll för få möten under året \\(${lastYear}\\)`))
        .waitFor();
    });
  });
});
