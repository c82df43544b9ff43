// The political decisions and the signatures, once: the records themselves (body, meeting, diarienummer, paragraph,
// outcome and reasons; party, signatory and version). The timeline has the steps that recorded them, with their
// evidence and levels, and does not repeat these fields.
import { DECISION_OUTCOMES } from '../labels.js';
import { date, escape, label, t } from '../ui.js';
import { stockholmTime } from './words.js';

function decisions(entries) {
  if (entries.length === 0) return `<p id="decisions">${t('audit.noDecisions')}</p>`;
  return `<table id="decisions"><caption>${t('decisions')}</caption>
    <thead><tr><th scope="col">${t('audit.meetingDate')}</th><th scope="col">${t('audit.decidingBody')}</th><th scope="col">${t('audit.diarienummerAndParagraph')}</th>
      <th scope="col">${t('audit.outcome')}</th><th scope="col">${t('version')}</th><th scope="col">${t('audit.reasons')}</th></tr></thead>
    <tbody>${entries
      .map(
        ({ detail: d }) => `<tr><td>${date(d.meetingDate)}</td><td>${escape(d.body)}</td><td>${escape(d.diarienummer)} ${escape(d.paragraph)}</td>
      <td>${escape(label(DECISION_OUTCOMES, d.outcome))}</td><td>${escape(d.draftVersion)}</td><td>${escape(d.reasons ?? '')}</td></tr>`,
      )
      .join('')}</tbody></table>`;
}

function signatures(entries, nameOf) {
  if (entries.length === 0) return `<p id="signatures">${t('audit.noSignatures')}</p>`;
  return `<table id="signatures"><caption>${t('audit.signatures')}</caption>
    <thead><tr><th scope="col">${t('audit.timeStockholm')}</th><th scope="col">${t('party')}</th><th scope="col">${t('audit.signatory')}</th>
      <th scope="col">${t('version')}</th></tr></thead>
    <tbody>${entries
      .map(
        (e) => `<tr><td>${stockholmTime(e.at)}</td><td>${escape(nameOf(e.party))}</td><td>${escape(e.actor ?? '')}</td>
      <td>${escape(e.detail.draftVersion)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
}

export function recordsSection(timeline, nameOf) {
  return `<section class="audit-section" id="records-section" aria-labelledby="records-heading">
    <h2 id="records-heading">${t('audit.decisionsAndSignatures')}</h2>
    ${decisions(timeline.filter((e) => e.kind === 'DECISION'))}
    ${signatures(
      timeline.filter((e) => e.kind === 'SIGNATURE'),
      nameOf,
    )}
  </section>`;
}
