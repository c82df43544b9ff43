import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { addDays } from '../../libs/domain/src';
import type { Principal } from '../../libs/identity/src';
import { startApi, startWorker, useOwnTaskQueue } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

// A public party and organisations of this file's own (Luhn-valid, invented), so that the lists show only ours.
const REGION = 'Region Överblick';
const A = { name: 'Föreningen Översikt', organisationNumber: '802488-3103' };
const B = { name: 'Stiftelsen Kalender', organisationNumber: '802488-3111' };
const TODAY = new Date().toISOString().slice(0, 10);

/**
 * The overviews over HTTP: the list's filters and due dates, the calendar of what is coming, and the participation
 * levels per phase, each as an officer, a representative and an auditor may read them.
 */
describe('the overviews of what is late and coming, and of the levels reached', () => {
  let api: INestApplication;
  let worker: INestApplicationContext;
  let waiting: LifecycleClient; // A's invitation is open, and past its due date a month from now
  let signed: LifecycleClient; // A's agreement in force, 2027-01-01 to 2029-12-31, nothing open
  let other: LifecycleClient; // B's alone, its invitation open
  /** The API's today: a month ahead, so that the invitations (14 days) are overdue. */
  const today = addDays(TODAY, 30);

  /** A read as `principal`, which must answer `status`. */
  const get = async (path: string, principal: Principal, status = 200) => {
    const response = await request(api.getHttpServer())
      .get(path)
      .set(await bearer(principal));
    if (response.status !== status) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };
  const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title).sort();

  beforeAll(async () => {
    useOwnTaskQueue('overviews');
    worker = await startWorker();
    api = await startApi({ today: async () => today });
    waiting = new LifecycleClient(api);
    await waiting.create(REGION, [A], 'Väntar på svar');
    signed = new LifecycleClient(api);
    await signed.create(REGION, [A], 'Avtal i kraft');
    await signed.move('/invitation-response', { party: A.organisationNumber, accept: true });
    // Rules version 3: each step aims for the level chosen for its phase.
    await signed.move(
      '/phase-levels',
      {
        party: 'PUBLIC',
        levels: [
          { phase: 'PROBLEM_DEFINITION', level: 'DIALOGUE', reason: 'Problemet formuleras i samtal' },
          { phase: 'SIGNATURE', level: 'PARTNERSHIP', reason: 'Båda parter undertecknar' },
        ],
      },
      'put',
    );
    await signed.toSignature([A.organisationNumber]);
    await signed.move('/signatures', { party: 'PUBLIC' });
    await signed.move('/signatures', { party: A.organisationNumber });
    other = new LifecycleClient(api);
    await other.create(REGION, [B], 'Annan organisation');
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
  });

  it("gives each partnership of the officer's list its open tasks' due dates and how many are overdue", async () => {
    const { items } = (await get('/partnerships?pageSize=100', officerOf(REGION))).body;
    expect(items.map((i: { title: string }) => i.title).sort()).toEqual(['Annan organisation', 'Avtal i kraft', 'Väntar på svar']);
    const late = items.find((i: { id: string }) => i.id === waiting.id);
    const invitationDue = addDays(TODAY, 14);
    expect(late).toMatchObject({
      nextDueDate: invitationDue,
      overdueTasks: 1,
      openTasks: [{ type: 'RESPOND_TO_INVITATION', dueDate: invitationDue }],
    });
    expect(items.find((i: { id: string }) => i.id === signed.id)).toMatchObject({
      phase: 'IMPLEMENTATION',
      nextDueDate: null,
      overdueTasks: 0,
      openTasks: [],
    });
  });

  it('filters by overdue, phase, organisation and the level reached, and combines them', async () => {
    const officer = officerOf(REGION);
    expect(titles((await get('/partnerships?overdue=true', officer)).body)).toEqual(['Annan organisation', 'Väntar på svar']);
    expect(titles((await get('/partnerships?overdue=false', officer)).body)).toHaveLength(3);
    expect(titles((await get('/partnerships?phase=IMPLEMENTATION', officer)).body)).toEqual(['Avtal i kraft']);
    expect(titles((await get(`/partnerships?organisation=${B.organisationNumber}`, officer)).body)).toEqual(['Annan organisation']);
    // Only the signed one has a step both sides decided together (the signatures).
    expect(titles((await get('/partnerships?levelReached=PARTNERSHIP', officer)).body)).toEqual(['Avtal i kraft']);
    expect(titles((await get(`/partnerships?overdue=true&organisation=${A.organisationNumber}`, officer)).body)).toEqual(['Väntar på svar']);
    // Paging goes on under a filter.
    const first = (await get('/partnerships?overdue=true&pageSize=1', officer)).body;
    const second = (await get('/partnerships?overdue=true&pageSize=1&page=2', officer)).body;
    expect(first.hasMore).toBe(true);
    expect(second.hasMore).toBe(false);
    expect([...titles(first), ...titles(second)].sort()).toEqual(['Annan organisation', 'Väntar på svar']);
  });

  it("shows a representative every partnership of their organisation, ended or not, with their own tasks' due dates only", async () => {
    const ofA = (await get('/partnerships', representativeOf(A.organisationNumber))).body;
    expect(titles(ofA)).toEqual(['Avtal i kraft', 'Väntar på svar']);
    const ofB = (await get('/partnerships?overdue=true', representativeOf(B.organisationNumber))).body;
    expect(titles(ofB)).toEqual(['Annan organisation']);
    expect(ofB.items[0]).toMatchObject({ overdueTasks: 1, openTasks: [{ type: 'RESPOND_TO_INVITATION' }] });
    expect(titles((await get('/partnerships?pageSize=100', officerOf('Region Annanstans'))).body)).toEqual([]);
  });

  it('refuses a filter it cannot read with a 400 naming the parameter, in English and Swedish, and lists nothing', async () => {
    for (const [query, field] of [
      ['phase=NOPE', 'phase'],
      ['overdue=yes', 'overdue'],
      ['levelReached=ALL', 'levelReached'],
      ['organisation=802488-3104', 'organisation'],
    ]) {
      const refused = (await get(`/partnerships?${query}`, officerOf(REGION), 400)).body;
      expect(refused.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      expect(refused.messageSv).toContain(field);
      expect(refused.messageSv).not.toBe('Begäran är ogiltig.');
    }
  });

  it("lists what is coming in the caller's scope: tasks due, yearly follow-ups, the agreement's end and the decision", async () => {
    const calendar = (await get('/reports/calendar?from=2026-01-01&to=2027-12-31', officerOf(REGION))).body;
    expect(calendar).toMatchObject({ from: '2026-01-01', to: '2027-12-31' });
    const mine = calendar.entries.filter((e: { partnershipId: string }) => [waiting.id, signed.id, other.id].includes(e.partnershipId));
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'DECISION',
          date: '2026-11-20',
          partnershipId: signed.id,
          decision: expect.objectContaining({ diarienummer: 'RS 2026/00321' }),
        }),
        expect.objectContaining({ kind: 'TASK_DUE', partnershipId: waiting.id, taskType: 'RESPOND_TO_INVITATION', date: addDays(TODAY, 14) }),
      ]),
    );
    // The follow-up of year 1 falls in 2028: outside this range.
    expect(mine.filter((e: { kind: string }) => e.kind === 'FOLLOW_UP')).toEqual([]);
    const dates = calendar.entries.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());

    const later = (await get('/reports/calendar?from=2028-01-01&to=2029-12-31', officerOf(REGION))).body.entries;
    expect(later.filter((e: { partnershipId: string }) => e.partnershipId === signed.id)).toEqual([
      expect.objectContaining({ kind: 'FOLLOW_UP', date: '2028-01-01', followUpYear: 1 }),
      expect.objectContaining({ kind: 'FOLLOW_UP', date: '2029-01-01', followUpYear: 2 }),
      expect.objectContaining({ kind: 'AGREEMENT_ENDS', date: '2029-12-31' }),
    ]);
  });

  it("scopes the calendar: a representative sees their organisation's, another region's officer nothing, an auditor all", async () => {
    const range = `from=2026-01-01&to=2027-12-31`;
    const ids = async (principal: Principal) =>
      new Set((await get(`/reports/calendar?${range}`, principal)).body.entries.map((e: { partnershipId: string }) => e.partnershipId));
    const ofB = await ids(representativeOf(B.organisationNumber));
    expect(ofB.has(other.id)).toBe(true);
    expect(ofB.has(waiting.id) || ofB.has(signed.id)).toBe(false);
    const elsewhere = await ids(officerOf('Region Annanstans'));
    expect([waiting.id, signed.id, other.id].some((id) => elsewhere.has(id))).toBe(false);
    const all = await ids(AUDITOR);
    expect([waiting.id, signed.id, other.id].every((id) => all.has(id))).toBe(true);
  });

  it('defaults the calendar to a year from today and refuses a range backwards or longer than two years', async () => {
    expect((await get('/reports/calendar', officerOf(REGION))).body).toMatchObject({ from: today, to: addDays(today, 365) });
    const backwards = (await get('/reports/calendar?from=2027-01-01&to=2026-12-31', officerOf(REGION), 422)).body;
    expect(backwards.errors).toEqual([expect.objectContaining({ field: 'to', rule: 'isOnOrAfterFrom' })]);
    expect(backwards.messageSv).toContain('from');
    const tooLong = (await get('/reports/calendar?from=2026-01-01&to=2028-12-31', officerOf(REGION), 422)).body;
    expect(tooLong.errors).toEqual([expect.objectContaining({ field: 'to', rule: 'isWithinCalendarRange' })]);
    const notADay = (await get('/reports/calendar?from=2026-02-30', officerOf(REGION), 400)).body;
    expect(notADay.errors).toEqual([expect.objectContaining({ field: 'from', rule: 'isCalendarDate' })]);
    expect(notADay.messageSv).toContain('from måste vara en verklig dag');
  });

  it("gives one partnership's levels per phase, aimed for and reached, and names the steps that fell short", async () => {
    const levels = (await get(`/partnerships/${signed.id}/participation-levels`, representativeOf(A.organisationNumber))).body;
    const phase = (name: string) => levels.phases.find((p: { phase: string }) => p.phase === name);
    // The last signature made it a decision of both sides; the first alone only informed the other.
    expect(phase('SIGNATURE')).toMatchObject({ highestAimedFor: 'PARTNERSHIP', highestReached: 'PARTNERSHIP' });
    expect(phase('SIGNATURE').reached.PARTNERSHIP).toBeGreaterThan(0);
    // The officer proposed the problem definition alone: its phase aimed for dialogue, the proposal reached information.
    expect(phase('PROBLEM_DEFINITION').shortfalls).toBeGreaterThan(0);
    expect(levels.shortfalls).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'PROBLEM_DEFINITION_PROPOSED', levelAimedFor: 'DIALOGUE', levelReached: 'INFORMATION' }),
      ]),
    );
    expect(levels.phases.map((p: { phase: string }) => p.phase)).toEqual(
      ['PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'POLITICAL_APPROVAL', 'SIGNATURE'].filter((p) => phase(p)),
    );
    // Read as every other read of a partnership: not by another organisation's representative.
    await get(`/partnerships/${signed.id}/participation-levels`, representativeOf(B.organisationNumber), 404);
    await get(`/partnerships/${signed.id}/participation-levels`, AUDITOR);
  });

  it('sums the levels per phase across the partnerships the caller may read', async () => {
    const ofB = (await get('/reports/participation-levels/by-phase', representativeOf(B.organisationNumber))).body;
    // B's only partnership has taken its first step: the invitation, reaching information (no level chosen for it).
    expect(ofB.phases).toEqual([expect.objectContaining({ phase: 'PROBLEM_DEFINITION', steps: 1, highestReached: 'INFORMATION', shortfalls: 0 })]);
    const ofRegion = (await get('/reports/participation-levels/by-phase', officerOf(REGION))).body;
    const signature = ofRegion.phases.find((p: { phase: string }) => p.phase === 'SIGNATURE');
    expect(signature.reached.PARTNERSHIP).toBeGreaterThan(0);
  });
});
