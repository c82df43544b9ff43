import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { addYears } from '../../libs/domain/src/dates';
import type { CommandResult, ReadModelWrite } from '../../workflows/partnership/types';
import { partnershipWorkflowId, revisionOfWrite } from '../../workflows/partnership/types';
import { useApiAndWorker } from '../support/harness';
import { LifecycleClient, PRINCIPLES_TEXT } from '../support/lifecycle-client';

const ORG = '802456-1238';
/** Far below Temporal's 2 MB hard limit on one payload: a partnership must stay clear of it for its whole life. */
const PAYLOAD_CEILING = 256 * 1024;

type Payload = temporal.api.common.v1.IPayload;
const sizeOf = (p: Payload) => (p.data?.length ?? 0) + Object.values(p.metadata ?? {}).reduce((n, v) => n + (v?.length ?? 0), 0);
const decoded = <T>(p: Payload | undefined): T => defaultPayloadConverter.fromPayload(p as never) as T;

/** Every payload in a history event, wherever it sits (inputs, results, markers, continue-as-new, queries). */
function payloadsIn(value: unknown, found: Payload[] = []): Payload[] {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return found;
  const record = value as Record<string, unknown>;
  if (ArrayBuffer.isView(record.data) && 'metadata' in record) found.push(record as Payload);
  else for (const child of Object.values(record)) payloadsIn(child, found);
  return found;
}

