/**
 * The reads figure's second baseline: the least any HTTP service can do for the list on this machine. A process of
 * its own (as the API is) with node:http and a pg pool that runs the list's statement, prepared, and answers its
 * page as JSON: no framework, no token, no validation, no log. Beside the API and the raw statement it says how much
 * of the API's time over the statement is one more process hop and how much is the engine's own.
 *
 * Started by bench-reads.ts as `node bench-bare-list-server.js` with BARE_LIST_DATABASE_URL, BARE_LIST_PORT,
 * BARE_LIST_STATEMENT (the statement's text and values as JSON) and BARE_LIST_PAGE_SIZE; it prints "ready" once it
 * listens.
 */
import { createServer } from 'node:http';
import { Pool } from 'pg';

function main(): void {
  const { text, values } = JSON.parse(process.env.BARE_LIST_STATEMENT ?? '{}') as { text: string; values: unknown[] };
  const pageSize = Number(process.env.BARE_LIST_PAGE_SIZE);
  const pool = new Pool({ connectionString: process.env.BARE_LIST_DATABASE_URL, max: 10 });
  const server = createServer((request, response) => {
    pool.query({ name: 'bare-list', text, values }).then(
      ({ rows }) => {
        const body = JSON.stringify({ items: rows.slice(0, pageSize), pageSize, hasMore: rows.length > pageSize });
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      (error: Error) => response.writeHead(500).end(error.message),
    );
    request.resume();
  });
  server.listen(Number(process.env.BARE_LIST_PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

main();
