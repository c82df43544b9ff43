import type { DeMinimisDeclaration, StateAidAssessment, StateAidConclusion } from '@iop/domain';

// Keyed by the domain's type, so that a conclusion added there fails to compile here without its name.
const CONCLUSION_SV: Record<StateAidConclusion, string> = {
  NO_ECONOMIC_ACTIVITY: 'Ingen ekonomisk verksamhet (inget statsstöd)',
  DE_MINIMIS: 'Stöd av mindre betydelse (förordning (EU) 2023/2831)',
  SGEI_DE_MINIMIS: 'Stöd av mindre betydelse för tjänster av allmänt ekonomiskt intresse (förordning (EU) 2023/2832)',
  SGEI_ENTRUSTMENT: 'Tjänst av allmänt ekonomiskt intresse med överlåtelseakt',
  OTHER: 'Annan rättslig grund',
};

type Table = (headings: string[], rows: unknown[][]) => string;

/**
 * The dossier's "Statsstöd": the assessment in force with what its conclusion rests on, the aid per organisation,
 * each organisation's declaration of its other de minimis aid, and the earlier versions it replaced.
 */
export function stateAidSectionSv(
  versions: StateAidAssessment[] | undefined,
  declarations: DeMinimisDeclaration[] | undefined,
  partyName: (party: string) => string,
  table: Table,
  escape: (v: unknown) => string,
): string {
  const current = versions?.[versions.length - 1];
  if (!current) return '<h2>Statsstöd</h2>\n<p>Ingen statsstödsbedömning är införd.</p>';
  const earlier = versions!.slice(0, -1).map((v) => `version ${v.version} (${v.recordedAt})`);
  const basis = current.entrustmentReference
    ? `<p>Överlåtelseakt: ${escape(current.entrustmentReference)}</p>`
    : current.otherLegalBasis
      ? `<p>Rättslig grund: ${escape(current.otherLegalBasis)}</p>`
      : '';
  const aid = current.aid?.length
    ? `<h3>Stöd per organisation</h3>\n${table(
        ['Organisation', 'Stöd (kronor)'],
        current.aid.map((a) => [partyName(a.organisationNumber), a.amountSek]),
      )}`
    : '';
  const declared = declarations?.length
    ? `<h3>Försäkran om annat stöd av mindre betydelse</h3>\n${table(
        ['Organisation', 'Lämnad', 'Stödgivare', 'Datum', 'Belopp', 'Valuta'],
        declarations.flatMap((d) =>
          d.none
            ? [[partyName(d.organisationNumber), d.declaredAt, 'Inget annat stöd', '–', '–', '–']]
            : d.aids.map((a) => [partyName(d.organisationNumber), d.declaredAt, a.grantingBody, a.grantedOn, a.amount, a.currency]),
        ),
      )}`
    : '';
  return `<h2>Statsstöd</h2>
<p>Version ${escape(current.version)}, införd ${escape(current.recordedAt)}.${earlier.length ? ` Ersätter ${escape(earlier.join(', '))}.` : ''}</p>
<p><strong>${escape(CONCLUSION_SV[current.conclusion])}</strong></p>
${basis}
<h3>Skäl</h3>
<p>${escape(current.reasons)}</p>
${aid}
${declared}`;
}
