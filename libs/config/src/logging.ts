import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Environment } from './environment';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A request id a client may choose (so it can correlate), else a new one; never longer than a line. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const candidate = Array.isArray(given) ? given[0] : given;
  return candidate && /^[A-Za-z0-9._:-]{1,128}$/.test(candidate) ? candidate : randomUUID();
}

/** Structured JSON logs, one line per event, with the request id on every line of a request. */
export function pinoParams(env: Environment, app: 'api' | 'worker'): Params {
  return {
    pinoHttp: {
      level: env.LOG_LEVEL,
      base: { app },
      // The API assigns the id before it reads the body (assignRequestId), so that a request refused while it is
      // read has its id too; pino-http keeps it.
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = (req as IncomingMessage & { id?: string }).id ?? requestIdOf(req);
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      customAttributeKeys: { reqId: 'requestId' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // Probes (/health, /health/live, /health/ready) come every few seconds from orchestrators and load balancers.
      autoLogging: { ignore: (req: IncomingMessage) => /^\/health(\/(live|ready))?(\?|$)/.test(req.url ?? '') },
    },
  };
}

/** Express middleware, first of all: the request's id, before anything (the body parser) can refuse it. */
export function assignRequestId(req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void): void {
  req.id ??= requestIdOf(req);
  res.setHeader(REQUEST_ID_HEADER, req.id);
  next();
}
