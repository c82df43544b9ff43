/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DECISION_OUTCOMES,
  END_REASONS,
  MEETING_PURPOSES,
  ORGANISATION_STATUSES,
  PARTICIPATION_LEVELS,
  PHASES,
  RESPONSIBLE_KINDS,
  REVIEW_DECISIONS,
  ROUND_KINDS,
  STEP_ACTIONS,
  TASK_STATUSES,
  TASK_TYPES,
} from '../../libs/domain/src';
import { useApiAndWorker, useOwnDatabase } from '../support/harness';
import { accessibilityViolations, launchChromium } from '../support/browser';
import { LifecycleClient } from '../support/lifecycle-client';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const INVITING = 'Mötesplatser för äldre i Skåne';
const SIGNING = 'Idéburen sektor som utvecklingskraft i Skåne';
const REJECTED = 'Sommarlovsaktiviteter i Skåne';

type Language = 'sv' | 'en';
/** A page a person reaches: its address and the window's title it must have in each language. */
type Visit = { hash: string; title: Record<Language, string>; menu?: Record<Language, string> };

/**
 * The page's frame in Chromium, for every page of each role: a title of its own (WCAG 2.4.2), no sideways
 * scrolling on a phone (1.4.10), a focus ring that contrasts with what surrounds it (1.4.11), the frame and the
 * codes in the chosen language, the current menu item marked; every page checked with axe-core.
 */
