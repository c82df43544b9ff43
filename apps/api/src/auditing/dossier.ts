import type { ChainVerification, StoredCheckpoint, TimelineEntry } from '@iop/database';
import type { DecisionAppeal, DecisionOutcome, ParticipationLevel, Phase } from '@iop/domain';
import type { PartnershipResponse } from '../partnerships/dto/partnership.response';
import { phaseLevelsSection, profilesSection } from './dossier-party-and-levels';
import { legalBasisSectionSv } from './legal-basis-section';
import { stateAidSectionSv } from './state-aid-section';

// Keyed by the domain's types, so that a phase, level or outcome added there fails to compile here without its name.
const LEVEL_SV: Record<ParticipationLevel, string> = {
  INFORMATION: 'Information',
  CONSULTATION: 'Samråd',
  DIALOGUE: 'Dialog',
  PARTNERSHIP: 'Partnerskap',
};
const PHASE_SV: Record<Phase, string> = {
  PROBLEM_DEFINITION: 'Gemensam problemformulering',
  DIALOGUE: 'Dialog',
  DRAFTING: 'Utformning av avtal',
  POLITICAL_APPROVAL: 'Politiskt beslut',
  SIGNATURE: 'Undertecknande',
  IMPLEMENTATION: 'Genomförande och uppföljning',
  ENDED: 'Avslutat',
};
const OUTCOME_SV: Record<DecisionOutcome, string> = { APPROVED: 'Godkänt', REJECTED: 'Avslag', RETURNED: 'Återremiss' };

/** The Swedish name of a value read from a row (a plain string there), or the value itself if it has none. */
/** The appeal of a decision in a sentence: the court, its case, when lodged, and the ruling once it came. */
function appealSv(appeal: DecisionAppeal | undefined): string {
  if (!appeal) return '–';
  const ruling = appeal.outcome
    ? ` ${appeal.outcome === 'UPHELD' ? 'Beslutet står fast' : 'Beslutet upphävt'} ${appeal.decidedOn}.`
    : ' Väntar på avgörande.';
  return `${appeal.court}, mål ${appeal.caseNumber}, inkom ${appeal.lodgedOn}.${ruling}`;
}

function inSwedish<K extends string>(names: Record<K, string>, value: string): string {
  return Object.hasOwn(names, value) ? names[value as K] : value;
}

export interface Dossier {
  partnership: PartnershipResponse;
  timeline: TimelineEntry[];
  verification: ChainVerification;
  /** The partnership chain's signed checkpoints, oldest first: with the public key, they verify off the machine. */
  checkpoints: StoredCheckpoint[];
  exportedAt: string;
}

const CSV_COLUMNS: (keyof TimelineEntry)[] = ['at', 'kind', 'phase', 'party', 'action', 'levelAimedFor', 'levelReached', 'actor'];

