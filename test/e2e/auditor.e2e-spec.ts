import request from 'supertest';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { auditCheck, until } from '../support/processes';
import { AUDITOR, bearer, representativeOf } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;

/** The auditor's view, over HTTP, of a partnership that has reached its agreement. */
describe('the auditor reconstructs a partnership', () => {
  process.env.TEMPORAL_UI_URL = 'http://127.0.0.1:8233';
  const app = useApiAndWorker('auditor');
  let auditor: { Authorization: string };
  const asAuditor = (path: string) => request(app().getHttpServer()).get(path).set(auditor);

  async function signedPartnership(title: string): Promise<LifecycleClient> {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET], title);
    await iop.move('/invitation-response', { party: ORG, accept: true });
    // Under rules version 3 a step aims for the level chosen for its phase: the officer chooses partnership for the
    // drafting and the signature, where the parties decide together.
    await iop.move(
      '/phase-levels',
      {
        party: 'PUBLIC',
        levels: [
          { phase: 'DRAFTING', level: 'PARTNERSHIP', reason: 'Parterna skriver och godkänner avtalet tillsammans' },
          { phase: 'SIGNATURE', level: 'PARTNERSHIP', reason: 'Båda parter undertecknar' },
        ],
      },
      'put',
    );
    await iop.toSignature([ORG]);
    await iop.move('/signatures', { party: 'PUBLIC' });
    await iop.move('/signatures', { party: ORG });
    return iop;
  }

  let iop: LifecycleClient;

  beforeAll(async () => {
    auditor = await bearer(AUDITOR);
    iop = await signedPartnership('Granskningsbart partnerskap');
  });

  afterAll(() => {
    delete process.env.TEMPORAL_UI_URL;
  });

  it('reads one ordered timeline of steps, decisions, signatures, tasks and commands, filterable by phase and party', async () => {
    const timeline = (await asAuditor(`/partnerships/${iop.id}/timeline`).expect(200)).body;
    expect(new Set(timeline.map((e: { kind: string }) => e.kind))).toEqual(
      new Set(['STEP', 'DECISION', 'SIGNATURE', 'TASK_OPENED', 'TASK_CLOSED', 'AUDIT']),
    );
    const times = timeline.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort());
    expect(timeline.find((e: { action: string }) => e.action === 'DRAFT_AGREED')).toMatchObject({
      party: 'JOINT',
      levelAimedFor: 'PARTNERSHIP',
      levelReached: 'PARTNERSHIP',
    });

    const decisions = (await asAuditor(`/partnerships/${iop.id}/timeline?phase=POLITICAL_APPROVAL`).expect(200)).body;
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((e: { phase: string }) => e.phase === 'POLITICAL_APPROVAL')).toBe(true);
    expect(decisions.find((e: { kind: string }) => e.kind === 'DECISION').detail).toMatchObject({ diarienummer: 'RS 2026/00321', paragraph: '§ 88' });

    const organisation = (await asAuditor(`/partnerships/${iop.id}/timeline?party=8024561238`).expect(200)).body;
    expect(organisation.every((e: { party: string }) => e.party === ORG || e.party === 'JOINT')).toBe(true);
    expect(organisation.some((e: { kind: string }) => e.kind === 'SIGNATURE')).toBe(true);
  });

  it("reads the workflow's own event history with the moves and their arguments, and a link to the Web UI", async () => {
    const history = (await asAuditor(`/partnerships/${iop.id}/history`).expect(200)).body;
    expect(history.webUiUrl).toBe(`http://127.0.0.1:8233/namespaces/default/workflows/partnership-${iop.id}/${history.runId}/history`);
    expect(history.events[0]).toMatchObject({ eventId: 1, type: 'WORKFLOW_EXECUTION_STARTED', name: 'partnershipWorkflow' });
    const signing = history.events.filter(
      (e: { type: string; name?: string }) => e.type === 'WORKFLOW_EXECUTION_UPDATE_ACCEPTED' && e.name === 'signUpdate',
    );
    expect(signing.map((e: { args: { command: { party: string } }[] }) => e.args[0].command.party)).toEqual(['PUBLIC', ORG]);
    // The opening is written by a local activity (a marker); each move's write by a regular activity, which may
    // still be on its way when the move has been answered.
    type Event = { type: string; name?: string };
    const moves = history.events.filter((e: Event) => e.type === 'WORKFLOW_EXECUTION_UPDATE_ACCEPTED' && e.name !== 'awaitOpeningRecorded');
    const writes = await until(
      async () =>
        ((await asAuditor(`/partnerships/${iop.id}/history`).expect(200)).body.events as Event[])
          .filter((e) => e.name === 'syncReadModel')
          .map((e) => e.type),
      (types) => types.length - 1 >= moves.length,
      10000,
    );
    expect(writes).toEqual(['MARKER_RECORDED', ...Array(writes.length - 1).fill('ACTIVITY_TASK_SCHEDULED')]);
  });

  it("pages Temporal's history on request, and refuses a page or page size out of range in English and Swedish", async () => {
    const whole = (await asAuditor(`/partnerships/${iop.id}/history`).expect(200)).body;
    expect(whole).toMatchObject({ page: 1, totalEvents: whole.events.length, hasMore: false });
    const second = (await asAuditor(`/partnerships/${iop.id}/history?page=2&pageSize=5`).expect(200)).body;
    expect(second).toMatchObject({ page: 2, pageSize: 5, hasMore: true, webUiUrl: whole.webUiUrl });
    // Other tests' moves do not reach this partnership: its history ends with its last write, long ago.
    expect(second.totalEvents).toBeGreaterThanOrEqual(whole.events.length);
    expect(second.events.map((e: { eventId: number }) => e.eventId)).toEqual([6, 7, 8, 9, 10]);
    expect(second.events).toEqual(whole.events.slice(5, 10));
    // Only a page given: 25 events.
    expect((await asAuditor(`/partnerships/${iop.id}/history?page=1`).expect(200)).body.events).toHaveLength(25);
    const last = Math.ceil(second.totalEvents / 25);
    expect((await asAuditor(`/partnerships/${iop.id}/history?page=${last}&pageSize=25`).expect(200)).body.hasMore).toBe(false);
    expect((await asAuditor(`/partnerships/${iop.id}/history?page=${last + 1}&pageSize=25`).expect(200)).body.events).toEqual([]);

    for (const [query, field, en, sv] of [
      ['page=0', 'page', 'Enter 1 or more.', 'page ska vara minst 1.'],
      ['page=1.5', 'page', 'Enter a whole number.', 'page ska vara ett heltal.'],
      ['pageSize=201', 'pageSize', 'Enter 200 or less.', 'pageSize får vara högst 200.'],
      ['pageSize=tjugo', 'pageSize', 'Enter a whole number.', 'pageSize ska vara ett heltal.'],
    ]) {
      const refused = (await asAuditor(`/partnerships/${iop.id}/history?${query}`).expect(400)).body;
      expect(refused.code).toBe('VALIDATION_FAILED');
      expect(refused.errors).toContainEqual(expect.objectContaining({ field, message: en }));
      expect(refused.messageSv).toContain(sv);
    }
    // The OpenAPI document says the same ranges, and the answers' shapes.
    const document = (await request(app().getHttpServer()).get('/docs/openapi.json').expect(200)).body;
    const operation = document.paths['/partnerships/{id}/history'].get;
    expect(operation.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100000 } }),
        expect.objectContaining({ name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } }),
      ]),
    );
    expect(operation.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/HistoryResponse' });
    expect(document.components.schemas.VerificationResponse.required).toEqual(expect.arrayContaining(['links', 'valid', 'checked']));
    // Another organisation's representative is not let in by paging either: to them there is no such partnership.
    await request(app().getHttpServer())
      .get(`/partnerships/${iop.id}/history?page=1&pageSize=5`)
      .set(await bearer(representativeOf('802003-4529')))
      .expect(404);
  });

  it('verifies the hash chain, and names the first link after a row is altered in SQL', async () => {
    const tampered = await signedPartnership('Manipulerat partnerskap');
    const intact = (await asAuditor(`/partnerships/${tampered.id}/verification`).expect(200)).body;
    expect(intact).toMatchObject({ chainKey: tampered.id, valid: true });
    expect(intact.links).toBeGreaterThan(20);
    // It says what it counted: every link, from the first to the last.
    expect(intact.checked).toEqual({ links: intact.links, firstSeq: 1, lastSeq: intact.links, ofLinks: intact.links });

    const [step] = (
      await withDatabase((db) =>
        db.query(`SELECT id::text, chain_seq FROM step_records WHERE process_id = $1 AND action = 'AGREEMENT_SIGNED'`, [tampered.id]),
      )
    ).rows;
    await withDatabase((db) => db.query(`UPDATE step_records SET actor = 'someone-else@example' WHERE id = $1`, [step.id]));
    const broken = (await asAuditor(`/partnerships/${tampered.id}/verification`).expect(200)).body;
    expect(broken.valid).toBe(false);
    expect(broken.firstBrokenLink).toMatchObject({ table: 'step_records', id: step.id, seq: Number(step.chain_seq), problem: 'CONTENT_ALTERED' });
    // The walk stopped at the altered link: it checked the links up to it, of all the chain's.
    expect(broken.checked).toEqual({ links: Number(step.chain_seq), firstSeq: 1, lastSeq: Number(step.chain_seq), ofLinks: intact.links });

    // The same check from the command line, over every partnership in the database.
    const command = await auditCheck('verify-chains');
    expect(command.status).toBe(1);
    expect(command.stdout).toContain(`BROKEN ${tampered.id}: link ${step.chain_seq} (step_records ${step.id}) CONTENT_ALTERED`);
    expect(command.stdout).not.toContain(`BROKEN ${iop.id}`);
  });

  it('tells, for a date, who could sign and who acted for each party', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const roles = (await asAuditor(`/partnerships/${iop.id}/roles?date=${today}`).expect(200)).body;
    const publicParty = roles.parties.find((p: { party: string }) => p.party === 'PUBLIC');
    const organisation = roles.parties.find((p: { party: string }) => p.party === ORG);
    expect(publicParty.signatories.map((s: { subject: string }) => s.subject)).toContain('officer:Region Skåne');
    expect(organisation.signatories.map((s: { subject: string }) => s.subject)).toContain(`rep:${ORG}`);
    expect(publicParty.actors).toEqual([expect.objectContaining({ role: 'officer', actedThatDay: true })]);
    expect(organisation.actors).toEqual([expect.objectContaining({ role: 'organisation_rep', actedThatDay: true })]);

    // Before the register's entries took effect, and before anyone acted: nobody. (Other tests may register other
    // signatories for the same public party, so only this test's people are looked for.)
    const before = (await asAuditor(`/partnerships/${iop.id}/roles?date=1999-12-31`).expect(200)).body;
    const subjects = before.parties.flatMap((p: { signatories: { subject: string }[] }) => p.signatories.map((s) => s.subject));
    expect(subjects).not.toContain('officer:Region Skåne');
    expect(subjects).not.toContain(`rep:${ORG}`);
    expect(before.parties.flatMap((p: { actors: unknown[] }) => p.actors)).toEqual([]);
  });

  it('reconciles the read model with the workflow, and reports a divergence made in SQL', async () => {
    expect((await asAuditor(`/partnerships/${iop.id}/reconciliation`).expect(200)).body).toMatchObject({
      consistent: true,
      differences: [],
      workflowStatus: 'RUNNING',
    });
    const diverged = await signedPartnership('Avvikande läsmodell');
    await withDatabase((db) => db.query(`UPDATE partnerships SET state = jsonb_set(state, '{phase}', '"SIGNATURE"') WHERE id = $1`, [diverged.id]));
    const report = (await asAuditor(`/partnerships/${diverged.id}/reconciliation`).expect(200)).body;
    expect(report.consistent).toBe(false);
    expect(report.differences).toContain('phase');

    // An ended partnership reconciles against the state its workflow ended with.
    const ended = new LifecycleClient(app());
    await ended.create('Region Skåne', [NATVERKET], 'Avslutat partnerskap');
    await ended.move('/withdrawal', { party: ORG, reason: 'Vi drar oss ur' });
    // The workflow completes once its last write is made, which may follow the answer.
    const closed = await until(
      async () => (await asAuditor(`/partnerships/${ended.id}/reconciliation`).expect(200)).body,
      (r) => r.workflowStatus !== 'RUNNING',
    );
    expect(closed).toMatchObject({ consistent: true, differences: [], workflowStatus: 'COMPLETED' });

    const command = await auditCheck('reconcile', iop.id, diverged.id, ended.id);
    expect(command.stdout).toContain(`DIVERGES ${diverged.id}: revision`);
    expect(command.stdout).not.toContain(`DIVERGES ${iop.id}`);
    expect(command.stdout).not.toContain(`DIVERGES ${ended.id}`);
    expect(command.stdout).toContain('reconcile: 3 partnerships checked, 1 diverging');
    expect(command.status).toBe(1);
  });

  it('exports the dossier as JSON, the timeline as CSV, and a printable report with Swedish headings', async () => {
    const json = (await asAuditor(`/partnerships/${iop.id}/dossier?format=json`).expect(200)).body;
    expect(json.partnership).toMatchObject({ id: iop.id, phase: 'IMPLEMENTATION' });
    expect(json.verification.valid).toBe(true);
    expect(json.verification.checked).toMatchObject({ firstSeq: 1, lastSeq: json.verification.links });

    const csv = await asAuditor(`/partnerships/${iop.id}/dossier?format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Tidpunkt;Händelse;Fas;Part;Åtgärd;Eftersträvad nivå;Uppnådd nivå;Utförd av;Detaljer');
    expect(lines).toHaveLength(json.timeline.length + 1);

    const html = await asAuditor(`/partnerships/${iop.id}/dossier?format=html`).expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    const text = html.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const heading of [
      'Parter',
      'Faser och steg',
      'Eftersträvad delaktighetsnivå',
      'Uppnådd delaktighetsnivå',
      'Politiska beslut',
      'Underskrifter',
      'Uppföljningar',
      'Ändringar och förnyelser',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('RS 2026/00321');
    expect(text).toContain('§ 88');
    expect(text).toContain('Godkänt');
    expect(text).toContain(`Företrädare för ${ORG}`);
    expect(text).toContain('Kedjan är obruten');
  });

  it('lists and filters partnerships across the register, page by page, and reports on them', async () => {
    const list = async (query: string) => (await asAuditor(`/partnerships?${query}`).expect(200)).body;
    expect((await list('phase=IMPLEMENTATION&pageSize=100')).items.map((i: { id: string }) => i.id)).toContain(iop.id);
    expect(
      (await list(`organisation=${ORG}&diarienummer=${encodeURIComponent('RS 2026/00321')}&levelReached=PARTNERSHIP&pageSize=100`)).items.map(
        (i: { id: string }) => i.id,
      ),
    ).toContain(iop.id);
    expect((await list('phase=ENDED&organisation=8020112341')).items.map((i: { id: string }) => i.id)).not.toContain(iop.id);
    const firstPage = await list('pageSize=1');
    expect(firstPage).toMatchObject({ page: 1, pageSize: 1, hasMore: true });
    const secondPage = await list('pageSize=1&page=2');
    expect(secondPage.items[0].id).not.toBe(firstPage.items[0].id);

    // Each item names whom its open tasks wait for: a new partnership waits for the organisation's answer.
    const opened = new LifecycleClient(app());
    await opened.create('Region Skåne', [NATVERKET], 'Väntar på svar');
    const waitingFor = async () => (await list('pageSize=5')).items.find((i: { id: string }) => i.id === opened.id).waitingFor;
    expect(await waitingFor()).toEqual([NATVERKET.name]);
    await opened.move('/invitation-response', { party: ORG, accept: true });
    expect(await waitingFor()).not.toContain(NATVERKET.name);

    const levels = (await asAuditor('/reports/participation-levels').expect(200)).body;
    expect(levels).toEqual(
      expect.arrayContaining([expect.objectContaining({ phase: 'SIGNATURE', levelAimedFor: 'PARTNERSHIP', levelReached: 'PARTNERSHIP' })]),
    );
    const principles = (await asAuditor('/reports/principle-coverage').expect(200)).body;
    expect(principles.map((p: { principle: string }) => p.principle)).toEqual([
      'INDEPENDENCE',
      'DIALOGUE',
      'QUALITY',
      'LONG_TERM',
      'TRANSPARENCY',
      'DIVERSITY',
    ]);
    expect(principles.every((p: { addressed: number; drafts: number }) => p.addressed <= p.drafts && p.drafts > 0)).toBe(true);
    expect(Array.isArray((await asAuditor('/reports/overdue-tasks').expect(200)).body)).toBe(true);
  });
});
