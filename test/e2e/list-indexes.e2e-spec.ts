import { randomBytes } from 'node:crypto';
import { runMigrations } from '../../libs/database/src/migrate';
import { buildListQuery, ListScope, PartnershipListFilter } from '../../libs/database/src/partnership-list.repository';
import { ensureDatabase } from '../../libs/devstack/src/postgres';
import { withDatabase } from '../support/harness';

const LARGE_TABLES = ['partnerships', 'parties', 'step_records', 'decisions'];

/** Every plan node that reads a whole large table. */
function sequentialScans(plan: Record<string, any>): string[] {
  const own = plan['Node Type'] === 'Seq Scan' && LARGE_TABLES.includes(plan['Relation Name']) ? [plan['Relation Name'] as string] : [];
  return [...own, ...((plan.Plans ?? []) as Record<string, any>[]).flatMap(sequentialScans)];
}

/**
 * With 10,000 partnerships (20,000 parties, 60,000 step records, 10,000 decisions) in a database of this test's own,
 * every list filter is answered through indexes: EXPLAIN shows no sequential scan of a large table.
 */
describe('listing 10,000 partnerships', () => {
  const url = new URL(process.env.IOP_TEST_ADMIN_DATABASE_URL ?? process.env.DATABASE_URL!);
  url.pathname = `/iop_list_${randomBytes(4).toString('hex')}`;
  const databaseUrl = url.toString();

  beforeAll(async () => {
    const admin = new URL(databaseUrl);
    admin.pathname = '/postgres';
    await ensureDatabase(admin.toString(), url.pathname.slice(1));
    await runMigrations(databaseUrl);
    await withDatabase(async (db) => {
      await db.query(`
        INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
        SELECT md5('p' || i)::uuid, 'PARTNERSHIP', 'Partnerskap ' || i,
               (ARRAY['Region Skåne','Region Västernorrland','Region Stockholm','Region Uppsala'])[1 + i % 4], 'partnership-' || i,
               timestamp '2020-01-01' + i * interval '2 hours'
        FROM generate_series(1, 10000) i`);
      await db.query(`
        INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at, revision, public_party_name, state)
        SELECT md5('p' || i)::uuid, 'partnership-' || i, 'Partnerskap ' || i,
               (ARRAY['PROBLEM_DEFINITION','DIALOGUE','DRAFTING','POLITICAL_APPROVAL','SIGNATURE','IMPLEMENTATION','ENDED'])[1 + i % 7],
               timestamp '2020-01-01' + i * interval '2 hours', now(), 1,
               (ARRAY['Region Skåne','Region Västernorrland','Region Stockholm','Region Uppsala'])[1 + i % 4], '{}'::jsonb
        FROM generate_series(1, 10000) i`);
      await db.query(`
        INSERT INTO parties (process_id, party_key, kind, name, organisation_number, status, position)
        SELECT md5('p' || i)::uuid, 'PUBLIC', 'PUBLIC', 'Region', NULL, 'ACCEPTED', 0 FROM generate_series(1, 10000) i
        UNION ALL
        SELECT md5('p' || i)::uuid, lpad((800000000 + i)::text, 10, '0'), 'ORGANISATION', 'Förening ' || i,
               substr(lpad((800000000 + i % 500)::text, 10, '0'), 1, 6) || '-' || substr(lpad((800000000 + i % 500)::text, 10, '0'), 7), 'ACCEPTED', 1
        FROM generate_series(1, 10000) i`);
      await db.query(`
        INSERT INTO step_records (process_id, step_key, phase, action, responsible_kind, level_aimed_for, level_reached, actor, occurred_at, evidence)
        SELECT md5('p' || i)::uuid, i || '.' || n, 'DIALOGUE', 'STEP', 'JOINT', 'DIALOGUE',
               (ARRAY['INFORMATION','CONSULTATION','DIALOGUE','PARTNERSHIP'])[1 + (i + n) % 4], 'seed', now(), '{}'::jsonb
        FROM generate_series(1, 10000) i, generate_series(1, 6) n`);
      await db.query(`
        INSERT INTO decisions (partnership_id, seq, round, draft_version, body, meeting_date, diarienummer, paragraph, outcome, recorded_at)
        SELECT md5('p' || i)::uuid, 1, 1, 1, 'Regionstyrelsen', date '2021-01-01', 'RS 2021/' || i, '§ ' || (i % 300), 'APPROVED', now()
        FROM generate_series(1, 10000) i`);
      await db.query('ANALYZE');
    }, databaseUrl);
  });

  const page = { page: 3, pageSize: 20, today: '2026-12-01' };
  const cases: [string, Partial<PartnershipListFilter>, ListScope][] = [
    ['no filter, as an auditor', {}, 'all'],
    ['by phase', { phase: 'DRAFTING' }, 'all'],
    ['by organisation', { organisationNumber: '800000-0123' }, 'all'],
    ['by the level reached', { levelReached: 'PARTNERSHIP' }, 'all'],
    ['by date range', { createdFrom: '2020-06-01', createdTo: '2020-06-30' }, 'all'],
    ['by diarienummer', { diarienummer: 'RS 2021/4711' }, 'all'],
    ['by phase and level, as an officer of one region', { phase: 'IMPLEMENTATION', levelReached: 'DIALOGUE' }, { publicParty: 'Region Skåne' }],
    ['as a representative of one organisation', {}, { organisationNumber: '800000-0042' }],
    ['overdue, as an officer of one region', { overdue: true }, { publicParty: 'Region Skåne' }],
    ['overdue, as a representative of one organisation', { overdue: true }, { organisationNumber: '800000-0042' }],
  ];

  it.each(cases)('uses indexes only: %s', async (_name, filter, scope) => {
    const { sql, params } = buildListQuery({ ...page, ...filter }, scope);
    const plan = await withDatabase(
      async (db) => (await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)).rows[0]['QUERY PLAN'][0].Plan,
      databaseUrl,
    );
    expect(sequentialScans(plan)).toEqual([]);
    // And the query answers: a page of at most the requested size.
    const rows = await withDatabase(async (db) => (await db.query(sql, params)).rows, databaseUrl);
    expect(rows.length).toBeLessThanOrEqual(21);
  });
});
