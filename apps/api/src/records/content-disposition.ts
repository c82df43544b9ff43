/**
 * A Content-Disposition header that keeps a Swedish file name (RFC 6266): an ASCII `filename` for old clients (å, ä, ö
 * spelled a, a, o; anything else unsafe an underscore) and the exact name in `filename*` (RFC 8187, UTF-8).
 */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
