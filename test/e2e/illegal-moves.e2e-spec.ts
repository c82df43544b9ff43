import { LifecycleClient } from '../support/lifecycle-client';
import { useApiAndWorker } from '../support/harness';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const BOTH = [NATVERKET.organisationNumber, VARSTA.organisationNumber];

/**
 * Each illegal move of domain.md §5, sent over HTTP: the answer carries the reason code and sentences, and the
 * partnership (its revision, steps and tasks) is exactly as it was.
 */
describe('illegal moves are refused with their reason and change nothing', () => {
  const app = useApiAndWorker('illegal-moves');

  async function expectRefused(iop: LifecycleClient, path: string, body: Record<string, unknown>, status: number, code: string) {
    const before = await iop.read();
    const response = await iop.attempt(path, body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    if (status !== 400) expect(response.body.messageSv).toEqual(expect.any(String));
    const after = await iop.read();
    expect({ revision: after.revision, steps: after.steps.length, tasks: after.tasks }).toEqual({
      revision: before.revision,
      steps: before.steps.length,
      tasks: before.tasks,
    });
    return response.body;
  }

  it('refuses signing before the political approval (409 SIGNING_BEFORE_APPROVAL)', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toDrafting([NATVERKET.organisationNumber]);
    await expectRefused(iop, '/signatures', { party: 'PUBLIC' }, 409, 'SIGNING_BEFORE_APPROVAL');
  });

  it('refuses approving a draft version that is not the latest (409 DRAFT_NOT_LATEST)', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toDrafting([NATVERKET.organisationNumber]);
    await iop.move('/drafts', iop.draft([NATVERKET.organisationNumber]));
    await iop.move('/drafts', iop.draft([NATVERKET.organisationNumber], { purpose: 'Version två' }));
    const body = await expectRefused(
      iop,
      '/drafts/1/reviews',
      { party: NATVERKET.organisationNumber, decision: 'APPROVED' },
      409,
      'DRAFT_NOT_LATEST',
    );
    expect(body.message).toBe('Version 1 is not the latest; review version 2.');
  });

  it("refuses an organisation answering another organisation's task (403 TASK_OF_ANOTHER_PARTY)", async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET, VARSTA]);
    await iop.toDrafting(BOTH);
    await iop.move('/drafts', iop.draft(BOTH));
    const varstasTask = (await iop.read()).tasks.find(
      (t: { type: string; addressedTo: string }) => t.type === 'APPROVE_DRAFT' && t.addressedTo === VARSTA.organisationNumber,
    );
    await expectRefused(
      iop,
      '/drafts/1/reviews',
      { party: NATVERKET.organisationNumber, decision: 'APPROVED', taskId: varstasTask.id },
      403,
      'TASK_OF_ANOTHER_PARTY',
    );
  });

  it('refuses a political decision without a diarienummer (400 naming the field) or with a malformed §', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toDrafting([NATVERKET.organisationNumber]);
    await iop.move('/drafts', iop.draft([NATVERKET.organisationNumber]));
    await iop.move('/drafts/1/reviews', { party: 'PUBLIC', decision: 'APPROVED' });
    await iop.move('/drafts/1/reviews', { party: NATVERKET.organisationNumber, decision: 'APPROVED' });
    const decision = { party: 'PUBLIC', body: 'Regionstyrelsen', meetingDate: '2026-11-20', paragraph: '§ 12', outcome: 'APPROVED' };
    const missing = await expectRefused(iop, '/decisions', decision, 400, 'VALIDATION_FAILED');
    expect(missing.errors).toEqual([expect.objectContaining({ field: 'diarienummer', rule: 'isDiarienummer' })]);
    const badParagraph = await expectRefused(
      iop,
      '/decisions',
      { ...decision, diarienummer: 'RS 2026/12', paragraph: 'tolv' },
      400,
      'VALIDATION_FAILED',
    );
    expect(badParagraph.errors).toEqual([expect.objectContaining({ field: 'paragraph', rule: 'isProtocolParagraph' })]);
    const noReasons = await expectRefused(
      iop,
      '/decisions',
      { ...decision, diarienummer: 'RS 2026/12', outcome: 'RETURNED' },
      422,
      'REASONS_REQUIRED',
    );
    expect(noReasons.messageSv).toContain('motivering');
  });

  it('refuses approving a draft that leaves a principle unaddressed (422 PRINCIPLE_UNADDRESSED), warning when it is submitted', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toDrafting([NATVERKET.organisationNumber]);
    const { principles } = iop.draft([NATVERKET.organisationNumber]) as { principles: Record<string, string> };
    const { DIVERSITY: _omitted, ...five } = principles;
    const submitted = await iop.move('/drafts', iop.draft([NATVERKET.organisationNumber], { principles: five }));
    expect(submitted.warnings.map((w: { code: string }) => w.code)).toEqual(['PRINCIPLE_UNADDRESSED']);
    const body = await expectRefused(iop, '/drafts/1/reviews', { party: 'PUBLIC', decision: 'APPROVED' }, 422, 'PRINCIPLE_UNADDRESSED');
    expect(body.message).toContain('diversity');
  });

  it('refuses approving a draft that gives an organisation no own contribution (422 OWN_CONTRIBUTION_MISSING)', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toDrafting([NATVERKET.organisationNumber]);
    await iop.move('/drafts', iop.draft([NATVERKET.organisationNumber], { contributions: [{ party: 'PUBLIC', amountSek: 500000 }] }));
    await expectRefused(iop, '/drafts/1/reviews', { party: NATVERKET.organisationNumber, decision: 'APPROVED' }, 422, 'OWN_CONTRIBUTION_MISSING');
  });

  it('refuses a negative or fractional SEK amount and an impossible date before anything reaches the workflow', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    await iop.toDrafting([NATVERKET.organisationNumber]);
    const body = await expectRefused(
      iop,
      '/drafts',
      iop.draft([NATVERKET.organisationNumber], {
        contributions: [
          { party: 'PUBLIC', amountSek: -5 },
          { party: NATVERKET.organisationNumber, amountSek: 10.5 },
        ],
        endDate: '2029-02-30',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual(
      expect.arrayContaining(['contributions.0.amountSek:min', 'contributions.1.amountSek:isInt', 'endDate:isCalendarDate']),
    );
  });

  it('answers a move on an unknown partnership with 404', async () => {
    const iop = new LifecycleClient(app());
    iop.id = '0b5e0a43-8f1d-4d55-9f43-1c7c8d6f2a10';
    const response = await iop.attempt('/signatures', { party: 'PUBLIC' });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('PARTNERSHIP_NOT_FOUND');
  });

  it('applies a move retried with the same Idempotency-Key once, and answers the retry like the first attempt', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [NATVERKET]);
    const headers = { 'Idempotency-Key': `accept-${iop.id}` };
    const first = await iop.attempt('/invitation-response', { party: NATVERKET.organisationNumber, accept: true }, 'post', headers);
    const retry = await iop.attempt('/invitation-response', { party: NATVERKET.organisationNumber, accept: true }, 'post', headers);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const steps = (await iop.read()).steps.filter((s: { action: string }) => s.action === 'INVITATION_ACCEPTED');
    expect(steps).toHaveLength(1);
    // Without the key, the same move again is a new attempt, and the rule refuses it.
    const again = await iop.attempt('/invitation-response', { party: NATVERKET.organisationNumber, accept: true });
    expect(again.body.code).toBe('INVITATION_ALREADY_ANSWERED');
  });
});
