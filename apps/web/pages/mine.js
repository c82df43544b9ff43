// The representative's "Mina partnerskap": every partnership of their organisation, ended ones too, with its phase,
// whom it waits for, the organisation's own next due date and the agreement's period, so that a signed agreement
// stays within reach after the last task is done.
import { END_REASONS, PHASES } from '../labels.js';
import { date, escape, label, t } from '../ui.js';
import { dueLine } from './board.js';
import { bindFilterForm, filteredPage, filterForm } from './partnership-list.js';

export async function minePage(view, page, query) {
  const { items, pager, refusal } = await filteredPage('#/mine', query, page, 20);
  const cards = items.map(
    (p) => `<li class="card${p.overdueTasks > 0 ? ' card-overdue' : ''}">
      <h2 class="card-title"><a href="#/p/${p.id}">${escape(p.title)}</a></h2>
      <p>${t('phase')}: <strong>${escape(label(PHASES, p.phase))}</strong>${p.endedReason ? ` (${escape(label(END_REASONS, p.endedReason))})` : ''}</p>
      <p>${t('waitsFor')}: ${p.waitingFor.length ? p.waitingFor.map(escape).join(', ') : t('nobody')}</p>
      ${dueLine(p)}
      ${p.agreementStart ? `<p>${t('agreementPeriod')}: ${date(p.agreementStart)} – ${date(p.agreementEnd)}</p>` : ''}
      <p class="muted">${t('publicParty')}: ${escape(p.publicParty)}</p>
      <p class="card-links"><a href="#/levels/${p.id}">${t('levelsOfPartnership')}<span class="visually-hidden"> – ${escape(p.title)}</span></a></p></li>`,
  );
  if (
    !view(`<h1>${t('minePartnerships')}</h1>
      <p><a href="#/inbox">${t('inbox')}</a></p>
      ${filterForm('#/mine', query, { organisation: false })}
      ${refusal ? '' : items.length === 0 ? `<p>${t('noPartnerships')}</p>` : `<ul class="cards">${cards.join('')}</ul>`}${pager}`)
  )
    return;
  bindFilterForm('#/mine', refusal);
}
