// The representative's inbox: the tasks addressed to their organisation, across every kind of process.
import { PROCESS_KINDS, TASKS } from '../labels.js';
import { api, date, escape, label, principal, t } from '../ui.js';

/** Where each kind of process is answered: one inbox lists the tasks of every kind. */
const PROCESS_PAGES = { PARTNERSHIP: (id) => `#/p/${id}` };

export async function inboxPage(view) {
  const who = principal();
  const tasks = await api('GET', `/organisations/${who.organisationNumber}/tasks`);
  view(`<h1>${t('inbox')}</h1>
    ${
      tasks.length === 0
        ? `<p>${t('noTasks')}</p>`
        : `<table><caption class="muted">${t('inboxCaption')}</caption>
      <thead><tr><th scope="col">${t('task')}</th><th scope="col">${t('process')}</th><th scope="col">${t('due')}</th><th scope="col"><span class="muted">${t('open')}</span></th></tr></thead>
      <tbody>${tasks
        .map(
          (task) => `<tr><td>${escape(label(TASKS, task.type))}</td>
        <td>${escape(task.processTitle)} <span class="muted">(${escape(label(PROCESS_KINDS, task.processKind))})</span></td>
        <td>${date(task.dueDate)}${task.overdue ? ` <span class="overdue">${t('overdue')}</span>` : ''}</td>
        <td><a href="${PROCESS_PAGES[task.processKind](task.processId)}">${t('answer')}<span class="muted"> – ${escape(task.processTitle)}</span></a></td></tr>`,
        )
        .join('')}</tbody></table>`
    }`);
}
