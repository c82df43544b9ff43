import { INestApplication } from '@nestjs/common';
import type { Server, ServerResponse } from 'node:http';
import { DrainState } from './drain-state';

/**
 * The API's part of a SIGTERM: readiness turns 503 at once, the server stops accepting connections, each request in
 * hand finishes (its connection then closes rather than waiting for another), and only then does the application
 * close its database pool and Temporal connection, which those requests still needed.
 */
export async function drainApi(app: INestApplication): Promise<void> {
  app.get(DrainState).begin();
  const server = app.getHttpServer() as Server;
  // A request that arrives on a connection already open is still answered, and that connection then closes.
  server.on('request', (_request: unknown, response: ServerResponse) => {
    if (!response.headersSent) response.setHeader('Connection', 'close');
  });
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await app.close();
}
