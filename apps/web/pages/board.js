// The officer's board: what is late first (partnerships with overdue tasks, soonest due first, with their due
// dates), then the partnerships of their public party by phase, each with whom it waits for and by when. The
// filters (phase, organisation, level reached, overdue) stay in the address: #/board?phase=DIALOGUE&page=2.
import { PHASES, TASKS } from '../labels.js';
import { frameworksOnBoard } from '../framework/board.js';
import { date, escape, label, principal, t } from '../ui.js';
import { bindFilterForm, filteredPage, filterForm } from './partnership-list.js';

// The phases in the domain's order, which labels.js keeps (apps/web/labels.spec.ts).
const PHASES_ORDER = Object.keys(PHASES);

/** Overdue first, then the soonest due, then those that wait for nobody. */
export const byUrgency = (a, b) =>
  b.overdueTasks - a.overdueTasks || (a.nextDueDate ?? '9999').localeCompare(b.nextDueDate ?? '9999') || a.title.localeCompare(b.title, 'sv');

/** "Senast 16 dec. 2026" and, when past, "Försenad (2 uppgifter)": in words, not in colour only. */
export function dueLine(p) {
  if (!p.nextDueDate) return '';
  const late =
    p.overdueTasks > 0
      ? ` <strong class="overdue">${t('overdue')} (${p.overdueTasks} ${t(p.overdueTasks === 1 ? 'taskOne' : 'taskMany')})</strong>`
      : '';
  return `<p class="due">${t('nextDue')}: <time datetime="${escape(p.nextDueDate)}">${date(p.nextDueDate)}</time>${late}</p>`;
}

function card(p) {
  return `<div class="card${p.overdueTasks > 0 ? ' card-overdue' : ''}"><p><a href="#/p/${p.id}">${escape(p.title)}</a></p>
    <p class="muted">${t('waitsFor')}: ${p.waitingFor.length ? p.waitingFor.map(escape).join(', ') : t('nobody')}</p>
    ${dueLine(p)}
    <p class="card-links"><a href="#/levels/${p.id}">${t('levelsOfPartnership')}<span class="visually-hidden"> – ${escape(p.title)}</span></a></p></div>`;
}

export async function boardPage(view, page, query) {
  const filters = query;
  const [{ items, pager, refusal }, late, frameworks] = await Promise.all([
    filteredPage('#/board', filters, page, 100),
    // What is late, whatever page of the board is shown: the overdue ones under the same filters.
    filteredPage('#/board', { ...filters, overdue: 'true' }, 1, 100),
    frameworksOnBoard(principal()),
  ]);
  const overdue = [...late.items].sort(byUrgency);
  const lateSection = `<section aria-labelledby="late-heading" class="late"><h2 id="late-heading">${t('lateHeading')} (${overdue.length})</h2>
    ${
      overdue.length === 0
        ? `<p>${t('nothingLate')}</p>`
        : `<ol class="late-list">${overdue
            .map(
              (p) => `<li><a href="#/p/${p.id}">${escape(p.title)}</a> <span class="muted">(${escape(label(PHASES, p.phase))})</span>
            <ul>${p.openTasks
              // Soonest due first: the overdue ones are the first of them.
              .slice(0, p.overdueTasks)
              .map(
                (task) =>
                  `<li>${escape(label(TASKS, task.type))}: ${t('due')} <time datetime="${escape(task.dueDate)}">${date(task.dueDate)}</time></li>`,
              )
              .join('')}</ul></li>`,
            )
            .join('')}</ol>`
    }</section>`;
  const columns = PHASES_ORDER.map((phase) => {
    const cards = items
      .filter((p) => p.phase === phase)
      .sort(byUrgency)
      .map(card);
    return `<section class="column" aria-labelledby="col-${phase}"><h2 id="col-${phase}">${escape(label(PHASES, phase))} (${cards.length})</h2>${cards.join('')}</section>`;
  });
  if (
    !view(`<h1>${t('board')}</h1>${filterForm('#/board', filters)}
      <p class="board-links"><a href="#/calendar">${t('calendar')}</a> · <a href="#/levels">${t('levelsAcross')}</a></p>
      ${refusal ? '' : lateSection}${frameworks}<div class="board">${columns.join('')}</div>${pager}`)
  )
    return;
  bindFilterForm('#/board', refusal);
}
