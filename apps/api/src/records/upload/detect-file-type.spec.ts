import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import {
  plainZip,
  SAMPLE_JPEG,
  SAMPLE_PNG,
  sampleDocx,
  sampleOdt,
  samplePdf,
  sampleXlsx,
  zipBombDocx,
} from '../../../../../test/support/sample-documents';
import type { ApiException } from '../../common/api.exception';
import { detectFileType } from './detect-file-type';
import type { ReceivedFile } from './receive-upload';

describe("a document's type, read from its content", () => {
  const folder = mkdtempSync(join(tmpdir(), 'detect-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  let n = 0;
  const received = (bytes: Buffer): ReceivedFile => {
    const path = join(folder, String((n += 1)));
    writeFileSync(path, bytes);
    return {
      path,
      clientName: 'x',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      head: bytes.subarray(0, 4100),
      tooLarge: false,
    };
  };
  const typeOf = async (bytes: Buffer) => {
    const found = await detectFileType(received(bytes));
    return found.ok ? found.mediaType : (found.refusal as ApiException).code;
  };

  it('recognises each accepted type by its content', async () => {
    expect(await typeOf(samplePdf())).toBe('application/pdf');
    expect(await typeOf(SAMPLE_PNG)).toBe('image/png');
    expect(await typeOf(SAMPLE_JPEG)).toBe('image/jpeg');
    expect(await typeOf(sampleDocx())).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(await typeOf(sampleXlsx())).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await typeOf(sampleOdt())).toBe('application/vnd.oasis.opendocument.text');
  });

  it('refuses text, a plain archive, a macro-enabled document and a damaged archive as types a handling may not have', async () => {
    expect(await typeOf(Buffer.from('Hej, det här är bara text.'))).toBe('FILE_TYPE_NOT_ACCEPTED');
    expect(await typeOf(plainZip())).toBe('FILE_TYPE_NOT_ACCEPTED');
    const docm = Buffer.from(
      zipSync({
        '[Content_Types].xml': strToU8(
          '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
        ),
      }),
    );
    expect(await typeOf(docm)).toBe('FILE_TYPE_NOT_ACCEPTED');
    expect(await typeOf(sampleDocx().subarray(0, 60))).toBe('FILE_TYPE_NOT_ACCEPTED');
  });

  it('refuses a DOCX that unpacks to a hundred times its size, and says so in both languages', async () => {
    const found = await detectFileType(received(zipBombDocx()));
    expect(found.ok).toBe(false);
    const refusal = (found as { refusal: ApiException }).refusal;
    expect({ status: refusal.getStatus(), code: refusal.code, errors: refusal.details.errors }).toEqual({
      status: 422,
      code: 'FILE_ZIP_BOMB',
      errors: [
        {
          field: 'file',
          rule: 'zipLimits',
          message: expect.stringContaining('more than 100 times its own size'),
          messageSv: expect.stringContaining('mer än 100 gånger sin egen storlek'),
        },
      ],
    });
  });
});
