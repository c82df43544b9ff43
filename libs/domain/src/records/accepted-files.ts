/**
 * The file types a handling may have, detected from the content (never from the client's name or type): PDF,
 * DOCX, ODT, XLSX, PNG, JPEG. Each with the extension a download is named with.
 */
export const ACCEPTED_FILE_TYPES = [
  { mediaType: 'application/pdf', extension: 'pdf' },
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  { mediaType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  { mediaType: 'image/png', extension: 'png' },
  { mediaType: 'image/jpeg', extension: 'jpg' },
] as const;

export type AcceptedMediaType = (typeof ACCEPTED_FILE_TYPES)[number]['mediaType'];

export const ACCEPTED_MEDIA_TYPES: readonly AcceptedMediaType[] = ACCEPTED_FILE_TYPES.map((t) => t.mediaType);

export function extensionOf(mediaType: string): string | undefined {
  return ACCEPTED_FILE_TYPES.find((t) => t.mediaType === mediaType)?.extension;
}
