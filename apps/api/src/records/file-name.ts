import { extensionOf, normaliseText } from '@iop/domain';

/** A file name's longest stored form, in characters: longer names are cut before the extension. */
const MAX_NAME = 120;

/** Characters no file system or header takes well: controls, path separators, the ones Windows forbids. */
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern removes.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|\u2028\u2029\ud800-\udfff]/gu;

/**
 * The name a handling's file is downloaded under: the client's name as the person gave it (å, ä and ö kept),
 * without any folder, unsafe character or extension of its own, then the extension of the type the content was
 * found to be, so that a PDF sent as "stadgar.doc" opens as the PDF it is.
 */
export function storedFileName(clientName: string, mediaType: string): string {
  const extension = extensionOf(mediaType) ?? 'bin';
  const base = normaliseText(clientName.split(/[/\\]/).pop() ?? '')
    .replace(UNSAFE, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return `${[...(base || 'dokument')].slice(0, MAX_NAME).join('').trim()}.${extension}`;
}

/**
 * `Content-Disposition` (a download, or a document shown in the browser) with the name twice (RFC 6266): `filename`
 * in plain ASCII for old clients (å, ä, ö as a, a, o), and `filename*` in UTF-8 (RFC 8187), which every current
 * browser prefers.
 */
export function contentDisposition(fileName: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
