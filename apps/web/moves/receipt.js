// The receipt of an accepted move, shown as the page's notice: that it is saved, who must act next (the open
// tasks of the new state) and the warnings the answer brought (a draft whose public grant is 0 kr, say).
import { TASKS } from '../labels.js';
import { partyName } from './fields.js';

/** Who must do what next, one line per party with its open tasks and the latest due date. */
function nextSteps(p, ui) {
  const { t, escape, label, date } = ui;
  const open = p.tasks.filter((task) => task.status === 'OPEN');
  if (p.ended) return `<p>${t('move.receiptEnded')}</p>`;
  if (!open.length) return `<p>${t('move.receiptNobodyWaits')}</p>`;
  const byParty = new Map();
  for (const task of open) byParty.set(task.addressedTo, [...(byParty.get(task.addressedTo) ?? []), task]);
  const lines = [...byParty].map(
    ([party, tasks]) =>
      `<li>${escape(party === 'JOINT' ? t('joint') : partyName(p, party))}: ${tasks.map((x) => `${escape(label(TASKS, x.type))} (${t('due')} ${date(x.dueDate)})`).join(', ')}</li>`,
  );
  return `<p>${t('move.receiptNext')}</p><ul>${lines.join('')}</ul>`;
}

/** The receipt's HTML; `answer` is the API's answer to the move ({ revision, phase, warnings }). */
export function receiptHtml(p, answer, ui) {
  const { t, escape, date } = ui;
  const warnings = answer?.warnings ?? [];
  const warned = warnings.length
    ? `<p>${t('move.receiptWarnings')}</p><ul>${warnings.map((w) => `<li>${escape(ui.lang() === 'en' ? w.message.en : w.message.sv)}</li>`).join('')}</ul>`
    : '';
  const ends = p.termination ? `<p>${t('move.terminationTakesEffect')} ${date(p.termination.effectiveDate)}.</p>` : '';
  // An organisation's own notice (rules version 3) ends only its part, so the receipt says the others go on.
  const leaving = (p.leavings ?? [])
    .filter((l) => !l.leftAt)
    .map((l) => `<p>${escape(partyName(p, l.party))} ${t('move.leavingTakesEffect')} ${date(l.effectiveDate)}; ${t('move.othersGoOn')}.</p>`)
    .join('');
  return `<div class="notice ok receipt" tabindex="-1"><p><strong>${t('saved')}</strong></p>${ends}${leaving}${nextSteps(p, ui)}${warned}</div>`;
}
