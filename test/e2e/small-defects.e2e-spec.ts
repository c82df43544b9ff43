import { SignJWT } from 'jose';
import request from 'supertest';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../libs/identity/src';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer, officerOf } from '../support/tokens';
import { randomUUID } from 'node:crypto';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };

describe('tokens, task ids on invitations, and the order of steps', () => {
  const app = useApiAndWorker('small-defects');
  const http = () => request(app().getHttpServer());

  describe('a token without an expiry', () => {
    const officer = officerOf('Region Skåne');
    const sign = (expires: boolean) => {
      const jwt = new SignJWT({ name: officer.name, email: officer.email, iop_role: 'officer', iop_public_party: 'Region Skåne' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(officer.subject)
        .setIssuer(DEV_ISSUER)
        .setAudience(DEV_AUDIENCE)
        .setIssuedAt();
      return (expires ? jwt.setExpirationTime('1h') : jwt).sign(new TextEncoder().encode(process.env.DEV_AUTH_SECRET!));
    };

    it('is refused with 401 naming the exp claim, though it is signed by the issuer', async () => {
      const refused = await http()
        .get('/partnerships')
        .set('Authorization', `Bearer ${await sign(false)}`);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 401, code: 'TOKEN_CLAIM_INVALID' });
      expect(refused.body.message).toMatch(/\bexp\b/);
      // The same token with an expiry is accepted: only the missing claim decides.
      await http()
        .get('/partnerships')
        .set('Authorization', `Bearer ${await sign(true)}`)
        .expect(200);
    });
  });

  describe('answering an invitation', () => {
    it('accepts the id of the invitation task it answers, and closes that task', async () => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [NATVERKET, VARSTA], 'Inbjudan med uppgift');
      const invitation = (await iop.read()).tasks.find(
        (t: any) => t.type === 'RESPOND_TO_INVITATION' && t.addressedTo === NATVERKET.organisationNumber,
      );
      const response = await iop.attempt('/invitation-response', { party: NATVERKET.organisationNumber, accept: true, taskId: invitation.id });
      expect({ status: response.status, body: response.body }).toEqual({
        status: 200,
        body: expect.objectContaining({ revision: expect.any(Number) }),
      });
      const after = await iop.read();
      expect(after.tasks.find((t: any) => t.id === invitation.id).status).toBe('DONE');
      expect(after.organisations.find((o: any) => o.organisationNumber === NATVERKET.organisationNumber).status).toBe('ACCEPTED');
    });
  });

  describe("answering an invitation with another organisation's task", () => {
    it("is refused as every other move naming another party's task, and changes nothing", async () => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [NATVERKET, VARSTA], 'Inbjudan med annans uppgift');
      const before = await iop.read();
      const varstas = before.tasks.find((t: any) => t.type === 'RESPOND_TO_INVITATION' && t.addressedTo === VARSTA.organisationNumber);
      const response = await iop.attempt('/invitation-response', { party: NATVERKET.organisationNumber, accept: true, taskId: varstas.id });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'TASK_OF_ANOTHER_PARTY' });
      const after = await iop.read();
      expect({ revision: after.revision, statuses: after.organisations.map((o: any) => o.status) }).toEqual({
        revision: before.revision,
        statuses: ['INVITED', 'INVITED'],
      });
    });
  });

  describe('a partnership whose workflow Temporal no longer keeps (its retention period has passed)', () => {
    it('answers its workflow reads with 404 WORKFLOW_NOT_KEPT in both languages, and keeps its record readable', async () => {
      const iop = new LifecycleClient(app());
      await iop.create('Region Skåne', [NATVERKET], 'Arbetsflödet är borta');
      // The read model keeps what Temporal has let go of: a copy of the partnership under an id no execution has.
      const gone = randomUUID();
      await withDatabase((db) =>
        db.query(
          `WITH process AS (
             INSERT INTO processes (id, kind, title, public_party_name, workflow_id, created_at)
             SELECT $2::uuid, kind, title, public_party_name, 'partnership-' || $2::text, created_at FROM processes WHERE id = $1
           )
           INSERT INTO partnerships (id, workflow_id, title, phase, created_at, updated_at, revision, public_party_name, state, ended_reason, agreement_start, agreement_end)
           SELECT $2::uuid, 'partnership-' || $2::text, title, phase, created_at, updated_at, revision, public_party_name, jsonb_set(state, '{partnershipId}', to_jsonb($2::text)),
                  ended_reason, agreement_start, agreement_end
           FROM partnerships WHERE id = $1`,
          [iop.id, gone],
        ),
      );
      const auditor = await bearer(AUDITOR);
      for (const path of ['history', 'workflow-state', 'reconciliation']) {
        const response = await request(app().getHttpServer()).get(`/partnerships/${gone}/${path}`).set(auditor);
        expect({ path, status: response.status, code: response.body.code, sv: typeof response.body.messageSv }).toEqual({
          path,
          status: 404,
          code: 'WORKFLOW_NOT_KEPT',
          sv: 'string',
        });
      }
      await request(app().getHttpServer()).get(`/partnerships/${gone}/timeline`).set(auditor).expect(200);
    });
  });

  describe('the steps of one move', () => {
    /** A step key is `<revision>.<position in the move>.<action>`: the order in which the move recorded its steps. */
    const position = (key: string) => key.split('.').slice(0, 2).map(Number);
    const inRecordedOrder = (keys: string[]) =>
      [...keys].sort((a, b) => {
        const [ra, na] = position(a);
        const [rb, nb] = position(b);
        return ra - rb || na - nb;
      });

    it('are listed by GET /partnerships/:id in the order they were recorded, as in the timeline, every time', async () => {
      // Moves that record several steps at one instant: the last agreement adopts the problem definition and opens
      // the dialogue; closing the dialogue opens drafting. Several partnerships, since a wrong order is a matter of chance.
      for (let i = 0; i < 5; i++) {
        const iop = new LifecycleClient(app());
        await iop.create('Region Skåne', [NATVERKET], `Stegordning ${i + 1}`);
        await iop.toDrafting([NATVERKET.organisationNumber]);
        const steps: string[] = (await iop.read()).steps.map((s: { stepKey: string }) => s.stepKey);
        const timeline = await http()
          .get(`/partnerships/${iop.id}/timeline`)
          .set(await bearer(officerOf('Region Skåne')))
          .expect(200);
        const timelineSteps = timeline.body
          .filter((e: { kind: string }) => e.kind === 'STEP')
          .map((e: { detail: { stepKey: string } }) => e.detail.stepKey);
        expect(steps.length).toBeGreaterThan(new Set(steps.map((k) => k.split('.')[0])).size);
        expect({ steps, timelineSteps }).toEqual({ steps: inRecordedOrder(steps), timelineSteps: steps });
      }
    });
  });
});
