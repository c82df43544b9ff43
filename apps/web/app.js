// The web interface of the IOP engine: plain ES modules on the same API and tokens as every other client.
// Swedish by default, English on request; dates and SEK in Swedish formats. This file is the router and the
// page's frame; each page is a module of apps/web/pages/, and the toolkit they share is ui.js.
import { beginSignIn, completeSignIn } from './oidc.js';
import { signatoriesPage } from './signatories.js';
import { auditListPage, auditPage } from './audit-pages.js';
import { boardPage } from './pages/board.js';
import { inboxPage } from './pages/inbox.js';
import { calendarPage } from './pages/calendar.js';
import { levelsAcrossPage, partnershipLevelsPage } from './pages/levels.js';
import { minePage } from './pages/mine.js';
import { filtersOf } from './pages/partnership-list.js';
import { newIopPage } from './pages/new-iop.js';
import { partnershipPage } from './pages/partnership.js';
import { deMinimisLedgerPage, exchangeRatesPage } from './pages/de-minimis.js';
import { frameworkPage } from './pages/framework.js';
import { frameworksPage } from './pages/frameworks.js';
import { frameworkTimelinePage } from './pages/framework-timeline.js';
import { newFrameworkPage } from './pages/new-framework.js';
import { initiativePage } from './pages/initiative.js';
import { initiativesPage, newInitiativePage } from './pages/initiatives.js';
import { publicRegisterPage } from './pages/public-register.js';
import { disposalDuePage } from './pages/disposal-due.js';
import { labelTableCells } from './table-cells.js';
import { api, app, date, dateTime, escape, label, notify, principal, render, state, statusRegion, t } from './ui.js';

/** Each role's menu in its order: the address and its word (a key of TEXT). */
const MENUS = {
  officer: [
    ['#/board', 'board'],
    ['#/calendar', 'calendar'],
    ['#/levels', 'levelsAcross'],
    ['#/new', 'newIop'],
    ['#/initiatives', 'in.initiatives'],
    ['#/frameworks', 'fw.frameworks'],
    ['#/signatories', 'signatories'],
    ['#/exchange-rates', 'dm.ratesMenu'],
    ['#/records/disposal-due', 'rec.disposal'],
  ],
  organisation_rep: [
    ['#/inbox', 'inbox'],
    ['#/mine', 'minePartnerships'],
    ['#/initiatives', 'in.initiatives'],
    ['#/calendar', 'calendar'],
    ['#/frameworks', 'fw.frameworks'],
    ['#/signatories', 'signatories'],
  ],
  auditor: [
    ['#/audit', 'auditList'],
    ['#/levels', 'levelsAcross'],
    ['#/initiatives', 'in.initiatives'],
    ['#/frameworks', 'fw.frameworks'],
    ['#/signatories', 'signatories'],
    ['#/records/disposal-due', 'rec.disposal'],
  ],
};

/** What every menu ends with, and the only entry before signing in: the public register, which needs no sign-in. */
const PUBLIC_MENU = [['#/register', 'reg.register']];

/** Where each role starts: the first entry of its menu. */
const homeOf = (who) => MENUS[who.role]?.[0]?.[0] ?? '#/';

/**
 * Each page's name in the window's title (WCAG 2.4.2), by its address; `ofCase` pages add the partnership's title,
 * their h1. A page missing here is named by its h1.
 */