/** One write as the read model receives it, and its size in its activity input and in an update's answer. */
interface MoveFigures {
  revision: number;
  action: string;
  inputBytes?: number;
  answerBytes?: number;
  /** The revisions of the writes the answer carries: its own, and any earlier one not yet confirmed. */
  answerWrites?: number[];
}

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
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
    client = new Client({ connection });
  });

  afterAll(async () => {
    await connection?.close();
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
        attendees: [{ party: 'PUBLIC', names: ['Anna Lindqvist'] }, { party: ORG, names: ['Erik Holm'] }],
        minutes: text(20000, `Dialogmöte ${i}`),
      });
    }
    await iop.move('/shared-goal', { party: 'PUBLIC', sharedGoal: text(4000, 'Ett gemensamt mål') }, 'put');
    await iop.move('/dialogue/close', { party: 'PUBLIC' });

    const today = new Date().toISOString().slice(0, 10);
    const principles = Object.fromEntries(Object.entries(PRINCIPLES_TEXT).map(([key, value]) => [key, text(4000, value)]));
    for (let version = 1; version <= 20; version++) {
      await iop.move(
        '/drafts',
        iop.draft([ORG], {
          purpose: text(4000, `Syfte, version ${version}`),
          sharedGoal: text(4000, 'Ett gemensamt mål'),
          contributions: [{ party: 'PUBLIC', amountSek: 900000 }, { party: ORG, amountSek: 0, ownContribution: text(4000, 'Ideella krafter') }],
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
        await iop.move(`/drafts/${version}/reviews`, { party, decision: last ? 'APPROVED' : 'CHANGES_REQUESTED', comment: text(4000, `Synpunkter på version ${version}`) });
      }
    }
    await iop.move('/decisions', { party: 'PUBLIC', body: 'Regionstyrelsen', meetingDate: today, diarienummer: 'RS 2026/00321', paragraph: '§ 88', outcome: 'APPROVED' });
    await iop.move('/signatures', { party: 'PUBLIC' });
    expect((await iop.move('/signatures', { party: ORG })).phase).toBe('IMPLEMENTATION');

    // The five follow-ups of the years already passed are raised at once, each asking the organisation for a report.
    const followUps = await waitFor(async () => (await iop.read()).followUps as { dueDate: string }[], (f) => f.length === 5);
    for (const { dueDate } of followUps) await iop.move(`/follow-ups/${dueDate}/reports`, { party: ORG, summary: text(20000, `Rapport ${dueDate}`) });
    const finalRevision = (await iop.read()).revision as number;
    // The workflow's own writes of the last moves, so that the history holds them all.
    const handle = client.workflow.getHandle(partnershipWorkflowId(iop.id));
    await waitFor(async () => (await handle.describe()).raw.pendingActivities?.length ?? 0, (pending) => pending === 0);

    // Every run of the workflow, oldest first (continue-as-new makes a chain of runs under one workflow id).
    const runIds: string[] = [];
    for await (const execution of client.workflow.list({ query: `WorkflowId = '${handle.workflowId}'` })) runIds.push(execution.runId);
    runIds.reverse();
    const figures = new Map<number, MoveFigures>();
    const runs: { runId: string; events: number; bytes: number; largestPayload: number }[] = [];
    let largest = 0;
    for (const runId of runIds) {
      const history = await client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
      const events = history.events ?? [];
      const largestPayload = Math.max(0, ...events.flatMap((event) => payloadsIn(event).map(sizeOf)));
      largest = Math.max(largest, largestPayload);
      runs.push({ runId, events: events.length, bytes: temporal.api.history.v1.History.encode(history).finish().length, largestPayload });
      for (const event of events) collectFigures(event, figures);
    }

    const moves = [...figures.values()].filter((f) => f.revision > 0).sort((a, b) => a.revision - b.revision);
    const historyBytes = runs.reduce((n, r) => n + r.bytes, 0);
    console.log(
      [
        `Payload bounds (${_variant}): ${finalRevision} moves and timer events, ${runs.length} run(s), largest payload ${largest} B`,
        ...runs.map((r) => `  run ${r.runId}: ${r.events} events, ${r.bytes} B of history (${Math.round(r.bytes / Math.max(1, finalRevision))} B per move), largest payload ${r.largestPayload} B`),
        `  history per move: ${Math.round(historyBytes / finalRevision)} B`,
        ...summariseByAction(moves),
      ].join('\n'),
    );

    expect(largest).toBeLessThanOrEqual(PAYLOAD_CEILING);
    // What a move sends does not grow with the moves before it: the 20th meeting, draft and review weigh what the
    // 2nd did (only their numbers have more digits) in the activity's input, and an answer is the writes it carries
    // (its own, and an earlier one not yet confirmed) and a few fields more.
    const inputOf = (revision: number) => figures.get(revision)?.inputBytes ?? Number.POSITIVE_INFINITY;
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

/** The write each activity input carries, and what each update's answer carries, keyed by the revision it made. */
function collectFigures(event: temporal.api.history.v1.IHistoryEvent, figures: Map<number, MoveFigures>): void {
  const entry = (revision: number, action: string) => figures.get(revision) ?? figures.set(revision, { revision, action }).get(revision)!;
  const scheduled = event.activityTaskScheduledEventAttributes;
  if (scheduled?.activityType?.name === 'syncReadModel') {
    const payload = scheduled.input?.payloads?.[0];
    const write = decoded<ReadModelWrite>(payload);
    entry(revisionOfWrite(write), write.steps[0]?.action ?? '(none)').inputBytes = sizeOf(payload!);
  }
  const answer = event.workflowExecutionUpdateCompletedEventAttributes?.outcome?.success?.payloads?.[0];
  if (answer) {
    const result = decoded<CommandResult | { revision?: number }>(answer);
    if (!('writes' in result) || !result.writes) return;
    const own = result.writes.find((w) => revisionOfWrite(w) === result.revision);
    const figure = entry(result.revision!, own?.steps[0]?.action ?? '(none)');
    figure.answerBytes = sizeOf(answer);
    figure.answerWrites = result.writes.map(revisionOfWrite);
  }
}

function summariseByAction(moves: MoveFigures[]): string[] {
  const byAction = new Map<string, MoveFigures[]>();
  for (const move of moves) byAction.set(move.action, [...(byAction.get(move.action) ?? []), move]);
  return [...byAction].map(([action, list]) => {
    const max = (pick: (m: MoveFigures) => number | undefined) => Math.max(0, ...list.map((m) => pick(m) ?? 0));
    return `  ${action.padEnd(28)} ×${String(list.length).padStart(2)}: answer ≤ ${max((m) => m.answerBytes)} B, activity input ≤ ${max((m) => m.inputBytes)} B`;
  });
}

async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
