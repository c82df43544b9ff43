import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PROCESS_KINDS } from '../../libs/domain/src';
import { AuditLogRepository } from '../../libs/database/src/audit-log.repository';
import { ChainVerifier } from '../../libs/database/src/chain-verifier';
import { CheckpointRepository } from '../../libs/database/src/checkpoint.repository';
import { dataSourceOptions } from '../../libs/database/src/data-source-options';
import { auditContent, AuditContentFields, GENESIS_HASH, linkHash, stepContent, StepContentFields } from '../../libs/database/src/hash-chain';
import { MIGRATIONS } from '../../libs/database/src/migrations';
import { StoreProcessesOfEveryKind1764704000000 } from '../../libs/database/src/migrations/1764704000000-StoreProcessesOfEveryKind';
import { ScratchPostgres } from '../support/scratch-postgres';

const BEFORE_PROCESSES = MIGRATIONS.slice(0, MIGRATIONS.indexOf(StoreProcessesOfEveryKind1764704000000));
/** The schema this migration made, and no later one (a later migration adds kinds: frameworks). */
const UP_TO_PROCESSES = MIGRATIONS.slice(0, MIGRATIONS.indexOf(StoreProcessesOfEveryKind1764704000000) + 1);

const SKANE = '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b';
const VASTERNORRLAND = '0a9b8c7d-6e5f-4a3b-9c1d-2e3f4a5b6c7d';
/** A chain named by a uuid that is no process: an entry whose target was a signatory's id. */
const SIGNATORY = '11111111-2222-4333-8444-555555555555';

type Link = { step: StepContentFields } | { audit: AuditContentFields };

const step = (partnershipId: string, n: number, extra: Partial<StepContentFields> = {}): StepContentFields => ({
  partnershipId,
  stepKey: `${n}.1.STEP_${n}`,
  phase: 'DIALOGUE',
  action: `STEP_${n}`,
  responsibleKind: 'ORGANISATION',
  responsibleOrganisationNumber: '802456-1238',
  levelAimedFor: 'DIALOGUE',
  levelReached: n % 2 ? 'CONSULTATION' : null,
  actor: 'Åsa Öberg <asa@natverket.se>',
  occurredAt: `2026-11-23T10:0${n}:00.${n}00Z`,
  evidence: { note: `Samråd nr ${n} – ”Ängen”`, answered: ['802456-1238'], none: null },
  ...extra,
});

const audit = (target: string | null, n: number, extra: Partial<AuditContentFields> = {}): AuditContentFields => ({
  requestId: `req-${n}`,
  actor: 'Örjan Åkesson <orjan@skane.se>',
  actorRole: 'officer',
  actorPublicParty: 'Region Skåne',
  actorOrganisation: null,
  action: 'POST /partnerships/:id/withdrawal',
  target,
  outcome: 'REFUSED',
  statusCode: 409,
  reason: 'NOT_IN_THIS_PHASE',
  occurredAt: `2026-11-23T11:0${n}:00.${n}${n}0Z`,
  ...extra,
});

