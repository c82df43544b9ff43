import type { DeMinimisDeclaration, StateAidAssessment } from '@iop/domain';
import { stockholmTime } from '../common/stockholm-time';
import { type Block, heading, paragraph, subheading, table } from '../records/printable/printable';
import { sv } from '../web/web-labels';
import { kronor } from './dossier-words';

/**
 * The dossier's "Statsstöd": the assessment in force with what its conclusion rests on, the aid per organisation,
 * each organisation's declaration of its other de minimis aid, and the earlier versions it replaced.
 */
export function stateAidBlocks(
  versions: StateAidAssessment[] | undefined,
  declarations: DeMinimisDeclaration[] | undefined,
  partyName: (party: string) => string,
): Block[] {
  const current = versions?.[versions.length - 1];
  if (!current) return [heading('Statsstöd'), paragraph('Ingen statsstödsbedömning är införd.')];
  const earlier = versions!.slice(0, -1).map((v) => `version ${v.version} (${stockholmTime(v.recordedAt)})`);
  const basis = current.entrustmentReference
    ? [paragraph(`Överlåtelseakt: ${current.entrustmentReference}`)]
    : current.otherLegalBasis
      ? [paragraph(`Rättslig grund: ${current.otherLegalBasis}`)]
      : [];
  const aid = current.aid?.length
    ? [
        subheading('Stöd per organisation'),
        table(
          ['Organisation', 'Stöd'],
          current.aid.map((a) => [partyName(a.organisationNumber), kronor(a.amountSek)]),
        ),
      ]
    : [];
  const declared = declarations?.length
    ? [
        subheading('Försäkran om annat stöd av mindre betydelse'),
        table(
          ['Organisation', 'Lämnad', 'Stödgivare', 'Datum', 'Belopp', 'Valuta'],
          declarations.flatMap((d) =>
            d.none
              ? [[partyName(d.organisationNumber), stockholmTime(d.declaredAt), 'Inget annat stöd', '', '', '']]
              : d.aids.map((a) => [
                  partyName(d.organisationNumber),
                  stockholmTime(d.declaredAt),
                  a.grantingBody,
                  a.grantedOn,
                  new Intl.NumberFormat('sv-SE').format(a.amount),
                  sv('AID_CURRENCIES', a.currency),
                ]),
          ),
        ),
      ]
    : [];
  return [
    heading('Statsstöd'),
    paragraph(`Version ${current.version}, införd ${stockholmTime(current.recordedAt)}.${earlier.length ? ` Ersätter ${earlier.join(', ')}.` : ''}`),
    paragraph(sv('STATE_AID_CONCLUSIONS', current.conclusion)),
    ...basis,
    subheading('Skäl'),
    paragraph(current.reasons),
    ...aid,
    ...declared,
  ];
}
