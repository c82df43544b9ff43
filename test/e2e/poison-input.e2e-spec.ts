import { INestApplication, PipeTransform, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage } from 'class-validator';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { CalendarDateParamPipe, OrganisationNumberParamPipe, PositiveIntParamPipe, UuidParamPipe } from '../../apps/api/src/common/path-params';
import { TEXT_RULES } from '../../apps/api/src/common/validation';
import { useApiAndWorker, withDatabase } from '../support/harness';
import { frameworkTerms } from '../support/framework-client';
import { AUDITOR, bearer, officerOf, representativeOf } from '../support/tokens';
import { POLICY_KEY } from '../../apps/api/src/identity/policy';
import type { ClassType } from '../../apps/api/src/common/class-type';
import { BASE64 } from '../../apps/api/src/codec/dto/codec-payloads.dto';
import { SHA256_HEX } from '../../apps/api/src/partnerships/dto/decision.dto';

/**
 * Values that pass a plain "is a string" or "is YYYY-MM-DD" check but that PostgreSQL cannot store (or that are no
 * day at all). The routes and their fields come from Nest's route table and class-validator's metadata, so that a
 * field or a route added later is poisoned too without anyone remembering to list it.
 */
const TEXT_POISONS = { NUL_CHARACTER: 'Text\u0000med NUL', LONE_SURROGATE: 'Text \ud800 ensam' } as const;
const DATE_POISONS = ['0000-01-01', '2023-02-30', '2200-01-01'];
const NUMBER_POISONS = ['1e3', '0x10', '007', '-1', '1.0'];
// A lone surrogate cannot be percent-encoded as UTF-8; these are its bytes as a careless encoder writes them.
const QUERY_TEXT_POISONS = ['%00%00', '%ED%A0%80'];

const ORGANISATION = '802456-1238';
const PUBLIC_PARTY = `Region Gift ${randomBytes(3).toString('hex')}`;

type Ctor = new () => object;
interface Rule {
  name: string;
  type: string;
  each: boolean;
  constraints: unknown[];
}
interface Route {
  method: 'get' | 'post' | 'put';
  path: string;
  policy?: string;
  body?: Ctor;
  query?: Ctor;
  params: { name: string; pipe: PipeTransform }[];
}
interface Field {
  path: string;
  kind: 'text' | 'date';
  freeText: boolean;
}
interface Case {
  label: string;
  method: Route['method'];
  url: string;
  body?: object;
  field: string;
  rule?: string;
  policy?: string;
}

const storage = getMetadataStorage();
/** Where @ApiProperty() keeps its options (DECORATORS.API_MODEL_PROPERTIES, which the package does not export). */
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
// class-transformer keeps its @Type() metadata in a module its index does not export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

function rulesOf(target: ClassType): Map<string, Rule[]> {
  const byProperty = new Map<string, Rule[]>();
  for (const m of storage.getTargetValidationMetadatas(target, '', true, false)) {
    const name = m.type === 'customValidation' ? (storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name ?? m.name ?? '') : m.type;
    byProperty.set(m.propertyName, [
      ...(byProperty.get(m.propertyName) ?? []),
      { name, type: m.type, each: !!m.each, constraints: m.constraints ?? [] },
    ]);
  }
  return byProperty;
}

const nestedType = (target: ClassType, property: string): Ctor => defaultMetadataStorage.findTypeMetadata(target, property).typeFunction() as Ctor;
const isNested = (rules: Rule[]) => rules.some((r) => r.type === 'nestedValidation');
const isArray = (rules: Rule[]) => rules.some((r) => r.name === 'isArray');

/** Values that fit the context rather than a rule: the guard compares the public party with the caller's. */
const CONTEXT_SAMPLES: Record<string, unknown> = { 'publicParty.name': PUBLIC_PARTY };

