// What is coming in the caller's partnerships, month by month: tasks due, the yearly follow-ups, the ends of the
// agreements in force and the political decisions, from GET /reports/calendar. Dates in the chosen language's
// format (Swedish by default: "januari 2028", "1 jan. 2028").
import { clearFieldErrors, showFieldErrors } from '../form-errors.js';
import { DECISION_OUTCOMES, TASKS } from '../labels.js';
import { api, date, escape, label, locale, t } from '../ui.js';

const monthOf = (day) => new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

function what(entry, partyName) {
  switch (entry.kind) {
    case 'TASK_DUE':
      return `${escape(label(TASKS, entry.taskType))} <span class="muted">(${escape(partyName(entry.addressedTo))})</span>`;
    case 'FOLLOW_UP':
      return `${t('calendarFollowUp')} ${escape(entry.followUpYear)}`;
    case 'AGREEMENT_ENDS':
      return t('calendarAgreementEnds');
    default:
      return `${t('calendarDecision')}: ${escape(entry.decision.body)} ${escape(entry.decision.paragraph)}, ${escape(entry.decision.diarienummer)} – ${escape(label(DECISION_OUTCOMES, entry.decision.outcome))}`;
  }
}

export async function calendarPage(view, query) {
  const params = new URLSearchParams(query ?? '');
  const asked = Object.fromEntries(['from', 'to'].flatMap((k) => (params.get(k) ? [[k, params.get(k)]] : [])));
  let calendar = null;
  let refusal = null;
  try {
    calendar = await api('GET', `/reports/calendar?${new URLSearchParams(asked)}`);
  } catch (error) {
    // 400: a day that is none; 422: a range backwards or too long. Both name the field beside its input.
    if (error.status !== 400 && error.status !== 422) throw error;
    refusal = error.data;
  }
  // The public party is 'PUBLIC' in a task; organisations are named by their number.
  const partyName = (key) => (key === 'PUBLIC' ? t('publicParty') : key);
  const months = new Map();
  for (const entry of calendar?.entries ?? []) {
    const month = entry.date.slice(0, 7);
    if (!months.has(month)) months.set(month, []);
    months.get(month).push(entry);
  }
  const list = [...months]
    .map(
      ([month, entries]) => `<section aria-labelledby="month-${month}"><h2 id="month-${month}">${escape(monthOf(`${month}-01`))}</h2>
      <ul class="calendar-list">${entries
        .map(
          (e) => `<li class="calendar-${e.kind.toLowerCase()}"><time datetime="${escape(e.date)}">${date(e.date)}</time>
          <span class="calendar-kind">${t(`calendarKind.${e.kind}`)}</span>
          <span>${what(e, partyName)} – <a href="#/p/${e.partnershipId}">${escape(e.partnershipTitle)}</a></span></li>`,
        )
        .join('')}</ul></section>`,
    )
    .join('');
  const from = calendar?.from ?? asked.from ?? '';
  const to = calendar?.to ?? asked.to ?? '';
  if (
    !view(`<h1>${t('calendar')}</h1>
    <form id="calendar-range" class="filters" novalidate>
      <div><label for="calendar-from">${t('calendarFrom')}</label><input type="date" id="calendar-from" name="from" value="${escape(from)}"></div>
      <div><label for="calendar-to">${t('calendarTo')}</label><input type="date" id="calendar-to" name="to" value="${escape(to)}"></div>
      <div class="filter-actions"><button type="submit">${t('calendarShow')}</button></div>
    </form>
    ${calendar ? `<p class="muted">${t('calendarRange')} ${date(calendar.from)} – ${date(calendar.to)}.</p>` : ''}
    ${calendar && months.size === 0 ? `<p>${t('calendarEmpty')}</p>` : list}`)
  )
    return;
  const form = document.getElementById('calendar-range');
  if (refusal) showFieldErrors(form, refusal);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const data = new FormData(form);
    const chosen = Object.fromEntries(['from', 'to'].flatMap((k) => (data.get(k) ? [[k, String(data.get(k))]] : [])));
    location.hash = `#/calendar?${new URLSearchParams(chosen)}`;
  });
}
