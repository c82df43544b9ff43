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
import { api, app, date, dateTime, escape, label, notify, partnershipPageOf, principal, render, state, statusRegion, t } from './ui.js';

function chrome() {
  const who = principal();
  document.documentElement.lang = state.lang;
  // The button offers the other language, in that language.
  const toggle = document.getElementById('lang');
  toggle.textContent = state.lang === 'sv' ? 'English' : 'Svenska';
  toggle.lang = state.lang === 'sv' ? 'en' : 'sv';
  document.getElementById('sign-out').hidden = !who;
  document.getElementById('sign-out').textContent = t('signOut');
  document.getElementById('who').textContent = who ? `${who.name} (${t(`role.${who.role}`)})` : '';
  const links = !who
    ? []
    : who.role === 'officer'
      ? [
          ['#/board', t('board')],
          ['#/calendar', t('calendar')],
          ['#/levels', t('levelsAcross')],
          ['#/new', t('newIop')],
          ['#/signatories', t('signatories')],
        ]
      : who.role === 'organisation_rep'
        ? [
            ['#/inbox', t('inbox')],
            ['#/mine', t('minePartnerships')],
            ['#/calendar', t('calendar')],
            ['#/signatories', t('signatories')],
          ]
        : [
            ['#/audit', t('auditList')],
            ['#/levels', t('levelsAcross')],
            ['#/signatories', t('signatories')],
          ];
  document.getElementById('nav').innerHTML = links.map(([href, text]) => `<a href="${href}">${escape(text)}</a>`).join('');
}

// ---- Pages -------------------------------------------------------------------------------------------------

const DEMO_USERS = [
  { key: 'officer', name: 'Anna Lindqvist', role: 'officer', party: 'Region Skåne' },
  { key: 'officer-2', name: 'Johan Berg', role: 'officer', party: 'Region Skåne' },
  { key: 'rep-natverket', name: 'Erik Holm', role: 'organisation_rep', party: 'NÄTVERKET-Idéburen sektor Skåne' },
  { key: 'rep-varsta', name: 'Maria Sjöberg', role: 'organisation_rep', party: 'Vårsta Diakonigård' },
  { key: 'auditor', name: 'Karin Ek', role: 'auditor', party: 'Revision' },
];

function signInPage(view) {
  if (state.auth.mode === 'oidc') {
    if (!view(`<h1>${t('signInTitle')}</h1><p>${t('oidcIntro')}</p><button type="button" id="oidc-sign-in">${t('oidcSignIn')}</button>`)) return;
    document.getElementById('oidc-sign-in').addEventListener('click', () => beginSignIn(state.auth).catch((error) => notify(error.message, 'error')));
    return;
  }
  if (
    !view(`<h1>${t('signInTitle')}</h1><p>${t('signInIntro')}</p>
    <ul class="users">${DEMO_USERS.map((u) => `<li><button type="button" data-user="${u.key}">${escape(u.name)} — ${escape(t(`role.${u.role}`))}, ${escape(u.party)}</button></li>`).join('')}</ul>`)
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
  const who = principal();
  const home = who.role === 'officer' ? '#/board' : who.role === 'organisation_rep' ? '#/inbox' : '#/audit';
  if (location.hash === home) route();
  else location.hash = home;
}

/** What the auditor's pages use of this app, passed in so that they import nothing back from it. */
const auditUi = () => ({ api, t, label, escape, date, dateTime, partnershipPageOf, token: state.token, root: app });

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
  const view = (html) => {
    if ((location.hash || '#/') !== hash) return false;
    render(html);
    return true;
  };
  try {
    if (!who || hash === '#/') return signInPage(view);
    let match;
    if (path === '#/board') return await boardPage(view, page, filtersOf(query));
    if (path === '#/mine') return await minePage(view, page, filtersOf(query));
    if (path === '#/calendar') return await calendarPage(view, query);
    if (hash === '#/levels') return await levelsAcrossPage(view);
    if ((match = /^#\/levels\/([0-9a-f-]{36})$/.exec(hash))) return await partnershipLevelsPage(match[1], view);
    if (hash === '#/new') return newIopPage(view);
    if (hash === '#/inbox') return await inboxPage(view);
    if (hash === '#/signatories') return await signatoriesPage(view, { api, t, label, escape, date, notify, who });
    if (path === '#/audit') return await auditListPage(view, page, auditUi(), filtersOf(query));
    if ((match = /^#\/audit\/([0-9a-f-]{36})$/.exec(hash))) return await auditPage(match[1], view, auditUi());
    if ((match = /^#\/p\/([0-9a-f-]{36})$/.exec(hash))) return await partnershipPage(match[1], view);
    view(`<h1>${t('notFound')}</h1>`);
  } catch (error) {
    if (error.status === 401) {
      sessionStorage.removeItem('iop.token');
      state.token = null;
      return signInPage(view);
    }
    view(`<h1>${t('somethingWrong')}</h1>`);
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
window.addEventListener('hashchange', route);

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
