// The list of framework agreements (#/frameworks), for every role: each with its public party, status, the
// version in force and its period, how many organisations have joined, when the next review is due and the
// warnings it raises, said in words. Officers start a new one from here.
import { FRAMEWORK_STATUSES, FRAMEWORK_WARNING_CODES } from '../labels.js';
import { api, date, escape, label, principal, t } from '../ui.js';
import { today } from '../framework/common.js';

const nameOf = (party) => (typeof party === 'string' ? party : (party?.name ?? ''));

export function warningsLine(item) {
  const open = (item.warnings ?? []).filter((w) => !w.clearedAt);
  return open.length
    ? `<ul class="fw-warning-list">${open.map((w) => `<li><strong class="overdue">${escape(label(FRAMEWORK_WARNING_CODES, w.code))}</strong> (${escape(w.year)})</li>`).join('')}</ul>`
    : t('fw.noWarningsShort');
}

export async function frameworksPage(view) {
  const who = principal();
  const { items } = await api('GET', '/frameworks');
  const rows = items
    .map(
      (
        f,
      ) => `<tr><td><a href="#/f/${escape(f.id)}">${escape(f.title)}</a></td><td>${escape(nameOf(f.publicParty))}</td><td>${escape(label(FRAMEWORK_STATUSES, f.status))}</td>
      <td>${f.versionInForce ? `${t('version')} ${escape(f.versionInForce)}${f.period ? `, ${date(f.period.start)} – ${f.period.end ? date(f.period.end) : t('fw.untilFurtherNotice')}` : ''}` : '–'}</td>
      <td>${escape(f.joinedCount)}</td>
      <td>${f.reviewDueBy ? `${date(f.reviewDueBy)}${f.reviewDueBy < today() && f.status !== 'ENDED' ? ` <strong class="overdue">${t('overdue')}</strong>` : ''}` : '–'}</td>
      <td>${warningsLine(f)}</td>
      ${who.role === 'auditor' ? `<td><a href="#/f/${escape(f.id)}/timeline">${t('fw.timeline')}<span class="visually-hidden"> – ${escape(f.title)}</span></a></td>` : ''}</tr>`,
    )
    .join('');
  view(`<h1>${t('fw.frameworks')}</h1>
    <p class="form-intro">${t('fw.listIntro')}</p>
    ${who.role === 'officer' ? `<p><a href="#/frameworks/new" class="button">${t('fw.newFramework')}</a></p>` : ''}
    ${
      items.length
        ? `<table class="stacked"><caption class="visually-hidden">${t('fw.frameworks')}</caption>
      <thead><tr><th scope="col">${t('title')}</th><th scope="col">${t('publicParty')}</th><th scope="col">${t('fw.status')}</th><th scope="col">${t('fw.versionInForce')}</th>
      <th scope="col">${t('fw.joinedCount')}</th><th scope="col">${t('fw.reviewDueBy')}</th><th scope="col">${t('fw.warnings')}</th>${who.role === 'auditor' ? `<th scope="col">${t('fw.timeline')}</th>` : ''}</tr></thead>
      <tbody>${rows}</tbody></table>`
        : `<p>${t('fw.noFrameworks')}</p>`
    }`);
}
