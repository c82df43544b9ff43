import { createHash } from 'node:crypto';

/**
 * The statements on the hot paths (a move's write, the guard's scope, the list, a partnership's page) that each
 * pooled connection prepares once and then only binds and executes: PostgreSQL parses them once per connection
 * and, after a few executions, keeps a generic plan, instead of parsing and planning the text on every call (about
 * 1 ms of a move's write, measured by `npm run bench`). Only statements declared here are prepared, so what a
 * connection holds is bounded; the repositories still send plain text, and the driver (pg-driver.ts) looks it up.
 */
const registry = new Map<string, string>();

/** At most this many statements are declared; later ones (an unusual mix of list filters) are sent as text. */
const MAX_PREPARED = 200;

/** Declares `text` a prepared statement and returns it unchanged, so a repository writes `query(prepared(sql), …)`. */
export function prepared(text: string): string {
  if (!registry.has(text) && registry.size < MAX_PREPARED) {
    registry.set(text, `iop_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`);
  }
  return text;
}

/** The statement name the driver prepares `text` under, if it was declared. */
export function preparedNameOf(text: string): string | undefined {
  return registry.get(text);
}
