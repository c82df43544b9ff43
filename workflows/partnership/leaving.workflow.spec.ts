import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { PartnershipCommand, PartnershipState } from '../../libs/domain/src';
import { NATVERKET, toImplementation, VARSTA } from '../../libs/domain/src/partnership/decide-builders.test';
import { freePort } from '../../libs/devstack/src/ports';
import { registerSearchAttributes } from '../../libs/devstack/src/temporal-server';
import { quietTemporalRuntime } from '../../test/support/harness';
import { getStateQuery, updateFor } from './messages';
import { partnershipWorkflow } from './partnership.workflow';
import { partnershipWorkflowId, type ReadModelWrite } from './types';

/**
 * Leaving a multi-organisation agreement under rules version 3, on Temporal's time-skipping test server: the durable
 * timer lets each organisation leave the day its own notice runs out, and the agreement goes on for the others until
 * the public party's notice ends it for everyone.
 */
describe('leaving a multi-organisation agreement in the workflow', () => {
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

  it('lets each organisation leave when its own notice runs out, the last one ending it, and the public party notice ends it for all', async () => {
    const taskQueue = `leaving-${randomUUID()}`;
    const writes: ReadModelWrite[] = [];
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: process.env.WORKFLOW_BUNDLE_PATH! },
      activities: { syncReadModel: async (write: ReadModelWrite) => void writes.push(write) },
    });
    const leavingId = randomUUID();
    const publicId = randomUUID();
    const handle = (id: string) => env.client.workflow.getHandle(partnershipWorkflowId(id));
    const move = (id: string, command: PartnershipCommand) =>
      handle(id).executeUpdate(updateFor(command), { args: [{ command, actor: 'tester', requestId: `req-${randomUUID()}` }] });
    const state = (id: string) => handle(id).query(getStateQuery);
    // An agreement in force with two organisations, six months' notice, to 2029-03-01 (the domain's builders).
    const resume = (id: string) =>
      env.client.workflow.start(partnershipWorkflow, {
        workflowId: partnershipWorkflowId(id),
        taskQueue,
        args: [
          {
            partnershipId: id,
            partnership: { title: 'IOP', publicParty: { name: 'Region Skåne' }, organisations: [] },
            startedBy: 'tester',
            requestId: 'req-resume',
            resumeState: { ...toImplementation([NATVERKET, VARSTA]), partnershipId: id },
          },
        ],
      });

    const seen = await worker.runUntil(async () => {
      await resume(leavingId);
      await resume(publicId);
      await move(leavingId, { type: 'TERMINATE', party: NATVERKET, reason: 'Verksamheten flyttar' });
      await move(publicId, { type: 'TERMINATE', party: 'PUBLIC', reason: 'Regionen avslutar samarbetet' });
      await env.sleep('60 days');
      // A second organisation's notice is accepted while the first runs.
      await move(leavingId, { type: 'TERMINATE', party: VARSTA, reason: 'Styrelsebeslut' });
      const bothPending = await state(leavingId);
      await env.sleep('130 days');
      const firstLeft = await state(leavingId);
      const publicEnded = await state(publicId);
      await env.sleep('60 days');
      return { bothPending, firstLeft, publicEnded, lastLeft: await state(leavingId) };
    });

    const status = (s: PartnershipState, party: string) => s.organisations.find((o) => o.organisationNumber === party)?.status;
    const [natverket, varsta] = seen.bothPending.leavings!;
    expect(seen.bothPending.organisations.map((o) => o.status)).toEqual(['ACCEPTED', 'ACCEPTED']);
    expect(status(seen.firstLeft, NATVERKET)).toBe('LEFT');
    expect(status(seen.firstLeft, VARSTA)).toBe('ACCEPTED');
    expect(seen.firstLeft.ended).toBeUndefined();
    expect(seen.firstLeft.agreement).toBeDefined();
    expect(status(seen.lastLeft, VARSTA)).toBe('LEFT');
    expect(seen.lastLeft.ended).toMatchObject({ reason: 'TERMINATED', detail: 'Styrelsebeslut' });
    // The timer fires at the start of the day (a moment after midnight, as the server's clock runs).
    expect(seen.lastLeft.ended!.at.slice(0, 10)).toBe(varsta.effectiveDate);
    // The public party's notice ends the agreement for both organisations, neither of which left before.
    expect(seen.publicEnded.ended).toMatchObject({ reason: 'TERMINATED', detail: 'Regionen avslutar samarbetet' });
    expect(seen.publicEnded.organisations.map((o) => o.status)).toEqual(['ACCEPTED', 'ACCEPTED']);

    // Each organisation's leaving is a step of the timeline on the day its notice took effect.
    const left = writes
      .filter((w) => w.workflowId === partnershipWorkflowId(leavingId))
      .flatMap((w) => w.steps.filter((s) => s.action === 'ORGANISATION_LEFT'));
    expect(left.map((s) => [s.responsible, s.occurredAt.slice(0, 10)])).toEqual([
      [{ kind: 'ORGANISATION', organisationNumber: NATVERKET }, natverket.effectiveDate],
      [{ kind: 'ORGANISATION', organisationNumber: VARSTA }, varsta.effectiveDate],
    ]);
  });
});
