import { INestApplicationContext } from '@nestjs/common';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { MockActivityEnvironment, TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  decideFramework,
  FrameworkCommand,
  FrameworkState,
  FrameworkTerms,
  JOINING_UNDERTAKINGS,
  PRINCIPLES,
  startFramework,
} from '../../libs/domain/src';
import { addDays, addYears } from '../../libs/domain/src/dates';
import { ChainVerifier } from '../../libs/database/src';
import { freePort } from '../../libs/devstack/src/ports';
import { registerSearchAttributes } from '../../libs/devstack/src/temporal-server';
import { dataConverterFrom } from '../../libs/temporal/src/data-converter';
import { FrameworkActivitiesFactory } from '../../apps/worker/src/activities/framework.activities';
import { frameworkAgreementWorkflow } from '../../workflows';
import { frameworkReadModelDelta } from '../../workflows/framework/read-model-delta';
import { awaitFrameworkOpeningRecordedUpdate, frameworkUpdateFor, getFrameworkStateQuery } from '../../workflows/framework/messages';
import { frameworkWorkflowId, type FrameworkReadModelWrite } from '../../workflows/framework/types';
import { quietTemporalRuntime, startWorker, useOwnTaskQueue, withDatabase } from '../support/harness';
import { eventually } from '../support/time-skipping';

const REGION = { name: 'Region Västernorrland' };
/** The sector's negotiator, and an organisation that joins (organisationsnummer pass the Luhn check). */
const NEGOTIATOR = { name: 'Idéburen sektor Västernorrland', organisationNumber: '802456-1238' };
const VARSTA = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };

const terms = (start: string, end: string, summary: string): FrameworkTerms => ({
  period: { start, end },
  principles: PRINCIPLES.map((principle) => ({
    principle,
    commitments: [{ id: `${principle}-1`, text: `Åtagande för ${principle}`, heldBy: 'BOTH' as const }],
  })),
  developmentAreas: ['COLLABORATION', 'PARTICIPATION_AND_INFLUENCE'],
  joiningUndertakings: [...JOINING_UNDERTAKINGS],
  steeringGroup: { seatsPerSector: 2, meetingsPerYear: 4, reviewIntervalYears: 5 },
  summary,
});

const audit = (action: string, requestId: string) => ({
  requestId,
  actor: 'lena.sundstrom@rvn.se',
  actorRole: 'OFFICER',
  actorPublicParty: REGION.name,
  actorOrganisation: null,
  action,
  statusCode: 200,
});

/**
 * The framework agreement's workflow with the real worker (its activity, the real read model) on Temporal's
 * time-skipping test server: years of durable timers pass in seconds, and the read model says what happened.
 */
