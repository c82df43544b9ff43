import { DataSource } from 'typeorm';
import { chainLinkSql } from './chain-link.sql';
import { dataSourceOptions } from './data-source-options';
import { auditContent, canonicalJson, GENESIS_HASH, linkHash, stepContent } from './hash-chain';

/** The chain link as PostgreSQL computes it (chain-link.sql.ts) against its TypeScript twin (linkHash). */
describe('the chain link in SQL and in TypeScript', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const step = {
    partnershipId: '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b',
    stepKey: '3.1.DECISION_RECORDED',
    phase: 'POLITICAL_APPROVAL',
    action: 'DECISION_RECORDED',
    responsibleKind: 'PUBLIC',
    responsibleOrganisationNumber: null,
    levelAimedFor: 'PARTNERSHIP',
    levelReached: null,
    actor: 'Åsa Öberg <asa@skane.se>',
    occurredAt: '2026-11-23T10:05:00.000Z',
    evidence: { body: 'Regionstyrelsen', note: 'Beslut om idéburet offentligt partnerskap – “IOP”, 𝄞 och 日本語', empty: null },
    requestId: null,
    record: { decision: { seq: 1, diarienummer: 'RS 2026/00321', reasons: null } },
  };
  const audit = {
    requestId: 'req-ü-1',
    actor: 'anonymous',
    actorRole: null,
    actorPublicParty: null,
    actorOrganisation: null,
    action: 'POST (no route)',
    target: null,
    outcome: 'REFUSED',
    statusCode: 404,
    reason: 'Ingen väg här',
    occurredAt: '2026-11-23T10:06:00.123Z',
    path: '/partnerskap/ändra',
    pathLength: 18,
  };
  const samples: [string, unknown][] = [
    ['a version-1 step record', stepContent(step)],
    ['a version-2 step record with non-ASCII text, astral characters and nulls', stepContent({ ...step, hashVersion: 2 })],
    ['a version-1 audit entry with null fields', auditContent(audit)],
    ['a version-2 audit entry with a path', auditContent({ ...audit, hashVersion: 2 })],
    ['text with a newline and a backslash', { text: 'rad ett\nrad två \\ slut' }],
  ];

  it.each(samples)('gives the same hash for %s', async (_what, content) => {
    const previous = linkHash(GENESIS_HASH, { seed: 'föregående' });
    const [row] = await dataSource.query(`SELECT ${chainLinkSql('$1::text', '$2::text')} AS hash`, [previous, canonicalJson(content)]);
    expect(row.hash).toBe(linkHash(previous, content));
  });

  it('hashes over the previous link: another previous hash gives another link', async () => {
    const content = canonicalJson(stepContent(step));
    const [row] = await dataSource.query(`SELECT ${chainLinkSql('$1::text', '$2::text')} AS hash`, [GENESIS_HASH, content]);
    expect(row.hash).toBe(linkHash(GENESIS_HASH, stepContent(step)));
    expect(row.hash).not.toBe(linkHash('f'.repeat(64), stepContent(step)));
  });
});