/** The timeline as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read å, ä, ö). */
export function timelineCsv(timeline: TimelineEntry[]): string {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [[...CSV_COLUMNS, 'detail'].join(','), ...timeline.map((e) => [...CSV_COLUMNS.map((c) => cell(e[c])), cell(e.detail)].join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const escape = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const partyName = (p: PartnershipResponse, key: string | null): string => {
  if (!key) return '';
  if (key === 'PUBLIC') return p.publicParty.name;
  if (key === 'JOINT') return 'Gemensamt';
  return p.organisations.find((o) => o.organisationNumber === key)?.name ?? key;
};

/** The last signed checkpoint in words: which link it fixes, when, with which key, and whether it still holds. */
function checkpointSv(verification: ChainVerification, checkpoints: StoredCheckpoint[]): string {
  const c = checkpoints[checkpoints.length - 1];
  if (!c) return 'Ingen signerad kontrollpunkt ännu.';
  // Without `verification.checkpoint` the links broke first and the checkpoint was not compared.
  const holds = verification.checkpoint ? (verification.checkpoint.holds ? ' Kedjan stämmer med den.' : ' Kedjan stämmer inte med den.') : '';
  return `Senaste signerade kontrollpunkt (av ${checkpoints.length}): länk ${escape(c.seq)}, ${escape(c.signedAt)}, nyckel ${escape(c.keyId)}.${holds}`;
}

/**
 * Each party's notice (uppsägning), its date and its effect: the public party's (and under rules 1 and 2 any
 * party's) ends the agreement for everyone; an organisation's own (rules version 3) ends only its participation.
 */
function noticeRows(p: PartnershipResponse): unknown[][] {
  const rows: unknown[][] = (p.leavings ?? []).map((l) => [
    partyName(p, l.party),
    l.noticeGivenAt,
    l.effectiveDate,
    l.leftAt ? 'Organisationen har lämnat avtalet; det fortsätter för de övriga' : 'Organisationen lämnar avtalet; det fortsätter för de övriga',
    l.reason,
  ]);
  if (p.termination) {
    const t = p.termination;
    rows.push([partyName(p, t.by), t.noticeGivenAt, t.effectiveDate, 'Avtalet upphör för alla parter', t.reason]);
  }
  return rows;
}

/** The printable report (HTML made for print) with Swedish headings. */
export function dossierHtml({ partnership: p, timeline, verification, checkpoints, exportedAt }: Dossier): string {
  const steps = p.steps;
  const table = (headings: string[], rows: unknown[][]) =>
    `<table><thead><tr>${headings.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;
  const amendments = p.agreements.filter((a) => a.previousRound !== undefined);
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${escape(p.title)} – akt</title>
<style>
  body { font-family: Georgia, serif; margin: 2cm; color: #111; }
  h1 { font-size: 20pt; } h2 { font-size: 14pt; border-bottom: 1px solid #444; margin-top: 1.5em; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; } th, td { border: 1px solid #999; padding: 3px 5px; text-align: left; vertical-align: top; }
  @media print { h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
</style></head><body>
<h1>${escape(p.title)}</h1>
<p>Idéburet offentligt partnerskap. Fas: ${escape(PHASE_SV[p.phase])}. Utskriven ${escape(exportedAt)}.</p>
${p.frameworkId ? `<p>Ingånget inom överenskommelsen ${escape(p.frameworkTitle ?? p.frameworkId)} (${escape(p.frameworkId)}).</p>` : ''}
<h2>Parter</h2>
${table(['Part', 'Organisationsnummer', 'Status'], [[p.publicParty.name, '', 'Offentlig part'], ...p.organisations.map((o) => [o.name, o.organisationNumber, o.status])])}
${profilesSection(p, table)}
${phaseLevelsSection(p, table, PHASE_SV, LEVEL_SV)}
<h2>Faser och steg</h2>
${table(
  ['Tid', 'Fas', 'Steg', 'Ansvarig part', 'Eftersträvad delaktighetsnivå', 'Uppnådd delaktighetsnivå', 'Utförd av'],
  steps.map((s) => [
    s.occurredAt,
    inSwedish(PHASE_SV, s.phase),
    s.action,
    partyName(p, s.responsibleOrganisationNumber ?? s.responsibleKind),
    s.levelAimedFor ? inSwedish(LEVEL_SV, s.levelAimedFor) : '–',
    s.levelReached ? inSwedish(LEVEL_SV, s.levelReached) : '–',
    s.actor,
  ]),
)}
${legalBasisSectionSv(p.legalBasis, table, escape)}
${stateAidSectionSv(p.stateAid, p.deMinimisDeclarations, (key) => partyName(p, key), table, escape)}
<h2>Politiska beslut</h2>
${table(
  [
    'Organ',
    'Sammanträde',
    'Diarienummer',
    'Paragraf',
    'Utfall',
    'Motivering',
    'Justerat',
    'Anslaget',
    'Sista dag för överklagande',
    'Laga kraft',
    'Överklagande',
    'Undertecknas före laga kraft',
  ],
  p.decisions.map((d) => [
    d.body,
    d.meetingDate,
    d.diarienummer,
    d.paragraph,
    OUTCOME_SV[d.outcome],
    d.reasons ?? '',
    d.protocolApprovedOn ?? '–',
    d.announcedOn ?? '–',
    d.lastDayOfAppeal ?? '–',
    d.legalForceOn ?? '–',
    appealSv(d.appeal),
    d.signingBeforeLegalForce ? `Ja: ${d.signingBeforeLegalForce.reason}` : '–',
  ]),
)}
<h2>Underskrifter</h2>
${table(
  ['Part', 'Firmatecknare', 'Tid', 'Avtalsversion'],
  p.signatures.map((s) => [partyName(p, s.party), s.signatoryName, s.signedAt, s.draftVersion]),
)}
<h2>Uppföljningar</h2>
${table(
  ['År', 'Förfallodag', 'Rapporter', 'Gemensamt möte'],
  p.followUps.map((f) => [f.year, f.dueDate, f.reports.map((r) => partyName(p, r.party)).join(', '), f.meetingId ? 'Hållet' : 'Inte hållet']),
)}
<h2>Uppsägningar</h2>
${noticeRows(p).length ? table(['Part', 'Uppsagt', 'Gäller från', 'Verkan', 'Skäl'], noticeRows(p)) : '<p>Ingen part har sagt upp avtalet.</p>'}
<h2>Ändringar och förnyelser</h2>
${
  amendments.length
    ? table(
        ['Avtalsrunda', 'Föregående runda', 'Startdatum', 'Slutdatum'],
        amendments.map((a) => [a.round, a.previousRound, a.startDate, a.endDate]),
      )
    : '<p>Inga ändringar eller förnyelser.</p>'
}
<h2>Verifiering av hashkedjan</h2>
<p>${verification.valid ? `Kedjan är obruten (${verification.links} länkar).` : `Kedjan är bruten vid länk ${escape(verification.firstBrokenLink?.seq)} (${escape(verification.firstBrokenLink?.table)} ${escape(verification.firstBrokenLink?.id)}).`}</p>
<p>${checkpointSv(verification, checkpoints)}</p>
<p>Händelser i tidslinjen: ${timeline.length}.</p>
</body></html>
`;
}
