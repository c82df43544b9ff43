import request from 'supertest';
import { JOINING_UNDERTAKINGS, PRINCIPLES } from '../../libs/domain/src';
import { FRAMEWORK_MOVE_HANDLERS, frameworkRouteOf } from '../../apps/api/src/frameworks/framework-move-routes';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { eventually } from '../support/time-skipping';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';

const REGION = 'Region Västernorrland';
const NEGOTIATOR = { name: 'Idéburen sektor Västernorrland', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const HSO = { name: 'Handikappföreningarnas Samarbetsorgan', organisationNumber: '802011-2341' };

// The real today, as the workflow and the rules read it: a meeting or a decision may not lie in the future. The
// period starts today, so that no timer of past quarters or years runs while the test reads the revision.
const TODAY = new Date().toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));

const terms = (summary: string) => ({
  period: { start: TODAY, end: `${YEAR + 4}-12-31` },
  principles: PRINCIPLES.map((principle) => ({ principle, commitments: [{ text: `Åtagande om ${principle}`, heldBy: 'BOTH' }] })),
  developmentAreas: ['COLLABORATION'],
  joiningUndertakings: [...JOINING_UNDERTAKINGS],
  steeringGroup: { seatsPerSector: 1, meetingsPerYear: 4, reviewIntervalYears: 5 },
  summary,
});

const DECISION = { body: 'Landstingsfullmäktige', meetingDate: TODAY, diarienummer: 'LS 2021/410', paragraph: '§ 112', outcome: 'APPROVED' };