describe('frameworkAgreementWorkflow over years, on skipped time', () => {
  let env: TestWorkflowEnvironment;
  let worker: INestApplicationContext;
  let client: Client;
  let taskQueue: string;
  const sharedAddress = process.env.TEMPORAL_ADDRESS;

  beforeAll(async () => {
    const root = process.env.IOP_PROJECT_ROOT ?? join(__dirname, '..', '..');
    quietTemporalRuntime();
    const port = await freePort();
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: join(root, '.tools', 'venv', 'bin', 'temporal-test-server') }, port },
      client: { dataConverter: dataConverterFrom(process.env) },
    });
    const refused = await registerSearchAttributes(env.connection, 'default');
    if (refused) throw new Error(`Could not register the search attributes on the test server: ${refused}`);
    process.env.TEMPORAL_ADDRESS = `127.0.0.1:${port}`;
    taskQueue = useOwnTaskQueue('framework-workflow');
    worker = await startWorker();
    client = env.client;
  });

  afterAll(async () => {
    await worker?.close();
    await env?.teardown();
    process.env.TEMPORAL_ADDRESS = sharedAddress;
  });

  const today = async () => new Date(await env.currentTimeMs()).toISOString().slice(0, 10);
  /** Skips the workflows' clock to noon (UTC) of `date`. */
  async function skipTo(date: string): Promise<void> {
    const ms = Date.parse(`${date}T12:00:00Z`) - (await env.currentTimeMs());
    if (ms > 0) await env.sleep(ms);
  }

  const query = (sql: string, params: unknown[]) => withDatabase((db) => db.query(sql, params).then((r) => r.rows));
  const frameworkRow = (id: string) =>
    query(
      `SELECT status, version_in_force AS "versionInForce", to_char(period_start, 'YYYY-MM-DD') AS "periodStart",
              to_char(review_due_by, 'YYYY-MM-DD') AS "reviewDueBy", revision, state FROM frameworks WHERE id = $1`,
      [id],
    ).then(
      (rows) =>
        rows[0] as
          | {
              status: string;
              versionInForce: number | null;
              periodStart: string | null;
              reviewDueBy: string | null;
              revision: number;
              state: FrameworkState;
            }
          | undefined,
    );
  const tasksOf = (id: string) =>
    query(
      `SELECT task_id AS id, type, status, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", created_at AS "createdAt" FROM tasks WHERE process_id = $1 ORDER BY created_at, task_id`,
      [id],
    ) as Promise<{ id: string; type: string; status: string; dueDate: string; createdAt: Date }[]>;

  it('keeps a framework in force for years: the cadence warning and task on their day, the review task, a revision taking over', async () => {
    const id = randomUUID();
    const workflowId = frameworkWorkflowId(id);
    const opened = await today();
    const firstYear = Number(opened.slice(0, 4)) + 1;
    const revisionStart = `${firstYear + 5}-01-01`;

    await client.workflow.executeUpdateWithStart(awaitFrameworkOpeningRecordedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation(frameworkAgreementWorkflow, {
        workflowId,
        taskQueue,
        workflowIdConflictPolicy: 'USE_EXISTING',
        args: [
          {
            frameworkId: id,
            framework: { title: 'Överenskommelsen i Västernorrland', publicParty: REGION, sectorRepresentative: NEGOTIATOR },
            firstVersion: terms(`${firstYear}-01-01`, `${firstYear + 5}-12-31`, 'Bakgrund och syfte'),
            startedBy: 'lena.sundstrom@rvn.se',
            requestId: `open-${id}`,
            audit: { ...audit('POST /frameworks', `open-${id}`), statusCode: 201 },
            // Small, so that the years below continue as new a few times.
            continueAsNewAfterEvents: 150,
          },
        ],
      }),
    });
    const handle = client.workflow.getHandle(workflowId);
    let request = 0;
    const move = async (command: FrameworkCommand, actor = 'lena.sundstrom@rvn.se') => {
      const requestId = `req-${id}-${(request += 1)}`;
      return handle.executeUpdate(frameworkUpdateFor(command), {
        args: [{ command, actor, requestId, audit: audit(`MOVE ${command.type}`, requestId) }],
      });
    };
    const decision = (meetingDate: string, diarienummer: string) => ({
      body: 'Regionfullmäktige',
      meetingDate,
      diarienummer,
      paragraph: '§ 12',
      outcome: 'APPROVED' as const,
    });

    // Opened, with version 1 drafted in the same write: the read model has it before the start answers.
    expect(await frameworkRow(id)).toMatchObject({ status: 'PREPARING', versionInForce: null });

    const adopted = await move({ type: 'RECORD_ADOPTION_DECISION', party: 'PUBLIC', version: 1, ...decision(opened, 'RV 2026/100') });
    expect(adopted.status).toBe('PREPARING');
    // The review falls due five years after the adoption.
    expect((await frameworkRow(id))?.reviewDueBy).toBe(addYears(opened, 5));

    // The first version's period starts on 1 January: the timer brings it in force, with the year's conference task.
    await skipTo(`${firstYear}-01-02`);
    const inForce = await eventually(
      () => frameworkRow(id),
      (row) => row?.status === 'IN_FORCE',
    );
    expect(inForce).toMatchObject({ status: 'IN_FORCE', versionInForce: 1, periodStart: `${firstYear}-01-01` });
    expect((await tasksOf(id)).filter((t) => t.type === 'HOLD_FOLLOW_UP_CONFERENCE').map((t) => t.dueDate)).toContain(`${firstYear}-12-31`);

    await move(
      {
        type: 'APPLY_TO_JOIN',
        party: VARSTA.organisationNumber,
        organisationName: VARSTA.name,
        declaration: [...JOINING_UNDERTAKINGS],
        signatoryName: 'Maria Sjöberg',
      },
      'maria.sjoberg@varsta.se',
    );
    await move({ type: 'DECIDE_ON_APPLICATION', party: 'PUBLIC', organisationNumber: VARSTA.organisationNumber, confirm: true });
    await move({
      type: 'APPOINT_STEERING_GROUP_MEMBER',
      party: 'PUBLIC',
      sector: 'PUBLIC',
      name: 'Per Nordin',
      organisationName: REGION.name,
      termStart: `${firstYear}-01-02`,
      termEnd: `${firstYear + 3}-12-31`,
    });
    await move({
      type: 'APPOINT_STEERING_GROUP_MEMBER',
      party: 'PUBLIC',
      sector: 'CIVIL_SOCIETY',
      name: 'Maria Sjöberg',
      organisationName: VARSTA.name,
      organisationNumber: VARSTA.organisationNumber,
      termStart: `${firstYear}-01-02`,
      termEnd: `${firstYear + 3}-12-31`,
    });
    const meeting = async (date: string) => {
      await skipTo(date);
      await move({
        type: 'RECORD_STEERING_GROUP_MEETING',
        party: 'PUBLIC',
        date,
        minutes: `Protokoll ${date}`,
        attendance: [
          { sector: 'PUBLIC', names: ['Per Nordin'] },
          { sector: 'CIVIL_SOCIETY', names: ['Maria Sjöberg'] },
        ],
      });
    };
    // Two meetings in the first half year: with one meeting a quarter at most, four can still be reached.
    await meeting(`${firstYear}-02-15`);
    await meeting(`${firstYear}-05-15`);
    await skipTo(`${firstYear}-09-30`);
    const beforeOctober = (await frameworkRow(id))!.state;
    expect(beforeOctober.warnings.filter((w) => w.code === 'STEERING_GROUP_MEETINGS_BEHIND' && w.year === firstYear)).toEqual([]);

    // On 1 October, two held and one quarter left cannot make four: the warning and the task, due the quarter's end.
    await skipTo(`${firstYear}-10-01`);
    const behind = await eventually(
      () => frameworkRow(id),
      (row) => row!.state.warnings.some((w) => w.code === 'STEERING_GROUP_MEETINGS_BEHIND' && w.year === firstYear),
    );
    const warning = behind!.state.warnings.find((w) => w.code === 'STEERING_GROUP_MEETINGS_BEHIND' && w.year === firstYear)!;
    expect(warning.raisedAt.slice(0, 10)).toBe(`${firstYear}-10-01`);
    const meetingTask = (await tasksOf(id)).find((t) => t.type === 'HOLD_STEERING_GROUP_MEETING' && t.status === 'OPEN');
    expect(meetingTask).toMatchObject({ dueDate: `${firstYear}-12-31` });
    expect(meetingTask!.createdAt.toISOString().slice(0, 10)).toBe(`${firstYear}-10-01`);

    // A third meeting in the last quarter: the year still ends with three, fewer than the four required.
    await meeting(`${firstYear}-11-15`);
    await skipTo(`${firstYear + 1}-01-02`);
    const missed = await eventually(
      () => frameworkRow(id),
      (row) => row!.state.warnings.some((w) => w.code === 'STEERING_GROUP_MEETINGS_MISSED' && w.year === firstYear),
    );
    expect(missed!.state.meetings.filter((m) => m.date.startsWith(String(firstYear)))).toHaveLength(3);

    // The review task one year before the review falls due: in the fifth year after the adoption.
    const reviewRaised = addYears(opened, 4);
    await skipTo(addYears(reviewRaised, 0));
    await env.sleep('1 day');
    const review = await eventually(
      () => tasksOf(id),
      (tasks) => tasks.some((t) => t.type === 'DECIDE_ON_REVIEW'),
    );
    const reviewTask = review.find((t) => t.type === 'DECIDE_ON_REVIEW')!;
    expect(reviewTask).toMatchObject({ status: 'OPEN', dueDate: addYears(opened, 5) });
    expect(reviewTask.createdAt.toISOString().slice(0, 10)).toBe(reviewRaised);

    // A revision, drafted and decided while version 1 stays in force, takes over on its period's first day.
    await move({ type: 'PROPOSE_VERSION', party: 'PUBLIC', reason: 'Översyn', ...terms(revisionStart, `${firstYear + 9}-12-31`, 'Reviderad text') });
    await move({ type: 'RECORD_ADOPTION_DECISION', party: 'PUBLIC', version: 2, ...decision(await today(), 'RV 2030/7') });
    const whileDecided = (await frameworkRow(id))!;
    expect(whileDecided).toMatchObject({ status: 'IN_FORCE', versionInForce: 1 });
    expect(whileDecided.state.versions.map((v) => v.status)).toEqual(['IN_FORCE', 'ADOPTED']);

    await skipTo(addDays(revisionStart, 1));
    const revised = await eventually(
      () => frameworkRow(id),
      (row) => row?.versionInForce === 2,
    );
    expect(revised).toMatchObject({ status: 'IN_FORCE', versionInForce: 2, periodStart: revisionStart });
    expect(revised!.state.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'SUPERSEDED'],
      [2, 'IN_FORCE'],
    ]);

    // The read model is the workflow's state, whole, after every run it continued into.
    const description = await handle.describe();
    expect(description.runId).not.toBe(description.raw.workflowExecutionInfo?.firstRunId);
    const state = await handle.query(getFrameworkStateQuery);
    expect(JSON.parse(JSON.stringify((await frameworkRow(id))!.state))).toEqual(JSON.parse(JSON.stringify(state)));
    expect((await frameworkRow(id))!.revision).toBe(state.revision);

    const members = await query(
      `SELECT organisation_number, status, to_char(joined_on, 'YYYY-MM-DD') AS joined_on FROM framework_members WHERE framework_id = $1`,
      [id],
    );
    expect(members).toEqual([{ organisation_number: VARSTA.organisationNumber, status: 'JOINED', joined_on: `${firstYear}-01-02` }]);
    const parties = await query(`SELECT party_key, kind, status FROM parties WHERE process_id = $1 ORDER BY position`, [id]);
    expect(parties).toEqual([
      { party_key: 'PUBLIC', kind: 'PUBLIC', status: 'ACCEPTED' },
      { party_key: NEGOTIATOR.organisationNumber, kind: 'ORGANISATION', status: 'NEGOTIATOR' },
      { party_key: VARSTA.organisationNumber, kind: 'ORGANISATION', status: 'JOINED' },
    ]);
    const [process] = await query(`SELECT kind FROM processes WHERE id = $1`, [id]);
    expect(process).toEqual({ kind: 'FRAMEWORK_AGREEMENT' });

    // Every step and every move's audit entry, once, as one chain that verifies.
    const [counts] = await query(
      `SELECT (SELECT count(*) FROM step_records WHERE process_id = $1)::int AS steps,
              (SELECT count(DISTINCT step_key) FROM step_records WHERE process_id = $1)::int AS keys,
              (SELECT count(*) FROM audit_log WHERE target = $1::text)::int AS audits`,
      [id],
    );
    expect(counts.steps).toBe(counts.keys);
    // The opening and the eleven moves above, each with its entry.
    expect(counts.audits).toBe(1 + request);
    const chain = await worker.get(ChainVerifier).verify(id);
    expect({ valid: chain.valid, links: chain.links }).toEqual({ valid: true, links: counts.steps + counts.audits });
  });

  it('changes nothing when the activity makes the same write again', async () => {
    const id = randomUUID();
    const now = new Date(await env.currentTimeMs()).toISOString();
    const started = startFramework(
      id,
      { title: 'Överenskommelse', publicParty: REGION, sectorRepresentative: NEGOTIATOR },
      terms(`${now.slice(0, 4)}-01-01`, `${Number(now.slice(0, 4)) + 4}-12-31`, 'Text'),
      { actor: 'lena', now },
    );
    if (!started.ok) throw new Error(started.refusal.code);
    const opening: FrameworkReadModelWrite = {
      frameworkId: id,
      workflowId: frameworkWorkflowId(id),
      state: started.value.state,
      steps: started.value.steps,
      requestId: 'open',
      audit: { ...audit('POST /frameworks', 'open'), statusCode: 201, occurredAt: now },
    };
    const decided = decideFramework(
      started.value.state,
      {
        type: 'RECORD_ADOPTION_DECISION',
        party: 'PUBLIC',
        version: 1,
        body: 'Regionfullmäktige',
        meetingDate: now.slice(0, 10),
        diarienummer: 'RV 1',
        paragraph: '§ 1',
        outcome: 'APPROVED',
      },
      { actor: 'lena', now },
    );
    if (!decided.ok) throw new Error(decided.refusal.code);
    const adoption: FrameworkReadModelWrite = {
      frameworkId: id,
      workflowId: frameworkWorkflowId(id),
      delta: frameworkReadModelDelta(started.value.state, decided.value.state),
      steps: decided.value.steps,
      requestId: 'adopt',
      audit: { ...audit('POST /frameworks/:id/versions/:version/decisions', 'adopt'), occurredAt: now },
    };
    const sync = worker.get(FrameworkActivitiesFactory).create().syncFrameworkReadModel;
    // Warnings and errors only: the activity logs every write at INFO.
    const activity = new MockActivityEnvironment({}, { logger: new DefaultLogger('WARN') });
    const snapshot = () =>
      query(
        `SELECT (SELECT revision FROM frameworks WHERE id = $1) AS revision, (SELECT state FROM frameworks WHERE id = $1) AS state,
                (SELECT count(*) FROM step_records WHERE process_id = $1)::int AS steps,
                (SELECT count(*) FROM audit_log WHERE target = $1::text)::int AS audits,
                (SELECT count(*) FROM tasks WHERE process_id = $1)::int AS tasks,
                (SELECT count(*) FROM parties WHERE process_id = $1)::int AS parties,
                (SELECT seq FROM hash_chain_heads WHERE chain_key = $1::text)::int AS head`,
        [id],
      ).then((rows) => rows[0]);

    await activity.run(sync, opening);
    await activity.run(sync, adoption);
    const once = await snapshot();
    expect(once).toMatchObject({ revision: decided.value.state.revision, steps: opening.steps.length + adoption.steps.length, audits: 2 });
    // Retried, and late: the opening again after the adoption, and the adoption again.
    await activity.run(sync, opening);
    await activity.run(sync, adoption);
    expect(await snapshot()).toEqual(once);
    expect((await worker.get(ChainVerifier).verify(id)).valid).toBe(true);
  });
});
