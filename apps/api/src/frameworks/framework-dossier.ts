import type { ChainVerification, StoredCheckpoint, TimelineEntry } from '@iop/database';
import { stockholmTime } from '../common/stockholm-time';
import { sv } from '../web/web-labels';
import type { FrameworkResponse } from './dto/framework.response';

export interface FrameworkDossier {
  framework: FrameworkResponse;
  timeline: TimelineEntry[];
  verification: ChainVerification;
  checkpoints: StoredCheckpoint[];
  exportedAt: string;
}

/** What a timeline entry did: a step's action, a task's type, a command's route (as the framework's timeline names them). */
function frameworkActionSv(e: TimelineEntry): string {
  if (e.kind === 'STEP') return sv('FRAMEWORK_STEP_ACTIONS', e.action);
  if (e.kind === 'TASK_OPENED') return sv('FRAMEWORK_TASK_TYPES', e.action);
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

/** The printable report of a framework agreement (HTML made for print) with Swedish headings. */
export function frameworkDossierHtml({ framework: f, timeline, verification, checkpoints, exportedAt }: FrameworkDossier): string {
  const partyName = (key: string | null): string => {
    if (!key) return '';
    if (key === 'PUBLIC') return f.publicParty.name;
    if (key === f.sectorRepresentative.organisationNumber) return f.sectorRepresentative.name;
    return f.members.find((m) => m.organisationNumber === key)?.name ?? key;
  };
  const last = checkpoints[checkpoints.length - 1];
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${escape(f.title)} – akt</title>
<style>
  body { font-family: Georgia, serif; margin: 2cm; color: #111; }
  h1 { font-size: 20pt; } h2 { font-size: 14pt; border-bottom: 1px solid #444; margin-top: 1.5em; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; } th, td { border: 1px solid #999; padding: 3px 5px; text-align: left; vertical-align: top; }
  @media print { h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
</style></head><body>
<h1>${escape(f.title)}</h1>
<p>Överenskommelse. Status: ${escape(sv('FRAMEWORK_STATUSES', f.status))}. Version i kraft: ${escape(f.versionInForce ?? '–')}. Nästa översyn senast: ${escape(f.reviewDueBy ?? '–')}. Utskriven ${escape(stockholmTime(exportedAt))} (svensk tid).</p>
<h2>Parter</h2>
${table(
  ['Part', 'Organisationsnummer', 'Roll'],
  [
    [f.publicParty.name, '', 'Offentlig part'],
    [f.sectorRepresentative.name, f.sectorRepresentative.organisationNumber, 'Företrädare för idéburen sektor'],
  ],
)}
<h2>Versioner och beslut</h2>
${table(
  ['Version', 'Status', 'Period', 'Beslut'],
  f.versions.map((v) => [
    v.version,
    sv('FRAMEWORK_VERSION_STATUSES', v.status),
    `${v.period.start} – ${v.period.end ?? ''}`,
    v.decisions.map((d) => `${d.body} ${d.meetingDate} ${d.diarienummer} ${d.paragraph}: ${sv('DECISION_OUTCOMES', d.outcome)}`).join('; '),
  ]),
)}
<h2>Principer och åtaganden</h2>
${table(
  ['Version', 'Princip', 'Åtagande', 'Gäller'],
  f.versions.flatMap((v) =>
    v.principles.flatMap((p) => p.commitments.map((c) => [v.version, sv('PRINCIPLES', p.principle), c.text, sv('COMMITMENT_HOLDERS', c.heldBy)])),
  ),
)}
<h2>Anslutna organisationer</h2>
${table(
  ['Organisation', 'Organisationsnummer', 'Status', 'Ansluten', 'Utträdd'],
  f.members.map((m) => [m.name, m.organisationNumber, sv('MEMBERSHIP_STATUSES', m.status), m.joinedOn ?? '', m.leftOn ?? '']),
)}
<h2>Samverkansgruppen</h2>
${table(
  ['Sektor', 'Namn', 'Organisation', 'Mandatperiod', 'Avgick'],
  f.steeringGroup.map((m) => [sv('SECTORS', m.sector), m.name, m.organisationName, `${m.termStart} – ${m.termEnd}`, m.endedOn ?? '']),
)}
<p>Platser: offentlig sektor ${f.seats.PUBLIC.filled} av ${f.seats.PUBLIC.seats}, idéburen sektor ${f.seats.CIVIL_SOCIETY.filled} av ${f.seats.CIVIL_SOCIETY.seats}.</p>
<h2>Möten</h2>
${table(
  ['Datum', 'Närvarande', 'Minnesanteckningar'],
  f.meetings.map((m) => [m.date, m.attendance.map((a) => `${sv('SECTORS', a.sector)}: ${a.names.join(', ')}`).join('; '), m.minutes]),
)}
<h2>Uppföljningskonferenser</h2>
${table(
  ['År', 'Datum', 'Åtaganden följda upp', 'Närvarande parter'],
  f.conferences.map((c) => [
    c.year,
    c.date,
    c.commitmentOutcomes.map((o) => `${o.commitmentId}: ${o.whatWasDone}`).join('; '),
    c.attendedBy.map(partyName).join(', '),
  ]),
)}
<h2>Handlingsplaner</h2>
${table(
  ['År', 'Utvecklingsområde', 'Åtgärd', 'Ansvarig', 'Klart senast'],
  f.actionPlans.flatMap((p) => p.actions.map((a) => [p.year, sv('DEVELOPMENT_AREAS', a.developmentArea), a.description, a.responsible, a.dueDate])),
)}
<h2>Översyner</h2>
${table(
  ['Organ', 'Sammanträde', 'Diarienummer', 'Paragraf', 'Utfall'],
  f.reviews.map((r) => [r.body, r.meetingDate, r.diarienummer, r.paragraph, sv('REVIEW_OUTCOMES', r.reviewOutcome)]),
)}
<h2>Varningar</h2>
${table(
  ['År', 'Varning', 'Åtgärdad'],
  f.warnings.map((w) => [w.year, w.message.sv, stockholmTime(w.clearedAt)]),
)}
<h2>Tidslinje</h2>
${table(
  ['Tid (svensk tid)', 'Slag', 'Part', 'Händelse', 'Utförd av'],
  timeline.map((e) => [stockholmTime(e.at), sv('TIMELINE_KINDS', e.kind), partyName(e.party), frameworkActionSv(e), e.actor ?? '']),
)}
<h2>Verifiering av hashkedjan</h2>
<p>${verification.valid ? `Kedjan är obruten (${verification.links} länkar).` : `Kedjan är bruten vid länk ${escape(verification.firstBrokenLink?.seq)}.`}</p>
<p>${last ? `Senaste signerade kontrollpunkt (av ${checkpoints.length}): länk ${escape(last.seq)}, ${escape(stockholmTime(last.signedAt))}.` : 'Ingen signerad kontrollpunkt ännu.'}</p>
</body></html>
`;
}