/** A valid body for a DTO, built from its rules, so that a poisoned field is the only thing wrong with it. */
function sampleOf(target: Ctor, prefix = ''): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [property, rules] of rulesOf(target)) {
    const path = prefix ? `${prefix}.${property}` : property;
    const rule = (name: string) => rules.find((r) => r.name === name);
    const one = (): unknown => {
      if (path in CONTEXT_SAMPLES) return CONTEXT_SAMPLES[path];
      if (isNested(rules)) return sampleOf(nestedType(target, property), isArray(rules) ? `${path}.0` : path);
      if (rule('isCalendarDate')) return '2027-01-31';
      if (rule('isPartyKey') || rule('isPartyKeyOrJoint')) return 'PUBLIC';
      if (rule('isOrganisationNumber')) return ORGANISATION;
      if (rule('isDiarienummer')) return 'RS 2026/123';
      if (rule('isProtocolParagraph')) return '§ 45';
      if (rule('isEmail')) return 'anna.lindqvist@skane.example';
      // Any uuid: a poisoned field is refused (400) before anything looks the framework up.
      if (rule('isUuid')) return '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b';
      // A Temporal payload's metadata and bytes, as the codec endpoint takes them: base64.
      if (rule('isBase64Map')) return { encoding: Buffer.from('json/plain').toString('base64') };
      if (rule('matches')?.constraints[0]?.toString() === BASE64.toString()) return Buffer.from('"Giltig text"').toString('base64');
      if (rule('matches')?.constraints[0]?.toString() === SHA256_HEX.toString()) return 'a'.repeat(64);
      if (rule('isBoolean')) return true;
      if (rule('isIn')) return (rule('isIn')!.constraints[0] as unknown[])[0];
      if (rule('isInt')) return rule('min')?.constraints[0] ?? 1;
      if (rule('isNumber')) return rule('min')?.constraints[0] ?? 1;
      if (rule('isString')) return 'Giltig text'.padEnd(Number(rule('isLength')?.constraints[0] ?? 1), '.');
      throw new Error(`No sample value for ${target.name}.${property} (${rules.map((r) => r.name).join(', ')})`);
    };
    body[property] = isArray(rules) ? [one()] : one();
  }
  return body;
}

/** Every text and date field of a DTO, nested ones included, as the error body names them. */
function fieldsOf(target: Ctor, prefix = ''): Field[] {
  return [...rulesOf(target)].flatMap(([property, rules]) => {
    const path = prefix ? `${prefix}.${property}` : property;
    if (isNested(rules)) return fieldsOf(nestedType(target, property), isArray(rules) ? `${path}.0` : path);
    const format = Reflect.getMetadata(SWAGGER_PROPERTY, target.prototype, property)?.format;
    const date = format === 'date' || rules.some((r) => r.name === 'isCalendarDate');
    const text = Reflect.getMetadata('design:type', target.prototype, property) === String || rules.some((r) => r.name === 'isString' && r.each);
    const freeText = rules.some((r) => r.name === TEXT_RULES.NUL_CHARACTER.rule);
    return date ? [{ path, kind: 'date' as const, freeText }] : text ? [{ path, kind: 'text' as const, freeText }] : [];
  });
}

function withValueAt(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let here: any = copy;
  for (const key of keys.slice(0, -1)) here = here[key];
  const last = keys[keys.length - 1];
  here[last] = Array.isArray(here[last]) ? [value] : value;
  return copy;
}

