import { SignJWT } from 'jose';
import request from 'supertest';
import { DEV_AUDIENCE, DEV_ISSUER, Principal } from '../../libs/identity/src';
import type { PolicyName } from '../../apps/api/src/identity/policy';
import { routeTable as sharedRouteTable } from '../support/route-table';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { LifecycleClient } from '../support/lifecycle-client';
import { AUDITOR, bearer, officerOf, representativeOf, secondOfficerOf, tokenFor } from '../support/tokens';

const NATVERKET = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const HSO = { name: 'Handikappföreningarnas Samarbetsorgan', organisationNumber: '802011-2341' };

/** The answers that mean "refused by sign-in or authorization", as opposed to a rule of the lifecycle. */
const ACCESS_CODES = new Set([
  'TOKEN_MISSING',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'TOKEN_CLAIM_INVALID',
  'READ_ONLY_ROLE',
  'OFFICER_ONLY',
  'NOT_YOUR_PUBLIC_PARTY',
  'AUDITOR_ONLY',
  'NO_POLICY',
  'PARTNERSHIP_NOT_FOUND',
  'FRAMEWORK_NOT_FOUND',
  'REPRESENTATIVE_ONLY',
  'ORGANISATION_NOT_FOUND',
  'INITIATIVE_NOT_FOUND',
  'NOT_YOUR_ORGANISATION',
  'ARCHIVE_PUBLIC_PARTY_ONLY',
]);

