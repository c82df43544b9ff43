import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  decide,
  decideFramework,
  FrameworkCommand,
  FrameworkTerms,
  NewPartnership,
  openPartnership,
  PRINCIPLES,
  startFramework,
} from '../../domain/src';
import { readModelDelta } from '../../../workflows/partnership/read-model-delta';
import { dataSourceOptions } from './data-source-options';
import { FrameworkReadModelRepository } from './framework-read-model.repository';
import { PartnershipReadModelRepository } from './partnership-read-model.repository';
import { PartnershipsWithinFrameworkRepository } from './partnerships-within-framework.repository';

const REGION = 'Region Ramverksläsning';
const JOINED = { name: 'Föreningen Ansluten', organisationNumber: '802513-0009' };
const NEGOTIATOR = { name: 'Sektorns nätverk', organisationNumber: '802456-1238' };
const APPLIED = { name: 'Stiftelsen Ansökt', organisationNumber: '802513-0017' };

/** Against this run's real PostgreSQL: the partnership read model's framework column and the framework's side of it. */
describe('partnerships within a framework agreement in the read model', () => {
  let dataSource: DataSource;
  let readModel: PartnershipReadModelRepository;
  let frameworks: FrameworkReadModelRepository;
  let sut: PartnershipsWithinFrameworkRepository;
  const ctx = (minute: number) => ({ actor: 'officer', now: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z` });

  /**
   * A framework in force as its workflow writes it: decided by the domain's rules (opened with its text, adopted,
   * each member applying and, when JOINED, confirmed) and stored by the framework's own read-model write.
   */
  async function framework(
    status: 'IN_FORCE',
    members: { organisationNumber: string; name: string; status: 'JOINED' | 'APPLIED' }[],
  ): Promise<string> {
    const id = randomUUID();
    const at = (minute: number) => ({ actor: 'officer', now: `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z` });
    const terms: FrameworkTerms = {
      period: { start: '2026-01-01' },
      principles: PRINCIPLES.map((principle) => ({
        principle,
        commitments: [{ id: '', text: `Åtagande om ${principle}`, heldBy: 'BOTH' as const }],
      })),
      developmentAreas: ['COLLABORATION'],
      joiningUndertakings: ['SOCIETAL_PURPOSE'],
      steeringGroup: { seatsPerSector: 2, meetingsPerYear: 4, reviewIntervalYears: 5 },
      summary: 'Överenskommelsen',
    };
    const outcomes = [
      startFramework(id, { title: 'Överenskommelsen', publicParty: { name: REGION }, sectorRepresentative: NEGOTIATOR }, terms, at(0)),
    ];
    const next = (command: FrameworkCommand, minute: number) => {
      const last = outcomes[outcomes.length - 1];
      if (!last.ok) throw new Error(last.refusal.code);
      outcomes.push(decideFramework(last.value.state, command, at(minute)));
    };
    next(
      {
        type: 'RECORD_ADOPTION_DECISION',
        party: 'PUBLIC',
        version: 1,
        body: 'Regionfullmäktige',
        meetingDate: '2026-11-20',
        diarienummer: 'RF 2026/1',
        paragraph: '§ 1',
        outcome: 'APPROVED',
      },
      1,
    );
    members.forEach((m, n) => {
      next(
        {
          type: 'APPLY_TO_JOIN',
          party: m.organisationNumber,
          organisationName: m.name,
          declaration: ['SOCIETAL_PURPOSE'],
          signatoryName: 'Ordförande',
        },
        2 + 2 * n,
      );
      if (m.status === 'JOINED')
        next({ type: 'DECIDE_ON_APPLICATION', party: 'PUBLIC', organisationNumber: m.organisationNumber, confirm: true }, 3 + 2 * n);
    });
    const last = outcomes[outcomes.length - 1];
    if (!last.ok) throw new Error(last.refusal.code);
    expect(last.value.state.status).toBe(status);
    await frameworks.sync({ frameworkId: id, workflowId: `framework-${id}`, state: last.value.state, steps: [], requestId: 'spec' });
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
    frameworks = new FrameworkReadModelRepository(dataSource);
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
