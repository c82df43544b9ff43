// The web interface of the IOP engine: plain ES modules on the same API and tokens as every other client.
// Swedish by default, English on request; dates and SEK in Swedish formats.
import { TEXT } from './i18n.js';
import { DECISION_OUTCOMES, PROCESS_KINDS, PHASES, TASKS } from './labels.js';
import { beginSignIn, completeSignIn } from './oidc.js';
import { signatoriesPage } from './signatories.js';
import { auditListPage, auditPage } from './audit-pages.js';
import { movesSection, wireMoves } from './moves.js';

const state = {
  token: sessionStorage.getItem('iop.token'),
  lang: localStorage.getItem('iop.lang') || 'sv',
  /** How this installation signs people in: { mode: 'development' } or { mode: 'oidc', issuer, clientId, audience }. */
  auth: { mode: 'development' },
  /** A confirmation to show on the page the person is sent to next (the router clears the status on each page). */
  noticeForNextPage: null,
};
const app = document.getElementById('app');
const statusRegion = document.getElementById('status');

const t = (key) => (TEXT[state.lang] ?? TEXT.sv)[key] ?? TEXT.sv[key] ?? key;
const label = (table, key) => table[key]?.[state.lang] ?? table[key]?.sv ?? key ?? '';
const locale = () => (state.lang === 'en' ? 'en-GB' : 'sv-SE');
const date = (value) =>
  value ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value)) : '';
