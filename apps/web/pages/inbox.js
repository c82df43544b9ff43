// The representative's inbox ("Mina uppgifter"): the tasks addressed to their organisation, across every kind of
// process, soonest due first. A table on wide screens; on a phone each row stacks into a card (styles/overviews.css),
// the explicit roles keeping it a table for screen readers when CSS changes how it is laid out.
import { FRAMEWORK_TASK_TYPES, INITIATIVE_TASK_TYPES, PROCESS_KINDS, TASKS } from '../labels.js';
import { api, date, escape, label, principal, t } from '../ui.js';

/** Where each kind of process is answered: one inbox lists the tasks of every kind. */
const PROCESS_PAGES = { PARTNERSHIP: (id) => `#/p/${id}`, FRAMEWORK_AGREEMENT: (id) => `#/f/${id}`, INITIATIVE: (id) => `#/i/${id}` };
/** The names of each kind's tasks. */
const TASK_LABELS = { PARTNERSHIP: TASKS, FRAMEWORK_AGREEMENT: FRAMEWORK_TASK_TYPES, INITIATIVE: INITIATIVE_TASK_TYPES };

export async function inboxPage(view) {
  const who = principal();
  const tasks = await api('GET', `/organisations/${who.organisationNumber}/tasks`);
  const cell = (heading, html) => `<td role="cell" data-heading="${escape(heading)}">${html}</td>`;
  view(`<h1>${t('inbox')}</h1>
    <p><a href="#/mine">${t('minePartnerships')}</a></p>
    ${
      tasks.length === 0
        ? `<p>${t('noTasks')}</p>`
        : `<table role="table" class="stacked"><caption class="muted">${t('inboxCaption')}</caption>
      <thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">${t('task')}</th><th role="columnheader" scope="col">${t('process')}</th><th role="columnheader" scope="col">${t('due')}</th><th role="columnheader" scope="col"><span class="muted">${t('open')}</span></th></tr></thead>
      <tbody role="rowgroup">${tasks
        .map(
          (
            task,
          ) => `<tr role="row" class="${task.overdue ? 'row-overdue' : ''}">${cell(t('task'), escape(label(TASK_LABELS[task.processKind] ?? TASKS, task.type)))}
        ${cell(t('process'), `${escape(task.processTitle)} <span class="muted">(${escape(label(PROCESS_KINDS, task.processKind))})</span>`)}
        ${cell(t('due'), `<time datetime="${escape(task.dueDate)}">${date(task.dueDate)}</time>${task.overdue ? ` <strong class="overdue">${t('overdue')}</strong>` : ''}`)}
        ${cell(t('open'), `<a href="${PROCESS_PAGES[task.processKind](task.processId)}">${t('answer')}<span class="muted"> – ${escape(task.processTitle)}</span></a>`)}</tr>`,
        )
        .join('')}</tbody></table>`
    }`);
}
