import { HttpException, HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiException } from './api.exception';

export const BODY_LIMIT = '256kb';

/** No request of this API nests deeper than a few levels; far deeper JSON is refused before it is parsed. */
export const MAX_JSON_DEPTH = 32;

/**
 * body-parser's `verify` hook: counts the nesting of the raw JSON (outside strings) and refuses it past the limit,
 * so that no later recursive step (transformation, validation) ever sees it.
 */
export function refuseDeepJson(_req: unknown, _res: unknown, buffer: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buffer.length; i++) {
    const c = buffer[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) throw Object.assign(new Error('JSON nested too deeply'), { status: 400, type: 'entity.too.deep' });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/**
 * Commands carry JSON; a body in any other format is refused with 415 rather than read as empty. The routes that
 * take a file (`multipartRoutes`, by method and path) read their multipart/form-data body themselves, as a stream.
 */
export function requireJsonBody(multipartRoutes: readonly { method: string; path: RegExp }[] = []) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody || !['POST', 'PUT', 'PATCH'].includes(req.method) || req.is('application/json')) return next();
    const path = (req.originalUrl ?? req.url).split('?')[0];
    if (req.is('multipart/form-data') && multipartRoutes.some((route) => route.method === req.method && route.path.test(path))) return next();
    next(new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.'));
  };
}

/** body-parser's error types, answered in the API's own error body instead of as 500 or a bare message. */
const BODY_ERRORS: Record<string, { status: HttpStatus; code: string; message: string }> = {
  'entity.parse.failed': { status: HttpStatus.BAD_REQUEST, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: HttpStatus.PAYLOAD_TOO_LARGE, code: 'PAYLOAD_TOO_LARGE', message: `The request body exceeds ${BODY_LIMIT}.` },
  'encoding.unsupported': {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: 'UNSUPPORTED_ENCODING',
    message: 'The content encoding is not supported.',
  },
  'charset.unsupported': {
    status: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    code: 'UNSUPPORTED_CHARSET',
    message: 'The charset is not supported; send UTF-8.',
  },
  'entity.too.deep': { status: HttpStatus.BAD_REQUEST, code: 'JSON_TOO_DEEP', message: `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.` },
  'request.aborted': { status: HttpStatus.BAD_REQUEST, code: 'REQUEST_ABORTED', message: 'The request was aborted.' },
};

/** Express error middleware placed right after the JSON parser; Nest's exception filter then answers. */
export function bodyParserErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  if (error instanceof HttpException) return next(error);
  const type = (error as { type?: unknown })?.type;
  const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
  const status = (error as { status?: unknown })?.status;
  if (known) return next(new ApiException(known.status, known.code, known.message));
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return next(new ApiException(status, 'BAD_REQUEST_BODY', 'The request body could not be read.'));
  }
  next(error);
}
