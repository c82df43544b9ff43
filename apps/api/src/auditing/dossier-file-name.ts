/**
 * An export's file name as a diarium files it: `IOP-<diarienummer>-<what>` ("IOP-RS-2026-00321-tidslinje.csv"),
 * the diarienummer's characters that file systems refuse or read as folders (/ \ : * ? " < > |, control characters)
 * and its spaces as dashes; the partnership's id where the case has no diarienummer yet.
 */
export function dossierFileName(diarienummer: string | null, partnershipId: string, what: string): string {
  const safe = diarienummer
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    ?.replace(/[\\/:*?"<>|\u0000-\u001f\u007f\s]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `IOP-${safe || partnershipId}-${what}`;
}
