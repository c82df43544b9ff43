import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { unzipSync } from 'fflate';
import { DocumentStore, HandlingsRepository, type HandlingRegistration } from '../../libs/database/src';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';
import { child, descendants, parseXml, textOf, type XmlNode } from '../support/xml-tree';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const DIARIENUMMER = 'RS 2026/00321';
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PNG = 'image/png';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A file's bytes of the given type; unique per call, so that each test's files are stored apart from the others'. */
function fileOf(mediaType: string, size: number): Buffer {
  const magic = { [PDF]: '%PDF-1.7\n', [DOCX]: 'PK\u0003\u0004', [PNG]: '\u0089PNG\r\n\u001a\n' }[mediaType] ?? '';
  return Buffer.concat([Buffer.from(magic, 'latin1'), randomBytes(size)]);
}

type Registration = Omit<HandlingRegistration, 'processId' | 'contentSha256' | 'requestId' | 'registeredBy' | 'registeredByParty'> & {
  bytes: Buffer;
  mediaType: string;
};

/** The body as bytes (a connection that ends before the body does is superagent's to report, as an error). */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const parts: Buffer[] = [];
  res.on('data', (part: Buffer) => parts.push(part));
  res.on('end', () => done(null, Buffer.concat(parts)));
};

/**
 * The case of one partnership exported for the e-archive (FGS Paketstruktur 2.0, the case after FGS Ärendehantering
 * 2.0): its handlings registered with the repositories directly (the upload route is another piece's), the package
 * downloaded, unpacked and read as an archive would read it.
 */