/** Nest's own route table: every handler of every controller, with its body, query and path parameters. */
function routesOf(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const controller = metatype as ClassType;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        const sub = name === 'constructor' || typeof handler !== 'function' ? undefined : Reflect.getMetadata(PATH_METADATA, handler);
        if (sub === undefined) continue;
        const types: Ctor[] = Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? [];
        const route: Route = {
          method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number].toLowerCase() as Route['method'],
          path: `/${base}/${String(sub)}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1'),
          // The policy the guard decides, so that each case is sent by a person the route admits.
          policy: Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, controller),
          params: [],
        };
        const args: Record<string, { index: number; data?: string; pipes: PipeTransform[] }> =
          Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {};
        for (const [key, arg] of Object.entries(args)) {
          const type = Number(key.split(':')[0]);
          if (type === RouteParamtypes.BODY) route.body = types[arg.index];
          if (type === RouteParamtypes.QUERY) route.query = types[arg.index];
          if (type === RouteParamtypes.PARAM) route.params.push({ name: arg.data!, pipe: arg.pipes[0] });
        }
        routes.push(route);
      }
    }
  }
  return routes;
}

/** The processes a route's `:id` names: a partnership, a framework agreement or an initiative, by the route's path. */
interface Processes {
  partnershipId: string;
  frameworkId: string;
  initiativeId: string;
}

function validParam(route: Route, pipe: PipeTransform, ids: Processes): string {
  if (pipe instanceof UuidParamPipe) {
    if (route.path.startsWith('/frameworks/')) return ids.frameworkId;
    return route.path.startsWith('/initiatives/') ? ids.initiativeId : ids.partnershipId;
  }
  if (pipe instanceof OrganisationNumberParamPipe) return ORGANISATION;
  if (pipe instanceof PositiveIntParamPipe) return '1';
  if (pipe instanceof CalendarDateParamPipe) return '2027-01-31';
  throw new Error(`No sample value for a path parameter parsed by ${pipe?.constructor?.name}`);
}

function casesOf(route: Route, ids: Processes): Case[] {
  const url = (poisoned?: { name: string; value: string }) =>
    route.path.replace(/:(\w+)/g, (_, name: string) => {
      const param = route.params.find((p) => p.name === name)!;
      return name === poisoned?.name ? poisoned.value : validParam(route, param.pipe, ids);
    });
  const label = (what: string) => `${route.method.toUpperCase()} ${route.path} ${what}`;
  const cases: Case[] = [];
  for (const { name, pipe } of route.params) {
    const poisons = pipe instanceof CalendarDateParamPipe ? DATE_POISONS : pipe instanceof PositiveIntParamPipe ? NUMBER_POISONS : [];
    const rule = pipe instanceof CalendarDateParamPipe ? 'isCalendarDate' : 'isPositiveInt';
    const sample = route.body ? sampleOf(route.body) : undefined;
    for (const value of poisons)
      cases.push({
        label: label(`:${name}=${value}`),
        method: route.method,
        url: url({ name, value: encodeURIComponent(value) }),
        body: sample,
        field: name,
        rule,
      });
  }
  if (route.body) {
    const sample = sampleOf(route.body);
    for (const field of fieldsOf(route.body)) {
      const poisons: [string, string, string | undefined][] =
        field.kind === 'date'
          ? DATE_POISONS.map((value) => [value, value, 'isCalendarDate'])
          : Object.entries(TEXT_POISONS).map(([problem, value]) => [
              problem,
              value,
              field.freeText ? TEXT_RULES[problem as keyof typeof TEXT_POISONS].rule : undefined,
            ]);
      for (const [what, value, rule] of poisons) {
        cases.push({
          label: label(`${field.path}: ${what}`),
          method: route.method,
          url: url(),
          body: withValueAt(sample, field.path, value),
          field: field.path,
          rule,
        });
      }
    }
  }
  if (route.query) {
    for (const field of fieldsOf(route.query)) {
      const poisons =
        field.kind === 'date'
          ? DATE_POISONS.map((value) => [value, encodeURIComponent(value), 'isCalendarDate'])
          : QUERY_TEXT_POISONS.map((value) => [value, value, undefined]);
      for (const [what, value, rule] of poisons) {
        cases.push({ label: label(`?${field.path}=${what}`), method: route.method, url: `${url()}?${field.path}=${value}`, field: field.path, rule });
      }
    }
  }
  return cases.map((c) => ({ ...c, policy: route.policy }));
}

/** What a case got wrong, or nothing: a 400 naming only the poisoned field (with the rule, where one is known). */
function problemOf(c: Case, response: request.Response): string | undefined {
  const { status, body } = response;
  // The guard checks the public party named in a new partnership against the caller's own before any validation.
  if (c.field === 'publicParty.name' && status === 403 && body.code === 'NOT_YOUR_PUBLIC_PARTY') return undefined;
  const errors: { field: string; rule: string }[] = body.errors ?? [];
  const named = errors.some((e) => e.field === c.field && (c.rule === undefined || e.rule === c.rule));
  if (status !== 400 || !named || errors.some((e) => e.field !== c.field) || typeof body.messageSv !== 'string') {
    return `${c.label}: ${status} ${JSON.stringify({ code: body.code, messageSv: body.messageSv, errors })}`;
  }
  return undefined;
}

describe('values no field may store', () => {
  const app = useApiAndWorker('poison');
  let officer: { Authorization: string };
  let auditor: { Authorization: string };
  let partnershipId = '';
  let frameworkId = '';
  let initiativeId = '';
  let representative: { Authorization: string };
  const http = () => request(app().getHttpServer());

  const acceptedCommands = () =>
    withDatabase(async (db) =>
      Number((await db.query(`SELECT count(*) FROM audit_log WHERE actor_public_party = $1 AND outcome = 'ACCEPTED'`, [PUBLIC_PARTY])).rows[0].count),
    );
  const storedRows = () =>
    withDatabase(async (db) => ({
      partnerships: Number((await db.query(`SELECT count(*) FROM parties WHERE kind = 'PUBLIC' AND name = $1`, [PUBLIC_PARTY])).rows[0].count),
      signatories: Number((await db.query(`SELECT count(*) FROM signatories WHERE party_ref = $1`, [PUBLIC_PARTY])).rows[0].count),
    }));
  const read = async (id = partnershipId) => (await http().get(`/partnerships/${id}`).set(officer).expect(200)).body;

  const createPartnership = async (title: string): Promise<string> =>
    (
      await http()
        .post('/partnerships')
        .set(officer)
        .send({ title, publicParty: { name: PUBLIC_PARTY }, organisations: [{ name: 'Förening', organisationNumber: ORGANISATION }] })
        .expect(201)
    ).body.id;

  beforeAll(async () => {
    officer = await bearer(officerOf(PUBLIC_PARTY));
    auditor = await bearer(AUDITOR);
    representative = await bearer(representativeOf(ORGANISATION));
    partnershipId = await createPartnership('Förgiftad indata');
    frameworkId = (
      await http()
        .post('/frameworks')
        .set(officer)
        .send({
          title: 'Förgiftad överenskommelse',
          publicParty: { name: PUBLIC_PARTY },
          sectorRepresentative: { name: 'Förening', organisationNumber: ORGANISATION },
          firstVersion: frameworkTerms('2026-01-01', undefined),
        })
        .expect(201)
    ).body.id;
    initiativeId = (
      await http()
        .post('/initiatives')
        .set(representative)
        .send({
          title: 'Förgiftat initiativ',
          challenge: 'Utmaningen',
          targetGroup: 'Målgruppen',
          contribution: 'Volontärer',
          publicParty: { name: PUBLIC_PARTY },
          organisation: { name: 'Förening', organisationNumber: ORGANISATION },
        })
        .expect(201)
    ).body.id;
  });

  it('refuses every poisoned text, date and path value of every route with a 400 naming the field, and changes nothing', async () => {
    const routes = routesOf(app());
    const cases = routes.flatMap((route) => casesOf(route, { partnershipId, frameworkId, initiativeId }));
    // The table really is the API's: the routes this issue names are among those poisoned.
    expect(cases.map((c) => c.label)).toEqual(
      expect.arrayContaining([
        'POST /partnerships title: NUL_CHARACTER',
        'POST /partnerships/:id/decisions meetingDate: 0000-01-01',
        'GET /partnerships ?from=0000-01-01',
        'GET /partnerships ?diarienummer=%00%00',
        'GET /partnerships/:id/roles ?date=0000-01-01',
        'POST /signatories validFrom: 0000-01-01',
        'POST /partnerships/:id/follow-ups/:dueDate/reports :dueDate=2023-02-30',
        'POST /partnerships/:id/drafts/:version/reviews :version=1e3',
        'POST /partnerships/:id/meetings attendees.0.names: LONE_SURROGATE',
      ]),
    );
    const framework = async () => (await http().get(`/frameworks/${frameworkId}`).set(officer).expect(200)).body;
    const before = { partnership: await read(), framework: await framework(), accepted: await acceptedCommands(), rows: await storedRows() };

    const problems: string[] = [];
    for (const c of cases) {
      // Auditors alone read the chains as a whole; everything else with a body or a query is the officer's.
      // The auditors' own routes (the chains, the codec endpoint) are poisoned by an auditor, every other by an officer.
      // An application to join a framework and an initiative are a representative's.
      const byRepresentative = c.policy === 'framework:apply' || c.policy === 'initiative:submit';
      const caller = c.policy?.startsWith('chain:') || c.policy?.startsWith('codec:') ? auditor : byRepresentative ? representative : officer;
      const response = await http()[c.method](c.url).set(caller).send(c.body);
      const problem = problemOf(c, response);
      if (problem) problems.push(problem);
    }
    expect(problems).toEqual([]);

    const after = await read();
    expect({
      revision: after.revision,
      frameworkRevision: (await framework()).revision,
      steps: after.steps.length,
      accepted: await acceptedCommands(),
      rows: await storedRows(),
    }).toEqual({
      revision: before.partnership.revision,
      frameworkRevision: before.framework.revision,
      steps: before.partnership.steps.length,
      accepted: before.accepted,
      rows: before.rows,
    });
    // Not stuck: a valid move afterwards is answered and in the read model at once.
    const move = await http()
      .post(`/partnerships/${partnershipId}/problem-definition`)
      .set(officer)
      .send({ challenge: 'Ensamhet bland äldre', targetGroup: 'Äldre som bor ensamma', goals: ['Fler mötesplatser'] });
    expect(move.status).toBe(200);
    expect((await read()).problemDefinition).toMatchObject({ challenge: 'Ensamhet bland äldre' });
  });

  describe('the requests of the issue', () => {
    it.each([['from'], ['to']])('refuses GET /partnerships?%s=0000-01-01 with 400 naming the field', async (field) => {
      const response = await http().get(`/partnerships?${field}=0000-01-01`).set(officer);
      expect({ status: response.status, errors: response.body.errors }).toEqual({
        status: 400,
        errors: [expect.objectContaining({ field, rule: 'isCalendarDate' })],
      });
      expect(response.body.errors[0].message).toContain('1900-01-01 to 2199-12-31');
      expect(response.body.messageSv).toBe('Begäran är ogiltig.');
    });

    it('refuses GET /partnerships?diarienummer=%00%00 with 400 naming the diarienummer rule', async () => {
      const response = await http().get('/partnerships?diarienummer=%00%00').set(officer);
      expect({ status: response.status, errors: response.body.errors }).toEqual({
        status: 400,
        errors: [expect.objectContaining({ field: 'diarienummer', rule: 'isDiarienummer' })],
      });
    });

    it('refuses GET …/roles?date=0000-01-01 with 400', async () => {
      const response = await http().get(`/partnerships/${partnershipId}/roles?date=0000-01-01`).set(officer);
      expect({ status: response.status, errors: response.body.errors }).toEqual({
        status: 400,
        errors: [expect.objectContaining({ field: 'date', rule: 'isCalendarDate' })],
      });
    });

    it('refuses a signatory valid from 0000-01-01 with 400 and registers nobody', async () => {
      const response = await http()
        .post('/signatories')
        .set(officer)
        .send({
          subject: 'officer:gift',
          name: 'Anna Lindqvist',
          validFrom: '0000-01-01',
          basis: { kind: 'DELEGATION_ORDER', reference: 'Regionstyrelsens delegationsordning', date: '2026-01-15', paragraph: '§ 4' },
        });
      expect({ status: response.status, errors: response.body.errors }).toEqual({
        status: 400,
        errors: [expect.objectContaining({ field: 'validFrom', rule: 'isCalendarDate' })],
      });
      expect((await storedRows()).signatories).toBe(0);
    });

    it('answers drafts/1e3/reviews with 400 naming the version, not 409', async () => {
      const response = await http().post(`/partnerships/${partnershipId}/drafts/1e3/reviews`).set(officer).send({ decision: 'APPROVED' });
      expect({ status: response.status, errors: response.body.errors }).toEqual({
        status: 400,
        errors: [expect.objectContaining({ field: 'version', rule: 'isPositiveInt' })],
      });
    });
  });

  describe('ids in upper case', () => {
    it('accepts a move on the upper-case id as the same partnership and files its audit entry under the lower-case id', async () => {
      const id = await createPartnership('Versaler i id');
      const response = await http()
        .post(`/partnerships/${id.toUpperCase()}/problem-definition`)
        .set(officer)
        .send({ challenge: 'Utmaning skickad med versaler i id', targetGroup: 'Unga vuxna', goals: ['Fler mötesplatser'] });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 200, code: undefined });
      expect((await read(id)).problemDefinition).toMatchObject({ challenge: 'Utmaning skickad med versaler i id' });
      const entries = await withDatabase(
        async (db) => (await db.query(`SELECT target, outcome FROM audit_log WHERE request_id = $1`, [response.headers['x-request-id']])).rows,
      );
      expect(entries).toEqual([{ target: id, outcome: 'ACCEPTED' }]);
    });

    it('reads the partnership by its upper-case id', async () => {
      const response = await http().get(`/partnerships/${partnershipId.toUpperCase()}`).set(officer);
      expect({ status: response.status, id: response.body.id }).toEqual({ status: 200, id: partnershipId });
    });
  });

  describe('keys that are no field', () => {
    it.each([
      ['__proto__', '{"title":"Prototyp","__proto__":{"admin":true},"publicParty":{"name":"P"},"organisations":[]}', '__proto__'],
      ['constructor', '{"title":"Prototyp","publicParty":{"name":"P","constructor":{"name":"x"}},"organisations":[]}', 'publicParty.constructor'],
      ['prototype', '{"title":"Prototyp","publicParty":{"name":"P"},"organisations":[{"prototype":1}]}', 'organisations.0.prototype'],
    ])('refuses a %s key with 400 naming its path', async (_key, json, field) => {
      const response = await http().post('/partnerships').set(officer).set('Content-Type', 'application/json').send(json);
      expect({ status: response.status, code: response.body.code, errors: response.body.errors }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field, rule: 'forbiddenKey' })],
      });
      expect(response.body.messageSv).toBe('Begäran är ogiltig.');
    });
  });

  it('stores text NFC-normalised: a decomposed "å" comes back composed', async () => {
    const decomposed = 'Samverkan i Ba\u030Astad'; // "å" as "a" + combining ring
    const created = await http()
      .post('/partnerships')
      .set(officer)
      .send({ title: decomposed, publicParty: { name: PUBLIC_PARTY }, organisations: [{ name: 'Fo\u0308rening', organisationNumber: ORGANISATION }] })
      .expect(201);
    const p = await read(created.body.id);
    expect({ title: p.title, organisation: p.organisations[0].name }).toEqual({ title: 'Samverkan i Båstad', organisation: 'Förening' });
  });

  describe('Swedish on every error', () => {
    it('answers a malformed Idempotency-Key with messageSv', async () => {
      const response = await http().post(`/partnerships/${partnershipId}/inputs`).set(officer).set('Idempotency-Key', 'kort').send({ text: 'Hej' });
      expect({ status: response.status, field: response.body.errors?.[0]?.field }).toEqual({ status: 400, field: 'Idempotency-Key' });
      expect(response.body.messageSv).toContain('Idempotency-Key');
    });

    it('answers IDEMPOTENCY_KEY_REUSED with messageSv', async () => {
      const key = `gift-${randomBytes(6).toString('hex')}`;
      const create = (title: string) =>
        http()
          .post('/partnerships')
          .set(officer)
          .set('Idempotency-Key', key)
          .send({ title, publicParty: { name: PUBLIC_PARTY }, organisations: [{ name: 'Förening', organisationNumber: ORGANISATION }] });
      expect((await create('Första försöket')).status).toBe(201);
      const reused = await create('Ett annat partnerskap');
      expect({ status: reused.status, code: reused.body.code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(reused.body.messageSv).toEqual(expect.stringContaining('Idempotency-Key'));
    });

    it('answers an unknown route and a missing token with messageSv', async () => {
      const unknown = await http().get('/no-such-route').set(officer);
      expect({ status: unknown.status, messageSv: typeof unknown.body.messageSv }).toEqual({ status: 404, messageSv: 'string' });
      const anonymous = await http().get('/partnerships');
      expect({ status: anonymous.status, code: anonymous.body.code, messageSv: typeof anonymous.body.messageSv }).toEqual({
        status: 401,
        code: 'TOKEN_MISSING',
        messageSv: 'string',
      });
    });
  });
});
