// The web interface of the IOP engine: plain ES modules on the same API and tokens as every other client.
// Swedish by default, English on request; dates and SEK in Swedish formats.
import { TEXT, PHASES, TASKS } from './i18n.js';
import { beginSignIn, completeSignIn } from './oidc.js';
import { signatoriesPage } from './signatories.js';
import { auditListPage, auditPage } from './audit-pages.js';

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
const date = (value) => (value ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(value.length === 10 ? `${value}T12:00:00Z` : value)) : '');
const dateTime = (value) => (value ? new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(value)) : '');
const sek = (amount) => new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(amount);
const escape = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function principal() {
  if (!state.token) return null;
  try {
    // base64url, then UTF-8: the claims carry å, ä and ö.
    const bytes = Uint8Array.from(atob(state.token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return { subject: claims.sub, name: claims.name, email: claims.email, role: claims.iop_role, publicParty: claims.iop_public_party, organisationNumber: claims.iop_organisation_number };
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
  const reason = state.lang === 'sv' ? body.messageSv ?? body.message : body.message;
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
      ? [['#/board', t('board')], ['#/new', t('newIop')], ['#/signatories', t('signatories')]]
      : who.role === 'organisation_rep'
        ? [['#/inbox', t('inbox')], ['#/signatories', t('signatories')]]
        : [['#/audit', t('auditList')], ['#/signatories', t('signatories')]];
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
  if (!view(`<h1>${t('signInTitle')}</h1><p>${t('signInIntro')}</p>
    <ul class="users">${DEMO_USERS.map((u) => `<li><button type="button" data-user="${u.key}">${escape(u.name)} — ${escape(t(`role.${u.role}`))}, ${escape(u.party)}</button></li>`).join('')}</ul>`)) return;
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
  const pager = page > 1 || result.hasMore
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
      .map((p) => `<div class="card"><p><a href="#/p/${p.id}">${escape(p.title)}</a></p>
          <p class="muted">${t('waitsFor')}: ${p.waitingFor.length ? p.waitingFor.map(escape).join(', ') : t('nobody')}</p></div>`);
    return `<section class="column" aria-labelledby="col-${phase}"><h2 id="col-${phase}">${escape(label(PHASES, phase))} (${cards.length})</h2>${cards.join('')}</section>`;
  });
  view(`<h1>${t('board')}</h1><div class="board">${columns.join('')}</div>${pager}`);
}

const PHASES_ORDER = ['PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'POLITICAL_APPROVAL', 'SIGNATURE', 'IMPLEMENTATION', 'ENDED'];

function newIopPage(view) {
  const who = principal();
  if (!view(`<h1>${t('newIop')}</h1>
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
    </form>`)) return;
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

async function inboxPage(view) {
  const who = principal();
  const tasks = await api('GET', `/organisations/${who.organisationNumber}/tasks`);
  view(`<h1>${t('inbox')}</h1>
    ${tasks.length === 0 ? `<p>${t('noTasks')}</p>` : `<table><caption class="muted">${t('inboxCaption')}</caption>
      <thead><tr><th scope="col">${t('task')}</th><th scope="col">${t('partnership')}</th><th scope="col">${t('due')}</th><th scope="col"><span class="muted">${t('open')}</span></th></tr></thead>
      <tbody>${tasks.map((task) => `<tr><td>${escape(label(TASKS, task.type))}</td><td>${escape(task.partnershipTitle)}</td>
        <td>${date(task.dueDate)}${task.overdue ? ` <span class="overdue">${t('overdue')}</span>` : ''}</td>
        <td><a href="#/p/${task.partnershipId}">${t('answer')}<span class="muted"> – ${escape(task.partnershipTitle)}</span></a></td></tr>`).join('')}</tbody></table>`}`);
}

/** One form per move the signed-in person can make now; the API decides, and a refusal is shown in words. */
function moveForms(p, who) {
  const mine = who.role === 'officer' ? 'PUBLIC' : who.organisationNumber;
  const latest = p.drafts.filter((d) => d.round === p.round.number).at(-1);
  const forms = [];
  // Field ids are prefixed with the form's, so that two forms on the page never share one (labels point at ids).
  const form = (id, legend, fields, submit, extra = '') => {
    const prefix = id.replace(/[^a-z0-9-]/gi, '-');
    const scoped = fields.replace(/\b(id|for)="([^"]+)"/g, (_, attr, value) => `${attr}="${prefix}-${value}"`);
    forms.push(`<form class="move" data-move="${id}"><fieldset><legend>${escape(legend)}</legend>${scoped}<div class="actions"><button type="submit">${escape(submit)}</button>${extra}</div></fieldset></form>`);
  };
  const text = (name, labelText, type = 'text') => `<label for="${name}">${escape(labelText)}</label><input id="${name}" name="${name}" type="${type}" required>`;
  const area = (name, labelText) => `<label for="${name}">${escape(labelText)}</label><textarea id="${name}" name="${name}" required></textarea>`;
  const org = p.organisations.find((o) => o.organisationNumber === mine);
  if (org?.status === 'INVITED') {
    form('invitation', t('invitation'), '', t('acceptInvitation'), `<button type="submit" class="secondary" name="decline" value="1">${t('declineInvitation')}</button>`);
  }
  if (p.phase === 'PROBLEM_DEFINITION' && p.problemDefinition && !p.problemDefinition.agreedBy.includes(mine)) form('agree', t('problemDefinition'), `<p>${escape(p.problemDefinition.challenge)}</p>`, t('agree'));
  if (p.phase === 'DIALOGUE') {
    if (who.role === 'organisation_rep') form('input', t('writtenInput'), area('text', t('yourInput')), t('send'));
    if (who.role === 'officer') {
      form('meeting', t('meeting'), text('date', t('date'), 'date') + text('publicNames', t('attendeesPublic')) + text('orgNames', t('attendeesOrganisations')) + area('minutes', t('minutes')), t('save'));
      form('shared-goal', t('sharedGoal'), area('sharedGoal', t('sharedGoal')), t('save'));
      form('close-dialogue', t('closeDialogue'), '', t('closeDialogue'));
    }
  }
  if (p.phase === 'DRAFTING') {
    if (who.role === 'officer') {
      form('draft', t('newDraft'), text('purpose', t('purpose')) + text('sharedGoalDraft', t('sharedGoal')) + text('grant', t('grantSek'), 'number') +
        text('ownContribution', t('ownContribution')) + text('startDate', t('startDate'), 'date') + text('endDate', t('endDate'), 'date') +
        text('followUpPlan', t('followUpPlan')) + text('governance', t('governance')) + text('terminationTerms', t('terminationTerms')) +
        ['INDEPENDENCE', 'DIALOGUE', 'QUALITY', 'LONG_TERM', 'TRANSPARENCY', 'DIVERSITY'].map((pr) => text(`principle-${pr}`, `${t('principle')}: ${label(PRINCIPLE_NAMES, pr)}`)).join(''), t('submitDraft'));
    }
    if (latest && !latest.reviews.some((r) => r.party === mine && r.decision === 'APPROVED')) {
      form('review', `${t('reviewVersion')} ${latest.version}`, `<p>${escape(latest.purpose)} — ${sek(latest.contributions.reduce((sum, c) => sum + c.amountSek, 0))}</p>`, t('approve'),
        `<button type="submit" class="secondary" name="changes" value="1">${t('requestChanges')}</button>`);
    }
  }
  if (p.phase === 'POLITICAL_APPROVAL' && who.role === 'officer') {
    form('decision', t('decision'), text('body', t('body')) + text('meetingDate', t('meetingDate'), 'date') + text('diarienummer', t('diarienummer')) + text('paragraph', t('paragraph')) +
      `<label for="outcome">${t('outcome')}</label><select id="outcome" name="outcome"><option value="APPROVED">${t('approved')}</option><option value="RETURNED">${t('returned')}</option><option value="REJECTED">${t('rejected')}</option></select>
       <label for="reasons">${t('reasons')}</label><textarea id="reasons" name="reasons"></textarea>`, t('save'));
  }
  if (p.phase === 'SIGNATURE' && !p.signatures.some((s) => s.round === p.round.number && s.party === mine)) form('sign', t('sign'), `<p>${t('signAs')} ${escape(who.name)}</p>`, t('sign'));
  if (p.phase === 'IMPLEMENTATION' && who.role === 'organisation_rep') {
    for (const f of p.followUps.filter((f) => !f.reports.some((r) => r.party === mine))) form(`report:${f.dueDate}`, `${t('followUpReport')} ${date(f.dueDate)}`, area('summary', t('summary')), t('send'));
  }
  if (p.agreement && who.role === 'officer') {
    for (const f of p.followUps.filter((f) => f.meetingId === undefined)) {
      form(`follow-up-meeting:${f.dueDate}`, `${t('followUpMeeting')} ${date(f.dueDate)}`, text('date', t('date'), 'date') + text('publicNames', t('attendeesPublic')) + text('orgNames', t('attendeesOrganisations')) + area('minutes', t('minutes')), t('save'));
    }
  }
  if (p.phase === 'IMPLEMENTATION' && !p.termination) {
    form('amendment', t('amendment'), area('reason', t('reason')), t('proposeAmendment'));
    form('renewal', t('renewal'), '', t('startRenewal'));
    form('termination', t('termination'), area('reason', t('reason')), t('terminate'));
  }
  if (org && ['INVITED', 'ACCEPTED'].includes(org.status) && !p.agreement && p.phase !== 'ENDED') {
    form('withdrawal', t('withdraw'), area('reason', t('reason')), t('withdraw'));
  }
  return forms.join('');
}

const PRINCIPLE_NAMES = {
  INDEPENDENCE: { sv: 'Självständighet och oberoende', en: 'Independence' },
  DIALOGUE: { sv: 'Dialog', en: 'Dialogue' },
  QUALITY: { sv: 'Kvalitet', en: 'Quality' },
  LONG_TERM: { sv: 'Långsiktighet', en: 'Long term' },
  TRANSPARENCY: { sv: 'Öppenhet och insyn', en: 'Transparency' },
  DIVERSITY: { sv: 'Mångfald', en: 'Diversity' },
};

function moveRequest(move, f, p, submitter) {
  const id = p.id;
  const orgNumber = p.organisations[0]?.organisationNumber;
  switch (move) {
    case 'invitation': return ['POST', `/partnerships/${id}/invitation-response`, { accept: submitter?.name !== 'decline' }];
    case 'withdrawal': return ['POST', `/partnerships/${id}/withdrawal`, { reason: f.reason }];
    case 'amendment': return ['POST', `/partnerships/${id}/amendments`, { reason: f.reason }];
    case 'renewal': return ['POST', `/partnerships/${id}/renewal`, {}];
    case 'termination': return ['POST', `/partnerships/${id}/termination`, { reason: f.reason }];
    case 'agree': return ['POST', `/partnerships/${id}/problem-definition/agreements`, {}];
    case 'input': return ['POST', `/partnerships/${id}/inputs`, { text: f.text }];
    case 'meeting': return ['POST', `/partnerships/${id}/meetings`, { date: f.date, minutes: f.minutes, attendees: [{ party: 'PUBLIC', names: [f.publicNames] }, { party: orgNumber, names: [f.orgNames] }] }];
    case 'shared-goal': return ['PUT', `/partnerships/${id}/shared-goal`, { sharedGoal: f.sharedGoal }];
    case 'close-dialogue': return ['POST', `/partnerships/${id}/dialogue/close`, undefined];
    case 'draft': return ['POST', `/partnerships/${id}/drafts`, {
      purpose: f.purpose, sharedGoal: f.sharedGoalDraft, startDate: f.startDate, endDate: f.endDate, followUpPlan: f.followUpPlan,
      governance: f.governance, terminationTerms: f.terminationTerms, terminationNoticeMonths: 6,
      contributions: [{ party: 'PUBLIC', amountSek: Number(f.grant) }, ...p.organisations.filter((o) => o.status !== 'WITHDRAWN' && o.status !== 'DECLINED').map((o) => ({ party: o.organisationNumber, amountSek: 0, ownContribution: f.ownContribution }))],
      principles: Object.fromEntries(Object.keys(PRINCIPLE_NAMES).map((pr) => [pr, f[`principle-${pr}`]])),
    }];
    case 'review': {
      const latest = p.drafts.filter((d) => d.round === p.round.number).at(-1);
      return ['POST', `/partnerships/${id}/drafts/${latest.version}/reviews`, { decision: submitter?.name === 'changes' ? 'CHANGES_REQUESTED' : 'APPROVED' }];
    }
    case 'decision': return ['POST', `/partnerships/${id}/decisions`, { body: f.body, meetingDate: f.meetingDate, diarienummer: f.diarienummer, paragraph: f.paragraph, outcome: f.outcome, ...(f.reasons ? { reasons: f.reasons } : {}) }];
    case 'sign': return ['POST', `/partnerships/${id}/signatures`, {}];
    default: {
      const [kind, dueDate] = move.split(':');
      if (kind === 'report') return ['POST', `/partnerships/${id}/follow-ups/${dueDate}/reports`, { summary: f.summary }];
      if (kind === 'follow-up-meeting') {
        return ['POST', `/partnerships/${id}/follow-ups/${dueDate}/meetings`, { date: f.date, minutes: f.minutes, attendees: [{ party: 'PUBLIC', names: [f.publicNames] }, { party: orgNumber, names: [f.orgNames] }] }];
      }
      throw new Error(move);
    }
  }
}

async function partnershipPage(id, view) {
  const who = principal();
  const p = await api('GET', `/partnerships/${id}`);
  const party = (key) => (key === 'PUBLIC' ? p.publicParty.name : key === 'JOINT' ? t('joint') : p.organisations.find((o) => o.organisationNumber === key)?.name ?? key);
  if (!view(`<h1>${escape(p.title)}</h1>
    <p>${t('phase')}: <strong id="phase">${escape(label(PHASES, p.phase))}</strong>${p.ended ? ` — ${escape(p.ended.reason)}` : ''}</p>
    <h2>${t('parties')}</h2>
    <ul><li>${escape(p.publicParty.name)} (${t('publicParty')})</li>${p.organisations.map((o) => `<li>${escape(o.name)}, ${escape(o.organisationNumber)} — ${escape(o.status)}</li>`).join('')}</ul>
    <h2>${t('openTasks')}</h2>
    ${p.tasks.filter((x) => x.status === 'OPEN').map((x) => `<p>${escape(label(TASKS, x.type))} — ${escape(party(x.addressedTo))}, ${t('due')} ${date(x.dueDate)}</p>`).join('') || `<p>${t('noTasks')}</p>`}
    ${p.drafts.length ? `<h2>${t('drafts')}</h2><table><thead><tr><th scope="col">${t('version')}</th><th scope="col">${t('purpose')}</th><th scope="col">${t('grantSek')}</th><th scope="col">${t('period')}</th></tr></thead><tbody>
      ${p.drafts.map((d) => `<tr><td>${d.version}</td><td>${escape(d.purpose)}</td><td>${sek(d.contributions.find((c) => c.party === 'PUBLIC')?.amountSek ?? 0)}</td><td>${date(d.startDate)} – ${date(d.endDate)}</td></tr>`).join('')}</tbody></table>` : ''}
    ${p.decisions.length ? `<h2>${t('decisions')}</h2>${p.decisions.map((d) => `<p>${escape(d.body)} ${date(d.meetingDate)}, ${escape(d.diarienummer)} ${escape(d.paragraph)}: ${escape(label(OUTCOMES, d.outcome))}</p>`).join('')}` : ''}
    <h2>${t('yourMoves')}</h2>
    <div id="moves">${who.role === 'auditor' ? `<p>${t('readOnly')}</p>` : moveForms(p, who) || `<p>${t('nothingToDo')}</p>`}</div>`)) return;
  app.querySelectorAll('form.move').forEach((form) =>
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const [method, path, body] = moveRequest(form.dataset.move, Object.fromEntries(new FormData(form)), p, event.submitter);
      // The last move's confirmation must not stand for this one, and a second click must not send it twice.
      statusRegion.innerHTML = '';
      if (event.submitter) event.submitter.disabled = true;
      try {
        await api(method, path, body);
        // Confirm only once the page shows the new state, so that what the person reads next is current.
        await partnershipPage(id, view);
        notify(t('saved'));
      } catch (error) {
        if (event.submitter) event.submitter.disabled = false;
        notify(error.message, 'error');
      }
    }),
  );
}

const OUTCOMES = { APPROVED: { sv: 'Godkänt', en: 'Approved' }, RETURNED: { sv: 'Återremiss', en: 'Returned' }, REJECTED: { sv: 'Avslag', en: 'Rejected' } };

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