describe("a partnership's case as an e-archive package", () => {
  const app = useApiAndWorker('archive-package');
  let iop: LifecycleClient;
  const documents: Record<string, Buffer> = {};

  async function register(processId: string, handlings: Registration[]): Promise<void> {
    const store = app().get(DocumentStore);
    const repository = app().get(HandlingsRepository);
    await app()
      .get(DataSource)
      .transaction(async (manager) => {
        for (const { bytes, mediaType, ...handling } of handlings) {
          const digest = sha256(bytes);
          await store.store(manager, { sha256: digest, mediaType, sizeBytes: bytes.length }, Readable.from([bytes]));
          await repository.register(manager, {
            ...handling,
            processId,
            contentSha256: digest,
            requestId: `archive-test-${digest.slice(0, 8)}`,
            registeredBy: 'officer@region-sk-ne.example',
            registeredByParty: 'PUBLIC',
          });
        }
      });
  }

  const download = (id: string, principal = officerOf('Region Skåne')) =>
    bearer(principal).then((auth) => request(app().getHttpServer()).get(`/partnerships/${id}/archive-package`).set(auth).buffer(true).parse(binary));

  /** The package unpacked: its files by their path below the root folder, and that folder's name. */
  function unpack(zip: Buffer): { root: string; files: Map<string, Uint8Array> } {
    const entries = Object.entries(unzipSync(new Uint8Array(zip))).filter(([name]) => !name.endsWith('/'));
    const roots = new Set(entries.map(([name]) => name.split('/')[0]));
    expect(roots.size).toBe(1);
    const [root] = roots;
    return { root, files: new Map(entries.map(([name, bytes]) => [name.slice(root.length + 1), bytes])) };
  }

  let unpacked: { root: string; files: Map<string, Uint8Array> };
  let response: request.Response;
  const xml = (path: string): XmlNode => parseXml(Buffer.from(unpacked.files.get(path)!));

  beforeAll(async () => {
    iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], 'Mötesplatser för äldre <i Skåne> & "Lund"');
    await iop.move('/invitation-response', { party: NATVERKET.organisationNumber, accept: true });
    await app().get(HandlingsRepository).setDiarienummer(iop.id, DIARIENUMMER, 'officer@region-sk-ne.example');
    documents.statutes = fileOf(PDF, 2_000);
    documents.report = fileOf(DOCX, 5_000);
    // More than one stored piece (256 KiB each): the download reads it piece by piece.
    documents.input = fileOf(PNG, 600 * 1024);
    await register(iop.id, [
      {
        target: 'PROCESS',
        targetSeq: null,
        origin: 'RECEIVED',
        documentKind: 'STATUTES',
        datedOn: '2026-10-01',
        counterpart: NATVERKET.name,
        subject: 'Föreningens stadgar',
        fileName: 'Stadgar 2025.pdf',
        secrecyProvision: null,
        secrecyDecidedBy: null,
        retentionKind: 'DISPOSE',
        retentionYears: 10,
        bytes: documents.statutes,
        mediaType: PDF,
      },
      {
        target: 'PROCESS',
        targetSeq: null,
        origin: 'DRAWN_UP',
        documentKind: 'OFFICER_REPORT',
        datedOn: '2026-11-02',
        counterpart: 'Regionstyrelsen',
        subject: 'Tjänsteskrivelse om IOP <utkast> & "förslag"',
        fileName: 'Tjänsteskrivelse: IOP/äldre?.docx',
        secrecyProvision: null,
        secrecyDecidedBy: null,
        retentionKind: 'PRESERVE',
        retentionYears: null,
        bytes: documents.report,
        mediaType: DOCX,
      },
      {
        target: 'PROCESS',
        targetSeq: null,
        origin: 'RECEIVED',
        documentKind: 'WRITTEN_INPUT',
        datedOn: '2026-11-05',
        counterpart: NATVERKET.name,
        subject: 'Uppgifter om enskilda deltagare',
        fileName: 'deltagare.png',
        secrecyProvision: 'OSL 26 kap. 1 §',
        secrecyDecidedBy: 'Anna Lindqvist',
        retentionKind: 'DISPOSE',
        retentionYears: 2,
        bytes: documents.input,
        mediaType: PNG,
      },
    ]);
    response = await download(iop.id);
    unpacked = unpack(response.body as Buffer);
  });

  it('downloads one ZIP named by the diarienummer that unpacks to a single folder named as the package', () => {
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/zip/);
    expect(response.headers['content-disposition']).toContain('filename="IOP-RS-2026-00321-arkivpaket.zip"');
    const mets = xml('METS.xml');
    expect(mets.attributes.OBJID).toBe(unpacked.root);
    expect(mets.attributes.PROFILE).toBe('https://earksip.dilcis.eu/profile/E-ARK-SIP.xml');
    expect(mets.attributes['csip:CONTENTINFORMATIONTYPE']).toBe('citserms_v2_1');
    const header = child(mets, 'mets:metsHdr');
    expect(header.attributes['csip:OAISPACKAGETYPE']).toBe('SIP');
    expect(descendants(header, 'mets:agent').map((a) => [a.attributes.ROLE, a.attributes.TYPE, textOf(a, 'mets:name')])).toEqual([
      ['CREATOR', 'OTHER', 'IOP engine'],
      ['ARCHIVIST', 'ORGANIZATION', 'Region Skåne'],
      ['CREATOR', 'ORGANIZATION', 'Region Skåne'],
    ]);
    const structMap = child(mets, 'mets:structMap');
    expect(structMap.attributes).toMatchObject({ TYPE: 'PHYSICAL', LABEL: 'CSIP' });
  });

  it("states every file's size and SHA-256 in METS; every file METS names is there, and every file there is named", () => {
    /** Each reference as a path below the root, with the size and checksum it states. */
    const references = (metsPath: string) => {
      const folder = metsPath.includes('/') ? metsPath.slice(0, metsPath.lastIndexOf('/') + 1) : '';
      const mets = xml(metsPath);
      const stated = (facts: Record<string, string>, href: string) => ({
        path: folder + href.split('/').map(decodeURIComponent).join('/'),
        SIZE: facts.SIZE,
        CHECKSUM: facts.CHECKSUM,
        CHECKSUMTYPE: facts.CHECKSUMTYPE,
      });
      return [
        ...descendants(mets, 'mets:file').map((f) => stated(f.attributes, child(f, 'mets:FLocat').attributes['xlink:href'])),
        ...descendants(mets, 'mets:mdRef').map((r) => stated(r.attributes, r.attributes['xlink:href'])),
      ];
    };
    const named = [...references('METS.xml'), ...references('representations/rep1/METS.xml')];
    for (const reference of named) {
      const bytes = unpacked.files.get(reference.path);
      expect({ path: reference.path, present: bytes !== undefined }).toEqual({ path: reference.path, present: true });
      expect({ path: reference.path, size: Number(reference.SIZE), sha256: reference.CHECKSUM, type: reference.CHECKSUMTYPE }).toEqual({
        path: reference.path,
        size: bytes!.length,
        sha256: sha256(bytes!),
        type: 'SHA-256',
      });
    }
    expect(new Set(named.map((r) => r.path)).size).toBe(named.length);
    expect([...unpacked.files.keys()].sort()).toEqual(['METS.xml', ...named.map((r) => r.path)].sort());
    // The representation is pointed at from the package's structural map.
    const pointer = descendants(xml('METS.xml'), 'mets:mptr')[0];
    expect(pointer.attributes['xlink:href']).toBe('representations/rep1/METS.xml');
  });

  it("holds each handling's file, byte for byte, named by its number and file name, and the dossier beside them", () => {
    const data = [...unpacked.files.keys()].filter((p) => p.startsWith('representations/rep1/data/')).map((p) => p.split('/').pop());
    expect(data).toEqual([
      '001-Stadgar 2025.pdf',
      '002-Tjänsteskrivelse_ IOP_äldre_.docx',
      '003-deltagare.png',
      'IOP-RS-2026-00321-akt.html',
      'IOP-RS-2026-00321-tidslinje.csv',
    ]);
    const file = (name: string) => Buffer.from(unpacked.files.get(`representations/rep1/data/${name}`)!);
    expect(file('001-Stadgar 2025.pdf').equals(documents.statutes)).toBe(true);
    expect(file('002-Tjänsteskrivelse_ IOP_äldre_.docx').equals(documents.report)).toBe(true);
    expect(file('003-deltagare.png').equals(documents.input)).toBe(true);
    expect(file('IOP-RS-2026-00321-akt.html').toString('utf8')).toContain('Mötesplatser för äldre &lt;i Skåne&gt; &amp; &quot;Lund&quot;');
    expect(file('IOP-RS-2026-00321-tidslinje.csv').toString('utf8')).toMatch(/^\uFEFF/);
  });

  it('describes the case after ERMS: its diarienummer, title, parties, dates and status, and each handling', () => {
    const erms = xml('metadata/descriptive/ERMS.xml');
    expect(erms.attributes.xmlns).toBe('https://DILCIS.eu/XML/ERMS');
    const caseFile = descendants(erms, 'aggregation')[0];
    expect(caseFile.attributes).toMatchObject({ aggregationType: 'caseFile', systemIdentifier: iop.id });
    expect(textOf(caseFile, 'objectId')).toBe(DIARIENUMMER);
    expect(textOf(caseFile, 'title')).toBe('Mötesplatser för äldre <i Skåne> & "Lund"');
    expect(child(caseFile, 'status').attributes.value).toBe('in_progress');
    expect(descendants(child(caseFile, 'agents'), 'agent').map((a) => [a.attributes.agentType, textOf(a, 'name')])).toEqual([
      ['owner', 'Region Skåne'],
      ['counterpart', NATVERKET.name],
    ]);
    expect(descendants(child(caseFile, 'dates'), 'date').map((d) => d.attributes.dateType)).toEqual(['created']);

    const records = caseFile.children.filter((c) => c.name === 'record');
    expect(records.map((r) => [textOf(r, 'objectId'), textOf(r, 'runningNumber'), textOf(r, 'title')])).toEqual([
      [`${DIARIENUMMER}-1`, '1', 'Föreningens stadgar'],
      [`${DIARIENUMMER}-2`, '2', 'Tjänsteskrivelse om IOP <utkast> & "förslag"'],
      [`${DIARIENUMMER}-3`, '3', 'Uppgifter om enskilda deltagare'],
    ]);
    const [statutes, report, input] = records;
    // Inkommen from its sender, upprättad to its recipient, dated as registered.
    expect(child(statutes, 'direction').attributes.directionDefinition).toBe('incoming');
    expect(descendants(statutes, 'agent').map((a) => [a.attributes.agentType, textOf(a, 'name')])[0]).toEqual(['sender', NATVERKET.name]);
    expect(child(report, 'direction').attributes.directionDefinition).toBe('outgoing');
    expect(descendants(report, 'agent').map((a) => [a.attributes.agentType, textOf(a, 'name')])[0]).toEqual(['receiver', 'Regionstyrelsen']);
    expect(descendants(child(statutes, 'dates'), 'date').find((d) => d.attributes.dateType === 'originated')?.text).toBe('2026-10-01T00:00:00');
    // Retention: gallras after ten years from the case's closing, or bevaras.
    expect([child(statutes, 'disposal').attributes.disposable, textOf(child(statutes, 'disposal'), 'disposalDescription')]).toEqual([
      'true',
      'Gallras 10 år efter ärendets avslut',
    ]);
    expect([child(report, 'disposal').attributes.disposable, textOf(child(report, 'disposal'), 'disposalAction')]).toEqual(['false', 'Bevaras']);
    // The secrecy-marked handling is in the package, marked confidential under its OSL provision; the others are not.
    expect(descendants(input, 'restriction').map((r) => [r.attributes.restrictionType, textOf(r, 'regulation')])).toEqual([
      ['confidential', 'OSL 26 kap. 1 §'],
    ]);
    expect(textOf(child(input, 'restriction'), 'explanatoryText')).toContain('Anna Lindqvist');
    expect([...descendants(statutes, 'restriction'), ...descendants(report, 'restriction')]).toEqual([]);
    // Each record names its file where the package holds it.
    for (const record of records) expect(unpacked.files.has(descendants(record, 'appendix')[0].attributes.path)).toBe(true);
  });

  it('records the fixity of every file of the representation in PREMIS', () => {
    const premis = xml('metadata/preservation/premis.xml');
    const objects = descendants(premis, 'premis:object').map((o) => ({
      path: textOf(child(o, 'premis:objectIdentifier'), 'premis:objectIdentifierValue'),
      digest: textOf(descendants(o, 'premis:fixity')[0], 'premis:messageDigest'),
      algorithm: textOf(descendants(o, 'premis:fixity')[0], 'premis:messageDigestAlgorithm'),
    }));
    const data = [...unpacked.files.keys()].filter((p) => p.startsWith('representations/rep1/data/'));
    expect(objects.map((o) => o.path).sort()).toEqual(data.sort());
    for (const object of objects) expect(object).toEqual({ ...object, digest: sha256(unpacked.files.get(object.path)!), algorithm: 'SHA-256' });
  });

  it("gives it to an auditor, refuses it to the organisation's representative and hides it from another region's officer", async () => {
    const audited = await download(iop.id, AUDITOR);
    expect(audited.status).toBe(200);
    expect(unpack(audited.body as Buffer).files.get('representations/rep1/data/003-deltagare.png')?.length).toBe(documents.input.length);

    const representative = await request(app().getHttpServer())
      .get(`/partnerships/${iop.id}/archive-package`)
      .set(await bearer(representativeOf(NATVERKET.organisationNumber)));
    expect(representative.status).toBe(403);
    expect(representative.body).toMatchObject({ code: 'ARCHIVE_PUBLIC_PARTY_ONLY', messageSv: expect.stringContaining('granskare') });

    const otherRegion = await request(app().getHttpServer())
      .get(`/partnerships/${iop.id}/archive-package`)
      .set(await bearer(officerOf('Region Västernorrland')));
    expect(otherRegion.status).toBe(404);
    expect(otherRegion.body.code).toBe('PARTNERSHIP_NOT_FOUND');
  });

  it('keeps every export, and every refused one, in the audit log of the partnership', async () => {
    const entries = await withDatabase(
      async (db) =>
        (
          await db.query(
            `SELECT actor_role AS role, outcome, status_code AS status FROM audit_log
             WHERE target = $1 AND action = 'GET /partnerships/:id/archive-package' ORDER BY chain_seq`,
            [iop.id],
          )
        ).rows,
    );
    expect(entries).toEqual([
      { role: 'officer', outcome: 'ACCEPTED', status: 200 },
      { role: 'auditor', outcome: 'ACCEPTED', status: 200 },
      { role: 'organisation_rep', outcome: 'REFUSED', status: 403 },
    ]);
  });

  it('names the package by the partnership while its case has no diarienummer', async () => {
    const fresh = new LifecycleClient(app());
    await fresh.create('Region Skåne', [NATVERKET], 'Utan diarienummer');
    const answer = await download(fresh.id);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-disposition']).toContain(`filename="IOP-${fresh.id}-arkivpaket.zip"`);
    const { files } = unpack(answer.body as Buffer);
    const caseFile = descendants(parseXml(Buffer.from(files.get('metadata/descriptive/ERMS.xml')!)), 'aggregation')[0];
    expect(textOf(caseFile, 'objectId')).toBe(fresh.id);
    expect(caseFile.children.filter((c) => c.name === 'record')).toEqual([]);
  });

  it('breaks the download, rather than deliver a package whose checksums lie, when a stored document was altered', async () => {
    const altered = new LifecycleClient(app());
    await altered.create('Region Skåne', [NATVERKET], 'Ändrad fil');
    const bytes = fileOf(PDF, 4_000);
    await register(altered.id, [
      {
        target: 'PROCESS',
        targetSeq: null,
        origin: 'RECEIVED',
        documentKind: 'CORRESPONDENCE',
        datedOn: '2026-11-10',
        counterpart: NATVERKET.name,
        subject: 'Skrivelse',
        fileName: 'skrivelse.pdf',
        secrecyProvision: null,
        secrecyDecidedBy: null,
        retentionKind: 'DISPOSE',
        retentionYears: 2,
        bytes,
        mediaType: PDF,
      },
    ]);
    // As the schema's owner: the application's role may not change stored bytes at all.
    await withDatabase((db) =>
      db.query(`UPDATE document_chunks SET bytes = $2 WHERE content_sha256 = $1`, [sha256(bytes), randomBytes(bytes.length)]),
    );
    const outcome = await download(altered.id).then(
      (answer) => {
        try {
          unzipSync(new Uint8Array(answer.body as Buffer));
          return 'a whole archive';
        } catch {
          return 'a broken archive';
        }
      },
      () => 'an aborted download',
    );
    expect(['a broken archive', 'an aborted download']).toContain(outcome);
  });
});
