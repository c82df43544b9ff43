// A partnership's page: its parties, tasks, drafts and decisions, and the moves the API says the caller may make.
import { DECISION_OUTCOMES, END_REASONS, ORGANISATION_STATUSES, PHASES, TASKS } from '../labels.js';
import { movesSection, wireMoves } from '../moves.js';
import { api, app, date, escape, label, notify, principal, sek, state, statusRegion, t } from '../ui.js';

export async function partnershipPage(id, view) {
  // What the caller may do comes from the API, which asks the domain's rules: the page shows exactly that.
  const [p, moves] = await Promise.all([api('GET', `/partnerships/${id}`), api('GET', `/partnerships/${id}/available-moves`)]);
  const party = (key) =>
    key === 'PUBLIC' ? p.publicParty.name : key === 'JOINT' ? t('joint') : (p.organisations.find((o) => o.organisationNumber === key)?.name ?? key);
  const ui = movesUi();
  const nothing = principal().role === 'auditor' ? t('readOnly') : t('nothingToDo');
  if (
    !view(`<h1>${escape(p.title)}</h1>
    <p>${t('phase')}: <strong id="phase">${escape(label(PHASES, p.phase))}</strong>${p.ended ? ` — ${escape(label(END_REASONS, p.ended.reason))}` : ''}</p>
    <h2>${t('parties')}</h2>
    <ul><li>${escape(p.publicParty.name)} (${t('publicParty')})</li>${p.organisations.map((o) => `<li>${escape(o.name)}, ${escape(o.organisationNumber)} — ${escape(label(ORGANISATION_STATUSES, o.status))}</li>`).join('')}</ul>
    <h2>${t('openTasks')}</h2>
    ${
      p.tasks
        .filter((x) => x.status === 'OPEN')
        .map((x) => `<p>${escape(label(TASKS, x.type))} — ${escape(party(x.addressedTo))}, ${t('due')} ${date(x.dueDate)}</p>`)
        .join('') || `<p>${t('noTasks')}</p>`
    }
    ${
      p.drafts.length
        ? `<h2>${t('drafts')}</h2><table><thead><tr><th scope="col">${t('version')}</th><th scope="col">${t('purpose')}</th><th scope="col">${t('grantSek')}</th><th scope="col">${t('period')}</th></tr></thead><tbody>
      ${p.drafts.map((d) => `<tr><td>${d.version}</td><td>${escape(d.purpose)}</td><td>${sek(d.contributions.find((c) => c.party === 'PUBLIC')?.amountSek ?? 0)}</td><td>${date(d.startDate)} – ${date(d.endDate)}</td></tr>`).join('')}</tbody></table>`
        : ''
    }
    ${p.decisions.length ? `<h2>${t('decisions')}</h2>${p.decisions.map((d) => `<p>${escape(d.body)} ${date(d.meetingDate)}, ${escape(d.diarienummer)} ${escape(d.paragraph)}: ${escape(label(DECISION_OUTCOMES, d.outcome))}</p>`).join('')}` : ''}
    <h2>${t('yourMoves')}</h2>
    <div id="moves">${movesSection(p, moves, ui) || `<p>${nothing}</p>`}</div>`)
  )
    return;
  wireMoves(app, moves, ui, async () => {
    // Confirm only once the page shows the new state, so that what the person reads next is current.
    await partnershipPage(id, view);
    notify(t('saved'));
  });
}

/** What the moves module uses of this app, passed in so that it imports nothing back from it. */
const movesUi = () => ({
  api,
  t,
  label,
  escape,
  date,
  sek,
  notify,
  who: principal(),
  lang: () => state.lang,
  clearStatus: () => (statusRegion.innerHTML = ''),
});
