import type { NextFunction, Request, Response } from 'express';

/** A UUID as a whole path segment, in any case. */
const UUID_SEGMENT = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi;

const lowerCaseIds = (url: string): string => {
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  return path.replace(UUID_SEGMENT, (segment) => segment.toLowerCase()) + (query < 0 ? '' : url.slice(query));
};

/**
 * Ids are UUIDs, which are case-insensitive; they are stored, and workflows and audit chains named, in lower case.
 * Rewriting the path once, before routing, gives the guard, the pipes, the audit entry and the logs the same id,
 * so that an upper-case id is the same partnership rather than an unknown workflow filed under a chain of its own.
 */
export function canonicalIds(req: Request, _res: Response, next: NextFunction): void {
  req.url = lowerCaseIds(req.url);
  req.originalUrl = lowerCaseIds(req.originalUrl ?? req.url);
  next();
}
