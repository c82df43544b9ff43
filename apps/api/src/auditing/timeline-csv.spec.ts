import type { TimelineEntry } from '@iop/database';
import type { PartnershipResponse } from '../partnerships/dto/partnership.response';
import { timelineCsv } from './timeline-csv';

const PARTNERSHIP = {
  publicParty: { name: 'Region Skåne' },
  organisations: [{ name: 'Föreningen "Vi; tillsammans"', organisationNumber: '802456-1238' }],
} as PartnershipResponse;

const entry = (fields: Partial<TimelineEntry>): TimelineEntry => ({
  at: '2026-03-12T13:05:00.000Z',
  kind: 'STEP',
  phase: 'DIALOGUE',
  party: 'PUBLIC',
  action: 'WRITTEN_INPUT_SUBMITTED',
  levelAimedFor: 'DIALOGUE',
  levelReached: 'CONSULTATION',
  actor: 'anna@region.example',
  detail: {},
  ...fields,
});

const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');

describe('the timeline as CSV for Swedish Excel', () => {
  it('starts with a byte-order mark and the Swedish headers, cells between semicolons, lines ending CRLF', () => {
    const csv = timelineCsv([entry({})], PARTNERSHIP);
    expect(csv.startsWith('\uFEFFTidpunkt;Händelse;Fas;Part;Åtgärd;Eftersträvad nivå;Uppnådd nivå;Utförd av;Detaljer\r\n')).toBe(true);
    expect(rows(csv)[1]).toBe('2026-03-12 14:05;Steg;Dialog;Region Skåne;Skriftligt inspel;Dialog;Samråd;anna@region.example;');
  });

  it('quotes a cell holding the separator or a quote, doubling the quote', () => {
    const csv = timelineCsv([entry({ party: '802456-1238' })], PARTNERSHIP);
    expect(rows(csv)[1]).toContain(';Dialog;"Föreningen ""Vi; tillsammans""";Skriftligt inspel;');
  });

  it('keeps a typed text that begins like a formula a text, so that opening the file runs nothing', () => {
    const csv = timelineCsv([entry({ actor: '=HYPERLINK("http://example.org")' })], PARTNERSHIP);
    expect(rows(csv)[1]).toContain(`;"'=HYPERLINK(""http://example.org"")";`);
  });

  it('names a closed task by its type and how it closed, and a command by its outcome', () => {
    const csv = timelineCsv(
      [
        entry({
          kind: 'TASK_CLOSED',
          action: 'SUBMIT_FOLLOW_UP_REPORT_DONE',
          phase: 'IMPLEMENTATION',
          detail: { taskId: 'T7', dueDate: '2027-03-31' },
        }),
        entry({
          kind: 'AUDIT',
          action: 'POST /partnerships/:id/signatures',
          phase: null,
          detail: { outcome: 'REFUSED', statusCode: 403, requestId: 'r-1' },
        }),
      ],
      PARTNERSHIP,
    );
    expect(rows(csv)[1]).toContain(';Uppgift avslutad;Genomförande och uppföljning;Region Skåne;Lämna uppföljningsrapport: Genomfört;');
    expect(rows(csv)[1]).toContain(';Uppgift T7, senast 2027-03-31');
    expect(rows(csv)[2]).toContain(';Kommando i granskningsloggen;;Region Skåne;POST /partnerships/:id/signatures;');
    expect(rows(csv)[2]).toContain(';Avvisat (403), begäran r-1');
  });
});
