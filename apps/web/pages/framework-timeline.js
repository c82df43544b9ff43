// A framework's timeline (#/f/<id>/timeline): its steps and audit entries, oldest first, from GET
// /frameworks/:id/timeline, with the time in Swedish time, the step, the responsible party and who did it.
import { stockholmTime } from '../audit/words.js';
import { frameworkPartyName } from '../framework/common.js';
import { FRAMEWORK_STATUSES, FRAMEWORK_STEP_ACTIONS } from '../labels.js';
import { api, escape, label, t } from '../ui.js';
import { openDossier } from './framework.js';

export async function frameworkTimelinePage(id, view) {
  const [f, timeline] = await Promise.all([api('GET', `/frameworks/${id}`), api('GET', `/frameworks/${id}/timeline`)]);
  const entries = (timeline.items ?? timeline).filter((e) => e.kind === 'STEP' || e.action);
  const rows = entries
    .map(
      (e) => `<tr><td>${escape(stockholmTime(e.at))}</td><td>${escape(label(FRAMEWORK_STEP_ACTIONS, e.action))}</td>
      <td>${escape(label(FRAMEWORK_STATUSES, e.phase ?? e.status))}</td><td>${escape(frameworkPartyName(f, e.party))}</td><td>${escape(e.actor ?? '')}</td></tr>`,
    )
    .join('');
  if (
    !view(`<h1>${escape(f.title)}</h1>
    <p class="fw-links"><a href="#/f/${escape(f.id)}">${t('fw.backToFramework')}</a> · <button type="button" class="link" id="fw-dossier">${t('fw.dossier')}</button></p>
    <h2 id="fw-timeline-heading">${t('fw.timeline')}</h2>
    ${
      entries.length
        ? `<div class="table-scroll" role="region" aria-labelledby="fw-timeline-heading" tabindex="0"><table id="fw-timeline"><caption class="visually-hidden">${t('fw.timeline')}</caption>
      <thead><tr><th scope="col">${t('audit.timeStockholm')}</th><th scope="col">${t('audit.step')}</th><th scope="col">${t('fw.status')}</th><th scope="col">${t('audit.responsibleParty')}</th><th scope="col">${t('audit.actor')}</th></tr></thead>
      <tbody>${rows}</tbody></table></div>`
        : `<p>${t('audit.noSteps')}</p>`
    }`)
  )
    return;
  document.getElementById('fw-dossier').addEventListener('click', () => openDossier(id));
}
