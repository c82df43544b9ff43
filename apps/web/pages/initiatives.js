// Initiatives from organisations (IOP-initiativ): the list (#/initiatives) for every role, scoped by the API (a
// representative's own organisation's, an officer's public party's, all for an auditor), and the representative's
// form to submit one (#/initiatives/new), whose refusals are shown beside their fields.
import { clearFieldErrors, showFieldErrors } from '../form-errors.js';
import { INITIATIVE_OUTCOMES, INITIATIVE_STATUSES } from '../labels.js';
import { api, date, escape, label, principal, state, t } from '../ui.js';

const INTRO = { organisation_rep: 'in.listIntroRep', officer: 'in.listIntroOfficer', auditor: 'in.listIntroAuditor' };

export async function initiativesPage(view) {
  const who = principal();
  const { items } = await api('GET', '/initiatives');
  const rows = items
    .map(
      (i) => `<tr><td><a href="#/i/${escape(i.id)}">${escape(i.title)}</a></td><td>${escape(i.organisation.name)}</td>
      <td>${escape(i.publicParty.name)}</td><td>${escape(label(INITIATIVE_STATUSES, i.status))}</td>
      <td>${i.decision ? escape(label(INITIATIVE_OUTCOMES, i.decision.outcome)) : '–'}</td><td>${date(i.submittedAt.slice(0, 10))}</td></tr>`,
    )
    .join('');
  view(`<h1>${t('in.initiatives')}</h1>
    <p class="form-intro">${t(INTRO[who.role])}</p>
    ${who.role === 'organisation_rep' ? `<p><a href="#/initiatives/new" class="button">${t('in.new')}</a></p>` : ''}
    ${
      items.length
        ? `<table class="stacked"><caption class="visually-hidden">${t('in.initiatives')}</caption>
      <thead><tr><th scope="col">${t('title')}</th><th scope="col">${t('in.organisation')}</th><th scope="col">${t('publicParty')}</th>
      <th scope="col">${t('in.status')}</th><th scope="col">${t('in.outcome')}</th><th scope="col">${t('in.submittedAt')}</th></tr></thead>
      <tbody>${rows}</tbody></table>`
        : `<p>${t('in.none')}</p>`
    }`);
}

/** What the representative has typed, kept across a redraw and a refusal, with the form's Idempotency-Key. */
let draft = null;

const TEXT_FIELDS = [
  ['title', 'title', 'input'],
  ['challenge', 'in.challenge', 'textarea'],
  ['targetGroup', 'in.targetGroup', 'input'],
  ['contribution', 'in.contribution', 'textarea'],
  ['publicParty.name', 'in.addressedTo', 'input'],
  ['organisation.name', 'orgName', 'input'],
];

function formHtml(who) {
  const v = (name) => escape(draft.values[name] ?? '');
  const field = ([name, key, kind]) => {
    const id = `in-${name.replace('.', '-')}`;
    const control =
      kind === 'textarea'
        ? `<textarea id="${id}" name="${name}" rows="4" required>${v(name)}</textarea>`
        : `<input id="${id}" name="${name}" value="${v(name)}" required${name === 'organisation.name' ? ' autocomplete="organization"' : ''}>`;
    return `<label for="${id}">${t(key)}</label>${control}`;
  };
  return `<h1>${t('in.new')}</h1>
    <p class="form-intro">${t('in.newIntro')}</p>
    <form id="new-initiative" class="new-iop" novalidate>
      ${TEXT_FIELDS.map(field).join('')}
      <label for="in-organisation-number">${t('orgNumber')} <span class="field-hint">(${t('newIop.fromSignIn')})</span></label>
      <input id="in-organisation-number" name="organisation.organisationNumber" value="${escape(who.organisationNumber)}" readonly>
      <div class="actions"><button type="submit">${t('in.submit')}</button></div>
    </form>`;
}

export function newInitiativePage(view) {
  const who = principal();
  draft ??= { key: crypto.randomUUID(), values: {} };
  if (!view(formHtml(who))) return;
  const form = document.getElementById('new-initiative');
  const keep = () => {
    const data = new FormData(form);
    draft.values = Object.fromEntries(TEXT_FIELDS.map(([name]) => [name, String(data.get(name) ?? '')]));
  };
  form.addEventListener('input', keep);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    keep();
    clearFieldErrors(form);
    const value = (name) => draft.values[name].trim();
    const body = {
      title: value('title'),
      challenge: value('challenge'),
      targetGroup: value('targetGroup'),
      contribution: value('contribution'),
      publicParty: { name: value('publicParty.name') },
      organisation: { name: value('organisation.name'), organisationNumber: who.organisationNumber },
    };
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const created = await api('POST', '/initiatives', body, { 'Idempotency-Key': draft.key });
      draft = null;
      state.noticeForNextPage = t('in.submitted');
      location.hash = `#/i/${created.id}`;
    } catch (error) {
      submit.disabled = false;
      showFieldErrors(form, error.data);
    }
  });
}
