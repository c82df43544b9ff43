/**
 * The reads figure of `npm run bench`: the auditor's timeline of a partnership with 500 steps and a filtered list over
 * 10,000 partnerships, through the API beside the same queries in raw SQL.
 */
import type { Client as Pg } from 'pg';
import { timelineQuery } from '../../libs/database/src/auditing.repository';
import { buildListQuery } from '../../libs/database/src/partnership-list.repository';
import { waitFor } from '../../libs/devstack/src';
import { startBareServer } from './bench-bare-servers';
import { Figure, say } from './bench-figures';
import type { BenchStack } from './bench-stack';
import { STARTS } from './bench-starts';
import { ms, percentile, timed } from './bench-stats';

/**
 * `long`: a partnership to give the long timeline (one is started when absent); `afterStarts`: the starts figure ran
 * before, so its bare starts are waited for.
 */
export async function benchReads(stack: BenchStack, db: Pg, options: { long?: string; afterStarts: boolean }): Promise<Figure[]> {
  const { createThroughApi, get, auditor } = stack;
  const figures: Figure[] = [];
  // The reads are measured once the bare starts are written (the bare client does not wait for their openings).
  if (options.afterStarts) {
    await waitFor(
      'the started partnerships written',
      async () => {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM partnerships WHERE title LIKE 'Bar start %'`);
        return rows[0].n >= STARTS ? true : undefined;
      },
      120000,
    );
  }
  const long = options.long ?? (await createThroughApi('Lång tidslinje'));
  await db.query(
    `INSERT INTO step_records (process_id, step_key, phase, action, responsible_kind, level_aimed_for, level_reached, actor, occurred_at, evidence)
     SELECT $1, 'bench.' || n, 'IMPLEMENTATION', 'FOLLOW_UP_REPORT_SUBMITTED', 'ORGANISATION', 'CONSULTATION', 'CONSULTATION', 'bench',
            now() + n * interval '1 minute', '{"answered":["802456-1238"]}'::jsonb
     FROM generate_series(1, 500 - (SELECT count(*)::int FROM step_records WHERE process_id = $1)) n`,
    [long],
  );
  await db.query(`
    WITH process AS (
      INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
      SELECT gen_random_uuid(), 'PARTNERSHIP', 'Partnerskap ' || i, 'Region Skåne', 'bench-list-' || i, timestamp '2020-01-01' + i * interval '2 hours'
      FROM generate_series(1, 10000) i
      RETURNING id, workflow_id, title, created_at
    )
    INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at, revision, public_party_name, state)
    SELECT id, workflow_id, title,
           (ARRAY['PROBLEM_DEFINITION','DIALOGUE','DRAFTING','POLITICAL_APPROVAL','SIGNATURE','IMPLEMENTATION','ENDED'])[1 + (substr(workflow_id, 12)::int) % 7],
           created_at, now(), 1, 'Region Skåne', '{}'::jsonb
    FROM process`);
  await db.query('ANALYZE');
  const { rows: counted } = await db.query(
    `SELECT (SELECT count(*) FROM partnerships)::int AS p, (SELECT count(*) FROM step_records WHERE process_id = $1)::int AS s`,
    [long],
  );
  const repeat = Number(process.env.BENCH_READS ?? 500);
  const timelineApi: number[] = [];
  const timelineSql: number[] = [];
  const listApi: number[] = [];
  const listSql: number[] = [];
  const listSqlText: number[] = [];
  const floor: number[] = [];
  const listBare: number[] = [];
  const listPage = { phase: 'DRAFTING', page: 3, pageSize: 20 };
  const listPath = `/partnerships?phase=${listPage.phase}&page=${listPage.page}&pageSize=${listPage.pageSize}`;
  const { sql: listQuery, params: listParams } = buildListQuery({ ...listPage, today: new Date().toISOString().slice(0, 10) }, 'all');
  const timeline = timelineQuery(long);
  const bare = await startBareServer('bench-bare-list-server.js', 'BARE_LIST_PORT', {
    BARE_LIST_DATABASE_URL: stack.databaseUrl,
    BARE_LIST_STATEMENT: JSON.stringify({ text: listQuery, values: listParams }),
    BARE_LIST_PAGE_SIZE: String(listPage.pageSize),
  });
  try {
    const round = async (measured: boolean) => {
      const into = (samples: number[]) => (measured ? samples : []);
      await timed(into(timelineApi), async () => (await get(`/partnerships/${long}/timeline`, auditor)).arrayBuffer());
      await timed(into(timelineSql), () => db.query(timeline.sql, timeline.params));
      await timed(into(listApi), async () => (await get(listPath, auditor)).arrayBuffer());
      // The API prepares the list's statement (DATABASE_PREPARED_STATEMENTS): the baseline is that statement prepared
      // too, and beside it the same text sent unprepared, as the baseline was before the API prepared it.
      await timed(into(listSql), () => db.query({ name: 'bench-list', text: listQuery, values: listParams }));
      await timed(into(listSqlText), () => db.query(listQuery, listParams));
      // The same statement behind the least an HTTP service can be (bench-bare-list-server.ts).
      await timed(into(listBare), async () => (await bare.request('GET')).arrayBuffer());
      // What any request costs before the route's own work: the API's route that does nothing.
      await timed(into(floor), async () => (await get('/health/live', auditor)).arrayBuffer());
    };
    // Unmeasured first, as often as measured: every path is timed with its code compiled by V8's optimising tier,
    // as in a process that has served for a while (a fresh API spent 4.6 ms of CPU on a list, 2.4–2.7 ms warm).
    for (let i = 0; i < repeat; i++) await round(false);
    for (let i = 0; i < repeat; i++) await round(true);
  } finally {
    await bare.stop();
  }
  const timelineRatio = percentile(timelineApi, 95) / percentile(timelineSql, 95);
  const listRatio = percentile(listApi, 95) / percentile(listSql, 95);
  const bareRatio = percentile(listBare, 95) / percentile(listSql, 95);
  say();
  say(`Reads, ${repeat} each (partnerships: ${counted[0].p}; steps of the long partnership: ${counted[0].s}):`);
  say(
    `  timeline of 500 steps via API p95 ${ms(percentile(timelineApi, 95))}   the same query in raw SQL p95 ${ms(percentile(timelineSql, 95))}   (${timelineRatio.toFixed(2)}×)`,
  );
  say(
    `  list filtered by phase via API p95 ${ms(percentile(listApi, 95))}   the same statement prepared in raw SQL p95 ${ms(percentile(listSql, 95))}   (${listRatio.toFixed(2)}×; target ≤ 1.5×: ${listRatio <= 1.5 ? 'met' : 'NOT met'})`,
  );
  say(
    `    the same as text, unprepared, p50 ${ms(percentile(listSqlText, 50))} p95 ${ms(percentile(listSqlText, 95))}; list via API p50 ${ms(percentile(listApi, 50))}; raw SQL prepared p50 ${ms(percentile(listSql, 50))}`,
  );
  say(`  the API's route that does nothing (GET /health/live): p50 ${ms(percentile(floor, 50))}  p95 ${ms(percentile(floor, 95))}`);
  say(
    `  the same statement behind a bare node:http server with a pg pool: p50 ${ms(percentile(listBare, 50))}  p95 ${ms(percentile(listBare, 95))}   (${bareRatio.toFixed(2)}× the raw SQL; the API ${(percentile(listApi, 95) / percentile(listBare, 95)).toFixed(2)}× it)`,
  );
  figures.push(
    {
      name: 'timeline of 500 steps, p95',
      engine: ms(percentile(timelineApi, 95)),
      baseline: `${ms(percentile(timelineSql, 95))} raw SQL`,
      ratio: `${timelineRatio.toFixed(2)}×`,
    },
    {
      name: 'list by phase over 10,000 and more partnerships, p95',
      engine: ms(percentile(listApi, 95)),
      baseline: `${ms(percentile(listSql, 95))} raw SQL prepared (as text ${ms(percentile(listSqlText, 95))}; an empty route ${ms(percentile(floor, 95))}; a bare HTTP server ${ms(percentile(listBare, 95))}, ${bareRatio.toFixed(2)}×)`,
      ratio: `${listRatio.toFixed(2)}×`,
      target: listRatio <= 1.5 ? 'met' : 'NOT met',
    },
  );
  return figures;
}
