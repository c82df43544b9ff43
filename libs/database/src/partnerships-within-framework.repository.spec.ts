import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { decide, NewPartnership, openPartnership } from '../../domain/src';
import { readModelDelta } from '../../../workflows/partnership/read-model-delta';
import { dataSourceOptions } from './data-source-options';
import { PartnershipReadModelRepository } from './partnership-read-model.repository';
import { PartnershipsWithinFrameworkRepository } from './partnerships-within-framework.repository';

const REGION = 'Region Ramverksläsning';
const JOINED = { name: 'Föreningen Ansluten', organisationNumber: '802513-0009' };
const APPLIED = { name: 'Stiftelsen Ansökt', organisationNumber: '802513-0017' };

/** Against this run's real PostgreSQL: the partnership read model's framework column and the framework's side of it. */
describe('partnerships within a framework agreement in the read model', () => {
  let dataSource: DataSource;
  let readModel: PartnershipReadModelRepository;
  let sut: PartnershipsWithinFrameworkRepository;
  const ctx = (minute: number) => ({ actor: 'officer', now: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z` });

  /** A framework row as the framework's workflow writes it (its own write is the workflow helper's). */
  async function framework(status: string, members: { organisationNumber: string; name: string; status: string }[]): Promise<string> {
    const id = randomUUID();
    await dataSource.query(
      `INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
       VALUES ($1, 'FRAMEWORK_AGREEMENT', 'Överenskommelsen', $2, $3, now())`,
      [id, REGION, `framework-${id}`],
    );
    await dataSource.query(
      `INSERT INTO frameworks (id, workflow_id, title, public_party_name, status, revision, state, created_at, updated_at)
       VALUES ($1, $4, 'Överenskommelsen', $2, $3, 1, '{}'::jsonb, now(), now())`,
      [id, REGION, status, `framework-${id}`],
    );
    for (const m of members) {
      await dataSource.query(
        `INSERT INTO framework_members (framework_id, organisation_number, name, status, applied_at) VALUES ($1, $2, $3, $4, now())`,
        [id, m.organisationNumber, m.name, m.status],
      );
    }
    return id;
  }

  const frameworkIdOf = async (id: string): Promise<string | null> =>
    (await dataSource.query(`SELECT framework_id FROM partnerships WHERE id = $1`, [id]))[0].framework_id;

  const partnership = (frameworkId?: string): NewPartnership => ({
    title: 'IOP inom ramverket',
    publicParty: { name: REGION },
    organisations: [JOINED],
    ...(frameworkId ? { frameworkId } : {}),
  });

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!)).initialize();
    readModel = new PartnershipReadModelRepository(dataSource);
    sut = new PartnershipsWithinFrameworkRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('stores the framework of the opening in partnerships.framework_id and keeps it through later bounded writes', async () => {
    const frameworkId = await framework('IN_FORCE', [{ ...JOINED, status: 'JOINED' }]);
    const id = randomUUID();
    const opened = openPartnership(id, partnership(frameworkId), ctx(0));
    await readModel.sync({ partnershipId: id, workflowId: `partnership-${id}`, state: opened.state, steps: opened.steps, requestId: 'r1' });
    expect(await frameworkIdOf(id)).toBe(frameworkId);
    expect((await readModel.findById(id))?.state.frameworkId).toBe(frameworkId);

    const accepted = decide(opened.state, { type: 'RESPOND_TO_INVITATION', party: JOINED.organisationNumber, accept: true }, ctx(1));
    if (!accepted.ok) throw new Error(accepted.refusal.code);
    const delta = readModelDelta(opened.state, accepted.value.state);
    expect(delta.partnership.frameworkId).toBe(frameworkId);
    // A delta of an execution in flight before frameworks names no framework: the column keeps the opening's.
    const { frameworkId: _none, ...olderRow } = delta.partnership;
    await readModel.sync({
      partnershipId: id,
      workflowId: `partnership-${id}`,
      delta: { ...delta, partnership: olderRow },
      steps: accepted.value.steps,
      requestId: 'r2',
    });
    expect((await readModel.findById(id))?.revision).toBe(1);
    expect(await frameworkIdOf(id)).toBe(frameworkId);
  });

  it('stores no framework for a partnership entered within none', async () => {
    const id = randomUUID();
    const opened = openPartnership(id, partnership(), ctx(0));
    await readModel.sync({ partnershipId: id, workflowId: `partnership-${id}`, state: opened.state, steps: opened.steps, requestId: 'r1' });
    expect(await frameworkIdOf(id)).toBeNull();
  });

  it("answers a start's check with the framework's status and which of the organisations have joined", async () => {
    const frameworkId = await framework('IN_FORCE', [
      { ...JOINED, status: 'JOINED' },
      { ...APPLIED, status: 'APPLIED' },
    ]);
    const checked = await sut.frameworkForStart(frameworkId, [JOINED.organisationNumber, APPLIED.organisationNumber, '802003-4529']);
    expect(checked).toEqual({
      id: frameworkId,
      title: 'Överenskommelsen',
      publicPartyName: REGION,
      status: 'IN_FORCE',
      joined: [JOINED.organisationNumber],
    });
    expect(await sut.frameworkForStart(randomUUID(), [JOINED.organisationNumber])).toBeNull();
  });

  it('lists the partnerships within a framework with their phases and organisations, and none of another', async () => {
    const frameworkId = await framework('IN_FORCE', [{ ...JOINED, status: 'JOINED' }]);
    const other = await framework('IN_FORCE', [{ ...JOINED, status: 'JOINED' }]);
    const id = randomUUID();
    const opened = openPartnership(id, partnership(frameworkId), ctx(0));
    await readModel.sync({ partnershipId: id, workflowId: `partnership-${id}`, state: opened.state, steps: opened.steps, requestId: 'r1' });
    expect(await sut.partnershipsWithin(frameworkId)).toEqual([
      { id, title: 'IOP inom ramverket', phase: 'PROBLEM_DEFINITION', organisations: [JOINED] },
    ]);
    expect(await sut.partnershipsWithin(other)).toEqual([]);
  });
});
