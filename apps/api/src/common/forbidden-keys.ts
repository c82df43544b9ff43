import type { NextFunction, Request, Response } from 'express';
import { ApiException } from './api.exception';
import { fieldError } from './field-messages';

/**
 * Keys that name an object's prototype machinery rather than a field. The validation pipe strips `__proto__`
 * silently; a client that sends one is told instead, like any other unknown field, before anything reads the body.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key (JSON.parse makes `__proto__` an own key), at any depth. */
export function forbiddenKeyPath(value: unknown, path = ''): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const inner = forbiddenKeyPath((value as Record<string, unknown>)[key], here);
    if (inner) return inner;
  }
  return undefined;
}

/** Express middleware right after the JSON parser (which bounds the depth this walks). */
export function refuseForbiddenKeys(req: Request, _res: Response, next: NextFunction): void {
  const field = forbiddenKeyPath(req.body);
  if (field === undefined) return next();
  next(ApiException.invalid([fieldError(field, 'forbiddenKey')]));
}
