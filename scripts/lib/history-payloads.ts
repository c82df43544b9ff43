import type { Client } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { decodeHistoryPayloads } from '../../libs/temporal/src/history-decoding';
import type { CommandResult, ReadModelWrite } from '../../workflows/partnership/types';
import { revisionOfWrite } from '../../workflows/partnership/types';

// What a Partnership workflow's histories weigh: every run's size and largest payload, and per move what its update
// answered and what its write's activity input carried. For the payload-bounds test and `npm run bench`.

type Payload = temporal.api.common.v1.IPayload;

export const payloadSize = (p: Payload): number => (p.data?.length ?? 0) + Object.values(p.metadata ?? {}).reduce((n, v) => n + (v?.length ?? 0), 0);
const decoded = <T>(p: Payload | undefined): T => defaultPayloadConverter.fromPayload(p as never) as T;

/** Every payload in a history event, wherever it sits (inputs, results, markers, continue-as-new). */
export function payloadsIn(value: unknown, found: Payload[] = []): Payload[] {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return found;
  const record = value as Record<string, unknown>;
  if (ArrayBuffer.isView(record.data) && 'metadata' in record) found.push(record as Payload);
  else for (const child of Object.values(record)) payloadsIn(child, found);
  return found;
}

/** One write, keyed by the revision it brings the read model to, with the first step's action naming the move. */
export interface MoveFigures {
  revision: number;
  action: string;
  /** The write's activity input (absent for the opening, a local activity whose input is not in the history). */
  inputBytes?: number;
  /** Its update's answer (absent for timer events). */
  answerBytes?: number;
  /** The revisions of the writes the answer carries: its own, and any earlier one not yet confirmed. */
  answerWrites?: number[];
}

export interface RunFigures {
  runId: string;
  events: number;
  bytes: number;
  largestPayload: number;
}

export interface HistoryFigures {
  runs: RunFigures[];
  /** Writes after the opening, oldest first. */
  moves: MoveFigures[];
  largestPayload: number;
  historyBytes: number;
}

/**
 * Reads every run of the workflow (continue-as-new makes a chain of runs under one workflow id), oldest first. The
 * sizes are those Temporal stores (encrypted); which move a payload belongs to is read from the same history
 * decrypted with the client's own codecs.
 */
export async function measureHistories(client: Client, workflowId: string): Promise<HistoryFigures> {
  const runIds: string[] = [];
  for await (const execution of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) runIds.push(execution.runId);
  runIds.reverse();
  const figures = new Map<number, MoveFigures>();
  const runs: RunFigures[] = [];
  for (const runId of runIds) {
    const handle = client.workflow.getHandle(workflowId, runId);
    const history = await handle.fetchHistory();
    const events = history.events ?? [];
    const clear = (await decodeHistoryPayloads(await handle.fetchHistory(), client.options.loadedDataConverter.payloadCodecs)).events ?? [];
    const largestPayload = Math.max(0, ...events.flatMap((event) => payloadsIn(event).map(payloadSize)));
    runs.push({ runId, events: events.length, bytes: temporal.api.history.v1.History.encode(history).finish().length, largestPayload });
    events.forEach((event, i) => collectFigures(event, clear[i], figures));
  }
  return {
    runs,
    moves: [...figures.values()].filter((f) => f.revision > 0).sort((a, b) => a.revision - b.revision),
    largestPayload: Math.max(0, ...runs.map((r) => r.largestPayload)),
    historyBytes: runs.reduce((n, r) => n + r.bytes, 0),
  };
}

/** `stored` is the event as Temporal keeps it (its sizes), `clear` the same event decrypted (what it says). */
function collectFigures(
  stored: temporal.api.history.v1.IHistoryEvent,
  clear: temporal.api.history.v1.IHistoryEvent,
  figures: Map<number, MoveFigures>,
): void {
  const entry = (revision: number, action: string) => figures.get(revision) ?? figures.set(revision, { revision, action }).get(revision)!;
  const scheduled = stored.activityTaskScheduledEventAttributes;
  if (scheduled?.activityType?.name === 'syncReadModel') {
    const payload = scheduled.input?.payloads?.[0];
    const write = decoded<ReadModelWrite>(clear.activityTaskScheduledEventAttributes?.input?.payloads?.[0]);
    const figure = entry(revisionOfWrite(write), write.steps[0]?.action ?? '(none)');
    // A write made again (whole, after a gap) counts with its larger input.
    figure.inputBytes = Math.max(figure.inputBytes ?? 0, payloadSize(payload!));
  }
  const answer = stored.workflowExecutionUpdateCompletedEventAttributes?.outcome?.success?.payloads?.[0];
  if (answer) {
    const result = decoded<CommandResult | { revision?: number }>(
      clear.workflowExecutionUpdateCompletedEventAttributes?.outcome?.success?.payloads?.[0],
    );
    if (!('writes' in result) || !result.writes) return;
    const own = result.writes.find((w) => revisionOfWrite(w) === result.revision);
    const figure = entry(result.revision, own?.steps[0]?.action ?? '(none)');
    figure.answerBytes = payloadSize(answer);
    figure.answerWrites = result.writes.map(revisionOfWrite);
  }
}

/** One line per kind of move: how many, and the largest answer and activity input among them. */
export function summariseByAction(moves: MoveFigures[]): string[] {
  const byAction = new Map<string, MoveFigures[]>();
  for (const move of moves) byAction.set(move.action, [...(byAction.get(move.action) ?? []), move]);
  return [...byAction].map(([action, list]) => {
    const max = (pick: (m: MoveFigures) => number | undefined) => Math.max(0, ...list.map((m) => pick(m) ?? 0));
    return `${action.padEnd(28)} ×${String(list.length).padStart(2)}: answer ≤ ${max((m) => m.answerBytes)} B, activity input ≤ ${max((m) => m.inputBytes)} B`;
  });
}
