import { createHash } from 'node:crypto';
import request from 'supertest';
import type { Principal } from '../../libs/identity/src';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { plainZip, SAMPLE_JPEG, SAMPLE_PNG, sampleDocx, sampleOdt, samplePdf, sampleXlsx, zipBombDocx } from '../support/sample-documents';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const HSO = { name: 'Handikappföreningarnas Samarbetsorgan', organisationNumber: '802011-2341' };
const OFFICER = officerOf('Region Skåne');
const NATVERKET_REP = representativeOf(NATVERKET.organisationNumber);
const HSO_REP = representativeOf(HSO.organisationNumber);
/** The size limit of this file's API: small, so that a file over it is quick to send. */
const MAX_BYTES = 1024 * 1024;

const FIELDS = {
  origin: 'RECEIVED',
  documentKind: 'STATUTES',
  datedOn: '2026-03-12',
  counterpart: 'Vårsta Diakonigård',
  subject: 'Stadgar antagna vid årsmötet 2025',
};

type Fields = Record<string, string | undefined>;
type File = { bytes: Buffer; name: string } | undefined;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const refusal = (response: request.Response) => ({ status: response.status, code: response.body.code, errors: response.body.errors });

/**
 * Documents as allmänna handlingar over HTTP: each accepted type uploaded and registered under the case's
 * diarienummer, identical bytes stored once, the file streamed back byte for byte under its Swedish name, every bad
 * upload refused with its field and rule and nothing stored, secret-marked handlings kept from the other
 * organisations, who may do what, and the list of what is due for disposal.
 */
