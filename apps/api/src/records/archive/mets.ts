import { hrefOf, relativeTo, type ArchiveFile } from './archive-file';
import { el, xmlDocument, type XmlElement } from './xml-writer';

/**
 * METS after E-ARK CSIP 2.1 and E-ARK SIP 2.1, which the Swedish National Archives adopted as FGS Paketstruktur 2.0.
 * The schemas are named by their published locations and not included in the package (CSIPSTR15 only recommends it).
 */
export const SIP_PROFILE = 'https://earksip.dilcis.eu/profile/E-ARK-SIP.xml';
/** The content information type: CITS ERMS 2.1 (FGS Ärendehantering 2.0), from CSIP's vocabulary. */
export const CONTENT_INFORMATION_TYPE = 'citserms_v2_1';
/** The content category, from CSIP's vocabulary: a case file holds documents of every kind. */
const CONTENT_CATEGORY = 'Mixed';

const NAMESPACES = {
  'xmlns:mets': 'http://www.loc.gov/METS/',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink',
  'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  'xmlns:csip': 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS',
  'xmlns:sip': 'https://DILCIS.eu/XML/METS/SIPExtensionMETS',
  'xsi:schemaLocation': [
    'http://www.loc.gov/METS/ http://www.loc.gov/standards/mets/mets.xsd',
    'http://www.w3.org/1999/xlink http://www.loc.gov/standards/mets/xlink.xsd',
    'https://DILCIS.eu/XML/METS/CSIPExtensionMETS https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd',
    'https://DILCIS.eu/XML/METS/SIPExtensionMETS https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd',
  ].join(' '),
};

export interface MetsHeader {
  createdAt: string;
  software: { name: string; version: string };
  /** The public party: the archival creator (arkivbildare) and the one submitting the package. */
  organisation?: string;
}

/** A metadata file the METS points at from its dmdSec or amdSec (CSIP17–44). */
export interface MetadataReference {
  id: string;
  file: ArchiveFile;
  mdType: 'PREMIS' | 'OTHER';
  otherMdType?: string;
  mdTypeVersion: string;
}

/** Every file reference carries the file's type, size, creation and SHA-256 (CSIP26–30, 68–72). */
const fileFacts = (file: ArchiveFile) => ({
  MIMETYPE: file.mediaType,
  SIZE: file.sizeBytes,
  CREATED: file.created,
  CHECKSUM: file.sha256,
  CHECKSUMTYPE: 'SHA-256',
});

const locator = (href: string) => ({ LOCTYPE: 'URL', 'xlink:type': 'simple', 'xlink:href': href });

function header({ createdAt, software, organisation }: MetsHeader): XmlElement {
  return el(
    'mets:metsHdr',
    { CREATEDATE: createdAt, RECORDSTATUS: 'NEW', 'csip:OAISPACKAGETYPE': 'SIP' },
    el(
      'mets:agent',
      { ROLE: 'CREATOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' },
      el('mets:name', {}, software.name),
      el('mets:note', { 'csip:NOTETYPE': 'SOFTWARE VERSION' }, software.version),
    ),
    organisation && el('mets:agent', { ROLE: 'ARCHIVIST', TYPE: 'ORGANIZATION' }, el('mets:name', {}, organisation)),
    organisation && el('mets:agent', { ROLE: 'CREATOR', TYPE: 'ORGANIZATION' }, el('mets:name', {}, organisation)),
  );
}

function fileElement(id: string, file: ArchiveFile, href: string): XmlElement {
  return el('mets:file', { ID: id, ...fileFacts(file), OWNERID: file.ownerId }, el('mets:FLocat', locator(href)));
}

const mdRef = (ref: MetadataReference) =>
  el('mets:mdRef', {
    ...locator(hrefOf(ref.file.path)),
    MDTYPE: ref.mdType,
    OTHERMDTYPE: ref.otherMdType,
    MDTYPEVERSION: ref.mdTypeVersion,
    ...fileFacts(ref.file),
  });

export interface PackageMetsInput {
  packageId: string;
  label: string;
  header: MetsHeader;
  descriptive: MetadataReference[];
  preservation: MetadataReference[];
  documentation: ArchiveFile[];
  /** Each representation's folder (`representations/rep1`) and its METS file. */
  representations: { folder: string; mets: ArchiveFile }[];
}