const dateTime = (value) => (value ? new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value)) : '');
const sek = (amount) => new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(amount);
const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function principal() {
  if (!state.token) return null;
  try {
    // base64url, then UTF-8: the claims carry å, ä and ö.
    const bytes = Uint8Array.from(atob(state.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return {
      subject: claims.sub,
      name: claims.name,
      email: claims.email,
      role: claims.iop_role,
      publicParty: claims.iop_public_party,
      organisationNumber: claims.iop_organisation_number,
    };
  } catch {
    return null;
  }
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { ...(state.token ? { Authorization: `Bearer ${state.token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const data = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  if (!response.ok) throw Object.assign(new Error(refusalText(data)), { status: response.status, data });
  return data;
}

/** A refusal in words: the reason in the chosen language, and each field with its rule. */
function refusalText(body) {
  if (!body || typeof body !== 'object') return t('unexpected');
  const reason = state.lang === 'sv' ? (body.messageSv ?? body.message) : body.message;
  const fields = (body.errors ?? []).map((e) => `${e.field}: ${e.message}`);
  return [reason, ...fields].filter(Boolean).join(' — ');
}

function notify(message, kind = 'ok') {
  statusRegion.innerHTML = `<p class="notice ${kind}">${escape(message)}</p>`;
}

function render(html) {
  app.innerHTML = html;
  document.getElementById('main').focus();
}

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
          ['#/new', t('newIop')],
          ['#/signatories', t('signatories')],
        ]
      : who.role === 'organisation_rep'
        ? [
            ['#/inbox', t('inbox')],
            ['#/signatories', t('signatories')],
          ]
        : [
            ['#/audit', t('auditList')],
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

/** One page of partnerships, newest first, with links to the pages before and after it. */
async function partnershipPageOf(path, page, pageSize) {
  const result = await api('GET', `/partnerships?page=${page}&pageSize=${pageSize}`);
  const link = (to, text, rel) => `<a href="${path}?page=${to}" rel="${rel}">${escape(text)}</a>`;
  const pager =
    page > 1 || result.hasMore
      ? `<nav class="pager" aria-label="${t('pages')}">${page > 1 ? link(page - 1, t('previousPage'), 'prev') : ''}
        <span>${t('page')} ${page}</span>${result.hasMore ? link(page + 1, t('nextPage'), 'next') : ''}</nav>`
      : '';
  return { items: result.items, pager };
}

async function boardPage(view, page) {
  const { items, pager } = await partnershipPageOf('#/board', page, 100);
  const columns = PHASES_ORDER.map((phase) => {
    const cards = items
      .filter((p) => p.phase === phase)
      .map(
        (p) => `<div class="card"><p><a href="#/p/${p.id}">${escape(p.title)}</a></p>
          <p class="muted">${t('waitsFor')}: ${p.waitingFor.length ? p.waitingFor.map(escape).join(', ') : t('nobody')}</p></div>`,
      );
    return `<section class="column" aria-labelledby="col-${phase}"><h2 id="col-${phase}">${escape(label(PHASES, phase))} (${cards.length})</h2>${cards.join('')}</section>`;
  });
  view(`<h1>${t('board')}</h1><div class="board">${columns.join('')}</div>${pager}`);
}

// The phases in the domain's order, which labels.js keeps (apps/web/labels.spec.ts).
const PHASES_ORDER = Object.keys(PHASES);

function newIopPage(view) {
  const who = principal();
  if (
    !view(`<h1>${t('newIop')}</h1>
    <form id="new-iop">
      <label for="title">${t('title')}</label><input id="title" name="title" required minlength="3">
      <label for="public-party">${t('publicParty')}</label><input id="public-party" name="publicParty" value="${escape(who.publicParty)}" readonly>
      <fieldset><legend>${t('organisation')}</legend>
        <label for="org-name">${t('orgName')}</label><input id="org-name" name="orgName" required>
        <label for="org-number">${t('orgNumber')}</label><input id="org-number" name="orgNumber" required placeholder="NNNNNN-NNNN" inputmode="numeric">
      </fieldset>
      <fieldset><legend>${t('problemDefinition')}</legend>
        <label for="challenge">${t('challenge')}</label><textarea id="challenge" name="challenge" required></textarea>
        <label for="target-group">${t('targetGroup')}</label><input id="target-group" name="targetGroup" required>
        <label for="goal">${t('goal')}</label><input id="goal" name="goal" required>
      </fieldset>
      <div class="actions"><button type="submit">${t('start')}</button></div>
    </form>`)
  )
    return;
  document.getElementById('new-iop').addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = Object.fromEntries(new FormData(event.target));
    try {
      const created = await api('POST', '/partnerships', {
        title: f.title,
        publicParty: { name: who.publicParty },
        organisations: [{ name: f.orgName, organisationNumber: f.orgNumber }],
      });
      await api('POST', `/partnerships/${created.id}/problem-definition`, { challenge: f.challenge, targetGroup: f.targetGroup, goals: [f.goal] });
      // The router clears the status region on every page change; this notice is for the page it opens.
      state.noticeForNextPage = t('started');
      location.hash = `#/p/${created.id}`;
    } catch (error) {
      notify(error.message, 'error');
    }
  });
}

/** Where each kind of process is answered: one inbox lists the tasks of every kind. */
const PROCESS_PAGES = { PARTNERSHIP: (id) => `#/p/${id}` };

async function inboxPage(view) {
  const who = principal();
  const tasks = await api('GET', `/organisations/${who.organisationNumber}/tasks`);
  view(`<h1>${t('inbox')}</h1>
    ${
      tasks.length === 0
        ? `<p>${t('noTasks')}</p>`
        : `<table><caption class="muted">${t('inboxCaption')}</caption>
      <thead><tr><th scope="col">${t('task')}</th><th scope="col">${t('process')}</th><th scope="col">${t('due')}</th><th scope="col"><span class="muted">${t('open')}</span></th></tr></thead>
      <tbody>${tasks
        .map(
          (task) => `<tr><td>${escape(label(TASKS, task.type))}</td>
        <td>${escape(task.processTitle)} <span class="muted">(${escape(label(PROCESS_KINDS, task.processKind))})</span></td>
        <td>${date(task.dueDate)}${task.overdue ? ` <span class="overdue">${t('overdue')}</span>` : ''}</td>
        <td><a href="${PROCESS_PAGES[task.processKind](task.processId)}">${t('answer')}<span class="muted"> – ${escape(task.processTitle)}</span></a></td></tr>`,
        )
        .join('')}</tbody></table>`
    }`);
}

async function partnershipPage(id, view) {
  // What the caller may do comes from the API, which asks the domain's rules: the page shows exactly that.
  const [p, moves] = await Promise.all([api('GET', `/partnerships/${id}`), api('GET', `/partnerships/${id}/available-moves`)]);
  const party = (key) =>
    key === 'PUBLIC' ? p.publicParty.name : key === 'JOINT' ? t('joint') : (p.organisations.find((o) => o.organisationNumber === key)?.name ?? key);
  const ui = movesUi();
  const nothing = principal().role === 'auditor' ? t('readOnly') : t('nothingToDo');
  if (
    !view(`<h1>${escape(p.title)}</h1>
    <p>${t('phase')}: <strong id="phase">${escape(label(PHASES, p.phase))}</strong>${p.ended ? ` — ${escape(p.ended.reason)}` : ''}</p>
    <h2>${t('parties')}</h2>
    <ul><li>${escape(p.publicParty.name)} (${t('publicParty')})</li>${p.organisations.map((o) => `<li>${escape(o.name)}, ${escape(o.organisationNumber)} — ${escape(o.status)}</li>`).join('')}</ul>
    <h2>${t('openTasks')}</h2>
    ${
      p.tasks
        .filter((x) => x.status === 'OPEN')
        .map((x) => `<p>${escape(label(TASKS, x.type))} — ${escape(party(x.addressedTo))}, ${t('due')} ${date(x.dueDate)}</p>`)
        .join('') || `<p>${t('noTasks')}</p>`
    }
    ${
      p.drafts.length
        ? `<h2>${t('drafts')}</h2><table><thead><tr><th scope="col">${t('version')}</th><th scope="col">${t('purpose')}</th><th scope="col">${t('grantSek')}</th><th scope="col">${t('period')}</th></tr></thead><tbody>
      ${p.drafts.map((d) => `<tr><td>${d.version}</td><td>${escape(d.purpose)}</td><td>${sek(d.contributions.find((c) => c.party === 'PUBLIC')?.amountSek ?? 0)}</td><td>${date(d.startDate)} – ${date(d.endDate)}</td></tr>`).join('')}</tbody></table>`
        : ''
    }
    ${p.decisions.length ? `<h2>${t('decisions')}</h2>${p.decisions.map((d) => `<p>${escape(d.body)} ${date(d.meetingDate)}, ${escape(d.diarienummer)} ${escape(d.paragraph)}: ${escape(label(DECISION_OUTCOMES, d.outcome))}</p>`).join('')}` : ''}
    <h2>${t('yourMoves')}</h2>
    <div id="moves">${movesSection(p, moves, ui) || `<p>${nothing}</p>`}</div>`)
  )
    return;
  wireMoves(app, moves, ui, async () => {
    // Confirm only once the page shows the new state, so that what the person reads next is current.
    await partnershipPage(id, view);
    notify(t('saved'));
  });
}

/** What the moves module uses of this app, passed in so that it imports nothing back from it. */
const movesUi = () => ({
  api,
  t,
  label,
  escape,
  date,
  sek,
  notify,
  who: principal(),
  lang: () => state.lang,
  clearStatus: () => (statusRegion.innerHTML = ''),
});

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
    if (path === '#/board') return await boardPage(view, page);
    if (hash === '#/new') return newIopPage(view);
    if (hash === '#/inbox') return await inboxPage(view);
    if (hash === '#/signatories') return await signatoriesPage(view, { api, t, label, escape, date, notify, who });
    if (path === '#/audit') return await auditListPage(view, page, auditUi());
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
