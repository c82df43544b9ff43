import type { CriterionVerdict, SkrCriterion, InitiativeOutcome, InitiativeStatus, OtherForm } from '@iop/domain';
import type { InitiativeDossier } from './initiatives.service';

// Keyed by the domain's types: a value added there fails to compile here without its Swedish name.
const STATUS_SV: Record<InitiativeStatus, string> = { SUBMITTED: 'Inkommet', ASSESSING: 'Under bedömning', DECIDED: 'Beslutat' };
const OUTCOME_SV: Record<InitiativeOutcome, string> = {
  OPEN_PARTNERSHIP: 'Ett IOP öppnas',
  OTHER_FORM: 'En annan form föreslås',
  DECLINED: 'Avslaget',
};
const FORM_SV: Record<OtherForm, string> = { GRANT: 'Bidrag', PROCUREMENT: 'Upphandling' };
const VERDICT_SV: Record<CriterionVerdict, string> = { MET: 'Uppfyllt', NOT_MET: 'Ej uppfyllt', UNCLEAR: 'Oklart' };
const CRITERION_SV: Record<SkrCriterion, string> = {
  NOT_BASIC_ASSOCIATION_GRANT: 'Inte en del av föreningsbidraget (grundbidrag)',
  NOT_A_PURCHASE_CO_FINANCED: 'Inte ett köp, utan medfinansierat av båda parter',
  SHARED_NEED: 'Ett gemensamt behov av samverkan',
  POLITICAL_PROGRAMME: 'Helst en del av ett politiskt program som nämner civilsamhället',
  NOT_DETAIL_REGULATED: 'Inte detaljreglerat av den offentliga parten',
  SHARED_OWNERSHIP_AND_GOVERNANCE: 'Gemensamt engagemang, ägarskap och styrning',
  MUTUAL_IN_A_MARKET: 'På en marknad: tydligt en medfinansierad ömsesidig samverkan',
  LASTING_AND_DEVELOPING: 'Långsiktigt, och utvecklas genom gemensam uppföljning och gemensamma beslut',
};

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
<p>${escape(i.organisation.name)} (${escape(i.organisation.organisationNumber)}) till ${escape(i.publicParty.name)}. Status: ${escape(STATUS_SV[i.status])}.</p>
<h2>Utmaningen</h2><p>${escape(i.challenge)}</p>
<h2>Målgrupp</h2><p>${escape(i.targetGroup)}</p>
<h2>Det organisationen bidrar med</h2><p>${escape(i.contribution)}</p>
<h2>Bedömning mot SKR:s kriterier (2017)</h2>
${table(
  ['Kriterium', 'Bedömning', 'Kommentar', 'Av', 'Datum'],
  i.assessments.map((a) => [CRITERION_SV[a.criterion], VERDICT_SV[a.verdict], a.comment, a.assessedBy, a.assessedAt]),
)}
<h2>Beslut</h2>
${
  d
    ? `<p>${escape(OUTCOME_SV[d.outcome])}${d.otherForm ? `: ${escape(FORM_SV[d.otherForm])}` : ''}. ${escape(d.reason ?? '')}</p>${
        d.partnershipId ? `<p>Partnerskap: ${escape(d.partnershipTitle)} (${escape(d.partnershipId)})</p>` : ''
      }<p>${escape(d.decidedBy)}, ${escape(d.decidedAt)}</p>`
    : '<p>Inget beslut ännu.</p>'
}
<h2>Tidslinje</h2>
${table(
  ['Tid', 'Slag', 'Part', 'Händelse', 'Eftersträvad nivå', 'Uppnådd nivå', 'Av'],
  timeline.map((e) => [e.at, e.kind, e.party, e.action, e.levelAimedFor, e.levelReached, e.actor]),
)}
<p>Utdrag ${escape(exportedAt)}</p>
</body></html>`;
}
