import request from 'supertest';
import { SKR_CRITERIA } from '../../libs/domain/src';
import { useApiAndWorker } from '../support/harness';
import { LEGAL_BASIS } from '../support/legal-basis';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const ORG = NATVERKET.organisationNumber;

/** Why IOP over HTTP: recorded by the officer, required before the dialogue closes (rules version 3), read by all. */
describe('the assessment of why IOP (POST /partnerships/:id/legal-basis)', () => {
  const app = useApiAndWorker('legal-basis');
  let iop: LifecycleClient;

  /** A partnership in the dialogue with its shared goal set: all that closing needed before version 3. */
  async function inDialogue(): Promise<LifecycleClient> {
    const client = new LifecycleClient(app());
    await client.create('Region Skåne', [NATVERKET], 'Varför IOP – mötesplatser');
    await client.move('/invitation-response', { party: ORG, accept: true });
    await client.move('/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet bland äldre', targetGroup: 'Äldre', goals: ['Mötesplatser'] });
    await client.move('/problem-definition/agreements', { party: ORG });
    await client.move('/shared-goal', { party: 'PUBLIC', sharedGoal: 'Fler mötesplatser' }, 'put');
    return client;
  }

  beforeAll(async () => {
    iop = await inDialogue();
  });

  it('refuses to close the dialogue before it is recorded (409 LEGAL_BASIS_MISSING, in both languages), changing nothing', async () => {
    const before = await iop.read();
    // Rules version 3 and later need why IOP before the dialogue closes.
    expect(before.rulesVersion).toBeGreaterThanOrEqual(3);
    const close = await iop.attempt('/dialogue/close', { party: 'PUBLIC' });
    expect(close.status).toBe(409);
    expect(close.body.code).toBe('LEGAL_BASIS_MISSING');
    expect(close.body.message).toMatch(/why IOP/);
    expect(close.body.messageSv).toMatch(/varför IOP/);
    const after = await iop.read();
    expect({ phase: after.phase, revision: after.revision }).toEqual({ phase: 'DIALOGUE', revision: before.revision });
    const offered = (await iop.get(`/partnerships/${iop.id}/available-moves`)).body.map((m: { type: string }) => m.type);
    expect(offered).toContain('RECORD_LEGAL_BASIS');
    expect(offered).not.toContain('CLOSE_DIALOGUE');
  });

  it('refuses bad input with a 400 naming the field and the rule, in English and Swedish, changing nothing', async () => {
    const { revision } = await iop.read();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { ...LEGAL_BASIS, criteria: { ...LEGAL_BASIS.criteria, SHARED_NEED: { assessment: 'MET', comment: '' } } },
        'criteria.SHARED_NEED.comment',
        'isLength',
      ],
      [
        { ...LEGAL_BASIS, criteria: { ...LEGAL_BASIS.criteria, SHARED_NEED: { assessment: 'MAYBE', comment: 'x' } } },
        'criteria.SHARED_NEED.assessment',
        'isIn',
      ],
      [{ ...LEGAL_BASIS, forumKeys: { ...LEGAL_BASIS.forumKeys, LEARNING_GOALS: undefined } }, 'forumKeys.LEARNING_GOALS', ''],
      [{ ...LEGAL_BASIS, conclusion: undefined }, 'conclusion', ''],
    ];
    for (const [body, field, rule] of cases) {
      const refused = await iop.attempt('/legal-basis', { party: 'PUBLIC', ...body });
      expect({ field, status: refused.status, code: refused.body.code }).toEqual({ field, status: 400, code: 'VALIDATION_FAILED' });
      const error = refused.body.errors.find((e: { field: string }) => e.field === field);
      expect(error).toEqual(expect.objectContaining({ field, message: expect.any(String), messageSv: expect.any(String) }));
      if (rule) expect(error.rule).toBe(rule);
    }
    const { SHARED_NEED: _left, ...withoutOne } = LEGAL_BASIS.criteria;
    const missing = await iop.attempt('/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS, criteria: withoutOne });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('criteria.SHARED_NEED');
    expect((await iop.read()).revision).toBe(revision);
  });

  it("refuses the organisation's representative (403 PUBLIC_PARTY_ONLY)", async () => {
    const refused = await iop.attempt('/legal-basis', { party: ORG, ...LEGAL_BASIS });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'PUBLIC_PARTY_ONLY' });
  });

  it('records it, records it again as version 2 (both on the timeline), and then lets the dialogue close', async () => {
    await iop.move('/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS });
    const revised = {
      ...LEGAL_BASIS,
      criteria: { ...LEGAL_BASIS.criteria, POLITICAL_PROGRAMME: { assessment: 'UNCLEAR', comment: 'Programmet för civilsamhället revideras i år.' } },
    };
    await iop.move('/legal-basis', { party: 'PUBLIC', ...revised });
    const read = await iop.read();
    expect(read.legalBasis.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    // jsonb keeps its keys in an order of its own: the set is what counts.
    expect(Object.keys(read.legalBasis[1].criteria).sort()).toEqual([...SKR_CRITERIA].sort());
    expect(read.legalBasis[1].criteria.POLITICAL_PROGRAMME.assessment).toBe('UNCLEAR');
    expect(read.steps.filter((s: { action: string }) => s.action === 'LEGAL_BASIS_RECORDED')).toHaveLength(2);
    // The organisation reads what the officer recorded.
    expect((await iop.read(ORG)).legalBasis).toHaveLength(2);
    expect((await iop.move('/dialogue/close', { party: 'PUBLIC' })).phase).toBe('DRAFTING');
  });

  it('is in the audit log, the timeline and the dossier the auditor exports', async () => {
    const auditor = await bearer(AUDITOR);
    const timeline = (await request(app().getHttpServer()).get(`/partnerships/${iop.id}/timeline`).set(auditor).expect(200)).body;
    expect(timeline.filter((e: { kind: string; action: string }) => e.kind === 'STEP' && e.action === 'LEGAL_BASIS_RECORDED')).toHaveLength(2);
    const audited = timeline.filter((e: { kind: string; action: string }) => e.kind === 'AUDIT' && e.action === 'POST /partnerships/:id/legal-basis');
    // Every attempt is in the audit log: the two accepted, the representative's and the bad bodies refused.
    expect(audited.filter((e: { detail: { outcome: string } }) => e.detail.outcome === 'ACCEPTED')).toHaveLength(2);
    const html = await request(app().getHttpServer()).get(`/partnerships/${iop.id}/dossier?format=html`).set(auditor).expect(200);
    const text = html.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const words of [
      'Varför IOP',
      'Version 2',
      'Ersätter version 1',
      'SKR:s kriterier (2017)',
      'Inte ett köp utan samfinansierat',
      'Oklart',
      'Forums fyra nycklar',
      'Slutsats',
    ]) {
      expect(text).toContain(words);
    }
  });
});
