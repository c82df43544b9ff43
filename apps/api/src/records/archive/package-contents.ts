import { extensionOf } from '@iop/domain';
import type { HandlingRow } from '@iop/database';
import { renderedFile, safeFileName, type ArchiveFile } from './archive-file';
import { caseFileStem, type ArchivedCase } from './archived-case';
import { ERMS_SCHEMA_VERSION, ermsDocument } from './erms';
import { packageMets, representationMets } from './mets';
import { packageDocumentation } from './package-documentation';
import { PREMIS_VERSION, premisDocument } from './premis';

/** The one representation: the case's documents and its dossier, as the engine holds them. */
export const REPRESENTATION = 'representations/rep1';
const DATA = `${REPRESENTATION}/data`;

/** A handling's file in the package: its number (löpnummer) first, so the folder lists them in the diarium's order. */
export function handlingPath(row: Pick<HandlingRow, 'number' | 'fileName' | 'mediaType'>): string {
  return `${DATA}/${String(row.number).padStart(3, '0')}-${safeFileName(row.fileName, extensionOf(row.mediaType))}`;
}

/** The dossier as the auditing module renders it: the printable report and the timeline. */
export interface RenderedDossier {
  html: string;
  csv: string;
}

/**
 * Every file of the package in the order it is written, each path below the root folder: the package METS first
 * (an archive reading the stream meets the manifest before the files), the metadata, the documentation, the
 * representation's METS, then its data. Everything but the stored documents is rendered here, in memory (all
 * small); a stored document is read from `openDocument` only as it is written.
 */
export function packageFiles(
  c: ArchivedCase,
  dossier: RenderedDossier,
  openDocument: (row: HandlingRow) => () => AsyncIterable<Buffer>,
): ArchiveFile[] {
  const at = c.exportedAt;
  const stem = caseFileStem(c);
  const header = { createdAt: at, software: c.software, organisation: c.partnership.publicParty.name };
  const documents: ArchiveFile[] = c.handlings.map(({ row, diarienummer, path }) => ({
    path,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.contentSha256,
    created: new Date(row.registeredAt).toISOString(),
    ownerId: diarienummer ?? undefined,
    content: { stream: openDocument(row) },
  }));
  const dossierFile = renderedFile(`${DATA}/IOP-${stem}-akt.html`, 'text/html', Buffer.from(dossier.html, 'utf8'), at);
  const timelineFile = renderedFile(`${DATA}/IOP-${stem}-tidslinje.csv`, 'text/csv', Buffer.from(dossier.csv, 'utf8'), at);
  const data = [...documents, dossierFile, timelineFile];
  const originalNames = new Map(c.handlings.map((h) => [h.path, h.row.fileName]));

  const erms = renderedFile('metadata/descriptive/ERMS.xml', 'application/xml', ermsDocument(c), at);
  const premis = renderedFile(
    'metadata/preservation/premis.xml',
    'application/xml',
    premisDocument(
      data.map((file) => ({ file, originalName: originalNames.get(file.path) ?? file.path.split('/').pop()! })),
      at,
      c.software,
    ),
    at,
  );
  const documentation = renderedFile(
    'documentation/om-arkivpaketet.txt',
    'text/plain',
    packageDocumentation(c, { dossier: dossierFile.path.split('/').pop()!, timeline: timelineFile.path.split('/').pop()! }),
    at,
  );
  const repMets = renderedFile(`${REPRESENTATION}/METS.xml`, 'application/xml', representationMets({ folder: REPRESENTATION, header, data }), at);
  const rootMets = renderedFile(
    'METS.xml',
    'application/xml',
    packageMets({
      packageId: c.packageId,
      label: c.partnership.title,
      header,
      descriptive: [{ id: 'dmd-erms', file: erms, mdType: 'OTHER', otherMdType: 'ERMS', mdTypeVersion: ERMS_SCHEMA_VERSION }],
      preservation: [{ id: 'digiprov-premis', file: premis, mdType: 'PREMIS', mdTypeVersion: PREMIS_VERSION }],
      documentation: [documentation],
      representations: [{ folder: REPRESENTATION, mets: repMets }],
    }),
    at,
  );
  return [rootMets, erms, premis, documentation, repMets, ...data];
}
