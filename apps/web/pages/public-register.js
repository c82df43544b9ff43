// The public register of IOPs (#/register), for anyone, signed in or not: the signed agreements in force and ended
// with their public facts, the filters in the address (#/register?publicParty=Region%20Sk%C3%A5ne&year=2027) so that
// a selection can be bookmarked and published, and a link to the same selection as a CSV file.
import { clearFieldErrors, showFieldErrors } from '../form-errors.js';
import { END_REASONS, REGISTER_STATUSES } from '../labels.js';
import { api, date, escape, label, sek, t } from '../ui.js';

/** The filters the API takes (GET /public/partnerships), named as its parameters so that its refusals find them. */
const FILTERS = ['publicParty', 'organisationNumber', 'year', 'status'];
const PAGE_SIZE = 100;
/** The CSV holds the whole selection: the most the API gives in one page, more than any region has. */
const CSV_PAGE_SIZE = 1000;

const chosenIn = (params) => Object.fromEntries(FILTERS.flatMap((name) => (params.get(name)?.trim() ? [[name, params.get(name).trim()]] : [])));

const addressOf = (filters, page) => {
  const params = new URLSearchParams(filters);
  if (page) params.set('page', String(page));
  const query = params.toString();
  return query ? `#/register?${query}` : '#/register';
};

function filterForm(filters) {
  const text = (name, extra = '') =>
    `<div><label for="reg-${name}">${t(`reg.${name}`)}</label>
      <input id="reg-${name}" name="${name}" autocomplete="off" aria-describedby="reg-${name}-hint" value="${escape(filters[name] ?? '')}" ${extra}>
      <p class="hint" id="reg-${name}-hint">${t(`reg.${name}Hint`)}</p></div>`;
  const statuses = Object.keys(REGISTER_STATUSES)
    .map((key) => `<option value="${key}"${filters.status === key ? ' selected' : ''}>${escape(label(REGISTER_STATUSES, key))}</option>`)
    .join('');
  return `<form id="register-filters" class="filters" role="search" aria-label="${escape(t('reg.filters'))}" novalidate>
    ${text('publicParty')}
    ${text('organisationNumber', 'inputmode="numeric" placeholder="NNNNNN-NNNN"')}
    ${text('year', 'inputmode="numeric"')}
    <div><label for="reg-status">${t('reg.status')}</label>
      <select id="reg-status" name="status"><option value="">${escape(t('filterAny'))}</option>${statuses}</select></div>
    <div class="filter-actions"><button type="submit">${t('filterApply')}</button>${
      Object.keys(filters).length ? ` <a href="#/register">${t('filterClear')}</a>` : ''
    }</div>
  </form>`;
}

const organisations = (entry) =>
  `<ul>${entry.organisations
    .map(
      (o) =>
        `<li>${escape(o.name)} (${escape(o.organisationNumber)})${o.leftOn ? `, ${t('reg.leftOn')} <time datetime="${escape(o.leftOn)}">${date(o.leftOn)}</time>` : ''}</li>`,
    )
    .join('')}</ul>`;

const period = (entry) => {
  const ended = entry.ended
    ? `<br>${t('reg.endedOn')} <time datetime="${escape(entry.ended.on)}">${date(entry.ended.on)}</time> (${escape(label(END_REASONS, entry.ended.reason))})`
    : '';
  return `<time datetime="${escape(entry.period.start)}">${date(entry.period.start)}</time> – <time datetime="${escape(entry.period.end)}">${date(entry.period.end)}</time>${ended}`;
};

const grant = ({ publicGrant }) =>
  publicGrant.perYear.length
    ? `<ul>${publicGrant.perYear.map((y) => `<li>${escape(y.year)}: ${sek(y.amountSek)}</li>`).join('')}<li>${t('reg.grantTotal')}: ${sek(publicGrant.totalSek)}</li></ul>`
    : `${sek(publicGrant.totalSek)} ${t('reg.grantNotSplit')}`;

/** The approving decision, and the case's diarienummer in the public party's diarium once given. */
const decision = ({ decision: d, caseDiarienummer }) => {
  const caseLine = caseDiarienummer ? `<br>${t('reg.caseDiarienummer')}: ${escape(caseDiarienummer)}` : '';
  return d
    ? `${escape(d.body)}, <time datetime="${escape(d.meetingDate)}">${date(d.meetingDate)}</time>, ${escape(d.paragraph)}<br>${escape(d.diarienummer)}${caseLine}`
    : `${t('reg.none')}${caseLine}`;
};

function row(entry) {
  return `<tr><th scope="row">${escape(entry.title)}<br><span class="register-status">${escape(label(REGISTER_STATUSES, entry.status))}</span></th>
    <td>${escape(entry.publicParty)}</td><td>${organisations(entry)}</td><td>${escape(entry.purpose)}</td><td>${period(entry)}</td>
    <td>${grant(entry)}</td><td>${decision(entry)}</td></tr>`;
}

function table(items) {
  if (!items.length) return `<p>${t('reg.empty')}</p>`;
  const headings = ['reg.title', 'reg.publicParty', 'reg.organisations', 'reg.purpose', 'reg.period', 'reg.grant', 'reg.decision'];
  return `<p>${t('reg.count')}: ${items.length}</p>
    <table class="stacked register"><caption class="visually-hidden">${t('reg.register')}</caption>
    <thead><tr>${headings.map((key) => `<th scope="col">${t(key)}</th>`).join('')}</tr></thead>
    <tbody>${items.map(row).join('')}</tbody></table>`;
}

function pager(filters, page, hasMore) {
  if (page <= 1 && !hasMore) return '';
  const link = (to, text, rel) => `<a href="${escape(addressOf(filters, to))}" rel="${rel}">${escape(text)}</a>`;
  return `<nav class="pager" aria-label="${t('pages')}">${page > 1 ? link(page - 1, t('previousPage'), 'prev') : ''}
    <span>${t('page')} ${page}</span>${hasMore ? link(page + 1, t('nextPage'), 'next') : ''}</nav>`;
}

export async function publicRegisterPage(view, page, query) {
  const filters = chosenIn(new URLSearchParams(query ?? ''));
  let result = { items: [], hasMore: false };
  let refusal = null;
  try {
    result = await api('GET', `/public/partnerships?${new URLSearchParams({ ...filters, page: String(page), pageSize: String(PAGE_SIZE) })}`);
  } catch (error) {
    if (error.status !== 400) throw error;
    refusal = error.data;
  }
  const csv = `/public/partnerships?${new URLSearchParams({ ...filters, format: 'csv', pageSize: String(CSV_PAGE_SIZE) })}`;
  if (
    !view(`<h1>${t('reg.register')}</h1><p class="form-intro">${t('reg.intro')}</p>${filterForm(filters)}
      ${refusal ? '' : `<p><a href="${escape(csv)}" download="IOP-register.csv">${t('reg.csv')}</a> <span class="muted">${t('reg.csvNote')}</span></p>`}
      ${refusal ? '' : table(result.items)}${refusal ? '' : pager(filters, page, result.hasMore)}`)
  )
    return;
  const form = document.getElementById('register-filters');
  if (refusal) showFieldErrors(form, refusal);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    location.hash = addressOf(chosenIn(new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]))), null);
  });
}