/** The package's root METS.xml: its identity, its metadata files, its documentation, and a pointer per representation. */
export function packageMets(input: PackageMetsInput): Buffer {
  const representationGroups = input.representations.map((r, i) => ({ ...r, groupId: `filegrp-rep${i + 1}`, use: useOf(r.folder) }));
  return xmlDocument(
    el(
      'mets:mets',
      {
        ...NAMESPACES,
        OBJID: input.packageId,
        LABEL: input.label,
        TYPE: CONTENT_CATEGORY,
        'csip:CONTENTINFORMATIONTYPE': CONTENT_INFORMATION_TYPE,
        PROFILE: SIP_PROFILE,
      },
      header(input.header),
      input.descriptive.map((ref) => el('mets:dmdSec', { ID: ref.id, CREATED: ref.file.created, STATUS: 'CURRENT' }, mdRef(ref))),
      input.preservation.length > 0 &&
        el(
          'mets:amdSec',
          {},
          input.preservation.map((ref) => el('mets:digiprovMD', { ID: ref.id, CREATED: ref.file.created, STATUS: 'CURRENT' }, mdRef(ref))),
        ),
      el(
        'mets:fileSec',
        { ID: 'filesec' },
        input.documentation.length > 0 &&
          el(
            'mets:fileGrp',
            { ID: 'filegrp-documentation', USE: 'Documentation' },
            input.documentation.map((file, i) => fileElement(`file-documentation-${i + 1}`, file, hrefOf(file.path))),
          ),
        representationGroups.map((r) =>
          el(
            'mets:fileGrp',
            { ID: r.groupId, USE: r.use, 'csip:CONTENTINFORMATIONTYPE': CONTENT_INFORMATION_TYPE },
            fileElement(`file-${r.groupId}-mets`, r.mets, hrefOf(r.mets.path)),
          ),
        ),
      ),
      el(
        'mets:structMap',
        { ID: 'structmap-csip', TYPE: 'PHYSICAL', LABEL: 'CSIP' },
        el(
          'mets:div',
          { ID: 'div-package', LABEL: input.packageId },
          el('mets:div', {
            ID: 'div-metadata',
            LABEL: 'Metadata',
            DMDID: input.descriptive.map((r) => r.id).join(' ') || undefined,
            ADMID: input.preservation.map((r) => r.id).join(' ') || undefined,
          }),
          input.documentation.length > 0 &&
            el('mets:div', { ID: 'div-documentation', LABEL: 'Documentation' }, el('mets:fptr', { FILEID: 'filegrp-documentation' })),
          representationGroups.map((r, i) =>
            el('mets:div', { ID: `div-rep${i + 1}`, LABEL: r.use }, el('mets:mptr', { ...locator(hrefOf(r.mets.path)), 'xlink:title': r.groupId })),
          ),
        ),
      ),
    ),
  );
}

/** `representations/rep1` is the file group and division `Representations/rep1` (CSIP64, CSIP107). */
const useOf = (folder: string) => folder.replace(/^representations\//, 'Representations/');

export interface RepresentationMetsInput {
  /** The representation's folder below the package root: `representations/rep1`. */
  folder: string;
  header: MetsHeader;
  data: ArchiveFile[];
}

/** A representation's own METS.xml: its data files, referenced from the representation's folder. */
export function representationMets({ folder, header: hdr, data }: RepresentationMetsInput): Buffer {
  const name = folder.split('/').pop()!;
  return xmlDocument(
    el(
      'mets:mets',
      {
        ...NAMESPACES,
        OBJID: name,
        TYPE: CONTENT_CATEGORY,
        'csip:CONTENTINFORMATIONTYPE': CONTENT_INFORMATION_TYPE,
        PROFILE: SIP_PROFILE,
      },
      header(hdr),
      el(
        'mets:fileSec',
        { ID: `filesec-${name}` },
        el(
          'mets:fileGrp',
          { ID: `filegrp-${name}-data`, USE: 'Data' },
          data.map((file, i) => fileElement(`file-${name}-${i + 1}`, file, hrefOf(relativeTo(folder, file.path)))),
        ),
      ),
      el(
        'mets:structMap',
        { ID: `structmap-${name}`, TYPE: 'PHYSICAL', LABEL: 'CSIP' },
        el(
          'mets:div',
          { ID: `div-${name}`, LABEL: name },
          el('mets:div', { ID: `div-${name}-metadata`, LABEL: 'Metadata' }),
          el('mets:div', { ID: `div-${name}-data`, LABEL: 'Data' }, el('mets:fptr', { FILEID: `filegrp-${name}-data` })),
        ),
      ),
    ),
  );
}
