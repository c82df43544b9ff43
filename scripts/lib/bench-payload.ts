import type { Client } from '@temporalio/client';
import { getStateQuery } from '../../workflows/partnership/messages';
import { partnershipWorkflowId } from '../../workflows/partnership/types';
import type { BenchResponse } from './bench-http';
import { measureHistories } from './history-payloads';

type Post = (path: string, token: string, body: unknown) => Promise<BenchResponse>;

/**
 * Payload and history size per move: one partnership through `meetings` dialogue meetings over the API, then its
 * history read back. The baseline beside each figure is what the write carried before bounded writes: the whole
 * state at that revision (each activity input one, each answer one per write not yet confirmed).
 */
export async function benchPayloads(options: {
  post: Post;
  client: Client;
  officer: string;
  representative: string;
  organisationNumber: string;
  meetings: number;
  say: (line?: string) => void;
}): Promise<void> {
  const { post, client, officer, representative, organisationNumber, meetings, say } = options;
  const move = async (id: string, path: string, token: string, body: unknown) => {
    const response = await post(`/partnerships/${id}${path}`, token, body);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  };
  const created = await post('/partnerships', officer, {
    title: 'Nyttolast per drag',
    publicParty: { name: 'Region Skåne' },
    organisations: [{ name: 'NÄTVERKET', organisationNumber }],
  });
  const { id } = (await created.json()) as { id: string };
  const handle = client.workflow.getHandle(partnershipWorkflowId(id));
  const wholeStateBytes = new Map<number, number>();
  const record = async () => {
    const state = await handle.query(getStateQuery);
    wholeStateBytes.set(state.revision, Buffer.byteLength(JSON.stringify(state)));
  };
  await move(id, '/invitation-response', representative, { accept: true });
  await move(id, '/problem-definition', officer, {
    challenge: 'Ensamhet',
    targetGroup: 'Äldre',
    goals: ['Mötesplatser'],
    developmentAreas: ['COLLABORATION'],
  });
  await move(id, '/problem-definition/agreements', representative, {});
  for (let i = 1; i <= meetings; i++) {
    await move(id, '/meetings', officer, {
      date: '2026-06-01',
      attendees: [{ party: 'PUBLIC', names: ['Anna Lindqvist'] }],
      minutes: `Dialogmöte ${i}: protokoll`,
    });
    await record();
  }
  const figures = await measureHistories(client, handle.workflowId);
  const meetingMoves = figures.moves.filter((m) => m.action === 'DIALOGUE_MEETING_HELD');
  say();
  say(
    `Payload per move: one partnership through ${meetings} dialogue meetings (answer and activity input in bytes; baseline: the whole state each write carried before):`,
  );
  for (const index of [...new Set([0, Math.floor(meetingMoves.length / 2), meetingMoves.length - 1])]) {
    const m = meetingMoves[index];
    const whole = wholeStateBytes.get(m.revision) ?? 0;
    say(
      `  meeting ${String(index + 1).padStart(3)} (revision ${m.revision}): answer ${m.answerBytes} B (${m.answerWrites?.length} write(s); baseline ≥ ${whole * (m.answerWrites?.length ?? 1)} B), activity input ${m.inputBytes} B (baseline ≥ ${whole} B)`,
    );
  }
  const moves = figures.moves.length;
  say(
    `  history: ${figures.runs.length} run(s), ${figures.runs.reduce((n, r) => n + r.events, 0)} events, ${figures.historyBytes} B, ${Math.round(figures.historyBytes / moves)} B per move; largest payload ${figures.largestPayload} B`,
  );
}
