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
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = requestIdOf(req);
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      customAttributeKeys: { reqId: 'requestId' },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
    },
  };
}
