import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiMetrics, ERROR_CODE_LOCAL } from './api-metrics';
import { CountedMove, moveRoutes } from './move-table';

/** The status recorded for a request whose client closed the connection before the answer (nginx's convention). */
const CLIENT_CLOSED = '499';

/**
 * Counts and times every request once it is answered, by its route TEMPLATE (`/partnerships/:id/meetings`): the
 * raw path holds ids and whatever a caller typed, so it is never a label. A request no route matched is
 * `(no route)`, a file of the web interface `/app/*`. The first middleware of the app, so that what the body parser
 * or a size limit refuses is counted too. A move's route also counts the move: accepted, replayed (answered from an
 * Idempotency-Key's first attempt), refused (4xx, with the reason code of the answer) or failed (5xx).
 */
export function httpMetrics(metrics: ApiMetrics, moves: Map<string, CountedMove> = moveRoutes()) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = (clientLeft: boolean) => {
      if (recorded) return;
      recorded = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel(request);
      metrics.observeRequest({ method: request.method, route, status: clientLeft ? CLIENT_CLOSED : String(response.statusCode) }, seconds);
      // A move whose caller left is only a request here: its outcome is not known yet.
      const move = clientLeft ? undefined : moves.get(`${request.method} ${route}`);
      if (move) metrics.countMove({ process_kind: move.processKind, move: move.move, ...outcomeOf(response) });
    };
    response.once('finish', () => record(false));
    response.once('close', () => record(!response.writableFinished));
    next();
  };
}

function routeLabel(request: Request): string {
  const template = (request.route as { path?: unknown } | undefined)?.path;
  // Nest answers an unknown path through its catch-all route (`/{*path}`): that is no route of ours.
  if (typeof template === 'string' && !template.includes('*')) return template;
  if (/^\/app(\/|$)/.test(request.originalUrl ?? request.url)) return '/app/*';
  return '(no route)';
}

function outcomeOf(response: Response): { outcome: 'accepted' | 'replayed' | 'refused' | 'failed'; reason: string } {
  const status = response.statusCode;
  if (status < 400) return { outcome: response.getHeader('Idempotent-Replayed') === 'true' ? 'replayed' : 'accepted', reason: '' };
  const code = response.locals[ERROR_CODE_LOCAL] as unknown;
  return { outcome: status >= 500 ? 'failed' : 'refused', reason: typeof code === 'string' ? code : `HTTP_${status}` };
}

/** Puts the request metrics in front of every other middleware of the app, when metrics are enabled. */
export function useHttpMetrics(app: INestApplication): void {
  const metrics = app.get(ApiMetrics);
  if (metrics.enabled) app.use(httpMetrics(metrics));
}
