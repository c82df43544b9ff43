import type { EndReason, PublicRegisterEntry, RegisterStatus } from '@iop/domain';
import { swedishCsv } from '../common/swedish-csv';

/** The register's codes as the published file says them (the web's words; typed by the domain's lists, so none is missed). */
const STATUS_SV: Record<RegisterStatus, string> = { IN_FORCE: 'Gällande', ENDED: 'Avslutat' };
const END_REASON_SV: Record<EndReason, string> = {
  EXPIRED: 'Avtalstiden löpte ut',
  TERMINATED: 'Uppsagt',
  REJECTED: 'Avslaget i det politiska beslutet',
  NO_ORGANISATIONS_LEFT: 'Ingen organisation deltar längre',
};

const HEADERS = [
  'Titel',
  'Status',
  'Offentlig part',
  'Idéburna organisationer',
  'Syfte',
  'Gäller från',
  'Gäller till',
  'Avslutat den',
  'Orsak till avslut',
  'Offentligt bidrag totalt (kr)',
  'Offentligt bidrag per år (kr)',
  'Beslutande organ',
  'Beslutsdatum',
  'Beslutets diarienummer',
  'Paragraf',
  'Ärendets diarienummer',
];

/** Several values of one cell (the organisations, the years) on lines of their own, as a spreadsheet shows them. */
const lines = (values: string[]) => values.join('\n');

/** The register as `IOP-register.csv`: one row per IOP, Swedish headers. */
export function registerCsv(entries: PublicRegisterEntry[]): string {
  return swedishCsv(
    HEADERS,
    entries.map((e) => [
      e.title,
      STATUS_SV[e.status],
      e.publicParty,
      lines(e.organisations.map((o) => `${o.name} (${o.organisationNumber})${o.leftOn ? `, utträdde ${o.leftOn}` : ''}`)),
      e.purpose,
      e.period.start,
      e.period.end,
      e.ended?.on,
      e.ended && END_REASON_SV[e.ended.reason],
      e.publicGrant.totalSek,
      lines(e.publicGrant.perYear.map((y) => `${y.year}: ${y.amountSek}`)),
      e.decision?.body,
      e.decision?.meetingDate,
      e.decision?.diarienummer,
      e.decision?.paragraph,
      e.caseDiarienummer,
    ]),
  );
}

export const REGISTER_CSV_FILE_NAME = 'IOP-register.csv';
