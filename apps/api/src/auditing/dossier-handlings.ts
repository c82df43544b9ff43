import { handlingDiarienummer, type HandlingRow } from '@iop/database';
import type { Principal } from '@iop/identity';
import { type Block, heading, paragraph, table } from '../records/printable/printable';
import { mayRead } from '../records/handling-view';
import { sv } from '../web/web-labels';

/** A handling (registered document) as the dossier lists it for one reader. */
export interface DossierHandling {
  number: number;
  /** The case's diarienummer and the handling's number ("RS 2026/12-3"); null while the case has none. */
  diarienummer: string | null;
  datedOn: string;
  origin: string;
  documentKind: string;
  /** Sender (inkommen) or recipient (upprättad). */
  counterpart: string;
  /** Null where the handling is secrecy-marked and this reader may not see what it says of itself. */
  subject: string | null;
  /** The OSL provision it is marked under; null when it is not marked. */
  secrecyProvision: string | null;
  contentSha256: string;
  registeredAt: string;
}

/** The case's handlingar in their order, each marked one's subject left out for a reader who may not see it. */
export function handlingsFor(rows: HandlingRow[], caseDiarienummer: string | null, reader: Principal): DossierHandling[] {
  return rows.map((h) => ({
    number: h.number,
    diarienummer: handlingDiarienummer(caseDiarienummer, h.number),
    datedOn: h.datedOn,
    origin: h.origin,
    documentKind: h.documentKind,
    counterpart: h.counterpart,
    subject: mayRead(h, reader, reader.organisationNumber) ? h.subject : null,
    secrecyProvision: h.secrecyProvision,
    contentSha256: h.contentSha256,
    registeredAt: new Date(h.registeredAt).toISOString(),
  }));
}

/** The list of handlingar as a diarium keeps it (offentlighets- och sekretesslagen 5 kap. 1 §). */
export function handlingBlocks(handlings: DossierHandling[]): Block[] {
  return [
    heading('Handlingar'),
    table(
      ['Nummer', 'Datum', 'Inkommen eller upprättad', 'Avsändare eller mottagare', 'Slag av handling', 'Rubrik', 'Sekretess'],
      handlings.map((h) => [
        h.diarienummer ?? `Nr ${h.number}`,
        h.datedOn,
        sv('HANDLING_ORIGINS', h.origin),
        h.counterpart,
        sv('DOCUMENT_KINDS', h.documentKind),
        h.subject ?? 'Visas inte: handlingen är sekretessmarkerad',
        h.secrecyProvision ? `Sekretessmarkerad, ${h.secrecyProvision}` : '',
      ]),
      'Inga handlingar är registrerade i ärendet.',
    ),
    ...(handlings.some((h) => h.diarienummer === null)
      ? [paragraph('Ärendet har inget diarienummer ännu: handlingarna står med sina nummer i ärendet.')]
      : []),
  ];
}