describe('the frame of the web interface', () => {
  // Pages that list what the person's party has (the board, the signatory register) read a database of its own: in
  // the run's shared one, other files add partnerships and signatories as this one reads them.
  useOwnDatabase('web_frame');
  const app = useApiAndWorker('web-frame');
  let browser: Browser;
  let base: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    base = await app().getUrl();
    // One partnership waiting for an invitation (Vårsta's), one waiting for signatures, one ended by a rejection.
    const inviting = new LifecycleClient(app());
    await inviting.create('Region Skåne', [NATVERKET, VARSTA], INVITING);
    await inviting.move('/invitation-response', { party: NATVERKET.organisationNumber, accept: true });
    ids.inviting = inviting.id;
    const signing = new LifecycleClient(app());
    await signing.create('Region Skåne', [NATVERKET], SIGNING);
    await signing.toSignature([NATVERKET.organisationNumber]);
    ids.signing = signing.id;
    const rejected = new LifecycleClient(app());
    await rejected.create('Region Skåne', [NATVERKET], REJECTED);
    await rejected.toDrafting([NATVERKET.organisationNumber]);
    await rejected.move('/drafts', rejected.draft([NATVERKET.organisationNumber]));
    for (const party of ['PUBLIC', NATVERKET.organisationNumber]) await rejected.move('/drafts/1/reviews', { party, decision: 'APPROVED' });
    await rejected.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: '2026-11-20',
      diarienummer: 'RS 2026/00400',
      paragraph: '§ 90',
      outcome: 'REJECTED',
      reasons: 'Medel saknas i budgeten.',
    });
    ids.rejected = rejected.id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const signatories: Visit = {
    hash: '#/signatories',
    title: { sv: 'Firmatecknare – IOP', en: 'Signatories – IOP' },
    menu: { sv: 'Firmatecknare', en: 'Signatories' },
  };
  const partnership = (id: string, title: string): Visit => ({
    hash: `#/p/${id}`,
    title: { sv: `Partnerskap – ${title} – IOP`, en: `Partnership – ${title} – IOP` },
  });
  /** The demo users and the pages of their role. */
  const ROLES: { person: string; pages: () => Visit[] }[] = [
    {
      person: 'Anna Lindqvist',
      pages: () => [
        { hash: '#/board', title: { sv: 'Översikt – IOP', en: 'Overview – IOP' }, menu: { sv: 'Översikt', en: 'Overview' } },
        {
          hash: '#/new',
          title: { sv: 'Starta nytt IOP – IOP', en: 'Start a new IOP – IOP' },
          menu: { sv: 'Starta nytt IOP', en: 'Start a new IOP' },
        },
        signatories,
        partnership(ids.inviting, INVITING),
        partnership(ids.signing, SIGNING),
        partnership(ids.rejected, REJECTED),
      ],
    },
    {
      person: 'Erik Holm',
      pages: () => [
        { hash: '#/inbox', title: { sv: 'Mina uppgifter – IOP', en: 'My tasks – IOP' }, menu: { sv: 'Mina uppgifter', en: 'My tasks' } },
        signatories,
        partnership(ids.inviting, INVITING),
        partnership(ids.signing, SIGNING),
      ],
    },
    {
      person: 'Karin Ek',
      pages: () => [
        { hash: '#/audit', title: { sv: 'Granskning – IOP', en: 'Audit – IOP' }, menu: { sv: 'Granskning', en: 'Audit' } },
        {
          hash: `#/audit/${ids.signing}`,
          title: { sv: `Granskning av partnerskap – ${SIGNING} – IOP`, en: `Partnership audit – ${SIGNING} – IOP` },
        },
        signatories,
      ],
    },
  ];
  const SIGN_IN: Visit = { hash: '#/', title: { sv: 'Logga in – IOP', en: 'Sign in – IOP' } };

  async function open(width: number, language: Language): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/app/#/`);
    await page.evaluate((lang) => localStorage.setItem('iop.lang', lang), language);
    await page.reload();
    await waitForTitle(page, SIGN_IN.title[language]);
    return { context, page };
  }

  async function signInAs(page: Page, person: string): Promise<void> {
    await visit(page, '#/');
    await page
      .getByRole('button', { name: /Logga ut|Sign out/ })
      .click({ timeout: 500 })
      .catch(() => undefined);
    await page.getByRole('button', { name: new RegExp(person) }).click();
    await page.locator('#who', { hasText: person }).waitFor();
  }

  const visit = (page: Page, hash: string) => page.evaluate((to) => (location.hash = to), hash);
  const waitForTitle = (page: Page, title: string) => page.waitForFunction((expected) => document.title === expected, title, { timeout: 15000 });

  async function axe(page: Page, name: string): Promise<void> {
    const violations = await accessibilityViolations(page, `ram-${name}.png`);
    expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  }

  /** The codes of the domain's lists that a page must show in words (short ones could be ordinary words). */
  const CODES = [
    ...ORGANISATION_STATUSES,
    ...TASK_STATUSES,
    ...END_REASONS,
    ...PHASES,
    ...DECISION_OUTCOMES,
    ...TASK_TYPES,
    ...ROUND_KINDS,
    ...MEETING_PURPOSES,
    ...REVIEW_DECISIONS,
    ...RESPONSIBLE_KINDS,
    ...PARTICIPATION_LEVELS,
    ...STEP_ACTIONS,
  ].filter((code) => code.length >= 4);
  const rawCodesIn = (text: string) => CODES.filter((code) => new RegExp(`(?<![\\p{L}_-])${code}(?![\\p{L}_-])`, 'u').test(text));

  it.each(['sv', 'en'] as const)(
    'gives every page of each role a title of its own, marks the current menu item and shows no raw code (%s)',
    async (language) => {
      const { context, page } = await open(1280, language);
      await axe(page, `logga-in-${language}`);
      for (const role of ROLES) {
        await signInAs(page, role.person);
        const titles: string[] = [SIGN_IN.title[language]];
        for (const [index, target] of role.pages().entries()) {
          await visit(page, target.hash);
          await waitForTitle(page, target.title[language]);
          await page.locator('#app h1').waitFor();
          titles.push(await page.title());
          // The menu marks the page the person is on, and only that one, in a way that is seen as well as said.
          const current = page.locator('nav#nav a[aria-current="page"]');
          if (target.menu) {
            expect(await current.allTextContents()).toEqual([target.menu[language]]);
            const weights = await page
              .locator('nav#nav a')
              .evaluateAll((links) => links.map((a) => `${a.getAttribute('aria-current') ?? ''}:${getComputedStyle(a).fontWeight}`));
            expect(new Set(weights.map((w) => w.split(':')[1])).size).toBe(2);
          } else expect(await current.count()).toBe(0);
          if (target.hash.startsWith('#/p/'))
            expect({ page: target.hash, raw: rawCodesIn(await page.locator('body').innerText()) }).toEqual({ page: target.hash, raw: [] });
          await axe(page, `${role.person.split(' ')[0].toLowerCase()}-${index}-${language}`);
        }
        expect(new Set(titles).size).toBe(titles.length);
      }
      await context.close();
    },
  );

  // 320 and 390 px: phones; 640 px: a 1280 px window at 200 % zoom.
  it.each([320, 390, 640])('lets no page of any role scroll sideways at %i px', async (width) => {
    const { context, page } = await open(width, 'sv');
    const tooWide: string[] = [];
    const measure = async (name: string) => {
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) tooWide.push(`${name}: ${scrollWidth} > ${innerWidth}`);
    };
    await measure('#/');
    for (const role of ROLES) {
      await signInAs(page, role.person);
      for (const target of role.pages()) {
        await visit(page, target.hash);
        await waitForTitle(page, target.title.sv);
        await measure(`${role.person} ${target.hash}`);
      }
    }
    expect(tooWide).toEqual([]);
    // The inbox's rows are stacked, each cell led by its column's heading; the page stays accessible on a phone.
    await signInAs(page, 'Erik Holm');
    await visit(page, '#/inbox');
    await waitForTitle(page, 'Mina uppgifter – IOP');
    const firstCell = page.locator('table td').first();
    expect(await firstCell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await firstCell.evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/Uppgift/);
    await axe(page, `mina-uppgifter-${width}px`);
    await context.close();
  });

  it('draws a focus ring of at least 3:1 against what surrounds each link, button and input', async () => {
    const { context, page } = await open(1280, 'sv');
    await signInAs(page, 'Anna Lindqvist');
    await visit(page, '#/board');
    await waitForTitle(page, 'Översikt – IOP');
    const rings: Record<string, Ring> = {};
    rings['menu link'] = await ringOf(page, 'nav#nav a >> nth=1');
    rings['link on a card'] = await ringOf(page, `.card a[href^="#/p/"] >> text=${SIGNING}`);
    rings['secondary button'] = await ringOf(page, 'button#lang');
    await visit(page, '#/new');
    await waitForTitle(page, 'Starta nytt IOP – IOP');
    rings.input = await ringOf(page, '#title');
    rings['primary button'] = await ringOf(page, 'form#new-iop button[type="submit"]');
    for (const [name, ring] of Object.entries(rings)) {
      expect({ name, visible: ring.visible, style: ring.style }).toEqual({ name, visible: true, style: 'solid' });
      expect({ name, width: ring.width >= 2 }).toEqual({ name, width: true });
      expect({ name, contrast: Math.round(contrast(ring.color, ring.around) * 10) / 10 >= 3 }).toEqual({ name, contrast: true });
      // Where the element's own colour would not contrast with the ring, the ring stands apart from it.
      if (contrast(ring.color, ring.own) < 3) expect({ name, offset: ring.offset >= 2 }).toEqual({ name, offset: true });
    }
    await context.close();
  });

  it('marks the required and the read-only fields of the signatory form, and shows a refusal beside its field', async () => {
    const { context, page } = await open(1280, 'sv');
    await signInAs(page, 'Erik Holm');
    await visit(page, '#/signatories');
    await waitForTitle(page, 'Firmatecknare – IOP');
    const form = page.locator('form#propose-signatory');
    await form.getByText('Fält markerade med * är obligatoriska.').waitFor();
    // The name is the signed-in person's: it cannot be changed here, and the label says why.
    const name = form.getByLabel(/Namn/);
    expect({ readOnly: await name.getAttribute('readonly'), value: await name.inputValue() }).toEqual({ readOnly: '', value: 'Erik Holm' });
    expect(await page.locator(`[id="${await name.getAttribute('aria-describedby')}"]`).textContent()).toBe('(från din inloggning)');
    // Each required field: its label carries the star and the input says it is required; the format is shown.
    const star = (id: string) =>
      form
        .locator(`label[for="${id}"]`)
        .evaluate((label) => Array.from(label.querySelectorAll('.required')).map((mark) => getComputedStyle(mark, '::after').content));
    for (const id of ['valid-from', 'basis-kind', 'basis-reference', 'basis-date'])
      expect({ id, star: await star(id), required: await form.locator(`#${id}`).getAttribute('required') }).toEqual({
        id,
        star: ['"*"'],
        required: '',
      });
    expect(await star('valid-to')).toEqual([]);
    expect(await page.locator(`[id="${await form.locator('#basis-reference').getAttribute('aria-describedby')}"]`).textContent()).toBe(
      'till exempel: Styrelseprotokoll 2026-03-12 punkt 7',
    );
    // Sent without its dates, it is refused: the error stands beside the field, the summary at the top links to it,
    // and nothing is proposed.
    await form.getByLabel('Hänvisning').fill('Styrelseprotokoll 2026-05-02 punkt 3');
    await form.getByRole('button', { name: 'Föreslå', exact: true }).click();
    const validFrom = form.locator('#valid-from');
    await page.waitForFunction(() => document.querySelector('#valid-from')?.getAttribute('aria-invalid') === 'true');
    const describedBy = (await validFrom.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(message).toMatch(/YYYY-MM-DD|ÅÅÅÅ-MM-DD/);
    await form.locator('.error-summary a[href="#valid-from"]').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('valid-from');
    await page.getByText('Inga firmatecknare är föreslagna.').waitFor();
    await axe(page, 'firmatecknare-avvisat');
    await context.close();
  });

  it('speaks English throughout the frame in English mode', async () => {
    const { context, page } = await open(1280, 'sv');
    await signInAs(page, 'Anna Lindqvist');
    await visit(page, '#/board');
    await waitForTitle(page, 'Översikt – IOP');
    await page.getByRole('button', { name: 'English' }).click();
    await waitForTitle(page, 'Overview – IOP');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    expect(await page.locator('#skip').textContent()).toBe('Skip to the content');
    expect(await page.locator('#brand').textContent()).toBe('IOP – civil-society partnerships');
    // The toggle offers Swedish, in Swedish.
    const toggle = page.locator('button#lang');
    expect({ text: await toggle.textContent(), lang: await toggle.getAttribute('lang') }).toEqual({ text: 'Svenska', lang: 'sv' });
    const frame = await page.evaluate(() =>
      [
        document.querySelector('#skip')?.textContent,
        document.querySelector('header')?.innerText,
        ...Array.from(document.querySelectorAll('[aria-label]')).map((node) => node.getAttribute('aria-label')),
      ].join('\n'),
    );
    const swedish = ['Huvudmeny', 'Hoppa', 'Logga', 'Översikt', 'Starta nytt', 'Firmatecknare', 'idéburet', 'tjänsteperson', 'Sidor'];
    expect(swedish.filter((word) => frame.includes(word))).toEqual([]);
    await axe(page, 'oversikt-engelska');
    // The skip link moves the focus to the content and leaves the address as it is.
    await page.locator('#skip').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => ({ hash: location.hash, focused: document.activeElement?.id }))).toEqual({ hash: '#/board', focused: 'main' });
    await context.close();
  });
});

