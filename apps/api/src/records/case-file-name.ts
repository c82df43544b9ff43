/**
 * A case's file names as a diarium files them: `IOP-<diarienummer>-<what>` ("IOP-RS-2026-00321-tidslinje.csv"), the
 * diarienummer's characters that file systems refuse or read as folders (/ \ : * ? " < > |, control characters) and
 * its spaces as dashes; the partnership's id where the case has no diarienummer yet. One rule for every export (the
 * dossier, the timeline, the agreement, the archive package), so that the files of one case sort together.
 */
export function caseFileStem(diarienummer: string | null, partnershipId: string): string {
  const safe = diarienummer
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    ?.replace(/[\\/:*?"<>|\u0000-\u001f\u007f\s]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return safe || partnershipId;
}

export const caseFileName = (diarienummer: string | null, partnershipId: string, what: string): string =>
  `IOP-${caseFileStem(diarienummer, partnershipId)}-${what}`;
