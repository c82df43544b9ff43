import busboy from 'busboy';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FieldErrorBody } from '../../common/api-error';
import { UploadRefusals } from './upload-refusals';

/** The form's one file part is named so; every other part is a text field. */
export const FILE_FIELD = 'file';

/** The first bytes of a file, enough for every signature the type detection reads. */
const HEAD_BYTES = 4100;

/** A form has a handful of short fields: these bounds stop a body of thousands of parts before it is read. */
const FORM_LIMITS = { fields: 20, fieldSize: 64 * 1024, fieldNameSize: 100, files: 1, parts: 24, headerPairs: 100 };

/** The file as it arrived: on disk in a folder of its own, with its digest and size computed on the way. */
export interface ReceivedFile {
  path: string;
  /** The name the client gave, if any (only ever used, cleaned, as the download's name). */
  clientName: string;
  sizeBytes: number;
  /** Lowercase hex SHA-256 of the bytes written. */
  sha256: string;
  head: Buffer;
  /** It went past the size limit: the bytes beyond were read and dropped, and it is refused. */
  tooLarge: boolean;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  file?: ReceivedFile;
  /** What of the form's shape is wrong (a second file, a field sent twice), each naming its field and rule. */
  problems: FieldErrorBody[];
  /** Removes the file from disk: called whatever became of the upload. */
  dispose(): Promise<void>;
}

const problem = (field: string, rule: string, en: string, sv: string): FieldErrorBody => ({ field, rule, message: en, messageSv: sv });

/**
 * Reads a multipart/form-data request as it arrives: the file part is streamed to a temporary file while its
 * SHA-256 and size are computed, never held whole in memory; past `maxBytes` the rest is read and dropped, so
 * the client gets its answer rather than a broken connection. Refuses a body that is not multipart (415) or that
 * breaks off (400).
 */
export async function receiveUpload(request: Request, maxBytes: number): Promise<ReceivedUpload> {
  let parser: busboy.Busboy;
  try {
    // Browsers send a file name in UTF-8 whatever the header says; busboy would read it as Latin-1.
    parser = busboy({ headers: request.headers, limits: { ...FORM_LIMITS, fileSize: maxBytes }, defParamCharset: 'utf8' });
  } catch {
    throw UploadRefusals.notMultipart();
  }
  const folder = await mkdtemp(join(tmpdir(), 'iop-upload-'));
  const upload: ReceivedUpload = { fields: {}, problems: [], dispose: () => rm(folder, { recursive: true, force: true }) };
  const writes: Promise<unknown>[] = [];
  const seen = new Set<string>();
  const sentTwice = (name: string): boolean => {
    const twice = seen.has(name);
    if (twice) upload.problems.push(problem(name, 'sentOnce', 'Send this field once.', 'Skicka det här fältet en gång.'));
    seen.add(name);
    return twice;
  };
  parser.on('field', (name, value) => {
    if (!sentTwice(name)) upload.fields[name] = value;
  });
  parser.on('file', (name, stream, info) => {
    if (name !== FILE_FIELD || sentTwice(name)) {
      if (name !== FILE_FIELD)
        upload.problems.push(
          problem(name, 'isFileField', 'Send the document in the field named file.', 'Skicka dokumentet i fältet som heter file.'),
        );
      stream.resume();
      return;
    }
    const file: ReceivedFile = {
      path: join(folder, 'content'),
      clientName: info.filename ?? '',
      sizeBytes: 0,
      sha256: '',
      head: Buffer.alloc(0),
      tooLarge: false,
    };
    upload.file = file;
    const digest = createHash('sha256');
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        digest.update(chunk);
        if (file.head.length < HEAD_BYTES) file.head = Buffer.concat([file.head, chunk.subarray(0, HEAD_BYTES - file.head.length)]);
        file.sizeBytes += chunk.length;
        done(null, chunk);
      },
      flush(done) {
        file.sha256 = digest.digest('hex');
        done();
      },
    });
    stream.on('limit', () => (file.tooLarge = true));
    // Caught here so that a write broken by a body that breaks off is no unhandled rejection; decided on below.
    writes.push(pipeline(stream, measure, createWriteStream(file.path)).catch((error: unknown) => error));
  });
  const tooMany = (field: string) => () =>
    upload.problems.push(
      problem(
        field,
        'formLimits',
        'The form has more parts than a document and its fields; send one file.',
        'Formuläret har fler delar än ett dokument och dess fält; skicka en fil.',
      ),
    );
  parser.on('filesLimit', tooMany(FILE_FIELD));
  parser.on('partsLimit', tooMany('(body)'));
  parser.on('fieldsLimit', tooMany('(body)'));
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('close', resolve);
      parser.on('error', reject);
      request.on('aborted', () => reject(new Error('aborted')));
      request.pipe(parser);
    });
  } catch {
    // A write still under way fails once its folder is gone; its outcome is caught above.
    request.unpipe(parser);
    await upload.dispose();
    throw UploadRefusals.malformed();
  }
  // The body was read whole, so a write that failed failed on this side (the disk): a fault of the server.
  const failed = (await Promise.all(writes)).find((outcome) => outcome !== undefined);
  if (failed) {
    await upload.dispose();
    throw failed;
  }
  return upload;
}