/** A framework agreement over HTTP, from its start to a member leaving, as its officers, members and auditors see it. */
describe('framework agreements over HTTP', () => {
  const app = useApiAndWorker('frameworks');
  const http = () => request(app().getHttpServer());
  const officer = officerOf(REGION);
  const otherOfficer = officerOf('Region Skåne');
  const varsta = representativeOf(VARSTA.organisationNumber);
  const hso = representativeOf(HSO.organisationNumber);
  let id = '';
  /** The moves accepted so far, each of which must have exactly one ACCEPTED audit entry. */
  const accepted: string[] = [];

  async function post(path: string, as: Parameters<typeof bearer>[0], body: object) {
    const response = await http()
      .post(`/frameworks/${id}${path}`)
      .set(await bearer(as))
      .send(body);
    if (response.status === 200) accepted.push(`POST ${path}`);
    return response;
  }
  const get = async (path: string, as: Parameters<typeof bearer>[0]) =>
    http()
      .get(`/frameworks/${id}${path}`)
      .set(await bearer(as));
  const revision = async () => (await get('', officer)).body.revision as number;

  /** Waits until the timers that follow the entry into force (its tasks) have run: the revision stays put. */
  async function settled(): Promise<void> {
    let last = await revision();
    await eventually(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const [before, now] = [last, await revision()];
        last = now;
        return before === now;
      },
      (same) => same,
    );
  }

  /** A refused move changes nothing: the revision is the one before it. */
  async function expectRefused(path: string, as: Parameters<typeof bearer>[0], body: object, status: number, code: string) {
    const before = await revision();
    const response = await post(path, as, body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body.messageSv).toEqual(expect.any(String));
    expect(await revision()).toBe(before);
    return response.body as { errors?: { field: string }[] };
  }

  it('opens a framework with its first version, drafted in the same step', async () => {
    const response = await http()
      .post('/frameworks')
      .set(await bearer(officer))
      .send({
        title: 'Överenskommelse om samverkan i Västernorrland',
        publicParty: { name: REGION },
        sectorRepresentative: NEGOTIATOR,
        firstVersion: terms('Bakgrund och syfte'),
      });
    expect(response.status).toBe(201);
    id = response.body.id;
    expect(response.headers.location).toBe(`/frameworks/${id}`);
    expect(response.body).toMatchObject({ status: 'PREPARING', sectorRepresentative: NEGOTIATOR, seats: { PUBLIC: { seats: 1 } } });
    expect(response.body.versions).toEqual([expect.objectContaining({ version: 1, status: 'DRAFT' })]);
    expect(response.body.versions[0].principles[0].commitments[0].id).toBe(`${PRINCIPLES[0]}-1`);
    accepted.push('POST /frameworks');
  });

  it('answers every bad body with a 400 naming the field, in English and Swedish, and starts nothing', async () => {
    const bad: [string, object, string][] = [
      ['', { title: 'x', publicParty: { name: REGION }, sectorRepresentative: NEGOTIATOR }, 'title'],
      [
        '',
        { title: 'Ramverk', publicParty: { name: REGION }, sectorRepresentative: { ...NEGOTIATOR, organisationNumber: '802456-1239' } },
        'sectorRepresentative.organisationNumber',
      ],
      [
        '',
        {
          title: 'Ramverk',
          publicParty: { name: REGION },
          sectorRepresentative: NEGOTIATOR,
          firstVersion: { ...terms('s'), steeringGroup: { seatsPerSector: 0, meetingsPerYear: 4, reviewIntervalYears: 5 } },
        },
        'firstVersion.steeringGroup.seatsPerSector',
      ],
      ['/versions', { ...terms('s'), principles: [{ principle: 'KINDNESS', commitments: [] }] }, 'principles.0.principle'],
      ['/applications', { organisationName: HSO.name, declaration: ['NOPE'], signatoryName: 'Eva Ek' }, 'declaration'],
      ['/steering-group/meetings', { date: `${YEAR}-02-30`, attendance: [{ sector: 'PUBLIC', names: ['A'] }], minutes: 'm' }, 'date'],
      ['/steering-group/meetings', { date: TODAY, attendance: [{ sector: 'MARKET', names: ['A'] }], minutes: 'm' }, 'attendance.0.sector'],
      [
        '/action-plans',
        { year: YEAR, actions: [{ developmentArea: 'COLLABORATION', description: 'd', responsible: 'r', dueDate: 'soon' }] },
        'actions.0.dueDate',
      ],
      ['/leave', { party: 'PUBLIC' }, 'party'],
    ];
    for (const [path, body, field] of bad) {
      const as = path === '/applications' ? hso : officer;
      const response = await http()
        .post(path === '' ? '/frameworks' : `/frameworks/${id}${path}`)
        .set(await bearer(as))
        .send(body);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      const error = (response.body.errors as { field: string; message: string; messageSv: string }[]).find((e) => e.field === field);
      expect({ path, field: error?.field, en: typeof error?.message, sv: typeof error?.messageSv }).toEqual({
        path,
        field,
        en: 'string',
        sv: 'string',
      });
    }
    expect(await revision()).toBe(1);
  });

  it('adopts the first version: it comes in force on its first day, with the negotiator as a member', async () => {
    const response = await post('/versions/1/decisions', officer, DECISION);
    expect(response.status).toBe(200);
    expect(response.body.framework.versions[0]).toMatchObject({
      status: expect.stringMatching(/^(ADOPTED|IN_FORCE)$/),
      decisions: [expect.objectContaining({ diarienummer: 'LS 2021/410' })],
    });
    // The version's period starting is the workflow's durable timer, which follows the decision at once.
    const inForce = await eventually(
      async () => (await get('', officer)).body,
      (body) => body.status === 'IN_FORCE',
    );
    expect(inForce).toMatchObject({ status: 'IN_FORCE', versionInForce: 1 });
    expect(inForce.members).toEqual([expect.objectContaining({ organisationNumber: NEGOTIATOR.organisationNumber, status: 'JOINED' })]);
    await settled();
  });

  it('takes applications: the public party is asked, others do not see them, joining twice is refused', async () => {
    expect(
      (await post('/applications', varsta, { organisationName: VARSTA.name, declaration: [...JOINING_UNDERTAKINGS], signatoryName: 'Maria Sjöberg' }))
        .status,
    ).toBe(200);
    const seen = (await get('', officer)).body;
    expect(seen.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ organisationNumber: VARSTA.organisationNumber, status: 'APPLIED' })]),
    );
    expect(seen.tasks).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'DECIDE_ON_APPLICATION', ref: VARSTA.organisationNumber, status: 'OPEN' })]),
    );
    await expectRefused(
      '/applications',
      varsta,
      { organisationName: VARSTA.name, declaration: [...JOINING_UNDERTAKINGS], signatoryName: 'Maria Sjöberg' },
      409,
      'APPLICATION_PENDING',
    );

    // A representative of an organisation that has not joined reads the framework, without the others' applications.
    const asHso = await get('', hso);
    expect(asHso.status).toBe(200);
    expect(asHso.body.members.map((m: { organisationNumber: string }) => m.organisationNumber)).toEqual([NEGOTIATOR.organisationNumber]);
    expect(asHso.body.tasks).toEqual([]);
    const hsoMoves = (await get('/available-moves', hso)).body.moves;
    expect(hsoMoves.map((m: { type: string }) => m.type)).toEqual(['APPLY_TO_JOIN']);
    expect(hsoMoves[0].route).toEqual({ method: 'POST', path: `/frameworks/${id}/applications` });
    expect(hsoMoves[0].fields.map((f: { name: string }) => f.name)).toEqual(['organisationName', 'declaration', 'signatoryName']);
    // ...and may not act in it (it is no party: as if it did not exist).
    const leave = await post('/leave', hso, {});
    expect({ status: leave.status, code: leave.body.code }).toEqual({ status: 404, code: 'FRAMEWORK_NOT_FOUND' });
    expect(
      (await post('/applications', hso, { organisationName: HSO.name, declaration: [...JOINING_UNDERTAKINGS], signatoryName: 'Eva Ek' })).status,
    ).toBe(200);
  });

  it('confirms one application and refuses another with its reason', async () => {
    const moves = (await get('/available-moves', officer)).body.moves as { type: string; ref?: string; taskId?: string; route: { path: string } }[];
    const decide = moves.find((m) => m.type === 'DECIDE_ON_APPLICATION' && m.ref === VARSTA.organisationNumber)!;
    expect(decide.route.path).toBe(`/frameworks/${id}/applications/${VARSTA.organisationNumber}/decision`);
    const confirmed = await post(`/applications/${VARSTA.organisationNumber}/decision`, officer, { confirm: true, taskId: decide.taskId });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.framework.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organisationNumber: VARSTA.organisationNumber, status: 'JOINED', joinedOn: expect.any(String) }),
      ]),
    );
    const refused = await post(`/applications/${HSO.organisationNumber}/decision`, officer, {
      confirm: false,
      reason: 'Verksamheten är inte regional.',
    });
    expect(refused.status).toBe(200);
    expect(refused.body.framework.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organisationNumber: HSO.organisationNumber, status: 'REFUSED', reason: 'Verksamheten är inte regional.' }),
      ]),
    );
    // The joined organisation is public to every reader; the refused one only to itself and the public party.
    const asVarsta = (await get('', varsta)).body;
    expect(asVarsta.members.map((m: { organisationNumber: string }) => m.organisationNumber).sort()).toEqual(
      [NEGOTIATOR.organisationNumber, VARSTA.organisationNumber].sort(),
    );
    const asHso = (await get('', hso)).body;
    expect(asHso.members.map((m: { organisationNumber: string }) => m.organisationNumber).sort()).toEqual(
      [NEGOTIATOR.organisationNumber, VARSTA.organisationNumber, HSO.organisationNumber].sort(),
    );
    await expectRefused(
      '/applications',
      varsta,
      { organisationName: VARSTA.name, declaration: [...JOINING_UNDERTAKINGS], signatoryName: 'Maria Sjöberg' },
      409,
      'ALREADY_JOINED',
    );
  });

  it('appoints both sectors and refuses an appointment that makes them unequal, changing nothing', async () => {
    const term = { termStart: TODAY, termEnd: `${YEAR + 2}-12-31` };
    expect(
      (await post('/steering-group/members', officer, { sector: 'PUBLIC', name: 'Lena Sundström', organisationName: REGION, ...term })).status,
    ).toBe(200);
    const civil = await post('/steering-group/members', varsta, {
      sector: 'CIVIL_SOCIETY',
      name: 'Maria Sjöberg',
      organisationName: VARSTA.name,
      ...term,
    });
    expect(civil.status).toBe(200);
    expect(civil.body.framework.seats).toEqual({ PUBLIC: { seats: 1, filled: 1, vacant: 0 }, CIVIL_SOCIETY: { seats: 1, filled: 1, vacant: 0 } });
    expect(civil.body.framework.steeringGroup).toEqual([
      expect.objectContaining({ sector: 'PUBLIC', name: 'Lena Sundström' }),
      expect.objectContaining({ sector: 'CIVIL_SOCIETY', name: 'Maria Sjöberg', organisationNumber: VARSTA.organisationNumber }),
    ]);
    await expectRefused(
      '/steering-group/members',
      officer,
      { sector: 'PUBLIC', name: 'Per Nordin', organisationName: REGION, ...term },
      409,
      'STEERING_GROUP_UNEQUAL',
    );
    // The seat is the sector's one: the refusal names the sector, and nothing was appointed.
    expect((await get('', officer)).body.steeringGroup).toHaveLength(2);
  });

  it('records a meeting within the period, refuses one outside it, and takes the sector attendance from a member organisation', async () => {
    const outside = await expectRefused(
      '/steering-group/meetings',
      officer,
      { date: `${YEAR - 3}-06-01`, attendance: [{ sector: 'PUBLIC', names: ['Lena Sundström'] }], minutes: 'Före perioden.' },
      422,
      'MEETING_OUTSIDE_PERIOD',
    );
    expect(outside.errors?.[0]?.field).toBe('date');
    const held = await post('/steering-group/meetings', officer, {
      date: TODAY,
      attendance: [{ sector: 'PUBLIC', names: ['Lena Sundström'] }],
      minutes: 'Första mötet.',
    });
    expect(held.status).toBe(200);
    const meetingId = held.body.framework.meetings[0].id as number;
    const attendance = await post(`/steering-group/meetings/${meetingId}/attendance`, varsta, { names: ['Maria Sjöberg'] });
    expect(attendance.status).toBe(200);
    expect(attendance.body.framework.meetings[0].attendance).toEqual(
      expect.arrayContaining([{ sector: 'CIVIL_SOCIETY', names: ['Maria Sjöberg'], recordedBy: VARSTA.organisationNumber }]),
    );
  });

  it('sets an action plan, records the yearly conference on it and decides a review', async () => {
    const plan = await post('/action-plans', officer, {
      year: YEAR,
      actions: [
        { developmentArea: 'COLLABORATION', description: 'Gemensam utbildningsdag', responsible: 'Samverkansgruppen', dueDate: `${YEAR}-12-31` },
      ],
    });
    expect(plan.status).toBe(200);
    const actionId = plan.body.framework.actionPlans[0].actions[0].id as string;
    const conference = await post('/conferences', officer, {
      year: YEAR,
      date: TODAY,
      commitmentOutcomes: [{ commitmentId: 'DIALOGUE-1', whatWasDone: 'Fyra dialogmöten hölls.' }],
      actionFollowUps: [{ actionId, outcome: 'DONE' }],
      attendedBy: ['PUBLIC', VARSTA.organisationNumber],
    });
    expect(conference.status).toBe(200);
    expect(conference.body.framework.conferences).toEqual([
      expect.objectContaining({ year: YEAR, commitmentOutcomes: [{ commitmentId: 'DIALOGUE-1', whatWasDone: 'Fyra dialogmöten hölls.' }] }),
    ]);
    const review = await post('/reviews', officer, { ...DECISION, diarienummer: 'LS 2025/77', reviewOutcome: 'CONTINUE' });
    expect(review.status).toBe(200);
    expect(review.body.framework.reviews).toEqual([expect.objectContaining({ reviewOutcome: 'CONTINUE' })]);
    expect(review.body.framework.reviewDueBy).toBe(`${YEAR + 5}${TODAY.slice(4)}`);
  });

  it('lets an auditor read everything and refuses every move of theirs', async () => {
    for (const path of ['', '/timeline', '/dossier', '/available-moves']) expect((await get(path, AUDITOR)).status).toBe(200);
    expect((await get('/available-moves', AUDITOR)).body.moves).toEqual([]);
    for (const type of Object.keys(FRAMEWORK_MOVE_HANDLERS) as (keyof typeof FRAMEWORK_MOVE_HANDLERS)[]) {
      const path = frameworkRouteOf({ type })
        .template.replace(':id', id)
        .replace(/:(version|memberId|meetingId)/, '1')
        .replace(':organisationNumber', VARSTA.organisationNumber);
      const response = await http()
        .post(path)
        .set(await bearer(AUDITOR))
        .send({});
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status: 403, code: 'READ_ONLY_ROLE' });
    }
  });

  it("lets another region's officer read the framework but not act in it", async () => {
    expect((await get('', otherOfficer)).status).toBe(200);
    expect((await get('/available-moves', otherOfficer)).body.moves).toEqual([]);
    const response = await post('/versions', otherOfficer, terms('Inte er överenskommelse'));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'FRAMEWORK_NOT_FOUND' });
  });

  it('lets a member leave; the list, timeline and dossier show the steps', async () => {
    const left = await post('/leave', varsta, { reason: 'Verksamheten läggs ned.' });
    expect(left.status).toBe(200);
    expect(left.body.framework.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ organisationNumber: VARSTA.organisationNumber, status: 'LEFT' })]),
    );

    const list = await http()
      .get(`/frameworks?publicParty=${encodeURIComponent(REGION)}&status=IN_FORCE`)
      .set(await bearer(hso));
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, status: 'IN_FORCE', versionInForce: 1, joinedCount: 1, period: terms('').period })]),
    );
    expect(
      (
        await http()
          .get('/frameworks?status=SOMETIMES')
          .set(await bearer(hso))
      ).status,
    ).toBe(400);

    const steps = ((await get('/timeline', officer)).body as { kind: string; action: string }[])
      .filter((e) => e.kind === 'STEP')
      .map((e) => e.action);
    expect(steps).toEqual(
      expect.arrayContaining([
        'FRAMEWORK_OPENED',
        'VERSION_PROPOSED',
        'VERSION_DECISION_APPROVED',
        'APPLICATION_SUBMITTED',
        'APPLICATION_CONFIRMED',
        'APPLICATION_REFUSED',
        'STEERING_GROUP_MEMBER_APPOINTED',
        'STEERING_GROUP_MEETING_HELD',
        'SECTOR_ATTENDANCE_RECORDED',
        'ACTION_PLAN_SET',
        'FOLLOW_UP_CONFERENCE_HELD',
        'REVIEW_DECISION_APPROVED',
        'MEMBER_LEFT',
      ]),
    );
    const dossier = await get('/dossier?format=html', officer);
    expect(dossier.status).toBe(200);
    expect(dossier.headers['content-type']).toMatch(/text\/html/);
    for (const text of ['Samverkansgruppen', 'Lena Sundström', VARSTA.name, 'Utträdd', 'Fyra dialogmöten hölls.', 'Kedjan är obruten'])
      expect(dossier.text).toContain(text);
    // Codes by the web's Swedish labels: the member's standing and the step, never MEMBER_LEFT.
    for (const text of ['Har lämnat', 'Organisation lämnade överenskommelsen', 'Offentlig sektor']) expect(dossier.text).toContain(text);
    expect(dossier.text).not.toMatch(/\bMEMBER_LEFT\b|\bCIVIL_SOCIETY\b/);
  });

  it("keeps one audit entry for every accepted move, in the framework's chain, and the refusals beside them", async () => {
    const rows = await withDatabase((db) =>
      db
        .query(`SELECT action, outcome FROM audit_log WHERE process_id = $1 ORDER BY id`, [id])
        .then((r) => r.rows as { action: string; outcome: string }[]),
    );
    const acceptedEntries = rows.filter((r) => r.outcome === 'ACCEPTED');
    expect(acceptedEntries).toHaveLength(accepted.length);
    expect(acceptedEntries[0].action).toBe('POST /frameworks');
    expect(acceptedEntries.map((r) => r.action)).toEqual(
      expect.arrayContaining(['POST /frameworks/:id/steering-group/meetings/:meetingId/attendance']),
    );
    // Refusals by the rules and by the guard are kept in the framework's chain too.
    expect(rows.filter((r) => r.outcome === 'REFUSED').map((r) => r.action)).toEqual(
      expect.arrayContaining(['POST /frameworks/:id/steering-group/members', 'POST /frameworks/:id/applications', 'POST /frameworks/:id/leave']),
    );
  });

  it('lists every framework route in the OpenAPI document, with the move bodies the validators check', async () => {
    const document = (await http().get('/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
      components: { schemas: Record<string, { properties?: Record<string, { maxLength?: number; enum?: string[] }> }> };
    };
    const paths = Object.keys(document.paths).filter((p) => p.startsWith('/frameworks'));
    for (const handler of Object.values(FRAMEWORK_MOVE_HANDLERS)) {
      const template = frameworkRouteOf({
        type: (Object.keys(FRAMEWORK_MOVE_HANDLERS) as (keyof typeof FRAMEWORK_MOVE_HANDLERS)[]).find((t) => FRAMEWORK_MOVE_HANDLERS[t] === handler)!,
      }).template;
      expect(paths).toContain(template.replace(/:(\w+)/g, '{$1}'));
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        '/frameworks',
        '/frameworks/{id}',
        '/frameworks/{id}/available-moves',
        '/frameworks/{id}/timeline',
        '/frameworks/{id}/dossier',
      ]),
    );
    expect(document.components.schemas.SteeringGroupMeetingDto.properties?.minutes?.maxLength).toBe(20000);
    expect(document.components.schemas.AppointmentDto.properties?.sector?.enum).toEqual(['PUBLIC', 'CIVIL_SOCIETY']);
  });

  it('answers a retry under the same Idempotency-Key with the first answer, opening one framework and applying a move once', async () => {
    const key = `framework-start-${id.slice(0, 8)}`;
    const body = { title: 'Överenskommelse, andra försöket', publicParty: { name: REGION }, sectorRepresentative: NEGOTIATOR };
    const first = await http()
      .post('/frameworks')
      .set(await bearer(officer))
      .set('Idempotency-Key', key)
      .send(body);
    const retry = await http()
      .post('/frameworks')
      .set(await bearer(officer))
      .set('Idempotency-Key', key)
      .send(body);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const reused = await http()
      .post('/frameworks')
      .set(await bearer(officer))
      .set('Idempotency-Key', key)
      .send({ ...body, title: 'Något annat' });
    expect({ status: reused.status, code: reused.body.code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });

    const move = { ...terms('En revidering'), reason: 'Översynen' };
    const path = `/frameworks/${first.body.id}/versions`;
    const proposed = await http()
      .post(path)
      .set(await bearer(officer))
      .set('Idempotency-Key', `${key}-move`)
      .send(move);
    const again = await http()
      .post(path)
      .set(await bearer(officer))
      .set('Idempotency-Key', `${key}-move`)
      .send(move);
    expect([proposed.status, again.status]).toEqual([200, 200]);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.revision).toBe(proposed.body.revision);
    expect(
      (
        await http()
          .get(`/frameworks/${first.body.id}`)
          .set(await bearer(officer))
      ).body.versions,
    ).toHaveLength(1);
  });
});
