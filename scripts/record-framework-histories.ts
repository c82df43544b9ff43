/**
 * Records the event histories that workflows/framework/replay.spec.ts replays against the current workflow code, as
 * scripts/record-histories.ts does for partnerships: run it only when adding a new scenario, never to make a failing
 * replay pass (a failing replay means the change needs `patched()`). Files are never overwritten: each recording is
 * labelled with the workflow version it captures.
 *
 * `npm run histories:record:frameworks -- <label> [scenario ...]`
 */
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { join } from 'node:path';
import { PROJECT_ROOT, runRecorder } from './history-recorder';
import { JOINING_UNDERTAKINGS, PRINCIPLES, type FrameworkCommand, type FrameworkTerms } from '../libs/domain/src';
import { frameworkAgreementWorkflow } from '../workflows';
import { awaitFrameworkOpeningRecordedUpdate, frameworkUpdateFor } from '../workflows/framework/messages';
import { frameworkWorkflowId, type StartFrameworkInput } from '../workflows/framework/types';

const NEGOTIATOR = { name: 'NÄTVERKET-Idéburen sektor Skåne', organisationNumber: '802456-1238' };
const MEMBER = { name: 'Vårsta Diakonigård', organisationNumber: '802003-4529' };
const TASK_QUEUE = 'record-framework-histories';

const terms = (start: string, end: string): FrameworkTerms => ({
  period: { start, end },
  principles: PRINCIPLES.map((principle) => ({ principle, commitments: [{ id: `${principle}-1`, text: 't', heldBy: 'BOTH' as const }] })),
  developmentAreas: ['COLLABORATION'],
  joiningUndertakings: [...JOINING_UNDERTAKINGS],
  steeringGroup: { seatsPerSector: 2, meetingsPerYear: 4, reviewIntervalYears: 5 },
  summary: 's',
});

async function start(client: Client, id: string, extra: Partial<StartFrameworkInput>) {
  await client.workflow.executeUpdateWithStart(awaitFrameworkOpeningRecordedUpdate, {
    startWorkflowOperation: new WithStartWorkflowOperation(frameworkAgreementWorkflow, {
      workflowId: frameworkWorkflowId(id),
      taskQueue: TASK_QUEUE,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [
        {
          frameworkId: id,
          framework: { title: 'Inspelad', publicParty: { name: 'Region Skåne' }, sectorRepresentative: NEGOTIATOR },
          startedBy: 'recorder',
          requestId: `record-${id}`,
          ...extra,
        },
      ],
    }),
  });
  const handle = client.workflow.getHandle(frameworkWorkflowId(id));
  return async (command: FrameworkCommand) =>
    handle.executeUpdate(frameworkUpdateFor(command), { args: [{ command, actor: 'recorder', requestId: 'record' }] });
}

const addYearsTo = (date: string, years: number): string => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

runRecorder({
  out: join(PROJECT_ROOT, 'workflows', 'framework', '__histories__'),
  taskQueue: TASK_QUEUE,
  activities: { syncFrameworkReadModel: async () => undefined },
  workflowIdOf: frameworkWorkflowId,
  scenarios: (env) => {
    const today = async () => new Date(await env.currentTimeMs()).toISOString().slice(0, 10);
    const skipTo = async (date: string) => env.sleep(Math.max(1, Date.parse(`${date}T12:00:00Z`) - (await env.currentTimeMs())));
    const decision = (meetingDate: string) => ({
      body: 'Regionstyrelsen',
      meetingDate,
      diarienummer: 'RS 2009/1',
      paragraph: '§ 1',
      outcome: 'APPROVED' as const,
    });
    const meeting = (date: string): FrameworkCommand => ({
      type: 'RECORD_STEERING_GROUP_MEETING',
      party: 'PUBLIC',
      date,
      minutes: 'm',
      attendance: [
        { sector: 'PUBLIC', names: ['A'] },
        { sector: 'CIVIL_SOCIETY', names: ['B'] },
      ],
    });
    return {
      // Opened with its first version, adopted, in force on its period's first day (a timer), an organisation joins,
      // the steering group is appointed and meets, and the next quarter begins.
      'lifecycle-in-force': async () => {
        const opened = await today();
        const year = Number(opened.slice(0, 4)) + 1;
        const move = await start(env.client, 'history-framework-lifecycle', { firstVersion: terms(`${year}-01-01`, `${year + 4}-12-31`) });
        await move({ type: 'RECORD_ADOPTION_DECISION', party: 'PUBLIC', version: 1, ...decision(opened) });
        await skipTo(`${year}-01-02`);
        await move({
          type: 'APPLY_TO_JOIN',
          party: MEMBER.organisationNumber,
          organisationName: MEMBER.name,
          declaration: [...JOINING_UNDERTAKINGS],
          signatoryName: 'S',
        });
        await move({ type: 'DECIDE_ON_APPLICATION', party: 'PUBLIC', organisationNumber: MEMBER.organisationNumber, confirm: true });
        await move({
          type: 'APPOINT_STEERING_GROUP_MEMBER',
          party: 'PUBLIC',
          sector: 'PUBLIC',
          name: 'A',
          organisationName: 'Region Skåne',
          termStart: `${year}-01-02`,
          termEnd: `${year + 2}-12-31`,
        });
        await move({
          type: 'APPOINT_STEERING_GROUP_MEMBER',
          party: MEMBER.organisationNumber,
          sector: 'CIVIL_SOCIETY',
          name: 'B',
          organisationName: MEMBER.name,
          organisationNumber: MEMBER.organisationNumber,
          termStart: `${year}-01-02`,
          termEnd: `${year + 2}-12-31`,
        });
        await skipTo(`${year}-02-15`);
        await move(meeting(`${year}-02-15`));
        await skipTo(`${year}-04-02`);
        return 'history-framework-lifecycle';
      },
      // Opened without a text, which comes later; a history long enough to continue as new, and going on after.
      'continue-as-new': async () => {
        const opened = await today();
        const move = await start(env.client, 'history-framework-continue', { continueAsNewAfterEvents: 40 });
        const handle = env.client.workflow.getHandle(frameworkWorkflowId('history-framework-continue'));
        const first = (await handle.describe()).runId;
        await move({ type: 'PROPOSE_VERSION', party: 'PUBLIC', ...terms(opened, addYearsTo(opened, 4)) });
        await move({ type: 'RECORD_ADOPTION_DECISION', party: 'PUBLIC', version: 1, ...decision(opened) });
        await env.sleep('1 day');
        for (let i = 0; i < 12 && (await handle.describe()).runId === first; i++)
          await move({
            type: 'SET_ACTION_PLAN',
            party: 'PUBLIC',
            year: Number(opened.slice(0, 4)),
            actions: [{ developmentArea: 'COLLABORATION', description: `a${i}`, responsible: 'r', dueDate: addYearsTo(opened, 1) }],
          });
        // One move in the run after.
        await move({
          type: 'SET_ACTION_PLAN',
          party: 'PUBLIC',
          year: Number(opened.slice(0, 4)),
          actions: [{ developmentArea: 'COLLABORATION', description: 'after', responsible: 'r', dueDate: addYearsTo(opened, 1) }],
        });
        return 'history-framework-continue';
      },
    };
  },
});
