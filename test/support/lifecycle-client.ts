import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Principle } from '../../libs/domain/src';
import type { Principal } from '../../libs/identity/src';
import { LEGAL_BASIS } from './legal-basis';
import { bearer, officerOf, representativeOf, secondOfficerOf } from './tokens';

export const PRINCIPLES_TEXT: Record<Principle, string> = {
  INDEPENDENCE: 'Organisationerna behåller sitt oberoende.',
  DIALOGUE: 'Samverkansgruppen möts fyra gånger per år.',
  QUALITY: 'Gemensamma kvalitetsindikatorer.',
  LONG_TERM: 'Treårigt avtal med möjlighet till förnyelse.',
  TRANSPARENCY: 'Protokoll och rapporter är offentliga.',
  DIVERSITY: 'Organisationer av olika slag deltar.',
};

type Body = Record<string, unknown>;

/**
 * A thin HTTP client for one partnership's lifecycle, so that tests read as the story they tell. A move's `party`
 * ('PUBLIC' or an organisationsnummer) picks whose token it is sent with: the officer of the public party or that
 * organisation's representative; it is not sent in the body.
 */
export class LifecycleClient {
  id = '';
  private readonly registeredSignatories = new Set<string>();

  constructor(
    private readonly app: INestApplication,
    public publicParty = 'Region Skåne',
  ) {}

  http() {
    return request(this.app.getHttpServer());
  }

  principalOf(party: string): Principal {
    return party === 'PUBLIC' ? officerOf(this.publicParty) : representativeOf(party);
  }

  async create(
    publicParty: string,
    organisations: { name: string; organisationNumber: string }[],
    title = 'Idéburet offentligt partnerskap',
  ): Promise<void> {
    const response = await this.http()
      .post('/partnerships')
      .set(await bearer(officerOf(publicParty)))
      .send({ title, publicParty: { name: publicParty }, organisations });
    if (response.status !== 201) throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`);
    this.id = response.body.id;
    this.publicParty = publicParty;
  }

  /** The partnership as its officer sees it. */
  async read(as = 'PUBLIC'): Promise<Record<string, any>> {
    const response = await this.get(`/partnerships/${this.id}`, as);
    if (response.status !== 200) throw new Error(`read: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async get(path: string, as = 'PUBLIC') {
    return this.http()
      .get(path)
      .set(await bearer(this.principalOf(as)));
  }

  /** A move that must be accepted. */
  async move(path: string, body: Body, method: 'post' | 'put' = 'post'): Promise<Record<string, any>> {
    const response = await this.attempt(path, body, method);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async attempt(path: string, body: Body, method: 'post' | 'put' = 'post', headers: Record<string, string> = {}) {
    const { party, ...rest } = body;
    const principal = this.principalOf(String(party));
    if (path === '/signatures') await this.registerSignatory(principal);
    const sent = path === '/signatures' && !('documentSha256' in rest) ? { ...rest, ...(await this.agreementToSign(principal)) } : rest;
    return this.http()
      [method](`/partnerships/${this.id}${path}`)
      .set({ ...(await bearer(principal)), ...headers })
      .send(sent);
  }

  /**
   * What a signer names since rules version 5: the approved agreement document, by the SHA-256 its page gives
   * (nothing before an approval, so that the move is refused for its phase as before).
   */
  async agreementToSign(principal: Principal): Promise<{ documentSha256?: string }> {
    const agreement = await this.http()
      .get(`/partnerships/${this.id}/agreement`)
      .set(await bearer(principal));
    return agreement.status === 200 ? { documentSha256: agreement.body.sha256 } : {};
  }

  /**
   * Makes the party's person a firmatecknare the way a region does: they propose their own entry with its basis,
   * and someone else confirms it (a representative's by the officer of this partnership's public party, an
   * officer's by a second officer of the same public party).
   */
  async registerSignatory(principal: Principal): Promise<void> {
    if (this.registeredSignatories.has(principal.subject)) return;
    const basis =
      principal.role === 'officer'
        ? { kind: 'DELEGATION_ORDER', reference: 'Regionstyrelsens delegationsordning', date: '2000-01-01', paragraph: '§ 4' }
        : { kind: 'BOARD_DECISION', reference: 'Styrelseprotokoll om firmateckning', date: '2000-01-01' };
    const proposed = await this.http()
      .post('/signatories')
      .set(await bearer(principal))
      .send({ subject: principal.subject, name: principal.name, validFrom: '2000-01-01', basis })
      .expect(201);
    if (proposed.body.status !== 'CONFIRMED') {
      const confirmer = principal.role === 'officer' ? secondOfficerOf(principal.publicParty!) : officerOf(this.publicParty);
      await this.http()
        .post(`/signatories/${proposed.body.id}/confirmation`)
        .set(await bearer(confirmer))
        .expect(200);
    }
    this.registeredSignatories.add(principal.subject);
  }

  /**
   * Drives the partnership to the first draft: problem definition agreed by all, why IOP recorded, dialogue closed;
   * `inDialogue` makes the test's own moves of the dialogue phase (a meeting) before it closes.
   */
  async toDrafting(organisations: string[], { inDialogue }: { inDialogue?: () => Promise<void> } = {}): Promise<void> {
    await this.move('/problem-definition', {
      party: 'PUBLIC',
      challenge: 'Ensamhet och utanförskap',
      targetGroup: 'Äldre och personer med funktionsnedsättning',
      goals: ['Fler mötesplatser'],
      developmentAreas: ['COLLABORATION'],
    });
    for (const o of organisations) await this.move('/problem-definition/agreements', { party: o });
    await inDialogue?.();
    await this.move('/shared-goal', { party: 'PUBLIC', sharedGoal: 'Ett gemensamt mål' }, 'put');
    await this.move('/legal-basis', { party: 'PUBLIC', ...LEGAL_BASIS });
    await this.move('/dialogue/close', { party: 'PUBLIC' });
  }

  draft(organisations: string[], overrides: Body = {}): Body {
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

  /**
   * Drafts, approves by all and records an approving decision: the partnership waits for signatures. Since rules
   * version 4 the agreement enters into force only after the decision gained legal force, so the officer records
   * that the parties sign before it (`signBeforeLegalForce: false` leaves the partnership to wait for legal force).
   */
  async toSignature(organisations: string[], { signBeforeLegalForce = true } = {}): Promise<void> {
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
    if (signBeforeLegalForce) await this.signBeforeLegalForce();
  }

  /** The officer records that the parties sign before the latest decision has gained legal force (rules version 4). */
  async signBeforeLegalForce(reason = 'Verksamheten startar vid årsskiftet'): Promise<void> {
    const { decisions } = await this.read();
    await this.move(`/decisions/${decisions[decisions.length - 1].seq}/signing-before-legal-force`, { party: 'PUBLIC', reason });
  }
}
