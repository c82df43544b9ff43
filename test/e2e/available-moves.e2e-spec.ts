import request from 'supertest';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { randomUUID } from 'node:crypto';
import { AUDITOR, bearer, officerOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };

interface Field {
  name: string;
  required: boolean;
  type?: string;
  maxLength?: number;
  enum?: string[];
  items?: { type?: string; enum?: string[] };
  fields?: Field[];
}
interface Move {
  type: string;
  taskId?: string;
  ref?: string;
  decision?: string;
  blockedBy?: { code: string; message: { sv: string; en: string } };
  route: { method: string; path: string };
  fields: Field[];
}

/**
 * What a client does with an entry: it fills the fields the entry lists (and the entry's task where a taskId field
 * is listed), and sends them to the route it names. A value for a field the entry does not list is left out, and
 * a required field without a value fails the test: the description must be enough.
 */
function bodyFor(move: Move, values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of move.fields) {
    const value = field.name === 'taskId' ? move.taskId : values[field.name];
    if (value !== undefined) body[field.name] = value;
    else if (field.required) throw new Error(`${move.type} needs ${field.name}, which the test did not give`);
  }
  return body;
}

describe('GET /partnerships/:id/available-moves', () => {
  const app = useApiAndWorker('available-moves');
  const http = () => request(app().getHttpServer());

  /** Every listed move; the organisation's profile and the levels per phase, open in every phase, are tested on their own. */
  async function allMovesOf(iop: LifecycleClient, as: string): Promise<Move[]> {
    const response = await iop.get(`/partnerships/${iop.id}/available-moves`, as);
    expect(response.status).toBe(200);
    return response.body;
  }
  const ANY_PHASE = ['RECORD_ORGANISATION_PROFILE', 'PROPOSE_PHASE_LEVELS'];
  const movesOf = async (iop: LifecycleClient, as: string) => (await allMovesOf(iop, as)).filter((m) => !ANY_PHASE.includes(m.type));

  async function send(iop: LifecycleClient, as: string, move: Move, values: Record<string, unknown> = {}) {
    const method = move.route.method.toLowerCase() as 'post' | 'put';
    return http()
      [method](move.route.path)
      .set(await bearer(iop.principalOf(as)))
      .send(bodyFor(move, values));
  }

  it('answers each caller with their own moves, each with its route and the fields its validators check', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA]);
    const officer = await movesOf(iop, 'PUBLIC');
    expect(officer.map((m) => m.type)).toEqual(['PROPOSE_PROBLEM_DEFINITION', 'RECORD_LEGAL_BASIS', 'RECORD_STATE_AID_ASSESSMENT']);
    expect(officer[0].route).toEqual({ method: 'POST', path: `/partnerships/${iop.id}/problem-definition` });
    const byName = Object.fromEntries(officer[0].fields.map((f) => [f.name, f]));
    expect(byName.challenge).toEqual(expect.objectContaining({ required: true, type: 'string', minLength: 3, maxLength: 4000 }));
    expect(byName.goals).toEqual(
      expect.objectContaining({
        required: true,
        type: 'array',
        minItems: 1,
        maxItems: 20,
        items: expect.objectContaining({ type: 'string', maxLength: 1000 }),
      }),
    );
    expect(byName.developmentAreas).toEqual(
      expect.objectContaining({ required: false, items: expect.objectContaining({ enum: expect.arrayContaining(['COLLABORATION']) }) }),
    );

    const representative = await movesOf(iop, NATVERKET.organisationNumber);
    expect(representative.map((m) => m.type)).toEqual(['RESPOND_TO_INVITATION', 'WITHDRAW_ORGANISATION', 'PROPOSE_PROBLEM_DEFINITION']);
    // Open in every phase: the organisation's own profile, at its own path, and the officer's levels per phase.
    const own = (await allMovesOf(iop, NATVERKET.organisationNumber)).find((m) => m.type === 'RECORD_ORGANISATION_PROFILE')!;
    expect(own.route).toEqual({ method: 'PUT', path: `/partnerships/${iop.id}/organisations/${NATVERKET.organisationNumber}/profile` });
    expect(own.fields.find((f) => f.name === 'legalForm')).toEqual(
      expect.objectContaining({ required: true, enum: expect.arrayContaining(['FOUNDATION']) }),
    );
    const levels = (await allMovesOf(iop, 'PUBLIC')).find((m) => m.type === 'PROPOSE_PHASE_LEVELS')!;
    expect(levels.route).toEqual({ method: 'PUT', path: `/partnerships/${iop.id}/phase-levels` });
    const invitation = representative[0];
    expect(invitation.taskId).toEqual(expect.stringMatching(/^T\d+$/));
    expect(invitation.fields.map((f) => [f.name, f.required])).toEqual(
      expect.arrayContaining([
        ['accept', true],
        ['taskId', false],
        ['reason', false],
      ]),
    );
  });

  it('gives an auditor an empty list: they read every partnership and never act', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    const response = await http()
      .get(`/partnerships/${iop.id}/available-moves`)
      .set(await bearer(AUDITOR))
      .expect(200);
    expect(response.body).toEqual([]);
  });

  it('accepts a listed move sent as described, and refuses one that is not listed', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    const [proposal] = await movesOf(iop, 'PUBLIC');
    const proposed = await send(iop, 'PUBLIC', proposal, { challenge: 'Ensamhet bland äldre', targetGroup: 'Äldre', goals: ['Fler mötesplatser'] });
    expect(proposed.status).toBe(200);

    const agree = (await movesOf(iop, NATVERKET.organisationNumber)).find((m) => m.type === 'AGREE_TO_PROBLEM_DEFINITION')!;
    expect(agree.route.path).toBe(`/partnerships/${iop.id}/problem-definition/agreements`);
    expect((await send(iop, NATVERKET.organisationNumber, agree)).status).toBe(200);

    // In the dialogue the officer is not offered closing it before the shared goal is set, and the API agrees.
    const dialogue = await movesOf(iop, 'PUBLIC');
    expect(dialogue.map((m) => m.type)).toEqual([
      'RECORD_MEETING',
      'SUBMIT_INPUT',
      'SET_SHARED_GOAL',
      'RECORD_LEGAL_BASIS',
      'RECORD_STATE_AID_ASSESSMENT',
    ]);
    const close = await iop.attempt('/dialogue/close', { party: 'PUBLIC' });
    expect({ status: close.status, code: close.body.code }).toEqual({ status: 409, code: 'SHARED_GOAL_MISSING' });
    // Nor is the representative offered a meeting, which the public party convenes.
    const meeting = await iop.attempt('/meetings', {
      party: NATVERKET.organisationNumber,
      date: '2026-09-01',
      minutes: 'M',
      attendees: [{ party: 'PUBLIC', names: ['Anna'] }],
    });
    expect(meeting.status).toBe(403);
    expect((await movesOf(iop, NATVERKET.organisationNumber)).map((m) => m.type)).not.toContain('RECORD_MEETING');
  });

  it('offers the officer a meeting after the first organisation declined, and the meeting is accepted', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA]);
    await iop.move('/invitation-response', { party: NATVERKET.organisationNumber, accept: false, reason: 'Ingen kapacitet i år' });
    await iop.move('/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet', targetGroup: 'Äldre', goals: ['Mötesplatser'] });
    await iop.move('/problem-definition/agreements', { party: VARSTA.organisationNumber });
    expect(await movesOf(iop, NATVERKET.organisationNumber)).toEqual([]);

    const meeting = (await movesOf(iop, 'PUBLIC')).find((m) => m.type === 'RECORD_MEETING')!;
    expect(meeting.route).toEqual({ method: 'POST', path: `/partnerships/${iop.id}/meetings` });
    const attendees = meeting.fields.find((f) => f.name === 'attendees')!;
    expect(attendees.fields?.map((f) => f.name)).toEqual(['party', 'names']);
    const sent = await send(iop, 'PUBLIC', meeting, {
      date: '2026-09-01',
      minutes: 'Första dialogmötet',
      attendees: [
        { party: 'PUBLIC', names: ['Anna Lindqvist'] },
        { party: VARSTA.organisationNumber, names: ['Maria Sjöberg'] },
      ],
    });
    expect(sent.status).toBe(200);
    expect((await iop.read()).dialogue.meetings).toHaveLength(1);
  });

  it('lists the review of the latest draft at its own path, and an approval the draft prevents with the reason', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toDrafting([NATVERKET.organisationNumber]);
    await iop.move('/drafts', iop.draft([NATVERKET.organisationNumber], { principles: { INDEPENDENCE: 'Oberoende' } }));
    const reviews = (await movesOf(iop, NATVERKET.organisationNumber)).filter((m) => m.type === 'REVIEW_DRAFT');
    expect(reviews.map((m) => [m.decision, m.ref, m.route.path, m.blockedBy?.code])).toEqual([
      ['APPROVED', '1', `/partnerships/${iop.id}/drafts/1/reviews`, 'PRINCIPLE_UNADDRESSED'],
      ['CHANGES_REQUESTED', '1', `/partnerships/${iop.id}/drafts/1/reviews`, undefined],
    ]);
    const decision = reviews[0].fields.find((f) => f.name === 'decision')!;
    expect(decision.enum).toEqual(['APPROVED', 'CHANGES_REQUESTED']);
    // The blocked approval is refused for the reason the list gave; the other answer goes through.
    const approve = await send(iop, NATVERKET.organisationNumber, reviews[0], { decision: 'APPROVED' });
    expect({ status: approve.status, code: approve.body.code }).toEqual({ status: 422, code: 'PRINCIPLE_UNADDRESSED' });
    const changes = await send(iop, NATVERKET.organisationNumber, reviews[1], { decision: 'CHANGES_REQUESTED', comment: 'Alla principer behövs' });
    expect(changes.status).toBe(200);
  });

  it('lists signing with the reason while the person is no confirmed signatory of the party, and without once they are', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toSignature([NATVERKET.organisationNumber]);
    // A person of this test's own, so no other test file's register entry makes them a signatory already.
    const officer = { ...officerOf('Region Skåne'), subject: `officer:moves-${randomUUID()}` };
    const listed = async () =>
      (
        await http()
          .get(`/partnerships/${iop.id}/available-moves`)
          .set(await bearer(officer))
          .expect(200)
      ).body as Move[];
    const before = (await listed()).find((m) => m.type === 'SIGN')!;
    expect(before.blockedBy?.code).toBe('NOT_A_SIGNATORY');
    expect(before.blockedBy?.message.sv).toMatch(/firmatecknare/);

    await iop.registerSignatory(officer);
    const after = (await listed()).find((m) => m.type === 'SIGN')!;
    expect(after.blockedBy).toBeUndefined();
    expect(after.route).toEqual({ method: 'POST', path: `/partnerships/${iop.id}/signatures` });
    const signed = await http()
      .post(after.route.path)
      .set(await bearer(officer))
      .send(bodyFor(after, await iop.agreementToSign(officer)));
    expect(signed.status).toBe(200);
    expect((await iop.read()).signatures).toEqual([expect.objectContaining({ party: 'PUBLIC', signatoryName: officer.name })]);
  });

  it('answers 404 for a partnership the caller is not party to, and 400 naming the id when it is malformed', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    const stranger = await iop.get(`/partnerships/${iop.id}/available-moves`, VARSTA.organisationNumber);
    expect({ status: stranger.status, code: stranger.body.code }).toEqual({ status: 404, code: 'PARTNERSHIP_NOT_FOUND' });
    const malformed = await iop.get('/partnerships/not-an-id/available-moves');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('id');
  });

  it('is described in the OpenAPI document, with the entry and its fields as components', async () => {
    const { body: document } = await http().get('/docs/openapi.json').expect(200);
    const operation = document.paths['/partnerships/{id}/available-moves'].get;
    expect(operation.responses['200'].content['application/json'].schema).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/AvailableMoveResponse' },
    });
    expect(Object.keys(document.components.schemas.AvailableMoveResponse.properties)).toEqual(
      expect.arrayContaining(['type', 'taskId', 'ref', 'decision', 'blockedBy', 'route', 'fields']),
    );
    expect(document.components.schemas.MoveFieldResponse.properties.fields).toEqual({
      type: 'array',
      description: expect.any(String),
      items: { $ref: '#/components/schemas/MoveFieldResponse' },
    });
  });
});
