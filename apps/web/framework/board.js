// The officer's board's part on framework agreements: each of their public party's frameworks that warns (the
// steering group's meetings behind, the review overdue) or waits for them (open tasks), said in words: the
// warnings by name, and each open task by name with its due date (the list counts the tasks; the framework's
// own answer names them).
import { FRAMEWORK_TASK_TYPES } from '../labels.js';
import { warningsLine } from '../pages/frameworks.js';
import { api, date, escape, label, t } from '../ui.js';
import { today } from './common.js';

/** The framework's open tasks, soonest due first; none when it cannot be read (the board still shows the rest). */
async function openTasksOf(item) {
  if (!item.openTasks) return [];
  try {
    const { tasks } = await api('GET', `/frameworks/${item.id}`);
    return tasks.filter((task) => task.status === 'OPEN').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  } catch {
    return [];
  }
}

const taskLine = (task) =>
  `<li>${escape(label(FRAMEWORK_TASK_TYPES, task.type))}: ${t('due')} <time datetime="${escape(task.dueDate)}">${date(task.dueDate)}</time>${
    task.dueDate < today() ? ` <strong class="overdue">${t('overdue')}</strong>` : ''
  }</li>`;

/** The board's section, or '' when no framework needs the officer (or the frameworks cannot be read). */
export async function frameworksOnBoard(who) {
  let items;
  try {
    ({ items } = await api('GET', `/frameworks?${new URLSearchParams({ publicParty: who.publicParty })}`));
  } catch {
    return '';
  }
  const needing = items.filter((f) => (f.warnings ?? []).length > 0 || f.openTasks > 0);
  if (!needing.length) return '';
  const tasks = await Promise.all(needing.map(openTasksOf));
  const entry = (f, i) =>
    `<li><a href="#/f/${escape(f.id)}">${escape(f.title)}</a>${warningsLine(f)}${
      tasks[i].length ? `<p>${t('fw.openTasks')}:</p><ul>${tasks[i].map(taskLine).join('')}</ul>` : ''
    }</li>`;
  return `<section aria-labelledby="fw-board-heading" class="late fw-board"><h2 id="fw-board-heading">${t('fw.onBoard')} (${needing.length})</h2>
    <ul class="late-list">${needing.map(entry).join('')}</ul></section>`;
}
