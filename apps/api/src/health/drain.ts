import { INestApplication } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { DrainState } from './drain-state';

/**
 * The API's part of a SIGTERM, prepared when the app is made (it must know the requests in hand): readiness turns 503
 * at once, the server stops accepting connections, each request in hand finishes and its connection then closes
 * (`Connection: close`) rather than waiting for another, and only then does the application close its database pool
 * and Temporal connection, which those requests still needed.
 */
export function drainApi(app: INestApplication): () => Promise<void> {
  const server = app.getHttpServer() as Server;
  const inHand = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    if (draining) closeAfter(response);
    inHand.add(response);
    response.once('close', () => inHand.delete(response));
  });
  return async () => {
    draining = true;
    app.get(DrainState).begin();
    for (const response of inHand) closeAfter(response);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // A connection whose last response went out with its headers already sent (before the drain) idles instead of
      // closing: close those as they fall idle, so the drain ends when the last request does.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      server.once('close', () => clearInterval(sweep));
      server.closeIdleConnections();
    });
    await app.close();
  };
}

function closeAfter(response: ServerResponse): void {
  if (response.headersSent) return;
  response.shouldKeepAlive = false;
  response.setHeader('Connection', 'close');
}