/** Writes links as the schema before processes stored them, hashed by hash-chain.ts, and moves the chain's head. */
async function chain(db: DataSource, chainKey: string, links: Link[]): Promise<void> {
  let previous = GENESIS_HASH;
  for (const [index, link] of links.entries()) {
    const seq = index + 1;
    if ('step' in link) {
      const s = link.step;
      const hash = linkHash(previous, stepContent(s));
      await db.query(
        `INSERT INTO step_records (partnership_id, step_key, phase, action, responsible_kind, responsible_organisation_number, level_aimed_for,
                                   level_reached, actor, occurred_at, evidence, request_id, record, hash_version, chain_key, chain_seq, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [
          s.partnershipId,
          s.stepKey,
          s.phase,
          s.action,
          s.responsibleKind,
          s.responsibleOrganisationNumber,
          s.levelAimedFor,
          s.levelReached,
          s.actor,
          s.occurredAt,
          JSON.stringify(s.evidence),
          s.requestId ?? null,
          s.record === undefined ? null : JSON.stringify(s.record),
          s.hashVersion ?? 1,
          chainKey,
          seq,
          previous,
          hash,
        ],
      );
      previous = hash;
    } else {
      const a = link.audit;
      const hash = linkHash(previous, auditContent(a));
      await db.query(
        `INSERT INTO audit_log (occurred_at, request_id, actor, actor_role, actor_public_party, actor_organisation, action, target, outcome,
                                status_code, reason, command_key, path, path_length, hash_version, chain_key, chain_seq, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
        [
          a.occurredAt,
          a.requestId,
          a.actor,
          a.actorRole,
          a.actorPublicParty,
          a.actorOrganisation,
          a.action,
          a.target,
          a.outcome,
          a.statusCode,
          a.reason,
          a.commandKey ?? null,
          a.path ?? null,
          a.pathLength ?? null,
          a.hashVersion ?? 1,
          chainKey,
          seq,
          previous,
          hash,
        ],
      );
      previous = hash;
    }
  }
  await db.query(`INSERT INTO hash_chain_heads (chain_key, seq, hash) VALUES ($1, $2, $3)`, [chainKey, links.length, previous]);
}

/** Two partnerships, their parties, tasks and a decision, and four chains (two partnerships', two others), as before. */
async function fillTheOldSchema(db: DataSource): Promise<void> {
  for (const [id, title, publicParty, createdAt] of [
    [SKANE, 'Ensamhet bland äldre i Skåne', 'Region Skåne', '2026-11-23T10:00:00.000Z'],
    [VASTERNORRLAND, 'Fritid för unga – Västernorrland', 'Region Västernorrland', '2026-11-24T09:30:00.000Z'],
  ]) {
    await db.query(
      `INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at, revision, public_party_name, state, agreement_start)
       VALUES ($1::uuid, 'partnership-' || $1::text, $2, 'DIALOGUE', $3, $3, 3, $4, $5, '2027-01-01')`,
      [id, title, createdAt, publicParty, JSON.stringify({ partnershipId: id, title, phase: 'DIALOGUE' })],
    );
    await db.query(
      `INSERT INTO parties (partnership_id, party_key, kind, name, organisation_number, status, status_reason, position)
       VALUES ($1, 'PUBLIC', 'PUBLIC', $2, NULL, 'ACCEPTED', NULL, 0), ($1, '802456-1238', 'ORGANISATION', 'Föreningen Ängen', '802456-1238', 'WITHDRAWN', 'Styrelsebeslut §4', 1)`,
      [id, publicParty],
    );
    await db.query(
      `INSERT INTO tasks (partnership_id, task_id, type, addressed_to, due_date, status, created_at, closed_at, ref)
       VALUES ($1, 'T1', 'RESPOND_TO_INVITATION', '802456-1238', '2026-12-07', 'DONE', $2, $2, NULL),
              ($1, 'T2', 'SUBMIT_WRITTEN_INPUT', '802456-1238', '2026-12-14', 'OPEN', $2, NULL, 'v1')`,
      [id, createdAt],
    );
  }
  const decision = {
    seq: 1,
    round: 1,
    draftVersion: 1,
    body: 'Regionstyrelsen',
    meetingDate: '2026-11-20',
    diarienummer: 'RS 2026/00321',
    paragraph: '§ 12',
    outcome: 'APPROVED',
    recordedAt: '2026-11-23T10:05:00.000Z',
  };
  await db.query(
    `INSERT INTO decisions (partnership_id, seq, round, draft_version, body, meeting_date, diarienummer, paragraph, outcome, reasons, recorded_at)
     VALUES ($1, 1, 1, 1, $2, $3, $4, $5, $6, NULL, $7)`,
    [SKANE, decision.body, decision.meetingDate, decision.diarienummer, decision.paragraph, decision.outcome, decision.recordedAt],
  );
  await chain(db, SKANE, [
    { step: step(SKANE, 1) },
    { audit: audit(SKANE, 1) },
    { step: step(SKANE, 2, { hashVersion: 2, requestId: 'req-2' }) },
    {
      step: step(SKANE, 5, {
        hashVersion: 2,
        requestId: 'req-3',
        action: 'DECISION_RECORDED',
        occurredAt: decision.recordedAt,
        record: { decision },
      }),
    },
    { audit: audit(SKANE, 3, { hashVersion: 2, outcome: 'ACCEPTED', statusCode: 200, reason: null, commandKey: `${SKANE}:3` }) },
  ]);
  await chain(db, VASTERNORRLAND, [{ step: step(VASTERNORRLAND, 1, { hashVersion: 2, requestId: null, record: null }) }]);
  await chain(db, 'global', [
    {
      audit: audit(null, 4, {
        actor: 'anonymous',
        actorRole: null,
        actorPublicParty: null,
        action: 'POST (no route)',
        path: '/partnerskap/ändra',
        pathLength: 18,
        hashVersion: 2,
      }),
    },
  ]);
  await chain(db, SIGNATORY, [{ audit: audit(SIGNATORY, 5, { action: 'POST /signatories', outcome: 'ACCEPTED', statusCode: 201, reason: null }) }]);
}

/** The tables whose partnership_id the migration renames; the others with a process_id have it added. */
const RENAMED_TABLES = ['parties', 'step_records', 'tasks'];

/** Every row of every table, as JSON, in a stable order; the renamed column under its old name, the new ones left out. */
async function everyRow(db: DataSource): Promise<Record<string, unknown[]>> {
  const tables: { table: string }[] = await db.query(
    `SELECT table_name AS table FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_migrations', 'processes') ORDER BY 1`,
  );
  const rows: Record<string, unknown[]> = {};
  for (const { table } of tables) {
    const renamed = await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'process_id'`, [table]);
    const asBefore =
      renamed.length === 0
        ? 'to_jsonb(t)'
        : RENAMED_TABLES.includes(table)
          ? `to_jsonb(t) - 'process_id' || jsonb_build_object('partnership_id', t.process_id)`
          : `to_jsonb(t) - 'process_id'`;
    rows[table] = (
      await db.query(`SELECT coalesce(jsonb_agg(r ORDER BY r::text), '[]') AS rows FROM (SELECT ${asBefore} AS r FROM ${table} t) x`)
    )[0].rows;
  }
  return rows;
}

describe('the migration to processes of every kind', () => {
  let postgres: ScratchPostgres;
  let db: DataSource;
  const keys = generateKeyPairSync('ed25519');
  const checkpointKeys = { signingKey: keys.privateKey, verifyKey: keys.publicKey };
  let before: Record<string, unknown[]>;

  const verifyEveryChain = async () => {
    const verifier = new ChainVerifier(db, new CheckpointRepository(db, checkpointKeys));
    const heads: { chain_key: string }[] = await db.query(`SELECT chain_key FROM hash_chain_heads ORDER BY chain_key`);
    return Promise.all(
      heads.map(async ({ chain_key }) => {
        const v = await verifier.verify(chain_key);
        return {
          chainKey: v.chainKey,
          links: v.links,
          valid: v.valid,
          broken: v.firstBrokenLink,
          checkpointed: v.checkpoint ? v.checkpoint.seq : null,
        };
      }),
    );
  };

  beforeAll(async () => {
    postgres = await ScratchPostgres.create();
    db = await new DataSource({ ...dataSourceOptions(postgres.url), migrations: BEFORE_PROCESSES }).initialize();
    await db.runMigrations({ transaction: 'each' });
    await fillTheOldSchema(db);
    // Signed checkpoints of every head, as the worker makes them: they must hold after the migration too.
    expect(await new CheckpointRepository(db, checkpointKeys).signMovedHeads(new Date('2026-11-25T00:00:00.000Z'))).toHaveLength(4);
    before = await everyRow(db);
    await db.destroy();
    db = await new DataSource({ ...dataSourceOptions(postgres.url), migrations: UP_TO_PROCESSES }).initialize();
    expect((await db.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['StoreProcessesOfEveryKind1764704000000']);
  });

  afterAll(async () => {
    await db?.destroy();
    postgres?.stop();
  });

  it('keeps every row of every table as it was, the partnership column renamed to process_id', async () => {
    expect(before.step_records).toHaveLength(4);
    expect(before.audit_log).toHaveLength(4);
    expect(await everyRow(db)).toEqual(before);
  });

  it('makes each partnership a process of kind PARTNERSHIP with the same id, title, public party, workflow and creation', async () => {
    expect(await db.query(`SELECT id, kind, title, public_party_name, workflow_id, created_at::text FROM processes ORDER BY created_at`)).toEqual([
      {
        id: SKANE,
        kind: 'PARTNERSHIP',
        title: 'Ensamhet bland äldre i Skåne',
        public_party_name: 'Region Skåne',
        workflow_id: `partnership-${SKANE}`,
        created_at: '2026-11-23 10:00:00+00',
      },
      {
        id: VASTERNORRLAND,
        kind: 'PARTNERSHIP',
        title: 'Fritid för unga – Västernorrland',
        public_party_name: 'Region Västernorrland',
        workflow_id: `partnership-${VASTERNORRLAND}`,
        created_at: '2026-11-24 09:30:00+00',
      },
    ]);
  });

  it('links the audit entries and the chains named by a process to it, and no others', async () => {
    expect(await db.query(`SELECT coalesce(target, '(none)') AS target, process_id FROM audit_log ORDER BY id`)).toEqual([
      { target: SKANE, process_id: SKANE },
      { target: SKANE, process_id: SKANE },
      { target: '(none)', process_id: null },
      { target: SIGNATORY, process_id: null },
    ]);
    expect(await db.query(`SELECT chain_key, process_id FROM hash_chain_heads ORDER BY chain_key`)).toEqual([
      { chain_key: VASTERNORRLAND, process_id: VASTERNORRLAND },
      { chain_key: SIGNATORY, process_id: null },
      { chain_key: SKANE, process_id: SKANE },
      { chain_key: 'global', process_id: null },
    ]);
  });

  it('leaves every chain verifying, against its signed checkpoint too', async () => {
    expect(await verifyEveryChain()).toEqual([
      { chainKey: VASTERNORRLAND, links: 1, valid: true, broken: undefined, checkpointed: 1 },
      { chainKey: SIGNATORY, links: 1, valid: true, broken: undefined, checkpointed: 1 },
      { chainKey: SKANE, links: 5, valid: true, broken: undefined, checkpointed: 5 },
      { chainKey: 'global', links: 1, valid: true, broken: undefined, checkpointed: 1 },
    ]);
  });

  it('accepts exactly the kinds there were then (later migrations add the others of PROCESS_KINDS)', async () => {
    const insert = (kind: string) =>
      db
        .transaction(async (m) => {
          await m.query(`INSERT INTO processes (id, kind, title, public_party_name, workflow_id) VALUES ($1::uuid, $2, 't', 'p', $1::text)`, [
            randomUUID(),
            kind,
          ]);
          throw new Error('rolled back');
        })
        .catch((error: { code?: string; message: string }) => error.code ?? error.message);
    expect(await insert('PARTNERSHIP')).toBe('rolled back');
    for (const kind of PROCESS_KINDS.filter((k) => k !== 'PARTNERSHIP')) expect(await insert(kind)).toBe('23514');
    expect(await insert('STEERING_GROUP')).toBe('23514');
  });

  it('goes down to the schema before it with every row unchanged, and up again', async () => {
    await db.undoLastMigration({ transaction: 'each' });
    expect(await db.query(`SELECT to_regclass('processes') AS t`)).toEqual([{ t: null }]);
    const down = await everyRow(db);
    expect(down).toEqual(before);
    await db.runMigrations({ transaction: 'each' });
    expect(await everyRow(db)).toEqual(before);
    expect((await verifyEveryChain()).every((c) => c.valid)).toBe(true);
  });

  it('names the process of an entry appended after it, and the chain still verifies', async () => {
    await new AuditLogRepository(db).append({
      requestId: 'req-6',
      actor: 'Örjan Åkesson <orjan@skane.se>',
      actorRole: 'officer',
      actorPublicParty: 'Region Skåne',
      actorOrganisation: null,
      action: 'POST /partnerships/:id/withdrawal',
      target: SKANE,
      outcome: 'REFUSED',
      statusCode: 409,
      reason: 'NOT_IN_THIS_PHASE',
    });
    expect(await db.query(`SELECT process_id, chain_seq::int AS seq FROM audit_log WHERE request_id = 'req-6'`)).toEqual([
      { process_id: SKANE, seq: 6 },
    ]);
    const [skane] = (await verifyEveryChain()).filter((c) => c.chainKey === SKANE);
    expect(skane).toEqual({ chainKey: SKANE, links: 6, valid: true, broken: undefined, checkpointed: 5 });
  });
});