const PAGE_TITLES = [
  [/^#\/board$/, 'board'],
  [/^#\/new$/, 'newIop'],
  [/^#\/inbox$/, 'inbox'],
  [/^#\/signatories$/, 'signatories'],
  [/^#\/exchange-rates$/, 'dm.rates'],
  [/^#\/audit$/, 'auditList'],
  [/^#\/audit\/[0-9a-f-]{36}$/, 'auditCase', { ofCase: true }],
  [/^#\/p\/[0-9a-f-]{36}$/, 'partnership', { ofCase: true }],
  [/^#\/frameworks$/, 'fw.frameworks'],
  [/^#\/frameworks\/new$/, 'fw.newFramework'],
  [/^#\/f\/[0-9a-f-]{36}$/, 'fw.framework', { ofCase: true }],
  [/^#\/f\/[0-9a-f-]{36}\/timeline$/, 'fw.timeline', { ofCase: true }],
  [/^#\/initiatives$/, 'in.initiatives'],
  [/^#\/initiatives\/new$/, 'in.new'],
  [/^#\/i\/[0-9a-f-]{36}$/, 'in.initiative', { ofCase: true }],
  [/^#\/register$/, 'reg.register'],
  [/^#\/records\/disposal-due$/, 'rec.disposalHeading'],
];

/** "<page> – <partnership> – IOP", in the chosen language. */
function showTitle(key, ofCase) {
  const heading = app.querySelector('h1')?.textContent?.trim();
  const name = key ? t(key) : heading;
  document.title = [name, ofCase ? heading : null, t('titleSuffix')].filter(Boolean).join(' – ');
}

function chrome() {
  const who = principal();
  document.documentElement.lang = state.lang;
  document.getElementById('skip').textContent = t('skipToContent');
  const brand = document.getElementById('brand');
  brand.textContent = t('brand');
  brand.href = who ? homeOf(who) : '#/';
  document.getElementById('nav').setAttribute('aria-label', t('mainMenu'));
  // The button offers the other language, in that language.
  const toggle = document.getElementById('lang');
  toggle.textContent = state.lang === 'sv' ? 'English' : 'Svenska';
  toggle.lang = state.lang === 'sv' ? 'en' : 'sv';
  document.getElementById('sign-out').hidden = !who;
  document.getElementById('sign-out').textContent = t('signOut');
  // A live region: rewritten only when the person or the language changes, so that it is not read on every page.
  const whoText = who ? `${who.name} (${t(`role.${who.role}`)})` : '';
  const whoRegion = document.getElementById('who');
  if (whoRegion.textContent !== whoText) whoRegion.textContent = whoText;
  const current = (location.hash || '#/').split('?')[0];
  document.getElementById('nav').innerHTML = [...(who ? (MENUS[who.role] ?? []) : []), ...PUBLIC_MENU]
    .map(([href, key]) => `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${escape(t(key))}</a>`)
    .join('');
}

// ---- Pages -------------------------------------------------------------------------------------------------

function signInPage(view) {
  if (state.auth.mode === 'oidc') {
    if (!view(`<h1>${t('signInTitle')}</h1><p>${t('oidcIntro')}</p><button type="button" id="oidc-sign-in">${t('oidcSignIn')}</button>`)) return;
    document.getElementById('oidc-sign-in').addEventListener('click', () => beginSignIn(state.auth).catch((error) => notify(error.message, 'error')));
    return;
  }
  if (
    !view(`<h1>${t('signInTitle')}</h1><p>${t('signInIntro')}</p>
    <ul class="users">${(state.auth.demoUsers ?? []).map((u) => `<li><button type="button" data-user="${escape(u.key)}">${escape(u.name)} — ${escape(t(`role.${u.role}`))}, ${escape(u.actsFor)}</button></li>`).join('')}</ul>`)
  )
    return;
  app.querySelectorAll('[data-user]').forEach((button) =>
    button.addEventListener('click', async () => {
      try {
        const { token } = await api('POST', '/auth/dev/token', { user: button.dataset.user });
        signedIn(token);
      } catch (error) {
        notify(error.message, 'error');
      }
    }),
  );
}

function signedIn(token) {
  state.token = token;
  sessionStorage.setItem('iop.token', token);
  const home = homeOf(principal());
  if (location.hash === home) route();
  else location.hash = home;
}

/** What the auditor's pages use of this app, passed in so that they import nothing back from it. */
const auditUi = () => ({ api, t, label, escape, date, dateTime, token: state.token, root: app });

// ---- Router ------------------------------------------------------------------------------------------------

async function route() {
  chrome();
  statusRegion.innerHTML = '';
  if (state.noticeForNextPage) {
    notify(state.noticeForNextPage);
    state.noticeForNextPage = null;
  }
  const who = principal();
  const hash = location.hash || '#/';
  // Lists take their page from the address (#/board?page=2), so that a page can be bookmarked and gone back to.
  const [path, query] = hash.split('?');
  const page = Math.max(1, Number.parseInt(new URLSearchParams(query ?? '').get('page') ?? '1', 10) || 1);
  // A page still loading when the person has moved on must not draw over the page they are on now.
  const viewAs =
    (key, ofCase = false) =>
    (html) => {
      if ((location.hash || '#/') !== hash) return false;
      render(html);
      showTitle(key, ofCase);
      return true;
    };
  const [, titleKey, { ofCase } = {}] = PAGE_TITLES.find(([pattern]) => pattern.test(path)) ?? [];
  const view = viewAs(titleKey, ofCase);
  const signInView = viewAs('signInTitle');
  try {
    // The register is public: it is drawn for anyone, signed in or not.
    if (path === '#/register') return await publicRegisterPage(view, page, query);
    if (!who || hash === '#/') return signInPage(signInView);
    let match;
    if (path === '#/board') return await boardPage(view, page, filtersOf(query));
    if (path === '#/mine') return await minePage(view, page, filtersOf(query));
    if (path === '#/calendar') return await calendarPage(view, query);
    if (hash === '#/levels') return await levelsAcrossPage(view);
    if ((match = /^#\/levels\/([0-9a-f-]{36})$/.exec(hash))) return await partnershipLevelsPage(match[1], view);
    if (hash === '#/new') return newIopPage(view);
    if (hash === '#/inbox') return await inboxPage(view);
    if (hash === '#/exchange-rates') return await exchangeRatesPage(view);
    if ((match = /^#\/de-minimis\/(\d{6}-\d{4})$/.exec(path))) return await deMinimisLedgerPage(match[1], query, view);
    if (hash === '#/signatories') return await signatoriesPage(view, { api, t, label, escape, date, notify, who });
    if (path === '#/audit') return await auditListPage(view, page, auditUi(), filtersOf(query));
    if ((match = /^#\/audit\/([0-9a-f-]{36})$/.exec(hash))) return await auditPage(match[1], view, auditUi());
    if ((match = /^#\/p\/([0-9a-f-]{36})$/.exec(hash))) return await partnershipPage(match[1], view);
    if (hash === '#/frameworks') return await frameworksPage(view);
    if (hash === '#/frameworks/new') return newFrameworkPage(view);
    if ((match = /^#\/f\/([0-9a-f-]{36})$/.exec(hash))) return await frameworkPage(match[1], view);
    if ((match = /^#\/f\/([0-9a-f-]{36})\/timeline$/.exec(hash))) return await frameworkTimelinePage(match[1], view);
    if (hash === '#/initiatives') return await initiativesPage(view);
    if (hash === '#/initiatives/new') return newInitiativePage(view);
    if ((match = /^#\/i\/([0-9a-f-]{36})$/.exec(hash))) return await initiativePage(match[1], view);
    if (path === '#/records/disposal-due') return await disposalDuePage(view, query);
    viewAs('notFound')(`<h1>${t('notFound')}</h1>`);
  } catch (error) {
    if (error.status === 401) {
      sessionStorage.removeItem('iop.token');
      state.token = null;
      chrome();
      return signInPage(signInView);
    }
    viewAs('somethingWrong')(`<h1>${t('somethingWrong')}</h1>`);
    notify(error.message, 'error');
  }
}

document.getElementById('lang').addEventListener('click', () => {
  state.lang = state.lang === 'sv' ? 'en' : 'sv';
  localStorage.setItem('iop.lang', state.lang);
  route();
});
document.getElementById('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem('iop.token');
  state.token = null;
  location.hash = '#/';
  route();
});
// The skip link moves the focus to the content; followed as a link it would change the router's address.
document.getElementById('skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});
window.addEventListener('hashchange', route);
labelTableCells(app);

async function start() {
  try {
    state.auth = await api('GET', '/auth/config');
    if (state.auth.mode === 'oidc') {
      const token = await completeSignIn(state.auth);
      if (token) return signedIn(token);
    }
  } catch (error) {
    notify(error.message, 'error');
  }
  route();
}
start();
