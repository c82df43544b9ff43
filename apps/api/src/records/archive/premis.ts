import type { ArchiveFile } from './archive-file';
import { el, xmlDocument } from './xml-writer';

export const PREMIS_VERSION = '3.0';
const PREMIS_NAMESPACE = 'http://www.loc.gov/premis/v3';

/** A file the preservation metadata describes, with the name it had when it reached the engine. */
export interface PreservedFile {
  file: ArchiveFile;
  originalName: string;
}

/**
 * The package's preservation metadata (PREMIS 3): one object per file of the representation with its fixity
 * (SHA-256), size and format, the event of the package's creation that links them all, and the software that
 * performed it. The identifiers are the files' paths in the package, which METS names too.
 */
export function premisDocument(files: PreservedFile[], exportedAt: string, software: { name: string; version: string }): Buffer {
  const agentId = `${software.name} ${software.version}`;
  const identifier = (kind: 'object' | 'event' | 'agent', value: string) =>
    el(`premis:${kind}Identifier`, {}, el(`premis:${kind}IdentifierType`, {}, 'local'), el(`premis:${kind}IdentifierValue`, {}, value));
  const linking = (kind: 'Agent' | 'Object', value: string, role?: string) =>
    el(
      `premis:linking${kind}Identifier`,
      {},
      el(`premis:linking${kind}IdentifierType`, {}, 'local'),
      el(`premis:linking${kind}IdentifierValue`, {}, value),
      role && el(`premis:linking${kind}Role`, {}, role),
    );
  return xmlDocument(
    el(
      'premis:premis',
      {
        'xmlns:premis': PREMIS_NAMESPACE,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': `${PREMIS_NAMESPACE} https://www.loc.gov/standards/premis/v3/premis.xsd`,
        version: PREMIS_VERSION,
      },
      files.map(({ file, originalName }) =>
        el(
          'premis:object',
          { 'xsi:type': 'premis:file' },
          identifier('object', file.path),
          el(
            'premis:objectCharacteristics',
            {},
            el('premis:compositionLevel', {}, 0),
            el(
              'premis:fixity',
              {},
              el('premis:messageDigestAlgorithm', {}, 'SHA-256'),
              el('premis:messageDigest', {}, file.sha256),
              el('premis:messageDigestOriginator', {}, software.name),
            ),
            el('premis:size', {}, file.sizeBytes),
            el('premis:format', {}, el('premis:formatDesignation', {}, el('premis:formatName', {}, file.mediaType))),
          ),
          el('premis:originalName', {}, originalName),
        ),
      ),
      el(
        'premis:event',
        {},
        identifier('event', `information-package-creation-${exportedAt}`),
        el('premis:eventType', {}, 'information package creation'),
        el('premis:eventDateTime', {}, exportedAt),
        el('premis:eventOutcomeInformation', {}, el('premis:eventOutcome', {}, 'success')),
        linking('Agent', agentId, 'executing program'),
        files.map(({ file }) => linking('Object', file.path, 'source')),
      ),
      el(
        'premis:agent',
        {},
        identifier('agent', agentId),
        el('premis:agentName', {}, software.name),
        el('premis:agentType', {}, 'software'),
        el('premis:agentVersion', {}, software.version),
      ),
    ),
  );
}
