import { stockholmTime } from '../common/stockholm-time';
import type { PartnershipResponse } from '../partnerships/dto/partnership.response';
import { type Block, fields, heading, paragraph, table } from '../records/printable/printable';
import { sv } from '../web/web-labels';

/**
 * The head of the dossier as a diarium wants it: the case's diarienummer, the parties, the phase, the period of
 * the agreement and when it was printed; then the parties with their standing.
 */
export function headerBlocks(p: PartnershipResponse, diarienummer: string | null, exportedAt: string): Block[] {
  const agreement = p.agreement ?? p.agreements[p.agreements.length - 1];
  return [
    fields([
      ['Diarienummer', diarienummer ?? 'Inget diarienummer är angivet för ärendet'],
      ['Offentlig part', p.publicParty.name],
      ['Idéburna organisationer', p.organisations.map((o) => `${o.name} (${o.organisationNumber})`).join(', ')],
      ['Fas', sv('PHASES', p.phase)],
      ['Avtalsperiod', agreement ? `${agreement.startDate} – ${agreement.endDate}` : 'Inget avtal är undertecknat'],
      ['Utskriven', `${stockholmTime(exportedAt)} (svensk tid)`],
      ['Partnerskapets id', p.id],
    ]),
    ...(p.frameworkId ? [paragraph(`Ingånget inom överenskommelsen ${p.frameworkTitle ?? p.frameworkId} (${p.frameworkId}).`)] : []),
    heading('Parter'),
    table(
      ['Part', 'Organisationsnummer', 'Status'],
      [
        [p.publicParty.name, '', sv('RESPONSIBLE_KINDS', 'PUBLIC')],
        ...p.organisations.map((o) => [o.name, o.organisationNumber, sv('ORGANISATION_STATUSES', o.status)]),
      ],
    ),
  ];
}
