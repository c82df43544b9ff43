import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiException } from './api.exception';

export const BODY_LIMIT = '256kb';

/** body-parser's error types, answered in the API's own error body instead of as 500 or a bare message. */
const BODY_ERRORS: Record<string, { status: HttpStatus; code: string; message: string }> = {
  'entity.parse.failed': { status: HttpStatus.BAD_REQUEST, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: HttpStatus.PAYLOAD_TOO_LARGE, code: 'PAYLOAD_TOO_LARGE', message: `The request body exceeds ${BODY_LIMIT}.` },
  'encoding.unsupported': { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, code: 'UNSUPPORTED_ENCODING', message: 'The content encoding is not supported.' },
  'charset.unsupported': { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, code: 'UNSUPPORTED_CHARSET', message: 'The charset is not supported; send UTF-8.' },
  'request.aborted': { status: HttpStatus.BAD_REQUEST, code: 'REQUEST_ABORTED', message: 'The request was aborted.' },
};

/** Express error middleware placed right after the JSON parser; Nest's exception filter then answers. */
export function bodyParserErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  const type = (error as { type?: unknown })?.type;
  const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
  const status = (error as { status?: unknown })?.status;
  if (known) return next(new ApiException(known.status, known.code, known.message));
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return next(new ApiException(status, 'BAD_REQUEST_BODY', 'The request body could not be read.'));
  }
  next(error);
}
