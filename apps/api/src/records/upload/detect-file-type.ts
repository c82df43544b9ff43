import { filetypeinfo } from 'magic-bytes.js';
import { ACCEPTED_MEDIA_TYPES, type AcceptedMediaType } from '@iop/domain';
import type { ApiException } from '../../common/api.exception';
import { inspectOfficeZip } from './office-zip';
import type { ReceivedFile } from './receive-upload';
import { UploadRefusals } from './upload-refusals';

/** The types the signatures alone decide; a ZIP's signature says only that it is an archive. */
const BY_SIGNATURE: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg'];
const ZIP = 'application/zip';

/** What the content was found to be, in words, when it is none of the accepted types. */
const describe = (mime: string | undefined) =>
  mime === ZIP
    ? { en: 'a ZIP archive that is no DOCX, XLSX or ODT document', sv: 'ett ZIP-arkiv som inte är något DOCX-, XLSX- eller ODT-dokument' }
    : mime
      ? { en: `of the type ${mime}`, sv: `av typen ${mime}` }
      : { en: 'of no type it recognises', sv: 'av en typ som inte känns igen' };

/**
 * The file's type, from its content only (the client's name and Content-Type are never asked): the signature of
 * its first bytes (magic-bytes.js), and for a ZIP what the archive says of itself, after it has been checked
 * against the zip-bomb limits. Returns the accepted media type, or the refusal to answer with.
 */
export async function detectFileType(file: ReceivedFile): Promise<{ ok: true; mediaType: AcceptedMediaType } | { ok: false; refusal: ApiException }> {
  const guesses = filetypeinfo(file.head).map((g) => g.mime);
  const signed = guesses.find((mime) => mime !== undefined && BY_SIGNATURE.includes(mime));
  if (signed) return { ok: true, mediaType: signed as AcceptedMediaType };
  if (!guesses.includes(ZIP)) return { ok: false, refusal: UploadRefusals.typeNotAccepted(describe(guesses[0])) };
  const verdict = await inspectOfficeZip(file.path, file.sizeBytes);
  if (verdict.kind === 'bomb') return { ok: false, refusal: UploadRefusals.zipBomb(verdict.limit) };
  if (verdict.kind === 'office' && (ACCEPTED_MEDIA_TYPES as readonly string[]).includes(verdict.mediaType))
    return { ok: true, mediaType: verdict.mediaType as AcceptedMediaType };
  return { ok: false, refusal: UploadRefusals.typeNotAccepted(describe(verdict.kind === 'corrupt' ? undefined : ZIP)) };
}
