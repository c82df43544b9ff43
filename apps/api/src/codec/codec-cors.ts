import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS = 'Authorization, Content-Type, X-Namespace';

/**
 * CORS for the codec routes alone (mounted at /codec), for the Temporal Web UI, which calls them from the browser
 * on its own origin. Before the body checks and the guard: a preflight carries no token and must be answered
 * (204), and a refusal must carry the headers too, or the browser shows a CORS error instead of the API's answer.
 * An origin not listed gets no CORS headers, so the browser withholds every answer from it.
 */
export function codecCors(allowedOrigins: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    res.vary('Origin');
    if (origin && allowedOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      // The Web UI's "include cross-origin credentials" setting sends its cookies along.
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'POST');
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
      }
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  };
}

/** TEMPORAL_UI_ORIGIN, comma separated. */
export const allowedOriginsOf = (setting: string | undefined): string[] =>
  setting
    ? setting
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean)
    : [];
