import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Small valid documents of each accepted type, made in the test: a one-page PDF, a 1×1 PNG, a JPEG's header, and
 * DOCX, XLSX and ODT as the ZIP archives they are (with what each says of itself: the OOXML content types, the ODF
 * mimetype entry).
 */
export function samplePdf(text = 'Stadgar'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${`BT /F1 12 Tf 72 770 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 72 770 Td (${text}) Tj ET\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const SAMPLE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export const SAMPLE_JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);

const contentTypes = (main: string, part: string) =>
  strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="xml" ContentType="application/xml"/><Override PartName="${part}" ContentType="${main}"/></Types>`,
  );

export function sampleDocx(text = 'Protokoll från dialogmötet', extra: Zippable = {}): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', '/word/document.xml'),
      'word/document.xml': strToU8(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
      ),
      ...extra,
    }),
  );
}

export function sampleXlsx(): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': contentTypes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', '/xl/workbook.xml'),
      'xl/workbook.xml': strToU8('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
    }),
  );
}

export function sampleOdt(): Buffer {
  return Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    }),
  );
}

/** A DOCX that unpacks to far more than it weighs: one entry of zeros, compressed a thousand to one. */
export function zipBombDocx(unpackedBytes = 16 * 1024 * 1024): Buffer {
  return sampleDocx('Bomb', { 'word/media/filler.bin': [new Uint8Array(unpackedBytes), { level: 9 }] });
}

/** A plain ZIP archive that describes no document. */
export function plainZip(): Buffer {
  return Buffer.from(zipSync({ 'readme.txt': strToU8('Ingen handling') }));
}
