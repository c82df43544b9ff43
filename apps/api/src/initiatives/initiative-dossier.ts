import type { TimelineEntry } from '@iop/database';
import { stockholmTime } from '../common/stockholm-time';
import { sv } from '../web/web-labels';
import type { InitiativeDossier } from './initiatives.service';

/** What a timeline entry did: a step's action, a task's type, a command's route (as the initiative's timeline names them). */
function initiativeActionSv(e: TimelineEntry): string {
  if (e.kind === 'STEP') return sv('INITIATIVE_STEP_ACTIONS', e.action);
  if (e.kind === 'TASK_OPENED') return sv('INITIATIVE_TASK_TYPES', e.action);
  return e.action;
}

const escape = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const table = (headings: string[], rows: unknown[][]): string =>
  rows.length === 0
    ? '<p>Inga uppgifter.</p>'
    : `<table><thead><tr>${headings.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;

/** The printable report of an initiative: what it proposed, each criterion's assessment, the decision, the timeline. */
export function initiativeDossierHtml({ initiative: i, timeline, exportedAt }: InitiativeDossier): string {
  const d = i.decision;
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Initiativ: ${escape(i.title)}</title></head><body>
<h1>Initiativ: ${escape(i.title)}</h1>
<p>${escape(i.organisation.name)} (${escape(i.organisation.organisationNumber)}) till ${escape(i.publicParty.name)}. Status: ${escape(sv('INITIATIVE_STATUSES', i.status))}.</p>
<h2>Utmaningen</h2><p>${escape(i.challenge)}</p>
<h2>Målgrupp</h2><p>${escape(i.targetGroup)}</p>
<h2>Det organisationen bidrar med</h2><p>${escape(i.contribution)}</p>
<h2>Bedömning mot SKR:s kriterier (2017)</h2>
${table(
  ['Kriterium', 'Bedömning', 'Kommentar', 'Av', 'Datum'],
  i.assessments.map((a) => [
    sv('SKR_CRITERIA', a.criterion),
    sv('CRITERION_ASSESSMENTS', a.verdict),
    a.comment,
    a.assessedBy,
    stockholmTime(a.assessedAt),
  ]),
)}
<h2>Beslut</h2>
${
  d
    ? `<p>${escape(sv('INITIATIVE_OUTCOMES', d.outcome))}${d.otherForm ? `: ${escape(sv('OTHER_FORMS', d.otherForm))}` : ''}. ${escape(d.reason ?? '')}</p>${
        d.partnershipId ? `<p>Partnerskap: ${escape(d.partnershipTitle)} (${escape(d.partnershipId)})</p>` : ''
      }<p>${escape(d.decidedBy)}, ${escape(stockholmTime(d.decidedAt))}</p>`
    : '<p>Inget beslut ännu.</p>'
}
<h2>Tidslinje</h2>
${table(
  ['Tid (svensk tid)', 'Slag', 'Part', 'Händelse', 'Eftersträvad nivå', 'Uppnådd nivå', 'Av'],
  timeline.map((e) => [
    stockholmTime(e.at),
    sv('TIMELINE_KINDS', e.kind),
    e.party === 'PUBLIC' ? i.publicParty.name : e.party === i.organisation.organisationNumber ? i.organisation.name : e.party,
    initiativeActionSv(e),
    sv('LEVELS', e.levelAimedFor),
    sv('LEVELS', e.levelReached),
    e.actor,
  ]),
)}
<p>Utdrag ${escape(stockholmTime(exportedAt))} (svensk tid)</p>
</body></html>`;
}
