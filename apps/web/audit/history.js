// Temporal's own record of the workflow, collapsed by default: a page of events is asked for only when the auditor
// opens it, and then page by page (GET /partnerships/:id/history?page=&pageSize=). The link to Temporal's Web UI
// and the note on the codec server stay in sight.
import { api, escape, t } from '../ui.js';
import { stockholmTime } from './words.js';

export const EVENTS_PER_PAGE = 25;

export function historySection(webUiUrl) {
  return `<section class="audit-section" id="history-section" aria-labelledby="history-heading">
    <h2 id="history-heading">${t('temporalHistory')}</h2>
    ${webUiUrl ? `<p><a href="${escape(webUiUrl)}">${t('openInTemporal')}</a></p>` : ''}
    <p id="codec-server">${t('codecServer')} <code>${escape(`${location.origin}/codec`)}</code></p>
    <details id="temporal-history">
      <summary>${t('audit.showHistory')}</summary>
      <div id="history-page"></div>
      <nav class="pager" aria-label="${t('audit.historyPages')}" hidden>
        <button type="button" class="secondary" data-history-page="-1">${t('audit.earlierEvents')}</button>
        <span id="history-position" aria-live="polite"></span>
        <button type="button" class="secondary" data-history-page="1">${t('audit.laterEvents')}</button>
      </nav>
    </details>
  </section>`;
}

function eventsTable(events) {
  return `<table><caption class="visually-hidden">${t('audit.historyCaption')}</caption>
    <thead><tr><th scope="col">#</th><th scope="col">${t('audit.timeStockholm')}</th><th scope="col">${t('event')}</th><th scope="col">${t('name')}</th></tr></thead>
    <tbody>${events.map((e) => `<tr><td>${e.eventId}</td><td>${stockholmTime(e.time)}</td><td>${escape(e.type)}</td><td>${escape(e.name ?? '')}</td></tr>`).join('')}</tbody></table>`;
}

/** Loads the first page when the details are first opened, and the others on request. */
export function wireHistory(root, partnershipId) {
  const details = root.querySelector('#temporal-history');
  const holder = details.querySelector('#history-page');
  const pager = details.querySelector('.pager');
  const position = details.querySelector('#history-position');
  const [earlier, later] = details.querySelectorAll('[data-history-page]');
  let page = 0;
  const load = async (to, button) => {
    try {
      const history = await api('GET', `/partnerships/${partnershipId}/history?page=${to}&pageSize=${EVENTS_PER_PAGE}`);
      page = history.page;
      holder.innerHTML = eventsTable(history.events);
      const from = (history.page - 1) * history.pageSize + 1;
      position.textContent = t('audit.eventsShown')
        .replace('{from}', from)
        .replace('{to}', from + history.events.length - 1)
        .replace('{total}', history.totalEvents);
      earlier.disabled = history.page === 1;
      later.disabled = !history.hasMore;
      pager.hidden = history.page === 1 && !history.hasMore;
      if (button?.disabled) (button === earlier ? later : earlier).focus();
    } catch (error) {
      holder.innerHTML = `<p class="notice error">${escape(error.message)}</p>`;
    }
  };
  details.addEventListener('toggle', () => {
    if (details.open && page === 0) load(1);
  });
  earlier.addEventListener('click', () => load(page - 1, earlier));
  later.addEventListener('click', () => load(page + 1, later));
}
