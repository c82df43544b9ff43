/** What `npm run bench` measures, from its environment: the servers (BENCH_SERVERS) and the figures (BENCH_ONLY). */

export const SECTIONS = ['payload', 'answers', 'starts', 'reads', 'workers', 'memory'] as const;
export type Section = (typeof SECTIONS)[number];
export type ServerKind = 'dev' | 'cluster';
export const SERVER_NAMES: Record<ServerKind, string> = { dev: 'dev server (CLI, SQLite)', cluster: 'cluster (Temporal server on PostgreSQL)' };

export function listSetting<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] {
  const raw = process.env[name];
  if (!raw) return [...fallback];
  const values = raw.split(',').map((v) => v.trim()) as T[];
  const wrong = values.filter((v) => !allowed.includes(v));
  if (wrong.length) throw new Error(`${name} names ${wrong.join(', ')}: use a comma list of ${allowed.join(', ')}.`);
  return values;
}