type Rgb = [number, number, number];
type Ring = { visible: boolean; style: string; width: number; offset: number; color: Rgb; own: Rgb; around: Rgb };

/** The focus ring of the element `selector` once focused from the keyboard, and the colours it is drawn between. */
async function ringOf(page: Page, selector: string): Promise<Ring> {
  const element = page.locator(selector).first();
  // A keystroke first: a browser draws :focus-visible for keyboard users, not after a click.
  await page.keyboard.press('Shift');
  await element.focus();
  return element.evaluate((node) => {
    const rgb = (css: string): [number, number, number, number] => {
      const [r, g, b, a = 1] = (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
      return [r, g, b, a];
    };
    const opaque = (css: string) => rgb(css)[3] > 0 && css !== 'transparent';
    const backgroundOf = (start: Element | null) => {
      for (let n = start; n; n = n.parentElement) {
        const colour = getComputedStyle(n).backgroundColor;
        if (opaque(colour)) return rgb(colour).slice(0, 3) as [number, number, number];
      }
      return [255, 255, 255] as [number, number, number];
    };
    const style = getComputedStyle(node);
    return {
      visible: node.matches(':focus-visible'),
      style: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      offset: Number.parseFloat(style.outlineOffset),
      color: rgb(style.outlineColor).slice(0, 3) as [number, number, number],
      own: backgroundOf(node),
      around: backgroundOf(node.parentElement),
    };
  });
}

/** WCAG's contrast ratio of two colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, bl] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