describe('who may do what', () => {
  const app = useApiAndWorker('access');
  const http = () => request(app().getHttpServer());
  const skane = () => new LifecycleClient(app());
  let own: LifecycleClient;
  let other: LifecycleClient;
  /** A framework agreement of each public party, for the routes of that kind of process. */
  const frameworks = { own: '', other: '' };
  /** An initiative of each: NÄTVERKET's to Region Skåne, HSO's to Region Västernorrland. */
  const initiatives = { own: '', other: '' };

  beforeAll(async () => {
    own = skane();
    await own.create('Region Skåne', [NATVERKET, VARSTA], 'Skånes partnerskap');
    other = skane();
    await other.create('Region Västernorrland', [HSO], 'Västernorrlands partnerskap');
    for (const [scope, publicParty, sector] of [
      ['own', 'Region Skåne', NATVERKET],
      ['other', 'Region Västernorrland', HSO],
    ] as const) {
      const created = await http()
        .post('/frameworks')
        .set(await bearer(officerOf(publicParty)))
        .send({ title: `${publicParty}s överenskommelse`, publicParty: { name: publicParty }, sectorRepresentative: sector })
        .expect(201);
      frameworks[scope] = created.body.id;
      const submitted = await http()
        .post('/initiatives')
        .set(await bearer(representativeOf(sector.organisationNumber)))
        .send({
          title: 'Matrisens initiativ',
          challenge: 'Ensamhet',
          targetGroup: 'Äldre',
          contribution: 'Volontärer',
          publicParty: { name: publicParty },
          organisation: sector,
        })
        .expect(201);
      initiatives[scope] = submitted.body.id;
    }
  });

  describe('tokens', () => {
    const officer = officerOf('Region Skåne');
    const read = (headers: Record<string, string>) => http().get(`/partnerships/${own.id}`).set(headers);
    const forge = (claims: { aud?: string; iss?: string }, secret = process.env.DEV_AUTH_SECRET!) =>
      new SignJWT({ iop_role: 'officer', iop_public_party: 'Region Skåne' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('someone')
        .setIssuer(claims.iss ?? DEV_ISSUER)
        .setAudience(claims.aud ?? DEV_AUDIENCE)
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(secret));

    it.each([
      ['no token', async () => ({}), 'TOKEN_MISSING'],
      ['an expired token', async () => ({ Authorization: `Bearer ${await tokenFor(officer, Math.floor(Date.now() / 1000) - 60)}` }), 'TOKEN_EXPIRED'],
      [
        'a wrongly signed token',
        async () => ({ Authorization: `Bearer ${await forge({}, 'another-secret-of-at-least-thirty-two-characters')}` }),
        'TOKEN_INVALID',
      ],
      [
        'a token for another audience',
        async () => ({ Authorization: `Bearer ${await forge({ aud: 'another-application' })}` }),
        'TOKEN_CLAIM_INVALID',
      ],
      [
        'a token from another issuer',
        async () => ({ Authorization: `Bearer ${await forge({ iss: 'https://elsewhere.example' })}` }),
        'TOKEN_CLAIM_INVALID',
      ],
      ['a token that is not a JWT', async () => ({ Authorization: 'Bearer not.a.jwt' }), 'TOKEN_INVALID'],
    ])('refuses %s with 401', async (_what, headers, code) => {
      const response = await read(await headers());
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 401, code });
    });
  });

  describe("an organisation's representative", () => {
    const natverket = () => bearer(representativeOf(NATVERKET.organisationNumber));

    it("sees only their own organisation's tasks in a partnership they share with another organisation", async () => {
      const response = await http()
        .get(`/partnerships/${own.id}`)
        .set(await natverket())
        .expect(200);
      expect(response.body.tasks.map((t: { addressedTo: string }) => t.addressedTo)).toEqual([NATVERKET.organisationNumber]);
      const tasks = await http()
        .get(`/partnerships/${own.id}/tasks`)
        .set(await natverket())
        .expect(200);
      expect(tasks.body.map((t: { addressedTo: string }) => t.addressedTo)).toEqual([NATVERKET.organisationNumber]);
    });

    it("cannot learn of another organisation's tasks, nor of a partnership it is not party to: 404", async () => {
      const inbox = await http()
        .get(`/organisations/${VARSTA.organisationNumber}/tasks`)
        .set(await natverket());
      expect({ status: inbox.status, code: inbox.body.code }).toEqual({ status: 404, code: 'ORGANISATION_NOT_FOUND' });
      const foreign = await http()
        .get(`/partnerships/${other.id}`)
        .set(await natverket());
      expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'PARTNERSHIP_NOT_FOUND' });
      // The same answer as for a partnership that does not exist at all.
      const missing = await http()
        .get('/partnerships/3f2b8c1e-7d44-4f6a-9b1e-5c0d2a7e9f10')
        .set(await natverket());
      expect(missing.body.code).toBe('PARTNERSHIP_NOT_FOUND');
    });

    it('reads its inbox across processes: each task names the kind, id and title of its process', async () => {
      const inbox = await http()
        .get(`/organisations/${NATVERKET.organisationNumber}/tasks`)
        .set(await natverket())
        .expect(200);
      // The organisation takes part in other test files' partnerships too (one database per run): look at this one's.
      const ours = inbox.body.filter((task: { processId: string }) => task.processId === own.id);
      expect(ours.length).toBeGreaterThan(0);
      for (const task of ours) {
        expect(task).toMatchObject({ processKind: 'PARTNERSHIP', processTitle: 'Skånes partnerskap', addressedTo: NATVERKET.organisationNumber });
      }
      for (const task of inbox.body) {
        expect(task).toMatchObject({ processKind: 'PARTNERSHIP', addressedTo: NATVERKET.organisationNumber });
        // The fields the web's inbox reads, kept for clients written for partnerships only.
        expect({ id: task.partnershipId, title: task.partnershipTitle }).toEqual({ id: task.processId, title: task.processTitle });
      }
    });

    it("cannot answer another organisation's task", async () => {
      await own.move('/problem-definition', { party: 'PUBLIC', challenge: 'Ensamhet', targetGroup: 'Äldre', goals: ['Mötesplatser'] });
      const varstasTask = (await own.read()).tasks.find(
        (t: { type: string; addressedTo: string }) => t.type === 'AGREE_PROBLEM_DEFINITION' && t.addressedTo === VARSTA.organisationNumber,
      );
      const before = await own.read();
      const response = await http()
        .post(`/partnerships/${own.id}/problem-definition/agreements`)
        .set(await natverket())
        .send({ taskId: varstasTask.id });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'TASK_OF_ANOTHER_PARTY' });
      const after = await own.read();
      expect({ revision: after.revision, agreedBy: after.problemDefinition.agreedBy }).toEqual({ revision: before.revision, agreedBy: ['PUBLIC'] });
    });

    it('acts for their own organisation whatever the body says: no body field chooses the party', async () => {
      const response = await http()
        .post(`/partnerships/${other.id}/invitation-response`)
        .set(await natverket())
        .send({ accept: true });
      expect(response.status).toBe(404);
    });
  });

  describe('an auditor', () => {
    it('reads every partnership, and every write is refused and logged', async () => {
      const auditor = await bearer(AUDITOR);
      await http().get(`/partnerships/${own.id}`).set(auditor).expect(200);
      await http().get(`/partnerships/${other.id}`).set(auditor).expect(200);
      const write = await http()
        .post(`/partnerships/${own.id}/withdrawal`)
        .set(auditor)
        .set('X-Request-Id', `auditor-write-${own.id}`)
        .send({ reason: 'Test' });
      expect({ status: write.status, code: write.body.code }).toEqual({ status: 403, code: 'READ_ONLY_ROLE' });
      const logged = await withDatabase((db) =>
        db.query(`SELECT actor, actor_role, action, target, process_id, outcome, status_code, reason FROM audit_log WHERE request_id = $1`, [
          `auditor-write-${own.id}`,
        ]),
      );
      expect(logged.rows).toEqual([
        {
          actor: AUDITOR.email,
          actor_role: 'auditor',
          action: 'POST /partnerships/:id/withdrawal',
          target: own.id,
          // The process the entry concerns, with a foreign key: the audit log of a partnership is found by it.
          process_id: own.id,
          outcome: 'REFUSED',
          status_code: 403,
          reason: 'READ_ONLY_ROLE',
        },
      ]);
    });
  });

  describe('an officer', () => {
    it('starts partnerships for their own public party only', async () => {
      const response = await http()
        .post('/partnerships')
        .set(await bearer(officerOf('Region Skåne')))
        .send({ title: 'Fel region', publicParty: { name: 'Region Västernorrland' }, organisations: [HSO] });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'NOT_YOUR_PUBLIC_PARTY' });
    });
  });

  describe('signing', () => {
    it('is refused to a person who is not a firmatecknare of the party, and allowed once they are registered', async () => {
      const iop = skane();
      await iop.create('Region Skåne', [NATVERKET], 'Signaturprov');
      await iop.toSignature([NATVERKET.organisationNumber]);
      const officer = officerOf('Region Skåne');
      const unregistered: Principal = { ...officer, subject: 'officer:not-a-signatory', email: 'vikarie@skane.example' };
      const refused = await http()
        .post(`/partnerships/${iop.id}/signatures`)
        .set(await bearer(unregistered))
        .send({});
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'NOT_A_SIGNATORY' });
      expect((await iop.read()).signatures).toEqual([]);

      // A signatory whose authority has ended cannot sign either.
      const former: Principal = { ...officer, subject: 'officer:former-signatory' };
      const delegation = { kind: 'DELEGATION_ORDER', reference: 'Regionstyrelsens delegationsordning', date: '2010-01-01', paragraph: '§ 4' };
      const formerEntry = await http()
        .post('/signatories')
        .set(await bearer(officer))
        .send({ subject: former.subject, name: 'Tidigare firmatecknare', validFrom: '2010-01-01', validTo: '2015-12-31', basis: delegation })
        .expect(201);
      await http()
        .post(`/signatories/${formerEntry.body.id}/confirmation`)
        .set(await bearer(secondOfficerOf('Region Skåne')))
        .expect(200);
      const expired = await http()
        .post(`/partnerships/${iop.id}/signatures`)
        .set(await bearer(former))
        .send({});
      expect(expired.body.code).toBe('NOT_A_SIGNATORY');

      const entry = await http()
        .post('/signatories')
        .set(await bearer(officer))
        .send({ subject: unregistered.subject, name: 'Vikarie', validFrom: '2020-01-01', basis: delegation })
        .expect(201);
      await http()
        .post(`/signatories/${entry.body.id}/confirmation`)
        .set(await bearer(secondOfficerOf('Region Skåne')))
        .expect(200);
      await http()
        .post(`/partnerships/${iop.id}/signatures`)
        .set(await bearer(unregistered))
        .send(await iop.agreementToSign(unregistered))
        .expect(200);
      expect((await iop.read()).signatures).toEqual([expect.objectContaining({ party: 'PUBLIC', signatoryName: unregistered.name })]);
    });
  });

  describe('the audit log', () => {
    it('refuses UPDATE and DELETE in the database itself', async () => {
      await withDatabase(async (db) => {
        await expect(db.query(`UPDATE audit_log SET outcome = 'ACCEPTED' WHERE id = (SELECT min(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
        await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      });
    });
  });

  describe("the authorization matrix, built from the application's own route table", () => {
    type Combination = { role: 'officer' | 'organisation_rep' | 'auditor'; scope: 'own' | 'other' };
    type Expectation = 'allowed' | 403 | 404;
    const POLICIES: Record<PolicyName, (c: Combination) => Expectation> = {
      public: () => 'allowed',
      authenticated: () => 'allowed',
      'partnership:create': (c) => (c.role === 'officer' && c.scope === 'own' ? 'allowed' : 403),
      'framework:create': (c) => (c.role === 'officer' && c.scope === 'own' ? 'allowed' : 403),
      'framework:read': () => 'allowed',
      'framework:apply': (c) => (c.role === 'organisation_rep' ? 'allowed' : 403),
      'initiative:submit': (c) => (c.role === 'organisation_rep' && c.scope === 'own' ? 'allowed' : 403),
      'process:read': (c) => (c.role === 'auditor' || c.scope === 'own' ? 'allowed' : 404),
      'process:act': (c) => (c.role === 'auditor' ? 403 : c.scope === 'own' ? 'allowed' : 404),
      'organisation:tasks': (c) => (c.role === 'organisation_rep' && c.scope === 'other' ? 404 : 'allowed'),
      'signatory:register': (c) => (c.role === 'auditor' ? 403 : 'allowed'),
      'signatory:confirm': (c) => (c.role === 'officer' ? 'allowed' : 403),
      'exchange-rates:record': (c) => (c.role === 'officer' ? 'allowed' : 403),
      'exchange-rates:read': (c) => (c.role === 'organisation_rep' ? 403 : 'allowed'),
      'organisation:ledger': (c) => (c.role === 'organisation_rep' && c.scope === 'other' ? 404 : 'allowed'),
      'chain:read': (c) => (c.role === 'auditor' ? 'allowed' : 403),
      'chain:checkpoint': (c) => (c.role === 'auditor' ? 'allowed' : 403),
      'codec:decode': (c) => (c.role === 'auditor' ? 'allowed' : 403),
      'records:archive': (c) => (c.role === 'auditor' ? 'allowed' : c.scope === 'other' ? 404 : c.role === 'officer' ? 'allowed' : 403),
      'records:disposal-due': (c) => (c.role === 'organisation_rep' ? 403 : 'allowed'),
      // The scraper's static token, not a person's; unset here (not production), so open (metrics.e2e-spec.ts tests it set).
      'metrics:scrape': () => 'allowed',
    };

    const routeTable = () => sharedRouteTable(app());

    it('gives every route an authorization policy', () => {
      const routes = routeTable();
      expect(routes.length).toBeGreaterThan(20);
      expect(routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    });

    it('answers every public read without a token (the health checks, the sign-in configuration, the register of IOPs)', async () => {
      const reads = routeTable().filter((r) => r.policy === 'public' && r.method === 'GET');
      expect(reads.map((r) => r.path)).toContain('/public/partnerships');
      const refused: string[] = [];
      for (const route of reads) {
        const response = await http().get(route.path);
        if (response.status === 401 || ACCESS_CODES.has(response.body?.code)) refused.push(`${route.path}: ${response.status}`);
      }
      expect(refused).toEqual([]);
    });

    it('names, on every route of a process policy, the kind of process and a path parameter the route has', () => {
      const processRoutes = routeTable().filter((r) => r.policy?.startsWith('process:'));
      expect(processRoutes.length).toBeGreaterThan(10);
      const undeclared = processRoutes.filter((r) => !r.process || !r.path.includes(`:${r.process.param}`));
      expect(undeclared.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    });

    it('answers every route × role × own and other organisation as its policy says', async () => {
      const principals = {
        officer: { own: officerOf('Region Skåne'), other: officerOf('Region Skåne') },
        organisation_rep: { own: representativeOf(NATVERKET.organisationNumber), other: representativeOf(NATVERKET.organisationNumber) },
        auditor: { own: AUDITOR, other: AUDITOR },
      };
      const mismatches: string[] = [];
      let checked = 0;
      for (const route of routeTable()) {
        for (const role of ['officer', 'organisation_rep', 'auditor'] as const) {
          for (const scope of ['own', 'other'] as const) {
            const ids =
              route.process?.kind === 'FRAMEWORK_AGREEMENT'
                ? frameworks
                : route.process?.kind === 'INITIATIVE'
                  ? initiatives
                  : { own: own.id, other: other.id };
            const path = route.path
              .replace(':id', ids[scope])
              .replace(':organisationNumber', scope === 'own' ? NATVERKET.organisationNumber : HSO.organisationNumber)
              .replace(':version', '1')
              .replace(':dueDate', '2027-01-01')
              .replace(/:(memberId|meetingId)/, '1');
            const body =
              route.policy === 'partnership:create' || route.policy === 'framework:create'
                ? { title: 'Matris', publicParty: { name: scope === 'own' ? 'Region Skåne' : 'Region Västernorrland' }, organisations: [] }
                : route.policy === 'initiative:submit'
                  ? { organisation: scope === 'own' ? NATVERKET : HSO }
                  : {};
            const call = http()
              [route.method.toLowerCase() as 'get' | 'post' | 'put'](path)
              .set(await bearer(principals[role][scope]));
            const response = route.method === 'GET' ? await call : await call.send(body);
            const expected = POLICIES[route.policy!]({ role, scope });
            const refusedForAccess = response.status === 401 || (ACCESS_CODES.has(response.body?.code) && [403, 404].includes(response.status));
            const ok = expected === 'allowed' ? !refusedForAccess : response.status === expected && ACCESS_CODES.has(response.body?.code);
            if (!ok)
              mismatches.push(
                `${route.method} ${route.path} as ${role} (${scope}): expected ${expected}, got ${response.status} ${response.body?.code}`,
              );
            checked += 1;
          }
        }
      }
      expect(mismatches).toEqual([]);
      expect(checked).toBe(routeTable().length * 6);
    });
  });
});
