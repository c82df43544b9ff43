// Where the process is: the phases in their order, the current one marked, and what it waits for and from whom.
import { END_REASONS, PHASES, ROUND_KINDS, TASKS } from '../labels.js';
import { date, escape, label, principal, t } from '../ui.js';
import { fill, isOverdue, partyNameOf, section } from './common.js';

const ORDER = Object.keys(PHASES);

/**
 * A phase is done once the process has moved past it; an ended partnership has done those it has steps in (one
 * ended by a rejection never reached the signature), and the others were never reached. Implementation records no
 * step of its own until a follow-up, so a signed agreement says it was reached.
 */
function phaseStates(p) {
  const current = ORDER.indexOf(p.phase);
  const visited = new Set(p.steps.map((s) => s.phase));
  if (p.agreements.length) visited.add('IMPLEMENTATION');
  return ORDER.map((phase, index) => {
    if (phase === p.phase) return 'current';
    if (p.ended) return visited.has(phase) ? 'done' : 'skipped';
    return index < current ? 'done' : 'coming';
  });
}

export function stepperSection(p) {
  const states = phaseStates(p);
  const steps = ORDER.map(
    (phase, index) => `<li class="case-step case-step-${states[index]}"${states[index] === 'current' ? ' aria-current="step"' : ''}>
      <span class="case-step-name">${escape(label(PHASES, phase))}</span>
      <span class="case-step-state">${escape(t(phase === 'ENDED' && states[index] === 'current' ? 'case.step.ended' : `case.step.${states[index]}`))}</span></li>`,
  ).join('');
  // The detail is the people's own words (a termination's or a rejection's reasons); when no organisation is left,
  // the engine's fixed sentence in both languages says no more than the reason's label.
  const detail = p.ended?.detail && p.ended.reason !== 'NO_ORGANISATIONS_LEFT' ? ` ${escape(p.ended.detail)}` : '';
  const ended = p.ended
    ? `<p class="notice case-ended" id="case-ended">${fill('case.endedHow', { reason: label(END_REASONS, p.ended.reason), date: date(p.ended.at) })}${detail}</p>`
    : '';
  // An amendment or a renewal drafts again while the agreement stays in force: the stepper is back at drafting.
  const change =
    !p.ended && p.agreement && (p.round.kind === 'AMENDMENT' || p.round.kind === 'RENEWAL') && p.round.number > p.agreement.round
      ? `<p id="case-change">${fill('case.changeUnderWay', { kind: label(ROUND_KINDS, p.round.kind), number: p.round.number, date: date(p.round.openedAt) })}</p>`
      : '';
  return section(
    'where',
    t('case.where'),
    `<ol class="case-stepper" aria-label="${escape(t('case.phases'))}">${steps}</ol>${ended}${change}${waitingFor(p)}`,
  );
}

/** The open tasks: whose, what, by when; the overdue ones marked in words, not by colour alone. */
function waitingFor(p) {
  const party = partyNameOf(p);
  const open = p.tasks.filter((x) => x.status === 'OPEN').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  // A representative sees only their own organisation's tasks (the API's rule); the page says so rather than "none".
  const own = principal()?.role === 'organisation_rep' ? `<p class="muted">${escape(t('case.ownTasksOnly'))}</p>` : '';
  if (!open.length) return `<h3>${escape(t('case.waitsFor'))}</h3><p>${escape(p.ended ? t('case.nothingWaitsEnded') : t('noTasks'))}</p>${own}`;
  const what = (x) => `${label(TASKS, x.type)}${x.ref && /^\d+$/.test(x.ref) ? ` (${t('version').toLowerCase()} ${x.ref})` : ''}`;
  return `<h3>${escape(t('case.waitsFor'))}</h3>
    <table class="case-tasks"><caption>${escape(t('case.openTasksCaption'))}</caption>
    <thead><tr><th scope="col">${escape(t('case.fromWhom'))}</th><th scope="col">${escape(t('task'))}</th><th scope="col">${escape(t('due'))}</th></tr></thead>
    <tbody>${open
      .map(
        (x) => `<tr><td>${escape(party(x.addressedTo))}</td><td>${escape(what(x))}</td>
      <td>${date(x.dueDate)}${isOverdue(x.dueDate) ? ` <strong class="overdue">${escape(t('overdue'))}</strong>` : ''}</td></tr>`,
      )
      .join('')}</tbody></table>${own}`;
}
