import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { addDays, JOINING_UNDERTAKINGS, PRINCIPLES } from '../../libs/domain/src';
import type { Principal } from '../../libs/identity/src';
import { FrameworkClient, frameworkTerms } from '../support/framework-client';
import { startApi, startWorker, useOwnTaskQueue, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

// A public party and organisations of this file's own (Luhn-valid, invented), so that the lists show only ours.
const REGION = 'Region Ramverk';
const A = { name: 'Föreningen Ansluten', organisationNumber: '802513-0025' };
const B = { name: 'Kooperativet Anslutet', organisationNumber: '802513-0033' };
const C = { name: 'Stiftelsen Sökande', organisationNumber: '802513-0041' };
type Organisation = typeof A;
const TODAY = new Date().toISOString().slice(0, 10);

const NEGOTIATOR = { name: 'Nätverket Ramverk', organisationNumber: '802513-0058' };
const YESTERDAY = addDays(TODAY, -1);

/** Asks until `done` holds of the answer (a framework's period starting is its workflow's timer, a moment later). */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const value = await read();
    if (done(value) || attempt === 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A framework agreement over HTTP, as its officers make it: written with its first text and, unless `adopted` is
 * false, adopted yesterday and so in force; each of `joined` applies and is confirmed, each of `applied` applies.
 */
async function frameworkOf(
  api: INestApplication,
  publicParty: string,
  { adopted = true, joined = [], applied = [] }: { adopted?: boolean; joined?: Organisation[]; applied?: Organisation[] } = {},
): Promise<string> {
  const framework = new FrameworkClient(api, publicParty);
  await framework.create('Överenskommelse om samverkan', NEGOTIATOR, frameworkTerms(YESTERDAY, undefined));
  if (adopted) {
    await framework.move('/versions/1/decisions', {
      party: 'PUBLIC',
      body: 'Regionfullmäktige',
      meetingDate: YESTERDAY,
      diarienummer: 'RF 2026/77',
      paragraph: '§ 12',
      outcome: 'APPROVED',
    });
    const inForce = await eventually(
      () => framework.read(),
      (f) => f.status === 'IN_FORCE',
    );
    if (inForce.status !== 'IN_FORCE') throw new Error(`not in force: ${JSON.stringify(inForce.status)}`);
  }
  for (const organisation of joined) await framework.join(organisation);
  for (const organisation of applied) {
    await framework.move('/applications', {
      party: organisation.organisationNumber,
      organisationName: organisation.name,
      declaration: [...JOINING_UNDERTAKINGS],
      signatoryName: `Ordförande i ${organisation.name}`,
    });
  }
  return framework.id;
}

/**
 * Partnerships (IOP) entered within a framework agreement (överenskommelse), over HTTP: only a framework of the
 * officer's own public party, in force, whose every organisation of the start has joined it; the framework's list
 * of its partnerships; the lists and reports filtered by framework.
 */
describe('partnerships entered within a framework agreement', () => {
  let api: INestApplication;
  let worker: INestApplicationContext;
  let framework: string; // in force; A and B joined, C applied
  let preparing: string; // not yet adopted
  let elsewhere: string; // another region's, in force; A joined
  let within: LifecycleClient; // within the framework, A and B, a first draft addressing every principle
  let waiting: LifecycleClient; // within the framework, A, its invitation open (overdue on the API's today)
  let outside: LifecycleClient; // within none, C, a first draft addressing one principle
  let outsideWaiting: LifecycleClient; // within none, C, its invitation open (overdue)
  let createdAnswer: Record<string, unknown>; // the 201 of the start within the framework
  /** The API's today: a month ahead, so that the invitations (14 days) are overdue. */
  const today = addDays(TODAY, 30);

  const http = () => request(api.getHttpServer());
  /** A read as `principal`, which must answer `status`. */
  const get = async (path: string, principal: Principal, status = 200) => {
    const response = await http()
      .get(path)
      .set(await bearer(principal));
    if (response.status !== status) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };
  const start = async (body: Record<string, unknown>) =>
    http()
      .post('/partnerships')
      .set(await bearer(officerOf(REGION)))
      .send({ title: 'IOP inom överenskommelsen', publicParty: { name: REGION }, ...body });
  const officersPartnerships = async (): Promise<{ id: string; title: string; frameworkId: string | null }[]> =>
    (await get('/partnerships?pageSize=100', officerOf(REGION))).body.items;
  const asClient = (id: string): LifecycleClient => Object.assign(new LifecycleClient(api, REGION), { id });

  beforeAll(async () => {
    useOwnTaskQueue('within-framework');
    worker = await startWorker();
    api = await startApi({ today: async () => today });
    framework = await frameworkOf(api, REGION, { joined: [A, B], applied: [C] });
    preparing = await frameworkOf(api, REGION, { adopted: false });
    elsewhere = await frameworkOf(api, 'Region Annanstans', { joined: [A] });

    const created = await start({ title: 'Mötesplatser inom överenskommelsen', organisations: [A, B], frameworkId: framework.toUpperCase() });
    if (created.status !== 201) throw new Error(`start: ${created.status} ${JSON.stringify(created.body)}`);
    within = asClient(created.body.id);
    createdAnswer = created.body;
    for (const o of [A, B]) await within.move('/invitation-response', { party: o.organisationNumber, accept: true });
    await within.toDrafting([A.organisationNumber, B.organisationNumber]);
    await within.move('/drafts', within.draft([A.organisationNumber, B.organisationNumber]));

    waiting = asClient((await start({ title: 'Väntar inom överenskommelsen', organisations: [A], frameworkId: framework })).body.id);

    outside = new LifecycleClient(api);
    await outside.create(REGION, [C], 'Utanför överenskommelsen');
    await outside.move('/invitation-response', { party: C.organisationNumber, accept: true });
    await outside.toDrafting([C.organisationNumber]);
    await outside.move('/drafts', outside.draft([C.organisationNumber], { principles: { INDEPENDENCE: 'Organisationen är oberoende.' } }));
    outsideWaiting = new LifecycleClient(api);
    await outsideWaiting.create(REGION, [C], 'Väntar utanför');
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
  });

  it("enters a partnership within a framework whose organisations have joined, and shows the framework on the partnership's page", async () => {
    // Named in upper case, stored and answered in lower case.
    expect(createdAnswer).toMatchObject({ frameworkId: framework, frameworkTitle: 'Överenskommelse om samverkan' });
    const page = await within.read();
    expect(page).toMatchObject({ frameworkId: framework, frameworkTitle: 'Överenskommelse om samverkan', phase: 'DRAFTING' });
    // A representative of one of its organisations sees the same framework.
    expect((await within.read(A.organisationNumber)).frameworkId).toBe(framework);
    expect((await outside.read()).frameworkId).toBeUndefined();
    const dossier = await get(`/partnerships/${within.id}/dossier?format=html`, AUDITOR);
    expect(dossier.text).toContain('Ingånget inom överenskommelsen Överenskommelse om samverkan');
    const listed = await officersPartnerships();
    expect(listed.find((p) => p.id === within.id)?.frameworkId).toBe(framework);
    expect(listed.find((p) => p.id === outside.id)?.frameworkId).toBeNull();
  });

  it("lists the framework's partnerships with their phases and organisations, to anyone signed in", async () => {
    const expected = [
      { id: waiting.id, title: 'Väntar inom överenskommelsen', phase: 'PROBLEM_DEFINITION', organisations: [A] },
      { id: within.id, title: 'Mötesplatser inom överenskommelsen', phase: 'DRAFTING', organisations: [A, B] },
    ];
    for (const reader of [officerOf(REGION), representativeOf(C.organisationNumber), AUDITOR, officerOf('Region Annanstans')]) {
      expect((await get(`/frameworks/${framework}/partnerships`, reader)).body).toEqual({ items: expected });
    }
    expect((await get(`/frameworks/${preparing}/partnerships`, officerOf(REGION))).body).toEqual({ items: [] });
    const unknown = await get(`/frameworks/${randomUUID()}/partnerships`, officerOf(REGION), 404);
    expect(unknown.body.code).toBe('FRAMEWORK_NOT_FOUND');
    const notAnId = await get('/frameworks/ramverket/partnerships', officerOf(REGION), 400);
    expect(notAnId.body.errors).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
    await http().get(`/frameworks/${framework}/partnerships`).expect(401);
  });

  it('filters the list of partnerships by framework, and refuses a framework that is no id, naming the parameter', async () => {
    const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();
    expect(ids((await get(`/partnerships?framework=${framework}`, officerOf(REGION))).body)).toEqual([waiting.id, within.id].sort());
    expect(ids((await get(`/partnerships?framework=${framework}`, representativeOf(B.organisationNumber))).body)).toEqual([within.id]);
    expect(ids((await get(`/partnerships?framework=${elsewhere}`, AUDITOR)).body)).toEqual([]);
    const bad = await get('/partnerships?framework=skane-2010', officerOf(REGION), 400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'framework', rule: 'isUuid' })]);
    expect(bad.body.errors[0].messageSv).toMatch(/överenskommelse/);
  });

  it('refuses a start with an organisation that has not joined, naming it by its place, and starts nothing', async () => {
    const before = (await officersPartnerships()).length;
    const refused = await start({ organisations: [A, C], frameworkId: framework });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'FRAMEWORK_MEMBERSHIP_REQUIRED',
      errors: [expect.objectContaining({ field: 'organisations.1.organisationNumber', rule: 'FRAMEWORK_MEMBERSHIP_REQUIRED' })],
    });
    expect(refused.body.messageSv).toContain(C.name);
    expect(refused.body.errors[0].messageSv).toMatch(/anslutit sig/);
    expect(await officersPartnerships()).toHaveLength(before);
    // The refusal is in the audit log, as every refused command is.
    const audited = await withDatabase((db) =>
      db.query(`SELECT outcome, status_code, reason FROM audit_log WHERE request_id = $1 AND action = 'POST /partnerships'`, [
        refused.body.requestId,
      ]),
    );
    expect(audited.rows).toEqual([{ outcome: 'REFUSED', status_code: 422, reason: 'FRAMEWORK_MEMBERSHIP_REQUIRED' }]);
  });

  it("refuses another region's framework as one that does not exist, and one not in force, naming frameworkId", async () => {
    const before = (await officersPartnerships()).length;
    const foreign = await start({ organisations: [A], frameworkId: elsewhere });
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({ code: 'FRAMEWORK_NOT_FOUND', errors: [expect.objectContaining({ field: 'frameworkId' })] });
    expect(foreign.body.messageSv).toBeTruthy();
    const unknown = await start({ organisations: [A], frameworkId: randomUUID() });
    expect(unknown.body.code).toBe('FRAMEWORK_NOT_FOUND');
    const notInForce = await start({ organisations: [A], frameworkId: preparing });
    expect(notInForce.status).toBe(422);
    expect(notInForce.body).toMatchObject({ code: 'FRAMEWORK_NOT_IN_FORCE', errors: [expect.objectContaining({ field: 'frameworkId' })] });
    const notAnId = await start({ organisations: [A], frameworkId: 'skane-2010' });
    expect(notAnId.status).toBe(400);
    expect(notAnId.body.errors).toEqual([expect.objectContaining({ field: 'frameworkId', rule: 'isUuid' })]);
    expect(await officersPartnerships()).toHaveLength(before);
  });

  it('filters the participation levels, by phase too, to the partnerships within the framework', async () => {
    const steps = (rows: { steps: number }[]) => rows.reduce((sum, r) => sum + r.steps, 0);
    const timelineSteps = async (client: LifecycleClient) => (await client.read()).steps.length;
    const withinSteps = (await timelineSteps(within)) + (await timelineSteps(waiting));
    const all = (await get('/reports/participation-levels', officerOf(REGION))).body;
    const filtered = (await get(`/reports/participation-levels?framework=${framework}`, officerOf(REGION))).body;
    expect(steps(filtered)).toBe(withinSteps);
    expect(steps(all)).toBe(withinSteps + (await timelineSteps(outside)) + (await timelineSteps(outsideWaiting)));
    const byPhase = async (query = '') =>
      (await get(`/reports/participation-levels/by-phase${query}`, officerOf(REGION))).body.phases as { steps: number }[];
    expect(steps(await byPhase(`?framework=${framework}`))).toBe(withinSteps);
    expect(steps(await byPhase())).toBe(steps(all));
    await get('/reports/participation-levels?framework=nej', officerOf(REGION), 400);
  });

  it('filters the principle coverage to the latest drafts of the partnerships within the framework', async () => {
    const coverage = async (query = '') =>
      Object.fromEntries(
        (
          (await get(`/reports/principle-coverage${query}`, officerOf(REGION))).body as { principle: string; addressed: number; drafts: number }[]
        ).map((r) => [r.principle, `${r.addressed}/${r.drafts}`]),
      );
    expect(await coverage(`?framework=${framework}`)).toEqual(Object.fromEntries(PRINCIPLES.map((p) => [p, '1/1'])));
    expect(await coverage()).toEqual(Object.fromEntries(PRINCIPLES.map((p) => [p, p === 'INDEPENDENCE' ? '2/2' : '1/2'])));
    const bad = await get('/reports/principle-coverage?framework=1', officerOf(REGION), 400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'framework', rule: 'isUuid' })]);
  });

  it('filters the overdue tasks and the calendar to the partnerships within the framework', async () => {
    const partnershipsOf = (rows: { partnershipId: string }[]) => [...new Set(rows.map((r) => r.partnershipId))].sort();
    const overdueAll = (await get('/reports/overdue-tasks', officerOf(REGION))).body;
    expect(partnershipsOf(overdueAll)).toEqual(expect.arrayContaining([waiting.id, outsideWaiting.id]));
    const overdueWithin = (await get(`/reports/overdue-tasks?framework=${framework}`, officerOf(REGION))).body;
    // The draft's reviews of `within` are overdue too, a month on; nothing of the partnerships within no framework.
    expect(partnershipsOf(overdueWithin)).toContain(waiting.id);
    expect(partnershipsOf(overdueWithin).filter((id) => ![within.id, waiting.id].includes(id))).toEqual([]);
    expect(partnershipsOf(overdueAll)).toEqual(expect.arrayContaining(partnershipsOf(overdueWithin)));
    expect((await get(`/reports/overdue-tasks?framework=${preparing}`, officerOf(REGION))).body).toEqual([]);

    const range = `from=${TODAY}&to=${addDays(TODAY, 60)}`;
    const calendarAll = (await get(`/reports/calendar?${range}`, officerOf(REGION))).body.entries;
    expect(partnershipsOf(calendarAll)).toEqual(expect.arrayContaining([outside.id, outsideWaiting.id]));
    const calendarWithin = (await get(`/reports/calendar?${range}&framework=${framework}`, officerOf(REGION))).body.entries;
    expect(calendarWithin.length).toBeGreaterThan(0);
    expect(partnershipsOf(calendarWithin).filter((id) => ![within.id, waiting.id].includes(id))).toEqual([]);
    await get(`/reports/calendar?${range}&framework=x`, officerOf(REGION), 400);
  });
});
