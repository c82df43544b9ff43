// The timeline: one row per step, with the time in Swedish time, the step, the responsible party, who did it, what
// the step records as evidence, and the level aimed for and reached; a shortfall is said in words and marked.
// Long timelines are paged here, so that the section stays within about one screen's height.
import { ACTIONS, LEVELS, PHASES } from '../labels.js';
import { escape, label, t } from '../ui.js';
import { evidenceInWords, fellShort, stockholmDayAndTime } from './words.js';

/** Steps per page of the timeline: with their evidence, about one screen's height. */
export const STEPS_PER_PAGE = 8;

function reachedCell(step) {
  const reached = step.levelReached ? escape(label(LEVELS, step.levelReached)) : t('audit.noLevelReached');
  if (!fellShort(step)) return `<td>${reached}</td>`;
  // In words, not only by colour: the cell says that the level fell short of the aim.
  return `<td class="shortfall"><span aria-hidden="true">▼ </span>${reached}<span class="shortfall-words">${t('audit.belowAimed')}</span></td>`;
}

function stepRow(step, nameOf) {
  const { day, time } = stockholmDayAndTime(step.at);
  return `<tr class="${fellShort(step) ? 'shortfall-row' : ''}">
    <td><span class="when">${day}</span> <span class="when">${time}</span></td>
    <td><span class="step-phase">${escape(label(PHASES, step.phase))}</span> ${escape(label(ACTIONS, step.action))}</td>
    <td>${escape(nameOf(step.party))}</td>
    <td class="actor">${escape(step.actor ?? '')}</td>
    <td class="evidence">${evidenceInWords(step.detail?.evidence, nameOf)}</td>
    <td>${step.levelAimedFor ? escape(label(LEVELS, step.levelAimedFor)) : '–'}</td>
    ${reachedCell(step)}
  </tr>`;
}

/** The section's markup; `wireTimeline` then fills the table one page at a time. */
export function timelineSection(steps) {
  const short = steps.filter(fellShort).length;
  return `<section class="audit-section" id="timeline-section" aria-labelledby="timeline-heading">
    <h2 id="timeline-heading">${t('timeline')}</h2>
    <p id="timeline-summary">${t('audit.timelineSummary').replace('{steps}', steps.length).replace('{short}', short)}</p>
    ${short > 0 ? `<p class="check"><input type="checkbox" id="only-shortfalls"><label for="only-shortfalls">${t('audit.onlyShortfalls')}</label></p>` : ''}
    <div class="table-scroll" role="region" aria-labelledby="timeline-heading" tabindex="0">
    <table id="timeline">
      <colgroup><col class="col-when"><col class="col-step"><col class="col-party"><col class="col-actor"><col><col class="col-level"><col class="col-level"></colgroup>
      <caption class="visually-hidden">${t('audit.timelineCaption')}</caption>
      <thead><tr><th scope="col">${t('audit.timeStockholm')}</th><th scope="col">${t('audit.step')}</th><th scope="col">${t('audit.responsibleParty')}</th>
        <th scope="col">${t('audit.actor')}</th><th scope="col">${t('audit.evidence')}</th><th scope="col">${t('audit.levelAimed')}</th><th scope="col">${t('audit.levelReached')}</th></tr></thead>
      <tbody></tbody>
    </table>
    </div>
    <nav class="pager" aria-label="${t('audit.timelinePages')}">
      <button type="button" class="secondary" data-timeline-page="-1">${t('audit.earlierSteps')}</button>
      <span id="timeline-position" aria-live="polite"></span>
      <button type="button" class="secondary" data-timeline-page="1">${t('audit.laterSteps')}</button>
    </nav>
  </section>`;
}

/** Pages through the steps (all, or only those that fell short), keeping the focus on the pager. */
export function wireTimeline(root, steps, nameOf) {
  const section = root.querySelector('#timeline-section');
  const body = section.querySelector('tbody');
  const position = section.querySelector('#timeline-position');
  const [earlier, later] = section.querySelectorAll('[data-timeline-page]');
  const onlyShortfalls = section.querySelector('#only-shortfalls');
  let page = 0;
  const shown = () => (onlyShortfalls?.checked ? steps.filter(fellShort) : steps);
  const draw = () => {
    const rows = shown();
    const pages = Math.max(1, Math.ceil(rows.length / STEPS_PER_PAGE));
    page = Math.min(Math.max(page, 0), pages - 1);
    const slice = rows.slice(page * STEPS_PER_PAGE, (page + 1) * STEPS_PER_PAGE);
    body.innerHTML = slice.length ? slice.map((step) => stepRow(step, nameOf)).join('') : `<tr><td colspan="7">${t('audit.noSteps')}</td></tr>`;
    position.textContent = rows.length
      ? t('audit.stepsShown')
          .replace('{from}', page * STEPS_PER_PAGE + 1)
          .replace('{to}', page * STEPS_PER_PAGE + slice.length)
          .replace('{total}', rows.length)
      : '';
    earlier.disabled = page === 0;
    later.disabled = page >= pages - 1;
    section.querySelector('.pager').hidden = pages === 1;
  };
  const turn = (button, delta) => {
    page += delta;
    draw();
    // A button that has just been disabled would drop the focus to the page's start: move it to the other one.
    if (button.disabled) (button === earlier ? later : earlier).focus();
  };
  earlier.addEventListener('click', () => turn(earlier, -1));
  later.addEventListener('click', () => turn(later, 1));
  onlyShortfalls?.addEventListener('change', () => {
    page = 0;
    draw();
  });
  draw();
}
