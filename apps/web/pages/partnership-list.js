// The lists across partnerships with their filters in the address (#/board?phase=DIALOGUE&page=2), so that a
// filtered page can be bookmarked, shared and gone back to: the officer's board, "Mina partnerskap" and the
// auditor's register read the same API (GET /partnerships) through this one module.
import { clearFieldErrors, showFieldErrors } from '../form-errors.js';
import { LEVELS, PHASES } from '../labels.js';
import { api, escape, label, t } from '../ui.js';

/** The filters the API takes, as the address names them. Filtering by framework comes with the frameworks. */
export const FILTERS = ['phase', 'organisation', 'levelReached', 'overdue'];

export function filtersOf(query) {
  const params = new URLSearchParams(query ?? '');
  return Object.fromEntries(FILTERS.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])));
}

const addressOf = (path, filters, page) => {
  const params = new URLSearchParams(filters);
  // The pager names every page it links to (#/audit?page=1); a new choice of filters starts on the first.
  if (page) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

/** One page of the list under `filters`, with a pager that keeps them; a refusal of the API is returned, not thrown. */
export async function filteredPage(path, filters, page, pageSize) {
  const params = new URLSearchParams({ ...filters, page: String(page), pageSize: String(pageSize) });
  try {
    const result = await api('GET', `/partnerships?${params}`);
    const link = (to, text, rel) => `<a href="${escape(addressOf(path, filters, to))}" rel="${rel}">${escape(text)}</a>`;
    const pager =
      page > 1 || result.hasMore
        ? `<nav class="pager" aria-label="${t('pages')}">${page > 1 ? link(page - 1, t('previousPage'), 'prev') : ''}
        <span>${t('page')} ${page}</span>${result.hasMore ? link(page + 1, t('nextPage'), 'next') : ''}</nav>`
        : '';
    return { items: result.items, pager, refusal: null };
  } catch (error) {
    if (error.status !== 400) throw error;
    return { items: [], pager: '', refusal: error.data };
  }
}

const options = (table, selected) =>
  `<option value="">${escape(t('filterAny'))}</option>` +
  Object.keys(table)
    .map((key) => `<option value="${escape(key)}"${key === selected ? ' selected' : ''}>${escape(label(table, key))}</option>`)
    .join('');

/** The filter form; `organisation: false` leaves out the organisation (a representative's list is their own). */
export function filterForm(path, filters, { organisation = true } = {}) {
  return `<form id="list-filters" class="filters" role="search" aria-label="${escape(t('filtersLabel'))}" novalidate>
    <div><label for="filter-phase">${t('filterPhase')}</label><select id="filter-phase" name="phase">${options(PHASES, filters.phase)}</select></div>
    ${
      organisation
        ? `<div><label for="filter-organisation">${t('filterOrganisation')}</label>
      <input id="filter-organisation" name="organisation" inputmode="numeric" autocomplete="off" placeholder="NNNNNN-NNNN" aria-describedby="filter-organisation-hint" value="${escape(filters.organisation ?? '')}">
      <p class="hint" id="filter-organisation-hint">${t('filterOrganisationHint')}</p></div>`
        : ''
    }
    <div><label for="filter-level">${t('filterLevelReached')}</label><select id="filter-level" name="levelReached">${options(LEVELS, filters.levelReached)}</select></div>
    <div class="filter-check"><input type="checkbox" id="filter-overdue" name="overdue" value="true"${filters.overdue === 'true' ? ' checked' : ''}><label for="filter-overdue">${t('filterOverdue')}</label></div>
    <div class="filter-actions"><button type="submit">${t('filterApply')}</button>${
      Object.keys(filters).length ? ` <a href="${escape(path)}">${t('filterClear')}</a>` : ''
    }</div>
  </form>`;
}

/** Sends the form's choices to the address (the router draws the page again); shows the API's refusal beside its field. */
export function bindFilterForm(path, refusal) {
  const form = document.getElementById('list-filters');
  if (!form) return;
  if (refusal) showFieldErrors(form, refusal);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const data = new FormData(form);
    const chosen = Object.fromEntries(
      FILTERS.flatMap((name) => (String(data.get(name) ?? '').trim() ? [[name, String(data.get(name)).trim()]] : [])),
    );
    location.hash = addressOf(path, chosen, null);
  });
}
