// The auditor's pages: every partnership page by page with what concerns them all (the chain outside them, writes
// the database refused), and one partnership's timeline, Temporal history, chain verification and exports.
import { legalBasisSection } from './case/legal-basis.js';
import { stateAidSection } from './case/state-aid.js';
import { PHASES } from './labels.js';
import { bindFilterForm, filteredPage, filterForm } from './pages/partnership-list.js';
import { archivePackageSection, wireArchivePackage } from './audit/archive-package.js';
import { exportsSection, wireExports } from './audit/exports.js';
import { historySection, wireHistory } from './audit/history.js';
import { recordsSection } from './audit/records.js';
import { timelineSection, wireTimeline } from './audit/timeline.js';
import { verificationSection } from './audit/verification.js';
import { partyNamer } from './audit/words.js';

/** What concerns every partnership at once: the chain of commands outside them, and writes the database refused. */
async function acrossPartnerships({ api, t, escape, dateTime }) {
  const [global, alerts] = await Promise.all([api('GET', '/chains/global/verification'), api('GET', '/reports/read-model-alerts')]);
  const chain = `<p id="global-chain" class="notice ${global.valid ? 'ok' : 'error'}">${t('globalChain')}: ${global.valid ? `${t('chainIntact')} (${global.links})` : `${t('chainBroken')} ${global.firstBrokenLink.seq}`}</p>
    ${checkpointNotice(global.checkpoint, { t, escape, dateTime })}`;
  const refused =
    alerts.length === 0
      ? `<p id="read-model-alerts">${t('noReadModelAlerts')}</p>`
      : `<h2>${t('readModelAlerts')}</h2><table id="read-model-alerts"><thead><tr><th scope="col">${t('partnership')}</th><th scope="col">${t('revision')}</th><th scope="col">SQLSTATE</th><th scope="col">${t('time')}</th></tr></thead>
      <tbody>${alerts.map((a) => `<tr><td><a href="#/audit/${escape(a.partnershipId)}">${escape(a.partnershipId)}</a></td><td>${escape(a.revision)}</td><td>${escape(a.sqlState)}</td><td>${dateTime(a.raisedAt)}</td></tr>`).join('')}</tbody></table>`;
  return chain + refused;
}

/** The register: every partnership, filtered as the officer's board is (the filters stay in the address), page by page. */
export async function auditListPage(view, page, ui, filters = {}) {
  const { t, label, escape, date } = ui;
  const [{ items, pager, refusal }, across] = await Promise.all([filteredPage('#/audit', filters, page, 50), acrossPartnerships(ui)]);
  const rows = items
    .map(
      (p) => `<tr><td><a href="#/audit/${p.id}">${escape(p.title)}</a></td><td>${escape(p.publicParty)}</td><td>${escape(label(PHASES, p.phase))}</td>
      <td>${p.nextDueDate ? `${date(p.nextDueDate)}${p.overdueTasks ? ` <strong class="overdue">${t('overdue')} (${p.overdueTasks})</strong>` : ''}` : ''}</td>
      <td>${date(p.createdAt)}</td><td><a href="#/levels/${p.id}">${t('levelsOfPartnership')}<span class="visually-hidden"> – ${escape(p.title)}</span></a></td></tr>`,
    )
    .join('');
  const shown = view(`<h1>${t('auditList')}</h1>${across}<h2>${t('partnerships')}</h2>${filterForm('#/audit', filters)}
    ${
      refusal
        ? ''
        : `<table class="stacked"><thead><tr><th scope="col">${t('title')}</th><th scope="col">${t('publicParty')}</th><th scope="col">${t('phase')}</th><th scope="col">${t('nextDue')}</th><th scope="col">${t('startedOn')}</th><th scope="col">${t('levelsOfPartnership')}</th></tr></thead>
    <tbody>${rows}</tbody></table>`
    }${pager}`);
  if (shown) bindFilterForm('#/audit', refusal);
}

/** The chain's last signed checkpoint: which link it fixes, when, and whether the chain as it is now still matches. */
function checkpointNotice(checkpoint, { t, escape, dateTime }) {
  // Undefined: the links already broke, so the checkpoints were not consulted; null: none was signed yet.
  if (checkpoint === undefined) return '';
  if (checkpoint === null) return `<p id="checkpoint">${t('checkpointNone')}</p>`;
  return `<p id="checkpoint" class="notice ${checkpoint.holds ? 'ok' : 'error'}">${t('checkpointAt')} ${escape(checkpoint.seq)}, ${dateTime(checkpoint.signedAt)}. ${t(checkpoint.holds ? 'checkpointHolds' : 'checkpointBroken')}</p>`;
}

/**
 * One partnership for the auditor, in sections of about one screen's height each: the chain verification with what
 * it counted, the exports, the timeline of steps (paged), the decisions and signatures once, and Temporal's
 * history (collapsed, paged, loaded when opened).
 */
export async function auditPage(id, view, ui) {
  const { api, escape, root } = ui;
  const [p, timeline, verification, global, { webUiUrl }] = await Promise.all([
    api('GET', `/partnerships/${id}`),
    api('GET', `/partnerships/${id}/timeline`),
    api('GET', `/partnerships/${id}/verification`),
    // Auditors only (chain:read): another role reaching this page reads it without the chain outside the partnerships.
    api('GET', '/chains/global/verification').catch((error) => (error.status === 403 ? null : Promise.reject(error))),
    // The link to Temporal's Web UI comes with the history; one event is enough to have it before the details open.
    api('GET', `/partnerships/${id}/history?page=1&pageSize=1`),
  ]);
  const nameOf = partyNamer(p);
  const steps = timeline.filter((e) => e.kind === 'STEP');
  if (
    !view(`<h1>${escape(p.title)}</h1>
    <p class="muted">${escape(p.publicParty.name)} · ${p.organisations.map((o) => escape(o.name)).join(' · ')}</p>
    ${verificationSection(verification, global)}
    ${exportsSection()}
    ${archivePackageSection()}
    ${timelineSection(steps)}
    ${recordsSection(timeline, nameOf)}
    ${legalBasisSection(p)}
    ${stateAidSection(p)}
    ${historySection(webUiUrl)}`)
  )
    return;
  wireTimeline(root, steps, nameOf);
  wireHistory(root, id);
  wireArchivePackage(root, id);
  wireExports(root, id);
}
