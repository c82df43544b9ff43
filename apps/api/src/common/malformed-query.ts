import type { NextFunction, Request, Response } from 'express';
import { ApiException } from './api.exception';
import { fieldError } from './field-messages';

/**
 * The query parameters whose names or values are not percent-encoded UTF-8 (a lone surrogate as a careless encoder
 * writes it, `%ED%A0%80`; a stray `%`). Express's parser keeps such a value undecoded, as its raw text, which any
 * text rule then takes for what the client meant; the client is told instead.
 */
export function malformedQueryParameters(url: string): string[] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const malformed: string[] = [];
  for (const pair of query.split('&').filter(Boolean)) {
    const [rawName, rawValue = ''] = pair.split('=', 2);
    const name = decoded(rawName);
    if (name === undefined || decoded(rawValue) === undefined) malformed.push(name ?? rawName);
  }
  return malformed;
}

function decoded(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Express middleware before any route: a 400 naming each parameter that is not UTF-8, before anything reads it. */
export function refuseMalformedQuery(req: Request, _res: Response, next: NextFunction): void {
  const fields = malformedQueryParameters(req.originalUrl ?? req.url);
  if (fields.length === 0) return next();
  next(ApiException.invalid(fields.map((field) => fieldError(field, 'isUtf8'))));
}
