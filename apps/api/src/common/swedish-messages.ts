import { HttpStatus } from '@nestjs/common';
import { BODY_LIMIT, MAX_JSON_DEPTH } from './body-parser-errors';

/**
 * The Swedish sentence of every generic reason code, for errors raised where no Swedish was written beside the
 * English (framework exceptions, body parsing, outages). Business refusals bring their own from the domain.
 */
const BY_CODE: Record<string, string> = {
  VALIDATION_FAILED: 'Begäran är ogiltig.',
  MALFORMED_JSON: 'Begärans innehåll är inte giltig JSON.',
  PAYLOAD_TOO_LARGE: `Begärans innehåll är större än ${BODY_LIMIT}.`,
  JSON_TOO_DEEP: `JSON-innehållet är nästlat djupare än ${MAX_JSON_DEPTH} nivåer.`,
  UNSUPPORTED_MEDIA_TYPE: 'Skicka innehållet som application/json.',
  UNSUPPORTED_ENCODING: 'Innehållets kodning stöds inte.',
  UNSUPPORTED_CHARSET: 'Teckenkodningen stöds inte; skicka UTF-8.',
  REQUEST_ABORTED: 'Begäran avbröts.',
  BAD_REQUEST_BODY: 'Begärans innehåll kunde inte läsas.',
  IDEMPOTENCY_KEY_REUSED: 'Denna Idempotency-Key har redan använts för en annan begäran.',
  NOT_FOUND: 'Det finns inget här.',
  DATABASE_UNAVAILABLE: 'Databasen är inte tillgänglig; försök igen om en stund.',
  TEMPORAL_UNAVAILABLE: 'Processmotorn är inte tillgänglig; försök igen om en stund.',
  INTERNAL_ERROR: 'Ett oväntat fel inträffade.',
};

/** For a code nobody wrote Swedish for: a sentence by status, so that no error body ever lacks one. */
const BY_STATUS: Partial<Record<HttpStatus, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Begäran är ogiltig.',
  [HttpStatus.UNAUTHORIZED]: 'Logga in: begäran saknar en giltig token.',
  [HttpStatus.FORBIDDEN]: 'Du får inte göra detta.',
  [HttpStatus.NOT_FOUND]: 'Det finns inget här.',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'Metoden stöds inte här.',
  [HttpStatus.CONFLICT]: 'Begäran passar inte det nuvarande läget.',
  [HttpStatus.PAYLOAD_TOO_LARGE]: `Begärans innehåll är större än ${BODY_LIMIT}.`,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'Skicka innehållet som application/json.',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'Innehållet bryter mot en regel.',
  [HttpStatus.TOO_MANY_REQUESTS]: 'För många begäranden; försök igen om en stund.',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'Tjänsten är inte tillgänglig; försök igen om en stund.',
};

export function swedishMessageOf(code: string, status: number): string {
  return BY_CODE[code] ?? BY_STATUS[status as HttpStatus] ?? (status >= 500 ? BY_CODE.INTERNAL_ERROR : 'Begäran kunde inte utföras.');
}
