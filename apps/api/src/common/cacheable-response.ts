import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** What a public, cacheable answer sends: its bytes as they go out, their type, and a file name for a download. */
export interface CacheableBody {
  body: string;
  contentType: string;
  fileName?: string;
  /** How long a cache may serve it without asking again. */
  maxAgeSeconds: number;
}

/**
 * Sends a body that anyone may cache, with a strong ETag (the SHA-256 of its bytes): a client that sends the tag back
 * in If-None-Match gets 304 and no body while nothing changed. The freshness check is Express's own (`req.fresh`,
 * RFC 9110: weak comparison, lists and `*`), against the tag set here.
 */
export function sendCacheable(req: Request, res: Response, { body, contentType, fileName, maxAgeSeconds }: CacheableBody): void {
  res.setHeader('ETag', `"${createHash('sha256').update(body).digest('base64url')}"`);
  res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
  // The same address answers JSON or CSV by the Accept header: a cache must keep them apart.
  res.vary('Accept');
  res.type(contentType);
  if (fileName) res.attachment(fileName);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(body);
}
