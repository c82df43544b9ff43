// A framework agreement's page (#/f/<id>): the framework as officers, its organisations and auditors read it
// (framework/sections.js) and its records (case/documents.js, for those who read the framework's case), then the
// moves the API says the caller may make (framework/moves.js), and links to its timeline and its printable dossier.
import {
  actionPlansSection,
  conferencesSection,
  meetingsSection,
  organisationsSection,
  overviewSection,
  partnershipsSection,
  reviewsSection,
  steeringGroupSection,
  tasksSection,
  versionsSection,
  warningsSection,
} from '../framework/sections.js';
import { frameworkMovesSection, wireFrameworkMoves } from '../framework/moves.js';
import { loadRecords, recordsSection, wireRecords } from '../case/documents.js';
import { api, app, date, escape, label, notify, principal, sek, state, statusRegion, t } from '../ui.js';

/** The partnerships within the framework; null until that route answers (404 before it is served). */
async function partnershipsWithin(id) {
  try {
    return (await api('GET', `/frameworks/${id}/partnerships`)).items;
  } catch (error) {
    if (error.status === 404) return null;
    throw error;
  }
}

export async function frameworkPage(id, view) {
  const who = principal();
  const caseRef = { collection: 'frameworks', id };
  const [f, answer, partnerships, records] = await Promise.all([
    api('GET', `/frameworks/${id}`),
    api('GET', `/frameworks/${id}/available-moves`),
    partnershipsWithin(id),
    loadRecords(caseRef),
  ]);
  const moves = answer.moves ?? answer;
  const ui = frameworkUi(who);
  const nothing = who.role === 'auditor' ? t('readOnly') : t('nothingToDo');
  if (
    !view(`<h1>${escape(f.title)}</h1>
    <p class="fw-links"><a href="#/f/${escape(f.id)}/timeline">${t('fw.timeline')}</a> · <button type="button" class="link" id="fw-dossier">${t('fw.dossier')}</button></p>
    ${overviewSection(f)}${warningsSection(f)}${tasksSection(f)}${organisationsSection(f, who)}${steeringGroupSection(f)}${meetingsSection(f)}
    ${conferencesSection(f)}${actionPlansSection(f)}${reviewsSection(f)}${versionsSection(f)}${partnershipsSection(partnerships)}
    ${recordsSection(records, who)}
    <section class="fw-section" aria-labelledby="fw-moves-heading"><h2 id="fw-moves-heading">${t('yourMoves')}</h2>
    <div id="moves">${frameworkMovesSection(f, moves, ui) || `<p>${nothing}</p>`}</div></section>`)
  )
    return;
  document.getElementById('fw-dossier').addEventListener('click', () => openDossier(id));
  const done = async () => {
    await frameworkPage(id, view);
    notify(t('saved'));
  };
  wireFrameworkMoves(app, moves, ui, done);
  const recordsRoot = app.querySelector('#case-records');
  if (recordsRoot) wireRecords(recordsRoot, caseRef, done);
}

/** The printable dossier, fetched with the token and opened in a new window. */
export async function openDossier(id) {
  const response = await fetch(`/frameworks/${id}/dossier`, { headers: { Authorization: `Bearer ${state.token}` } });
  if (!response.ok) return notify(t('unexpected'), 'error');
  window.open(URL.createObjectURL(await response.blob()), '_blank');
}

const frameworkUi = (who) => ({
  api,
  t,
  label,
  escape,
  date,
  sek,
  notify,
  who,
  lang: () => state.lang,
  clearStatus: () => (statusRegion.innerHTML = ''),
});
