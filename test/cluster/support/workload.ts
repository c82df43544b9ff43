import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../libs/identity/src';
import { LEGAL_BASIS } from '../../support/legal-basis';
import { officerOf, representativeOf } from '../../support/tokens';
import { Answer, RetryingClient } from './cluster';

export const PUBLIC_PARTY = 'Region Skåne';
export const ORGANISATION = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };

export interface Move {
  method: 'POST' | 'PUT';
  path: string;
  by: Principal;
  body: Record<string, unknown>;
}

/** The moves that take a partnership from its opening through the dialogue into drafting, with one organisation. */
export function movesToDrafting(): Move[] {
  const officer = officerOf(PUBLIC_PARTY);
  const representative = representativeOf(ORGANISATION.organisationNumber);
  return [
    {
      method: 'POST',
      path: '/problem-definition',
      by: officer,
      body: {
        challenge: 'Ensamhet och utanförskap',
        targetGroup: 'Äldre och personer med funktionsnedsättning',
        goals: ['Fler mötesplatser'],
        developmentAreas: ['COLLABORATION'],
      },
    },
    { method: 'POST', path: '/problem-definition/agreements', by: representative, body: {} },
    { method: 'POST', path: '/inputs', by: representative, body: { text: 'Vi bidrar med lokaler och volontärer.' } },
    { method: 'PUT', path: '/shared-goal', by: officer, body: { sharedGoal: 'Ett gemensamt mål' } },
    { method: 'POST', path: '/legal-basis', by: officer, body: LEGAL_BASIS },
    { method: 'POST', path: '/dialogue/close', by: officer, body: {} },
  ];
}

export interface Accepted {
  key: string;
  path: string;
  revision: number;
  phase: string;
}

export interface PartnershipRun {
  id: string;
  openingRevision: number;
  accepted: Accepted[];
}

/**
 * Starts a partnership and makes its moves in order, each under an Idempotency-Key of its own and retried across the
 * API processes until answered; `onAnswered` is called after each 2xx. A 4xx is a failure of the test.
 */
export async function runPartnership(
  client: RetryingClient,
  index: number,
  moves: Move[],
  onAnswered: (answer: Answer) => Promise<void> | void,
  between?: () => Promise<void>,
): Promise<PartnershipRun> {
  const created = await client.send('POST', '/partnerships', officerOf(PUBLIC_PARTY), {
    key: `create-${randomUUID()}`,
    first: index,
    body: { title: `Klusterprov ${index}`, publicParty: { name: PUBLIC_PARTY }, organisations: [ORGANISATION] },
  });
  if (created.status !== 201) throw new Error(`create ${index}: ${created.status} ${JSON.stringify(created.body)}`);
  await onAnswered(created);
  const run: PartnershipRun = { id: created.body.id, openingRevision: created.body.revision, accepted: [] };
  for (const [n, move] of moves.entries()) {
    if (between) await between();
    const key = `move-${randomUUID()}`;
    const answer = await client.send(move.method, `/partnerships/${run.id}${move.path}`, move.by, { key, body: move.body, first: index + n + 1 });
    if (answer.status !== 200) throw new Error(`${move.path} of ${run.id}: ${answer.status} ${JSON.stringify(answer.body)}`);
    run.accepted.push({ key, path: move.path, revision: answer.body.revision, phase: answer.body.phase });
    await onAnswered(answer);
  }
  return run;
}
