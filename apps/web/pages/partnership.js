// A partnership's page: the whole case as the parties and the auditor read it (where the process is and what it
// waits for, the problem definition, the dialogue, every draft version and what changed, the decisions, the
// agreement and its signatures, the follow-ups, the case's records; apps/web/case/), then the moves the API says the
// caller may make.
import { agreementSection, decisionsSection, followUpsSection } from '../case/agreement.js';
import { wireAgreementDocuments } from '../case/agreement-document.js';
import { dialogueSection, partiesSection, problemDefinitionSection } from '../case/dialogue.js';
import { draftsSection } from '../case/drafts.js';
import { loadRecords, recordsSection, wireRecords } from '../case/documents.js';
import { phaseLevelsSection, profilesSection } from '../case/party-and-levels.js';
import { legalBasisSection } from '../case/legal-basis.js';
import { stateAidSection } from '../case/state-aid.js';
import { stepperSection } from '../case/stepper.js';
import { movesSection, PARTY_MOVES, partyMovesSection, wireMoves, wirePartyMoves } from '../moves.js';
import { api, app, date, escape, label, notify, principal, sek, state, statusRegion, t } from '../ui.js';

/** The case's sections in reading order: where it stands and its parties (with their own moves), then the process's own order. */
const PARTY_SECTIONS = [stepperSection, partiesSection, profilesSection, phaseLevelsSection];
const CASE_SECTIONS = [
  problemDefinitionSection,
  dialogueSection,
  legalBasisSection,
  stateAidSection,
  draftsSection,
  decisionsSection,
  agreementSection,
  followUpsSection,
];

export async function partnershipPage(id, view) {
  // What the caller may do comes from the API, which asks the domain's rules: the page shows exactly that.
  const caseRef = { collection: 'partnerships', id };
  const [p, listed, records] = await Promise.all([
    api('GET', `/partnerships/${id}`),
    api('GET', `/partnerships/${id}/available-moves`),
    loadRecords(caseRef),
  ]);
  const moves = listed.filter((m) => !PARTY_MOVES.has(m.type));
  const partyMoves = listed.filter((m) => PARTY_MOVES.has(m.type));
  const ui = movesUi();
  const within = await frameworkOf(p);
  const nothing = principal().role === 'auditor' ? t('readOnly') : t('nothingToDo');
  if (
    !view(`<h1>${escape(p.title)}</h1>${within}
    ${PARTY_SECTIONS.map((render) => render(p)).join('')}
    ${partyMoves.length ? `<div id="party-moves">${partyMovesSection(p, partyMoves, ui)}</div>` : ''}
    ${CASE_SECTIONS.map((render) => render(p)).join('')}
    ${recordsSection(records, principal())}
    <p><a href="#/levels/${escape(p.id)}">${t('levelsOfPartnership')}</a>${
      // The officer's way to the case's exports and its archive package (the auditor's list leads there already).
      principal().role === 'officer' ? ` · <a href="#/audit/${escape(p.id)}">${t('arc.toAudit')}</a>` : ''
    }</p>
    <h2>${t('yourMoves')}</h2>
    <div id="moves">${movesSection(p, moves, ui) || `<p>${nothing}</p>`}</div>`)
  )
    return;
  const done = async () => {
    // Confirm only once the page shows the new state, so that what the person reads next is current.
    await partnershipPage(id, view);
    notify(t('saved'));
  };
  wireMoves(app.querySelector('#moves'), moves, ui, done);
  wireAgreementDocuments(app, id);
  const recordsRoot = app.querySelector('#case-records');
  if (recordsRoot) wireRecords(recordsRoot, caseRef, done);
  if (partyMoves.length) wirePartyMoves(app.querySelector('#party-moves'), partyMoves, ui, done);
}

/** The framework agreement the partnership is entered within, linked; '' when it is within none. */
async function frameworkOf(p) {
  if (!p.frameworkId) return '';
  const title =
    p.framework?.title ??
    (await api('GET', `/frameworks/${p.frameworkId}`).then(
      (f) => f.title,
      () => p.frameworkId,
    ));
  return `<p class="fw-within">${t('fw.withinFramework')}: <a href="#/f/${escape(p.frameworkId)}">${escape(title)}</a></p>`;
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