describe('documents as handlingar', () => {
  const saved = process.env.DOCUMENT_MAX_BYTES;
  beforeAll(() => {
    process.env.DOCUMENT_MAX_BYTES = String(MAX_BYTES);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DOCUMENT_MAX_BYTES;
    else process.env.DOCUMENT_MAX_BYTES = saved;
  });
  const app = useApiAndWorker('documents');
  const http = () => request(app().getHttpServer());
  let skane: LifecycleClient;
  let other: LifecycleClient;

  beforeAll(async () => {
    skane = new LifecycleClient(app());
    await skane.create('Region Skåne', [NATVERKET, VARSTA], 'Handlingar i Skåne');
    other = new LifecycleClient(app());
    await other.create('Region Västernorrland', [HSO], 'Handlingar i Västernorrland');
  });

  async function upload(
    caseId: string,
    as: Principal,
    file: File,
    fields: Fields = {},
    headers: Record<string, string> = {},
    collection = 'partnerships',
  ) {
    let call = http()
      .post(`/${collection}/${caseId}/documents`)
      .set({ ...(await bearer(as)), ...headers });
    for (const [name, value] of Object.entries({ ...FIELDS, ...fields })) if (value !== undefined) call = call.field(name, value);
    if (file) call = call.attach('file', file.bytes, file.name);
    return call;
  }

  /** An upload that must be registered. */
  async function uploaded(...args: Parameters<typeof upload>) {
    const response = await upload(...args);
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }

  const list = async (caseId: string, as: Principal, collection = 'partnerships') =>
    http()
      .get(`/${collection}/${caseId}/documents`)
      .set(await bearer(as));

  /** The case's handlingar, which the reader may read. */
  async function listOf(...args: Parameters<typeof list>) {
    const response = await list(...args);
    if (response.status !== 200) throw new Error(`list: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }

  const download = async (path: string, as: Principal) =>
    http()
      .get(path)
      .set(await bearer(as))
      .buffer(true)
      .parse((res, done) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => done(null, Buffer.concat(parts)));
      });

  const stored = (processId: string, digests: string[]) =>
    withDatabase(async (db) => ({
      handlings: Number((await db.query(`SELECT count(*) FROM handlings WHERE process_id = $1`, [processId])).rows[0].count),
      contents: Number((await db.query(`SELECT count(*) FROM document_contents WHERE sha256 = ANY($1)`, [digests])).rows[0].count),
    }));

  it("registers each accepted type as the next handling of the case, numbered under the case's diarienummer", async () => {
    const set = await http()
      .put(`/partnerships/${skane.id}/diarienummer`)
      .set(await bearer(OFFICER))
      .send({ diarienummer: 'RS 2026/123' })
      .expect(200);
    expect(set.body).toEqual({ diarienummer: 'RS 2026/123' });

    const files = [
      { bytes: samplePdf('Stadgar'), name: 'stadgar.doc', mediaType: 'application/pdf', fileName: 'stadgar.pdf' },
      {
        bytes: sampleDocx(),
        name: 'Protokoll dialogmöte.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName: 'Protokoll dialogmöte.docx',
      },
      { bytes: sampleOdt(), name: 'Inspel.odt', mediaType: 'application/vnd.oasis.opendocument.text', fileName: 'Inspel.odt' },
      {
        bytes: sampleXlsx(),
        name: 'Budget 2027.xlsx',
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: 'Budget 2027.xlsx',
      },
      { bytes: SAMPLE_PNG, name: 'Logotyp.png', mediaType: 'image/png', fileName: 'Logotyp.png' },
      { bytes: SAMPLE_JPEG, name: 'Foto från mötet.jpeg', mediaType: 'image/jpeg', fileName: 'Foto från mötet.jpg' },
    ];
    const numbers: number[] = [];
    for (const file of files) {
      const response = await upload(skane.id, OFFICER, file, {}, { 'X-Request-Id': `upload-${file.fileName}-${skane.id}` });
      expect({ status: response.status, mediaType: response.body.mediaType, fileName: response.body.fileName }).toEqual({
        status: 201,
        mediaType: file.mediaType,
        fileName: file.fileName,
      });
      expect(response.headers.location).toBe(`/partnerships/${skane.id}/documents/${response.body.id}/content`);
      numbers.push(response.body.number);
    }
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);

    const listed = await listOf(skane.id, OFFICER);
    expect(listed.body.diarienummer).toBe('RS 2026/123');
    expect(listed.body.items[0]).toMatchObject({
      number: 1,
      diarienummer: 'RS 2026/123-1',
      datedOn: '2026-03-12',
      origin: 'RECEIVED',
      documentKind: 'STATUTES',
      counterpart: 'Vårsta Diakonigård',
      subject: 'Stadgar antagna vid årsmötet 2025',
      target: 'PROCESS',
      targetSeq: null,
      secrecy: null,
      // Stadgar are disposed of ten years after the case closed (the default document management plan).
      retention: { kind: 'DISPOSE', years: 10 },
      registeredBy: OFFICER.email,
      registeredByParty: 'PUBLIC',
      sha256: sha256(files[0].bytes),
    });
    expect(listed.body.items.map((h: { diarienummer: string }) => h.diarienummer)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `RS 2026/123-${n}`));

    // Each registration is a command like any other: accepted and audited in the case's chain.
    const audited = await withDatabase((db) =>
      db.query(`SELECT action, target, outcome, status_code FROM audit_log WHERE request_id = $1`, [`upload-stadgar.pdf-${skane.id}`]),
    );
    expect(audited.rows).toEqual([{ action: 'POST /partnerships/:id/documents', target: skane.id, outcome: 'ACCEPTED', status_code: 201 }]);
  });

  it('stores a file uploaded twice once, and registers it twice', async () => {
    const bytes = samplePdf('Verksamhetsberättelse 2025');
    const first = await uploaded(skane.id, OFFICER, { bytes, name: 'Verksamhetsberättelse.pdf' }, { documentKind: 'ANNUAL_REPORT' });
    const second = await uploaded(skane.id, NATVERKET_REP, { bytes, name: 'vb.pdf' }, { documentKind: 'ANNUAL_REPORT' });
    expect(second.body).toMatchObject({ number: first.body.number + 1, sha256: sha256(bytes), registeredByParty: NATVERKET.organisationNumber });
    const rows = await withDatabase((db) =>
      db.query(
        `SELECT (SELECT count(*)::int FROM document_contents WHERE sha256 = $1) AS contents,
                (SELECT count(*)::int FROM document_chunks WHERE content_sha256 = $1) AS chunks,
                (SELECT count(*)::int FROM handlings WHERE content_sha256 = $1) AS handlings`,
        [sha256(bytes)],
      ),
    );
    expect(rows.rows[0]).toEqual({ contents: 1, chunks: 1, handlings: 2 });
  });

  it('streams a file back byte for byte, with its type, its length and its Swedish name as an attachment', async () => {
    // Larger than one stored piece (256 KiB): written and read piece by piece.
    const bytes = Buffer.concat([samplePdf('Årsredovisning'), Buffer.alloc(600 * 1024, 0x20)]);
    const registered = await uploaded(skane.id, OFFICER, { bytes, name: 'Årsredovisning för Vårsta.pdf' }, { documentKind: 'ANNUAL_ACCOUNTS' });
    const chunks = await withDatabase((db) => db.query(`SELECT count(*)::int AS n FROM document_chunks WHERE content_sha256 = $1`, [sha256(bytes)]));
    expect(chunks.rows[0].n).toBe(3);

    const response = await download(registered.body.contentPath, NATVERKET_REP);
    expect(response.status).toBe(200);
    expect(Buffer.compare(response.body as Buffer, bytes)).toBe(0);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-length']).toBe(String(bytes.length));
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Arsredovisning for Varsta.pdf"; filename*=UTF-8''%C3%85rsredovisning%20f%C3%B6r%20V%C3%A5rsta.pdf`,
    );
  });

  it('refuses every bad upload with its field and rule in English and Swedish, and stores nothing of it', async () => {
    const before = await stored(skane.id, []);
    const bomb = zipBombDocx();
    const tooLarge = Buffer.concat([samplePdf('För stor'), Buffer.alloc(MAX_BYTES, 0x20)]);
    const text = Buffer.from('Det här är ingen handling utan bara text.');
    const cases: [string, () => Promise<request.Response>, { status: number; code: string; field: string; rule: string }][] = [
      [
        'an empty file',
        () => upload(skane.id, OFFICER, { bytes: Buffer.alloc(0), name: 'tom.pdf' }),
        { status: 422, code: 'FILE_EMPTY', field: 'file', rule: 'notEmpty' },
      ],
      [
        'a text file called PDF',
        () => upload(skane.id, OFFICER, { bytes: text, name: 'stadgar.pdf' }),
        { status: 422, code: 'FILE_TYPE_NOT_ACCEPTED', field: 'file', rule: 'acceptedFileType' },
      ],
      [
        'a plain ZIP called DOCX',
        () => upload(skane.id, OFFICER, { bytes: plainZip(), name: 'stadgar.docx' }),
        { status: 422, code: 'FILE_TYPE_NOT_ACCEPTED', field: 'file', rule: 'acceptedFileType' },
      ],
      [
        'a zip bomb inside a DOCX',
        () => upload(skane.id, OFFICER, { bytes: bomb, name: 'protokoll.docx' }),
        { status: 422, code: 'FILE_ZIP_BOMB', field: 'file', rule: 'zipLimits' },
      ],
      [
        'a file over the limit',
        () => upload(skane.id, OFFICER, { bytes: tooLarge, name: 'stor.pdf' }),
        { status: 413, code: 'FILE_TOO_LARGE', field: 'file', rule: 'maxBytes' },
      ],
      ['no file', () => upload(skane.id, OFFICER, undefined), { status: 400, code: 'VALIDATION_FAILED', field: 'file', rule: 'isUploadedFile' }],
      [
        'a missing origin',
        () => upload(skane.id, OFFICER, { bytes: SAMPLE_PNG, name: 'bild.png' }, { origin: undefined }),
        { status: 400, code: 'VALIDATION_FAILED', field: 'origin', rule: 'isIn' },
      ],
      [
        'a date that does not exist',
        () => upload(skane.id, OFFICER, { bytes: SAMPLE_PNG, name: 'bild.png' }, { datedOn: '2026-02-30' }),
        { status: 400, code: 'VALIDATION_FAILED', field: 'datedOn', rule: 'isCalendarDate' },
      ],
      [
        'a field the form does not have',
        () => upload(skane.id, OFFICER, { bytes: SAMPLE_PNG, name: 'bild.png' }, { mediaType: 'application/pdf' }),
        { status: 400, code: 'VALIDATION_FAILED', field: 'mediaType', rule: 'whitelistValidation' },
      ],
      [
        'a decision that the case does not have',
        () => upload(skane.id, OFFICER, { bytes: SAMPLE_PNG, name: 'bild.png' }, { target: 'DECISION', targetSeq: '9' }),
        { status: 422, code: 'HANDLING_TARGET_NOT_FOUND', field: 'targetSeq', rule: 'targetExists' },
      ],
      [
        'a follow-up without its number',
        () => upload(skane.id, OFFICER, { bytes: SAMPLE_PNG, name: 'bild.png' }, { target: 'FOLLOW_UP' }),
        { status: 422, code: 'HANDLING_TARGET_INVALID', field: 'targetSeq', rule: 'targetSeqWithTarget' },
      ],
      [
        'a secrecy marking by a representative',
        () =>
          upload(
            skane.id,
            NATVERKET_REP,
            { bytes: SAMPLE_PNG, name: 'bild.png' },
            { secrecyProvision: 'OSL 31 kap. 16 §', secrecyDecidedBy: 'Styrelsen' },
          ),
        { status: 403, code: 'PUBLIC_PARTY_ONLY', field: 'secrecyProvision', rule: 'officerOnly' },
      ],
      [
        'a secrecy marking without who decided it',
        () => upload(skane.id, OFFICER, { bytes: SAMPLE_PNG, name: 'bild.png' }, { secrecyProvision: 'OSL 31 kap. 16 §' }),
        { status: 422, code: 'SECRECY_MARKING_INCOMPLETE', field: 'secrecyDecidedBy', rule: 'givenTogether' },
      ],
    ];
    for (const [what, send, expected] of cases) {
      const response = await send();
      expect({ what, status: response.status, code: response.body.code }).toEqual({ what, status: expected.status, code: expected.code });
      expect({ what, errors: response.body.errors }).toEqual({
        what,
        errors: expect.arrayContaining([{ field: expected.field, rule: expected.rule, message: expect.any(String), messageSv: expect.any(String) }]),
      });
      expect(response.body.messageSv).toEqual(expect.any(String));
    }
    // Each in words a person reads, not the rule's code.
    expect((await upload(skane.id, OFFICER, undefined)).body.errors).toEqual([
      {
        field: 'file',
        rule: 'isUploadedFile',
        message: 'Choose the file that holds the document.',
        messageSv: 'Välj den fil som innehåller dokumentet.',
      },
    ]);
    // A body that is no form at all.
    const json = await http()
      .post(`/partnerships/${skane.id}/documents`)
      .set(await bearer(OFFICER))
      .send(FIELDS);
    expect(refusal(json)).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });

    expect(await stored(skane.id, [sha256(bomb), sha256(tooLarge), sha256(text), sha256(plainZip())])).toEqual({
      handlings: before.handlings,
      contents: 0,
    });
  });

  it('keeps a secret-marked handling from the organisations, and shows it to the officer and the auditor', async () => {
    const secret = await uploaded(
      skane.id,
      OFFICER,
      { bytes: samplePdf('Affärshemligheter'), name: 'Kalkyl.pdf' },
      {
        documentKind: 'CORRESPONDENCE',
        origin: 'DRAWN_UP',
        counterpart: 'NÄTVERKET',
        subject: 'Kalkyl',
        secrecyProvision: 'OSL 31 kap. 16 §',
        secrecyDecidedBy: 'Registrator Eva Nilsson',
      },
    );
    expect(secret.body.secrecy).toEqual({ provision: 'OSL 31 kap. 16 §', decidedBy: 'Registrator Eva Nilsson' });
    const ids = async (as: Principal) => (await listOf(skane.id, as)).body.items.map((h: { id: string }) => h.id);
    expect(await ids(OFFICER)).toContain(secret.body.id);
    expect(await ids(AUDITOR)).toContain(secret.body.id);
    const natverketSees = await ids(NATVERKET_REP);
    expect(natverketSees).not.toContain(secret.body.id);
    expect(natverketSees.length).toBeGreaterThan(0);
    const hidden = await download(secret.body.contentPath, NATVERKET_REP);
    expect({ status: hidden.status, code: JSON.parse(hidden.body.toString()).code }).toEqual({ status: 404, code: 'HANDLING_NOT_FOUND' });
    expect((await download(secret.body.contentPath, AUDITOR)).status).toBe(200);
  });

  it('lets the parties upload and read, refuses the auditor, and knows no case to anyone outside it', async () => {
    const png = { bytes: SAMPLE_PNG, name: 'bild.png' };
    const auditor = await upload(skane.id, AUDITOR, png);
    expect(refusal(auditor)).toMatchObject({ status: 403, code: 'READ_ONLY_ROLE' });
    for (const outsider of [HSO_REP, officerOf('Region Västernorrland')]) {
      expect(refusal(await upload(skane.id, outsider, png))).toMatchObject({ status: 404, code: 'PARTNERSHIP_NOT_FOUND' });
      expect(refusal(await list(skane.id, outsider))).toMatchObject({ status: 404, code: 'PARTNERSHIP_NOT_FOUND' });
    }
    const first = (await list(skane.id, OFFICER)).body.items[0];
    expect((await download(first.contentPath, HSO_REP)).status).toBe(404);
    // Another case's handling is not found under this one's id.
    const theirs = await uploaded(other.id, HSO_REP, png, { counterpart: 'Region Västernorrland' });
    expect((await download(`/partnerships/${skane.id}/documents/${theirs.body.id}/content`, OFFICER)).status).toBe(404);

    const byRep = await http()
      .put(`/partnerships/${skane.id}/diarienummer`)
      .set(await bearer(NATVERKET_REP))
      .send({ diarienummer: 'RS 2026/999' });
    expect(refusal(byRep)).toMatchObject({ status: 403, code: 'PUBLIC_PARTY_ONLY' });
    const badNumber = await http()
      .put(`/partnerships/${skane.id}/diarienummer`)
      .set(await bearer(OFFICER))
      .send({ diarienummer: '!' });
    expect(refusal(badNumber)).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'diarienummer', rule: 'isDiarienummer' })] });
    expect((await list(skane.id, OFFICER)).body.diarienummer).toBe('RS 2026/123');
  });

  it('registers a retried upload under the same Idempotency-Key once', async () => {
    const file = { bytes: samplePdf('Minnesanteckningar'), name: 'Minnesanteckningar.pdf' };
    const key = { 'Idempotency-Key': `upload-once-${skane.id}` };
    const first = await uploaded(skane.id, OFFICER, file, { documentKind: 'MINUTES' }, key);
    const again = await uploaded(skane.id, OFFICER, file, { documentKind: 'MINUTES' }, key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const handlings = await withDatabase((db) => db.query(`SELECT count(*)::int AS n FROM handlings WHERE id = $1`, [first.body.id]));
    expect(handlings.rows[0].n).toBe(1);
    const another = await upload(skane.id, OFFICER, { bytes: SAMPLE_PNG, name: 'annan.png' }, { documentKind: 'MINUTES' }, key);
    expect(refusal(another)).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it("registers a framework agreement's handlingar, of its case or of a follow-up conference it has", async () => {
    const created = await http()
      .post('/frameworks')
      .set(await bearer(OFFICER))
      .send({ title: 'Överenskommelsens handlingar', publicParty: { name: 'Region Skåne' }, sectorRepresentative: NATVERKET })
      .expect(201);
    const id = created.body.id;
    const registered = await uploaded(
      id,
      OFFICER,
      { bytes: sampleDocx('Överenskommelse'), name: 'Överenskommelse.docx' },
      { documentKind: 'DRAFT', origin: 'DRAWN_UP' },
      {},
      'frameworks',
    );
    expect(registered.body.contentPath).toBe(`/frameworks/${id}/documents/${registered.body.id}/content`);
    const followUp = await upload(id, OFFICER, { bytes: SAMPLE_PNG, name: 'bild.png' }, { target: 'FOLLOW_UP', targetSeq: '1' }, {}, 'frameworks');
    expect(refusal(followUp)).toMatchObject({ status: 422, code: 'HANDLING_TARGET_NOT_FOUND' });
    await http()
      .put(`/frameworks/${id}/diarienummer`)
      .set(await bearer(OFFICER))
      .send({ diarienummer: 'RS 2026/7' })
      .expect(200);
    const listed = await listOf(id, NATVERKET_REP, 'frameworks');
    expect(listed.body.items.map((h: { diarienummer: string; retention: unknown }) => [h.diarienummer, h.retention])).toEqual([
      ['RS 2026/7-1', { kind: 'DISPOSE', years: 2 }],
    ]);
    expect((await download(registered.body.contentPath, AUDITOR)).status).toBe(200);
  });

  it('lists what is due for disposal once the case has closed and the years have run out, to officers and auditors, and deletes nothing', async () => {
    const closing = new LifecycleClient(app());
    await closing.create('Region Skåne', [VARSTA], 'Avslutat ärende');
    const letter = await uploaded(closing.id, OFFICER, { bytes: samplePdf('Skrivelse'), name: 'Skrivelse.pdf' }, { documentKind: 'CORRESPONDENCE' });
    const minutes = await uploaded(closing.id, OFFICER, { bytes: samplePdf('Protokoll'), name: 'Protokoll.pdf' }, { documentKind: 'MINUTES' });
    const due = async (as: Principal, query: string) => {
      const response = await http()
        .get(`/records/disposal-due${query}`)
        .set(await bearer(as));
      return response;
    };
    const idsOf = (response: request.Response) => response.body.items.map((i: { handling: { id: string } }) => i.handling.id);
    // Open, nothing of the case is due, however far ahead one looks.
    expect(idsOf(await due(OFFICER, '?asOf=2100-01-01'))).not.toContain(letter.body.id);

    // Its only organisation declines: the case is closed (ENDED) today.
    await closing.move('/invitation-response', { party: VARSTA.organisationNumber, accept: false });
    expect((await closing.read()).phase).toBe('ENDED');
    const closedOn = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
    const [year, month, day] = closedOn.split('-').map(Number);
    const twoYearsOn = new Date(Date.UTC(year + 2, month - 1, day)).toISOString().slice(0, 10);

    expect(idsOf(await due(OFFICER, ''))).not.toContain(letter.body.id);
    const listed = await due(OFFICER, `?asOf=${twoYearsOn}`);
    expect(listed.status).toBe(200);
    const item = listed.body.items.find((i: { handling: { id: string } }) => i.handling.id === letter.body.id);
    expect(item).toMatchObject({
      processId: closing.id,
      processKind: 'PARTNERSHIP',
      processTitle: 'Avslutat ärende',
      publicParty: 'Region Skåne',
      closedOn,
    });
    expect(item.disposableFrom <= twoYearsOn && item.disposableFrom > closedOn).toBe(true);
    // Minutes are kept (bevaras): never due.
    expect(idsOf(listed)).not.toContain(minutes.body.id);
    expect(idsOf(await due(AUDITOR, `?asOf=${twoYearsOn}`))).toContain(letter.body.id);
    expect(idsOf(await due(officerOf('Region Västernorrland'), `?asOf=${twoYearsOn}`))).not.toContain(letter.body.id);
    expect(refusal(await due(NATVERKET_REP, ''))).toMatchObject({ status: 403, code: 'OFFICER_ONLY' });
    expect(refusal(await due(OFFICER, '?asOf=2026-13-01'))).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'asOf' })] });

    // Listed, not disposed of: the file is still there to read.
    expect((await download(letter.body.contentPath, OFFICER)).status).toBe(200);
  });
});
