// The officer's board's part on framework agreements: each of their public party's frameworks that warns (the
// steering group's meetings behind, the review overdue) or waits for them (open tasks), said in words.
import { FRAMEWORK_TASK_TYPES } from '../labels.js';
import { warningsLine } from '../pages/frameworks.js';
import { api, date, escape, label, t } from '../ui.js';

/** The board's section, or '' when no framework needs the officer (or the frameworks cannot be read). */
export async function frameworksOnBoard(who) {
  let items;
  try {
    ({ items } = await api('GET', `/frameworks?${new URLSearchParams({ publicParty: who.publicParty })}`));
  } catch {
    return '';
  }
  const count = (tasks) => (Array.isArray(tasks) ? tasks.length : (tasks ?? 0));
  const needing = items.filter((f) => (f.warnings ?? []).some((w) => !w.clearedAt) || count(f.openTasks) > 0);
  if (!needing.length) return '';
  const tasksOf = (f) =>
    Array.isArray(f.openTasks)
      ? `<ul>${f.openTasks.map((task) => `<li>${escape(label(FRAMEWORK_TASK_TYPES, task.type))}: ${t('due')} <time datetime="${escape(task.dueDate)}">${date(task.dueDate)}</time></li>`).join('')}</ul>`
      : count(f.openTasks)
        ? `<p>${t('fw.openTasks')}: ${count(f.openTasks)}${count(f.overdueTasks) ? ` <strong class="overdue">${t('overdue')} (${count(f.overdueTasks)})</strong>` : ''}</p>`
        : '';
  return `<section aria-labelledby="fw-board-heading" class="late fw-board"><h2 id="fw-board-heading">${t('fw.onBoard')} (${needing.length})</h2>
    <ul class="late-list">${needing.map((f) => `<li><a href="#/f/${escape(f.id)}">${escape(f.title)}</a>${warningsLine(f)}${tasksOf(f)}</li>`).join('')}</ul></section>`;
}
