import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

export const PRINCIPLES_TEXT = {
  INDEPENDENCE: 'Organisationerna behåller sitt oberoende.',
  DIALOGUE: 'Samverkansgruppen möts fyra gånger per år.',
  QUALITY: 'Gemensamma kvalitetsindikatorer.',
  LONG_TERM: 'Treårigt avtal med möjlighet till förnyelse.',
  TRANSPARENCY: 'Protokoll och rapporter är offentliga.',
  DIVERSITY: 'Organisationer av olika slag deltar.',
};

/** A thin HTTP client for one partnership's lifecycle, so that tests read as the story they tell. */
export class LifecycleClient {
  id = '';

  constructor(private readonly app: INestApplication) {}

  http() {
    return request(this.app.getHttpServer());
  }

  async create(publicParty: string, organisations: { name: string; organisationNumber: string }[], title = 'Idéburet offentligt partnerskap'): Promise<void> {
    const response = await this.http().post('/partnerships').send({ title, publicParty: { name: publicParty }, organisations });
    if (response.status !== 201) throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`);
    this.id = response.body.id;
  }

  read(): Promise<Record<string, any>> {
    return this.http().get(`/partnerships/${this.id}`).expect(200).then((r) => r.body);
  }

  /** A move that must be accepted. */
  async move(path: string, body: object, method: 'post' | 'put' = 'post'): Promise<Record<string, any>> {
    const response = await this.attempt(path, body, method);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  attempt(path: string, body: object, method: 'post' | 'put' = 'post', headers: Record<string, string> = {}) {
    return this.http()[method](`/partnerships/${this.id}${path}`).set(headers).send(body);
  }

  /** Drives the partnership to the first draft: problem definition agreed by all, dialogue closed. */
  async toDrafting(organisations: string[]): Promise<void> {
    await this.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: 'Ensamhet och utanförskap',
      targetGroup: 'Äldre och personer med funktionsnedsättning',
      goals: ['Fler mötesplatser'],
      developmentAreas: ['COLLABORATION'],
    });
    for (const o of organisations) await this.move('/problem-definition/agreements', { party: o });
    await this.move('/shared-goal', { party: 'PUBLIC', sharedGoal: 'Ett gemensamt mål' }, 'put');
    await this.move('/dialogue/close', { party: 'PUBLIC' });
  }

  draft(organisations: string[], overrides: object = {}): object {
    return {
      party: 'PUBLIC',
      purpose: 'Samverkan för delaktighet',
      sharedGoal: 'Ett gemensamt mål',
      contributions: [
        { party: 'PUBLIC', amountSek: 900000 },
        ...organisations.map((o) => ({ party: o, amountSek: 0, ownContribution: 'Ideella krafter och lokaler' })),
      ],
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      followUpPlan: 'Årlig uppföljning',
      governance: 'Samverkansgrupp med lika många från varje sektor',
      terminationTerms: 'Sex månaders uppsägning',
      terminationNoticeMonths: 6,
      principles: PRINCIPLES_TEXT,
      ...overrides,
    };
  }

  /** Drafts, approves by all and records an approving decision: the partnership waits for signatures. */
  async toSignature(organisations: string[]): Promise<void> {
    await this.toDrafting(organisations);
    await this.move('/drafts', this.draft(organisations));
    for (const p of ['PUBLIC', ...organisations]) await this.move('/drafts/1/reviews', { party: p, decision: 'APPROVED' });
    await this.move('/decisions', {
      party: 'PUBLIC',
      body: 'Regionstyrelsen',
      meetingDate: '2026-11-20',
      diarienummer: 'RS 2026/00321',
      paragraph: '§ 88',
      outcome: 'APPROVED',
    });
  }
}
