import type { Client } from '@temporalio/client';
import { addYears } from '../../libs/domain/src/dates';
import { measureHistories, summariseByAction } from '../../scripts/lib/history-payloads';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient, PRINCIPLES_TEXT } from '../support/lifecycle-client';
import { LEGAL_BASIS } from '../support/legal-basis';
import { connectTemporalClient } from '../support/temporal-client';

const ORG = '802456-1238';
/** Far below Temporal's 2 MB hard limit on one payload: a partnership must stay clear of it for its whole life. */
const PAYLOAD_CEILING = 256 * 1024;

/**
 * One partnership for five years, over HTTP: 20 dialogue meetings, 20 draft versions with their reviews, its
 * decision and signatures, then five yearly follow-ups (the agreement started five years ago, so their timers fire
 * at once) with a report each. Then every run of its workflow (continue-as-new chains) is read back from Temporal:
 * no payload may come near the limit, and what a move sends (its answer, its activity input) must not grow with the
 * moves made before it.
 */
describe.each([
  ['short texts', (_max: number, label: string) => label],
  // Passes once large texts travel by reference (claim check) rather than in the state.
  ['texts at the maximum length the API accepts', (max: number, label: string) => `${label} `.padEnd(max, 'å')],
])('payload bounds over a partnership of five years, %s', (_variant, text) => {
  const app = useApiAndWorker(`payload-${_variant.split(' ')[0]}`);
  let client: Client;

  beforeAll(async () => {
    client = await connectTemporalClient();
  });

  afterAll(async () => {
    await client?.connection.close();
  });

  it('keeps every payload under 256 kB, and a move the size of the move', async () => {
    const iop = new LifecycleClient(app());
    await iop.create('Region Skåne', [{ name: 'NÄTVERKET', organisationNumber: ORG }], text(200, 'Partnerskap').slice(0, 200));
    await iop.move('/invitation-response', { party: ORG, accept: true });
    await iop.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: text(4000, 'Ensamhet'),
      targetGroup: text(1000, 'Äldre'),
      goals: ['Fler mötesplatser'],
      developmentAreas: ['COLLABORATION'],
    });
    await iop.move('/problem-definition/agreements', { party: ORG });
    for (let i = 1; i <= 20; i++) {
      await iop.move('/meetings', {
        party: 'PUBLIC',
        date: '2026-06-01',
        attendees: [
          { party: 'PUBLIC', names: ['Anna Lindqvist'] },
          { party: ORG, names: ['Erik Holm'] },
        ],
        minutes: text(20000, `Dialogmöte ${i}`),
      });
    }
    await iop.move('/shared-goal', { party: 'PUBLIC', sharedGoal: text(4000, 'Ett gemensamt mål') }, 'put');
    await iop.move('/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS });
    await iop.move('/dialogue/close', { party: 'PUBLIC' });

    const today = new Date().toISOString().slice(0, 10);
    const principles = Object.fromEntries(Object.entries(PRINCIPLES_TEXT).map(([key, value]) => [key, text(4000, value)]));
    for (let version = 1; version <= 20; version++) {
      await iop.move(
        '/drafts',
        iop.draft([ORG], {
          purpose: text(4000, `Syfte, version ${version}`),
          sharedGoal: text(4000, 'Ett gemensamt mål'),
          contributions: [
            { party: 'PUBLIC', amountSek: 900000 },
            { party: ORG, amountSek: 0, ownContribution: text(4000, 'Ideella krafter') },
          ],
          startDate: addYears(today, -5),
          endDate: addYears(today, 1),
          followUpPlan: text(4000, 'Årlig uppföljning'),
          governance: text(4000, 'Samverkansgrupp'),
          terminationTerms: text(4000, 'Sex månaders uppsägning'),
          principles,
        }),
      );
      const last = version === 20;
      for (const party of last ? ['PUBLIC', ORG] : [ORG]) {
        await iop.move(`/drafts/${version}/reviews`, {
          party,
          decision: last ? 'APPROVED' : 'CHANGES_REQUESTED',
          comment: text(4000, `Synpunkter på version ${version}`),
        });
      }
    }
    await iop.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: today,
      diarienummer: 'RS 2026/00321',
      paragraph: '§ 88',
      outcome: 'APPROVED',
    });
    // In force at the last signature: the officer records that the parties sign before legal force (rules version 4).
    await iop.signBeforeLegalForce(text(2000, 'Skäl'));
    await iop.move('/signatures', { party: 'PUBLIC' });
    expect((await iop.move('/signatures', { party: ORG })).phase).toBe('IMPLEMENTATION');

    // The five follow-ups of the years already passed are raised at once, each asking the organisation for a report.
    const followUps = await waitFor(
      async () => (await iop.read()).followUps as { dueDate: string }[],
      (f) => f.length === 5,
    );
    for (const { dueDate } of followUps) await iop.move(`/follow-ups/${dueDate}/reports`, { party: ORG, summary: text(20000, `Rapport ${dueDate}`) });
    const finalRevision = (await iop.read()).revision as number;
    // The workflow's own writes of the last moves, so that the history holds them all.
    const handle = client.workflow.getHandle(partnershipWorkflowId(iop.id));
    await waitFor(
      async () => (await handle.describe()).raw.pendingActivities?.length ?? 0,
      (pending) => pending === 0,
    );

    const { runs, moves, largestPayload: largest, historyBytes } = await measureHistories(client, handle.workflowId);
    console.log(
      [
        `Payload bounds (${_variant}): ${finalRevision} moves and timer events, ${runs.length} run(s), largest payload ${largest} B`,
        ...runs.map((r) => `  run ${r.runId}: ${r.events} events, ${r.bytes} B of history, largest payload ${r.largestPayload} B`),
        `  history per move: ${Math.round(historyBytes / finalRevision)} B`,
        ...summariseByAction(moves).map((line) => `  ${line}`),
      ].join('\n'),
    );

    expect(largest).toBeLessThanOrEqual(PAYLOAD_CEILING);
    // What a move sends does not grow with the moves before it: the 20th meeting, draft and review weigh what the
    // 2nd did (only their numbers have more digits) in the activity's input, and an answer is the writes it carries
    // (its own, and an earlier one not yet confirmed) and a few fields more.
    const inputOf = (revision: number) => moves.find((m) => m.revision === revision)?.inputBytes ?? Number.POSITIVE_INFINITY;
    for (const action of ['DIALOGUE_MEETING_HELD', 'DRAFT_VERSION_SUBMITTED', 'DRAFT_CHANGES_REQUESTED']) {
      const ofAction = moves.filter((m) => m.action === action);
      expect(ofAction.length).toBeGreaterThanOrEqual(19);
      const early = ofAction[1];
      const grown = ofAction.slice(2).filter((later) => later.inputBytes! > early.inputBytes! + 256);
      expect({ action, grown: grown.map((m) => [m.revision, m.inputBytes]) }).toEqual({ action, grown: [] });
      const heavy = ofAction.filter((m) => m.answerBytes! > m.answerWrites!.reduce((n, r) => n + inputOf(r), 0) + 1024);
      expect({ action, heavy: heavy.map((m) => [m.revision, m.answerBytes, m.answerWrites]) }).toEqual({ action, heavy: [] });
    }
  });
});

async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
