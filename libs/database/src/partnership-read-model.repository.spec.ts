import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { decide, openPartnership, PartnershipState } from '../../domain/src';
import { dataSourceOptions } from './data-source-options';
import { PartnershipReadModelRepository } from './partnership-read-model.repository';
import { AuditLogRepository } from './audit-log.repository';
import { ChainVerifier } from './chain-verifier';
import { TaskInboxRepository } from './task-inbox.repository';

/** Against this run's real PostgreSQL: what Temporal's activity retries do to the read model. */
describe('PartnershipReadModelRepository.sync', () => {
  let dataSource: DataSource;
  let sut: PartnershipReadModelRepository;
  let audit: AuditLogRepository;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
    sut = new PartnershipReadModelRepository(dataSource);
    audit = new AuditLogRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const ctx = (minute: number) => ({ actor: 'officer', now: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z` });
  const opened = (id: string) =>
    openPartnership(
      id,
      { title: 'IOP', publicParty: { name: 'Region Skåne' }, organisations: [{ name: 'N', organisationNumber: '802456-1238' }] },
      ctx(0),
    );
  const count = async (table: string, id: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE process_id = $1`, [id]))[0].n as number;

  it('writes a retried write once: one step record, one task, one party row each', async () => {
    const id = randomUUID();
    const { state, steps } = opened(id);
    const write = { partnershipId: id, workflowId: `partnership-${id}`, state, steps, requestId: 'req-1' };
    await sut.sync(write);
    await sut.sync(write);
    await Promise.all([sut.sync(write), sut.sync(write)]);
    expect(await count('step_records', id)).toBe(1);
    expect(await count('tasks', id)).toBe(1);
    expect(await count('parties', id)).toBe(2);
  });

  it("writes the API's opening in one statement that creates its chain, and a move after it links on: the chain verifies", async () => {
    const id = randomUUID();
    const first = opened(id);
    // The start's audit entry is the chain's second link, after the opening's step.
    const audit = {
      requestId: 'req-1',
      actor: 'officer@x',
      actorRole: 'officer',
      actorPublicParty: 'Region Skåne',
      actorOrganisation: null,
      action: 'POST /partnerships',
      statusCode: 201,
      occurredAt: ctx(0).now,
    };
    const write = { partnershipId: id, workflowId: `partnership-${id}`, state: first.state, steps: first.steps, requestId: 'req-1', audit };
    const statements: string[] = [];
    const query = dataSource.query.bind(dataSource);
    const spy = jest.spyOn(dataSource, 'query').mockImplementation((text: string, values?: unknown[]) => {
      statements.push(text);
      return query(text, values);
    });
    try {
      await sut.writeNewOpening(write);
    } finally {
      spy.mockRestore();
    }
    expect(statements).toHaveLength(1);
    const second = decide(first.state, { type: 'RESPOND_TO_INVITATION', party: '802456-1238', accept: true }, ctx(1));
    if (!second.ok) throw new Error(second.refusal.code);
    await sut.sync({ partnershipId: id, workflowId: `partnership-${id}`, state: second.value.state, steps: second.value.steps });
    expect(await new ChainVerifier(dataSource).verify(id)).toEqual({ chainKey: id, links: 3, valid: true });
    expect(await count('step_records', id)).toBe(2);
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE target = $1`, [id]))[0].n).toBe(1);
  });

  it("keeps one opening when the API's write and the workflow's first task write it at once, in either order", async () => {
    const ids = Array.from({ length: 8 }, () => randomUUID());
    await Promise.all(
      ids.map((id, i) => {
        const { state, steps } = opened(id);
        const write = { partnershipId: id, workflowId: `partnership-${id}`, state, steps, requestId: 'req-1' };
        const writers = [() => sut.writeNewOpening(write), () => sut.sync(write), () => sut.writeNewOpening(write)];
        return Promise.all((i % 2 ? writers.reverse() : writers).map((writer) => writer()));
      }),
    );
    for (const id of ids) {
      expect(await count('step_records', id)).toBe(1);
      expect(await count('parties', id)).toBe(2);
      expect(await new ChainVerifier(dataSource).verify(id)).toEqual({ chainKey: id, links: 1, valid: true });
    }
  });

  it("answers the workflow's second write of the API's opening without taking the chain's lock", async () => {
    const id = randomUUID();
    const { state, steps } = opened(id);
    const write = { partnershipId: id, workflowId: `partnership-${id}`, state, steps, requestId: 'req-1' };
    await sut.writeNewOpening(write);
    // Another writer holds the chain's head: a second write that went through the transaction would wait for it.
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT seq FROM hash_chain_heads WHERE chain_key = $1 FOR UPDATE`, [id]);
      const second = await Promise.race([
        sut.sync(write).then(() => 'written'),
        new Promise((resolve) => setTimeout(() => resolve('waiting for the lock'), 3000)),
      ]);
      expect(second).toBe('written');
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    expect(await count('step_records', id)).toBe(1);
    expect(await count('parties', id)).toBe(2);
  });

  it('never lets a late, older revision overwrite a newer state, yet keeps its step', async () => {
    const id = randomUUID();
    const first = opened(id);
    const second = decide(first.state, { type: 'RESPOND_TO_INVITATION', party: '802456-1238', accept: true }, ctx(1));
    if (!second.ok) throw new Error(second.refusal.code);
    const write = (state: PartnershipState, steps = first.steps) => ({ partnershipId: id, workflowId: `partnership-${id}`, state, steps });
    await sut.sync(write(second.value.state, second.value.steps));
    await sut.sync(write(first.state));

    const row = await sut.findById(id);
    expect(row?.revision).toBe(1);
    expect(row?.state.organisations[0].status).toBe('ACCEPTED');
    const tasks = await new TaskInboxRepository(dataSource).findTasks({ processId: id, today: '2026-11-23' });
    expect(tasks.map((t) => [t.type, t.status])).toEqual([['RESPOND_TO_INVITATION', 'DONE']]);
    expect((await sut.findSteps(id)).map((s) => s.action)).toEqual(['PARTNERSHIP_OPENED', 'INVITATION_ACCEPTED']);
  });

  it('chains its step records, and verification names the first row altered afterwards in SQL', async () => {
    const id = randomUUID();
    const first = opened(id);
    const second = decide(first.state, { type: 'RESPOND_TO_INVITATION', party: '802456-1238', accept: true }, ctx(2));
    if (!second.ok) throw new Error(second.refusal.code);
    await sut.sync({ partnershipId: id, workflowId: `partnership-${id}`, state: first.state, steps: first.steps });
    await sut.sync({ partnershipId: id, workflowId: `partnership-${id}`, state: second.value.state, steps: second.value.steps });
    await audit.append({
      requestId: 'r1',
      actor: 'officer@x',
      actorRole: 'officer',
      actorPublicParty: 'Region Skåne',
      actorOrganisation: null,
      action: 'POST /partnerships/:id/withdrawal',
      target: id,
      outcome: 'REFUSED',
      statusCode: 403,
      reason: 'READ_ONLY_ROLE',
    });

    const verifier = new ChainVerifier(dataSource);
    expect(await verifier.verify(id)).toEqual({ chainKey: id, links: 3, valid: true });

    const [accepted] = await dataSource.query(`SELECT id::text FROM step_records WHERE process_id = $1 AND action = 'INVITATION_ACCEPTED'`, [id]);
    // Tampering takes the owner's connection: the application's role may not UPDATE a step record.
    const owner = await new DataSource(dataSourceOptions(process.env.IOP_TEST_OWNER_DATABASE_URL ?? process.env.DATABASE_URL!)).initialize();
    await owner.query(`UPDATE step_records SET level_reached = 'PARTNERSHIP' WHERE id = $1`, [accepted.id]).finally(() => owner.destroy());
    const verification = await verifier.verify(id);
    expect(verification.valid).toBe(false);
    expect(verification.firstBrokenLink).toMatchObject({ table: 'step_records', id: accepted.id, seq: 2, problem: 'CONTENT_ALTERED' });
  });

  it('links the steps of a batch in order after an audit entry, and a retry racing it adds no row and no link', async () => {
    const id = randomUUID();
    const first = opened(id);
    const write = (state: PartnershipState, steps: typeof first.steps) => ({ partnershipId: id, workflowId: `partnership-${id}`, state, steps });
    await sut.sync(write(first.state, first.steps));
    await audit.append({
      requestId: 'r1',
      actor: 'rep@x',
      actorRole: 'organisation_rep',
      actorPublicParty: null,
      actorOrganisation: '802456-1238',
      action: 'POST /partnerships/:id/invitation-response',
      target: id,
      outcome: 'ACCEPTED',
      statusCode: 200,
      reason: null,
    });
    const accepted = decide(first.state, { type: 'RESPOND_TO_INVITATION', party: '802456-1238', accept: true }, ctx(3));
    if (!accepted.ok) throw new Error(accepted.refusal.code);
    const proposed = decide(
      accepted.value.state,
      {
        type: 'PROPOSE_PROBLEM_DEFINITION',
        party: 'PUBLIC',
        challenge: 'Ensamhet',
        targetGroup: 'Äldre',
        goals: ['Färre ensamma'],
        developmentAreas: [],
      },
      ctx(4),
    );
    if (!proposed.ok) throw new Error(proposed.refusal.code);
    // Two moves the workflow writes at once (a queue of writes), sent three times at the same moment (the API and
    // the workflow's activity both make each write).
    const batch = write(proposed.value.state, [...accepted.value.steps, ...proposed.value.steps]);
    await Promise.all([sut.sync(batch), sut.sync(batch), sut.sync(batch)]);

    const rows = await dataSource.query(`SELECT action, chain_seq::int AS seq FROM step_records WHERE process_id = $1 ORDER BY chain_seq`, [id]);
    expect(rows).toEqual([{ action: 'PARTNERSHIP_OPENED', seq: 1 }, ...batch.steps.map((step, i) => ({ action: step.action, seq: 3 + i }))]);
    expect(await new ChainVerifier(dataSource).verify(id)).toEqual({ chainKey: id, links: 2 + batch.steps.length, valid: true });
    expect((await sut.findById(id))?.revision).toBe(proposed.value.state.revision);
  });

  it('records the first audit entry of a chain that has no head yet, and every one after it', async () => {
    const target = randomUUID();
    const entry = {
      requestId: 'first',
      actor: 'a@x',
      actorRole: 'officer',
      actorPublicParty: 'Region Skåne',
      actorOrganisation: null,
      action: 'POST /partnerships/:id/withdrawal',
      target,
      outcome: 'REFUSED' as const,
      statusCode: 404,
      reason: 'PARTNERSHIP_NOT_FOUND',
    };
    await audit.append(entry);
    await audit.append({ ...entry, requestId: 'second' });
    const rows = await dataSource.query(`SELECT request_id, chain_seq::int AS seq FROM audit_log WHERE target = $1 ORDER BY chain_seq`, [target]);
    expect(rows).toEqual([
      { request_id: 'first', seq: 1 },
      { request_id: 'second', seq: 2 },
    ]);
    expect(await new ChainVerifier(dataSource).verify(target)).toEqual({ chainKey: target, links: 2, valid: true });
  });
});
