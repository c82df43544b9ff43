import type { Environment } from '@iop/config';
import type { IdempotencyKeyRepository, PartnershipReadModelRepository, SignatoriesRepository, StoredTextsRepository } from '@iop/database';
import { CLAIM_CHECK_MIN_LENGTH } from '@iop/domain';
import type { Clock } from '../common/clock';
import type { CommandContext } from '../common/command-context';
import { isUnavailable } from '../common/unavailable';
import { ClaimCheckService } from '../texts/claim-check.service';
import { ApiMetrics } from '../metrics/api-metrics';
import { PartnershipCommandsService } from './partnership-commands.service';
import type { PartnershipWorkflowClient } from './partnership-workflow.client';

const context = {
  requestId: 'r1',
  actor: 'officer@region-skane.example',
  party: 'PUBLIC',
  audit: {},
  endpoint: { method: 'POST', route: '/partnerships/:id/meetings', path: '/partnerships/p1/meetings' },
  markReplayed: () => undefined,
} as unknown as CommandContext;

const minutes = 'Samverkansgruppen möttes. '.repeat(Math.ceil(CLAIM_CHECK_MIN_LENGTH / 10));
const meeting = { type: 'RECORD_MEETING' as const, date: '2026-10-01', attendees: [{ party: 'PUBLIC', names: ['Eva Berg'] }], minutes };

function sutWith(store: StoredTextsRepository['store']) {
  const execute = jest.fn(async () => ({ revision: 2, phase: 'DIALOGUE', warnings: [], writes: [] }));
  const sut = new PartnershipCommandsService(
    { execute } as unknown as PartnershipWorkflowClient,
    {} as SignatoriesRepository,
    { sync: jest.fn() } as unknown as PartnershipReadModelRepository,
    {} as Clock,
    {} as IdempotencyKeyRepository,
    {} as Environment,
    new ClaimCheckService({ store, resolve: jest.fn() } as unknown as StoredTextsRepository),
    new ApiMetrics(false),
  );
  return { sut, execute };
}

describe('a move with a long text', () => {
  it('is sent to the workflow with the reference, once the text is stored', async () => {
    const store = jest.fn(async () => undefined);
    const { sut, execute } = sutWith(store);
    await sut.execute('p1', meeting, context);
    const [[stored]] = store.mock.calls as unknown as [[{ sha256: string; content: string }[]]];
    expect(stored).toEqual([{ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), content: minutes }]);
    expect(execute).toHaveBeenCalledWith('p1', { ...meeting, party: 'PUBLIC', minutes: `sha256:${stored[0].sha256}` }, context, undefined);
  });

  it('is not sent at all while the database cannot store its text, and the outage is one the API answers with 503', async () => {
    const outage = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { sut, execute } = sutWith(async () => {
      throw outage;
    });
    await expect(sut.execute('p1', meeting, context)).rejects.toBe(outage);
    expect(isUnavailable(outage)).toBe('DATABASE');
    expect(execute).not.toHaveBeenCalled();
  });
});
