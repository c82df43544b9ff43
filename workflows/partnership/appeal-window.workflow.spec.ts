import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { addDays, daysOffByLaw, legalForceDate, type PartnershipCommand } from '../../libs/domain/src';
import { asTheApiSends, decision, NATVERKET, toApproval } from '../../libs/domain/src/partnership/decide-builders.test';
import { freePort } from '../../libs/devstack/src/ports';
import { registerSearchAttributes } from '../../libs/devstack/src/temporal-server';
import { quietTemporalRuntime } from '../../test/support/harness';
import { getStateQuery, updateFor } from './messages';
import { partnershipWorkflow } from './partnership.workflow';
import { partnershipWorkflowId, type ReadModelWrite } from './types';

/**
 * The appeal window under rules version 3, on Temporal's time-skipping test server: the durable timer marks the
 * decision as having gained legal force (laga kraft) the day after its last day of appeal, over Christmas and over
 * Midsummer, where the last day moves past the eves and holidays.
 */
describe('the appeal window in the workflow', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    quietTemporalRuntime();
    const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: join(root, '.tools', 'venv', 'bin', 'temporal-test-server') }, port: await freePort() },
    });
    const refused = await registerSearchAttributes(env.connection, 'default');
    if (refused) throw new Error(`Could not register the search attributes: ${refused}`);
  });

  afterAll(async () => {
    await env?.teardown();
  });

  /** The first year from the server's today whose eve (MM-DD, or midsommarafton) is at least 30 days away. */
  async function nextEve(kind: 'CHRISTMAS' | 'MIDSUMMER'): Promise<string> {
    const today = new Date(await env.currentTimeMs()).toISOString().slice(0, 10);
    for (let year = Number(today.slice(0, 4)); ; year++) {
      const eve =
        kind === 'CHRISTMAS'
          ? `${year}-12-24`
          : daysOffByLaw(year).find((d) => d.slice(5, 7) === '06' && d >= `${year}-06-19` && d <= `${year}-06-25`)!;
      if (addDays(today, 30) <= eve) return eve;
    }
  }

  /** A worker on a queue of its own and a partnership resumed at the political approval (rules version 3). */
  async function partnership(resumeState = toApproval()) {
    const taskQueue = `appeal-${randomUUID()}`;
    const writes: ReadModelWrite[] = [];
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      activities: { syncReadModel: async (write: ReadModelWrite) => void writes.push(write) },
    });
    const id = randomUUID();
    const handle = env.client.workflow.getHandle(partnershipWorkflowId(id));
    // Sent as the API sends it: since rules version 5 an approval names its document and a signature its hash.
    const move = async (command: PartnershipCommand) => {
      const sent = asTheApiSends(await handle.query(getStateQuery), command);
      return handle.executeUpdate(updateFor(sent), { args: [{ command: sent, actor: 'tester', requestId: `req-${randomUUID()}` }] });
    };
    const start = () =>
      env.client.workflow.start(partnershipWorkflow, {
        workflowId: partnershipWorkflowId(id),
        taskQueue,
        args: [
          {
            partnershipId: id,
            partnership: { title: 'IOP', publicParty: { name: 'Region Skåne' }, organisations: [] },
            startedBy: 'tester',
            requestId: 'req-resume',
            resumeState: { ...resumeState, partnershipId: id },
          },
        ],
      });
    return { worker, handle, move, writes, start };
  }

  // Three weeks after the anslag is the eve itself, so the last day of appeal moves past the holidays after it.
  // With the anslag given with the decision, or recorded days later by a move of its own (RECORD_PROTOCOL_ANNOUNCEMENT).
  it.each([
    ['CHRISTMAS' as const, 'WITH_DECISION'],
    ['MIDSUMMER' as const, 'WITH_DECISION'],
    ['CHRISTMAS' as const, 'LATER'],
  ])('%s, anslag %s: the decision gains legal force the day after the moved last day of appeal', async (kind, when) => {
    const eve = await nextEve(kind);
    const announcedOn = addDays(eve, -21);
    const meetingDate = addDays(announcedOn, -3);
    const legalForceOn = legalForceDate(announcedOn);
    // Past juldagen and annandag jul, or past midsommardagen and the Sunday after it.
    expect(legalForceOn >= addDays(eve, 4)).toBe(true);
    const { worker, handle, move, writes, start } = await partnership();

    const seen = await worker.runUntil(async () => {
      await start();
      if (when === 'WITH_DECISION') await move(decision('APPROVED', { meetingDate, protocolApprovedOn: meetingDate, announcedOn }));
      else {
        await move(decision('APPROVED', { meetingDate }));
        await move({ type: 'RECORD_PROTOCOL_ANNOUNCEMENT', party: 'PUBLIC', decisionSeq: 1, protocolApprovedOn: meetingDate, announcedOn });
      }
      const decided = await handle.query(getStateQuery);
      // Until two days after the expected day: the timer must have fired by then, and on that day.
      await env.sleep(Date.parse(`${addDays(legalForceOn, 2)}T00:00:00.000Z`) - (await env.currentTimeMs()));
      return { decided, later: await handle.query(getStateQuery) };
    });

    expect(seen.decided.decisions[0].legalForceOn).toBeUndefined();
    expect(seen.later.decisions[0].legalForceOn).toBe(legalForceOn);
    const steps = writes.flatMap((w) => w.steps).filter((s) => s.action === 'DECISION_GAINED_LEGAL_FORCE');
    // The timer fires at the start of that day (a moment after midnight, as the server's clock runs).
    expect(steps.map((s) => s.occurredAt.slice(0, 10))).toEqual([legalForceOn]);
  });

  it('an appeal pending past the window holds legal force back; the ruling upholding it gives legal force that day', async () => {
    const eve = await nextEve('CHRISTMAS');
    const announcedOn = addDays(eve, -21);
    const meetingDate = addDays(announcedOn, -3);
    const legalForceOn = legalForceDate(announcedOn);
    const { worker, handle, move, writes, start } = await partnership();
    const decidedOn = addDays(legalForceOn, 40);
    const seen = await worker.runUntil(async () => {
      await start();
      await move(decision('APPROVED', { meetingDate, announcedOn }));
      await move({
        type: 'RECORD_APPEAL',
        party: 'PUBLIC',
        decisionSeq: 1,
        court: 'Förvaltningsrätten i Malmö',
        caseNumber: '4711-26',
        lodgedOn: announcedOn,
      });
      // A month past the day it would have gained legal force: the timer must not have fired.
      await env.sleep(Date.parse(`${addDays(legalForceOn, 30)}T00:00:00.000Z`) - (await env.currentTimeMs()));
      const pending = await handle.query(getStateQuery);
      await move({ type: 'RECORD_APPEAL_OUTCOME', party: 'PUBLIC', decisionSeq: 1, outcome: 'UPHELD', decidedOn });
      return { pending, upheld: await handle.query(getStateQuery) };
    });

    expect(seen.pending.decisions[0].legalForceOn).toBeUndefined();
    expect(seen.pending.decisions[0].appeal).toMatchObject({ lodgedOn: announcedOn });
    expect(seen.upheld.decisions[0]).toMatchObject({ legalForceOn: decidedOn, appeal: { outcome: 'UPHELD' } });
    const actions = writes.flatMap((w) => w.steps).map((s) => s.action);
    expect(actions.filter((a) => a === 'DECISION_GAINED_LEGAL_FORCE')).toHaveLength(1);
    expect(actions.slice(-2)).toEqual(['APPEAL_UPHELD', 'DECISION_GAINED_LEGAL_FORCE']);
  });

  it('rules version 4: the agreement signed within the window enters into force the day the decision gains legal force, past Christmas', async () => {
    const eve = await nextEve('CHRISTMAS');
    const announcedOn = addDays(eve, -21);
    const meetingDate = addDays(announcedOn, -3);
    const legalForceOn = legalForceDate(announcedOn);
    // The tests before have moved the server's clock on by years: a draft that ends long after, so it does not expire at once.
    const approved = toApproval();
    approved.drafts[approved.drafts.length - 1].endDate = '2099-12-31';
    const { worker, handle, move, writes, start } = await partnership(approved);
    const seen = await worker.runUntil(async () => {
      await start();
      await move(decision('APPROVED', { meetingDate, announcedOn }));
      for (const party of ['PUBLIC', NATVERKET]) await move({ type: 'SIGN', party, signatoryName: `Firmatecknare ${party}` });
      const signed = await handle.query(getStateQuery);
      await env.sleep(Date.parse(`${addDays(legalForceOn, 2)}T00:00:00.000Z`) - (await env.currentTimeMs()));
      return { signed, later: await handle.query(getStateQuery) };
    });

    expect(seen.signed.phase).toBe('SIGNATURE');
    expect(seen.signed.agreement).toBeUndefined();
    expect(seen.later).toMatchObject({ phase: 'IMPLEMENTATION', agreement: { round: 1 } });
    const steps = writes.flatMap((w) => w.steps).filter((s) => s.action === 'DECISION_GAINED_LEGAL_FORCE' || s.action === 'AGREEMENT_SIGNED');
    expect(steps.map((s) => [s.action, s.occurredAt.slice(0, 10)])).toEqual([
      ['DECISION_GAINED_LEGAL_FORCE', legalForceOn],
      ['AGREEMENT_SIGNED', legalForceOn],
    ]);
  });
});
