import type { SignatoryBasis } from '@iop/database';
import { stockholmTime } from '../common/stockholm-time';
import type { DecisionAppealResponse, DecisionResponse, PartnershipResponse } from '../partnerships/dto/partnership.response';
import { type Block, fields, heading, paragraph, subheading, table } from '../records/printable/printable';
import { sv } from '../web/web-labels';
import { partyNamer } from './dossier-words';
import type { DossierSignature } from './signature-authority';

/** The appeal of a decision in a sentence: the court, its case, when lodged, and the ruling once it came. */
function appealSv(appeal: DecisionAppealResponse | undefined): string {
  if (!appeal) return '';
  const ruling = appeal.outcome ? ` Domstolens avgörande ${appeal.decidedOn}: ${sv('APPEAL_OUTCOMES', appeal.outcome)}.` : ' Väntar på avgörande.';
  return `${appeal.court}, mål ${appeal.caseNumber}, inkom ${appeal.lodgedOn}.${ruling}`;
}

function decisionBlocks(d: DecisionResponse): Block[] {
  return [
    subheading(`Beslut ${d.seq}: ${d.body} ${d.meetingDate}, ${d.paragraph}`),
    fields([
      ['Organ', d.body],
      ['Sammanträde', d.meetingDate],
      ['Diarienummer', d.diarienummer],
      ['Paragraf', d.paragraph],
      ['Utfall', sv('DECISION_OUTCOMES', d.outcome)],
      ['Avtalsversion', String(d.draftVersion)],
      ...(d.reasons ? ([['Motivering', d.reasons]] as [string, string][]) : []),
      ['Protokollet justerat', d.protocolApprovedOn ?? ''],
      ['Anslaget', d.announcedOn ?? ''],
      ['Sista dag för överklagande', d.lastDayOfAppeal ?? ''],
      ['Laga kraft', d.legalForceOn ?? ''],
      ['Överklagande', appealSv(d.appeal)],
      ['Undertecknas före laga kraft', d.signingBeforeLegalForce ? `Ja: ${d.signingBeforeLegalForce.reason}` : 'Nej'],
      ['Infört', stockholmTime(d.recordedAt)],
    ]),
  ];
}

/** The political decisions, each with its dates of justering, anslag, appeal and legal force where recorded. */
export function decisionsBlocks(p: PartnershipResponse): Block[] {
  return [
    heading('Politiska beslut'),
    ...(p.decisions.length ? p.decisions.flatMap(decisionBlocks) : [paragraph('Inget politiskt beslut är infört.')]),
  ];
}

/** On what authority, in words: the kind of basis, its reference, its date and (a delegation order's) paragraph. */
function authoritySv(basis: SignatoryBasis | null): string {
  if (!basis) return 'Ingen bekräftad firmatecknare med det namnet i registret den dagen';
  return [`${sv('BASIS_KINDS', basis.kind)}: ${basis.reference}`, basis.date, basis.paragraph].filter(Boolean).join(', ');
}

/**
 * Who signed for which party, when, on what authority, and which version; with the SHA-256 of the document each
 * signed where the signature records it (on lines of their own: a digest does not fit a table's column).
 */
export function signatureBlocks(p: PartnershipResponse, signatures: DossierSignature[]): Block[] {
  const nameOf = partyNamer(p);
  const signed = signatures.filter((s) => s.documentSha256);
  return [
    heading('Underskrifter'),
    table(
      ['Part', 'Undertecknat av', 'Tid (svensk tid)', 'Avtalsversion', 'Befogenhet'],
      signatures.map((s) => [nameOf(s.party), s.signatoryName, stockholmTime(s.signedAt), String(s.draftVersion), authoritySv(s.authority)]),
      'Ingen part har undertecknat ännu.',
    ),
    ...(signed.length
      ? [
          subheading('Undertecknade dokument (SHA-256)'),
          fields(signed.map((s) => [`${nameOf(s.party)}, version ${s.draftVersion}`, s.documentSha256!])),
        ]
      : []),
  ];
}
