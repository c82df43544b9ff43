// What is due for disposal (#/records/disposal-due?asOf=YYYY-MM-DD): the handlings of closed cases whose retention
// period has run out, for the officers of the public party and for auditors. Listed only; the archivist disposes.
import { downloadLink, wireDownloads } from '../case/documents.js';
import { fill, scrollable } from '../case/common.js';
import { fieldLabel } from '../field-label.js';
import { DOCUMENT_KINDS } from '../labels.js';
import { api, app, date, escape, label, t } from '../ui.js';

const caseLink = (item) =>
  `<a href="#/${item.processKind === 'FRAMEWORK_AGREEMENT' ? 'f' : 'p'}/${escape(item.processId)}">${escape(item.processTitle)}</a>`;

export async function disposalDuePage(view, query) {
  const asked = new URLSearchParams(query ?? '').get('asOf');
  const answer = await api('GET', `/records/disposal-due${asked ? `?asOf=${encodeURIComponent(asked)}` : ''}`);
  const rows = answer.items
    .map(
      (item) => `<tr><td>${caseLink(item)}</td><td>${escape(item.publicParty)}</td><td>${date(item.closedOn)}</td>
      <td>${escape(item.handling.diarienummer ?? `${item.handling.number}`)}</td><td>${escape(item.handling.subject)}</td>
      <td>${escape(label(DOCUMENT_KINDS, item.handling.documentKind))}</td><td>${date(item.disposableFrom)}</td><td>${downloadLink(item.handling)}</td></tr>`,
    )
    .join('');
  const heads = ['rec.case', 'publicParty', 'rec.closedOn', 'rec.number', 'rec.subject', 'rec.kind', 'rec.disposableFrom', 'rec.file'];
  const table = answer.items.length
    ? scrollable(
        t('rec.disposalHeading'),
        `<table><caption>${fill('rec.disposalCaption', { date: date(answer.asOf) })}</caption>
        <thead><tr>${heads.map((key) => `<th scope="col">${escape(t(key))}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`,
      )
    : `<p>${fill('rec.noneDue', { date: date(answer.asOf) })}</p>`;
  if (
    !view(`<h1>${escape(t('rec.disposalHeading'))}</h1><p>${escape(t('rec.disposalIntro'))}</p>
    <form id="disposal-as-of" class="filters"><div>${fieldLabel('disposal-as-of-date', t('rec.asOf'))}
      <input id="disposal-as-of-date" name="asOf" type="date" value="${escape(answer.asOf)}"></div><button type="submit">${escape(t('rec.show'))}</button></form>
    ${table}`)
  )
    return;
  app.querySelector('#disposal-as-of').addEventListener('submit', (event) => {
    event.preventDefault();
    const asOf = new FormData(event.target).get('asOf');
    location.hash = `#/records/disposal-due${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;
  });
  wireDownloads(app);
}
