/**
 * Records the event histories that the replay test (workflows/partnership/replay.spec.ts) replays against the
 * current workflow code. Run it only when adding a new scenario (`npm run histories:record`), never to make a
 * failing replay pass: a failing replay means the change needs `patched()`. Files are never overwritten: each
 * recording is labelled with the workflow version it captures.
 *
 * The scenarios run as deployed, every payload encrypted (under a key of this run's own), and the histories are
 * saved decrypted: the replay test replays them without any key, as it does the histories recorded before
 * encryption.
 */
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { join } from 'node:path';
import { PROJECT_ROOT, runRecorder } from './history-recorder';
import { FORUM_KEYS, SKR_CRITERIA } from '../libs/domain/src';
import type { LegalBasisTerms, PartnershipCommand, Principle } from '../libs/domain/src';
import { addYears } from '../libs/domain/src/dates';
import { partnershipWorkflow } from '../workflows';
import { awaitOpeningRecordedUpdate, getStateQuery, updateFor } from '../workflows/partnership/messages';
import { partnershipWorkflowId, StartPartnershipInput } from '../workflows/partnership/types';

const ORG = '802456-1238';
const OTHER = '802003-4529';
const TASK_QUEUE = 'record-histories';
const AGREEMENT_SHA256 = 'a'.repeat(64);
const principles: Record<Principle, string> = { INDEPENDENCE: 'a', DIALOGUE: 'b', QUALITY: 'c', LONG_TERM: 'd', TRANSPARENCY: 'e', DIVERSITY: 'f' };

async function start(client: Client, id: string, organisations: string[], extra: Partial<StartPartnershipInput> = {}) {
  await client.workflow.executeUpdateWithStart(awaitOpeningRecordedUpdate, {
    startWorkflowOperation: new WithStartWorkflowOperation(partnershipWorkflow, {
      workflowId: partnershipWorkflowId(id),
      taskQueue: TASK_QUEUE,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [
        {
          partnershipId: id,
          partnership: {
            title: 'Inspelad',
            publicParty: { name: 'Region Skåne' },
            organisations: organisations.map((o) => ({ name: `Org ${o}`, organisationNumber: o })),
          },
          startedBy: 'recorder',
          requestId: `record-${id}`,
          ...extra,
        },
      ],
    }),
  });
  const handle = client.workflow.getHandle(partnershipWorkflowId(id));
  return async (command: PartnershipCommand) =>
    handle.executeUpdate(updateFor(command), { args: [{ command, actor: 'recorder', requestId: 'record' }] });
}

/**
 * To the last signature. Since rules version 4 the agreement enters into force then only when the officer recorded
 * that the parties sign before legal force (`early`, with the latest decision's number); otherwise it waits.
 */
async function toSigned(
  move: (c: PartnershipCommand) => Promise<unknown>,
  today: string,
  organisations: string[],
  early: (() => Promise<number>) | undefined = undefined,
) {
  await move({
    type: 'PROPOSE_PROBLEM_DEFINITION',
    party: organisations[0],
    challenge: 'c',
    targetGroup: 't',
    goals: ['g'],
    developmentAreas: ['COLLABORATION'],
  });
  await move({ type: 'AGREE_TO_PROBLEM_DEFINITION', party: 'PUBLIC' });
  for (const o of organisations.slice(1)) await move({ type: 'AGREE_TO_PROBLEM_DEFINITION', party: o });
  await move({
    type: 'RECORD_MEETING',
    party: 'PUBLIC',
    date: today,
    minutes: 'm',
    attendees: [
      { party: 'PUBLIC', names: ['A'] },
      { party: organisations[0], names: ['B'] },
    ],
  });
  await move({ type: 'SUBMIT_INPUT', party: organisations[0], text: 'input' });
  await move({ type: 'SET_SHARED_GOAL', party: 'PUBLIC', sharedGoal: 'mål' });
  // Since rules version 3 the dialogue closes only once why IOP is recorded.
  await move({
    type: 'RECORD_LEGAL_BASIS',
    party: 'PUBLIC',
    criteria: Object.fromEntries(SKR_CRITERIA.map((c) => [c, { assessment: 'MET', comment: 'c' }])) as LegalBasisTerms['criteria'],
    forumKeys: Object.fromEntries(FORUM_KEYS.map((k) => [k, 'k'])) as LegalBasisTerms['forumKeys'],
    conclusion: 'IOP',
  });
  await move({ type: 'CLOSE_DIALOGUE', party: 'PUBLIC' });
  const draft: PartnershipCommand = {
    type: 'SUBMIT_DRAFT',
    party: 'PUBLIC',
    purpose: 'p',
    sharedGoal: 's',
    contributions: [{ party: 'PUBLIC', amountSek: 100 }, ...organisations.map((o) => ({ party: o, amountSek: 0, ownContribution: 'egen insats' }))],
    startDate: today,
    endDate: addYears(today, 2),
    followUpPlan: 'f',
    governance: 'g',
    terminationTerms: 't',
    terminationNoticeMonths: 3,
    principles,
  };
  await move(draft);
  for (const p of ['PUBLIC', ...organisations]) await move({ type: 'REVIEW_DRAFT', party: p, version: 1, decision: 'APPROVED' });
  const decision = {
    type: 'RECORD_POLITICAL_DECISION' as const,
    party: 'PUBLIC',
    body: 'Regionstyrelsen',
    meetingDate: today,
    diarienummer: 'RS 2026/1',
    paragraph: '§ 1',
  };
  await move({ ...decision, outcome: 'RETURNED', reasons: 'r' });
  await move(draft);
  for (const p of ['PUBLIC', ...organisations]) await move({ type: 'REVIEW_DRAFT', party: p, version: 2, decision: 'APPROVED' });
  // Since rules version 5 the approval names the agreement document (the API renders and stores it; the workflow
  // sees only its reference) and each signature names its SHA-256.
  const agreementDocument = { sha256: AGREEMENT_SHA256, sizeBytes: 4096, draftVersion: 2, parties: ['PUBLIC', ...organisations] };
  await move({ ...decision, outcome: 'APPROVED', agreementDocument });
  if (early) await move({ type: 'RECORD_SIGNING_BEFORE_LEGAL_FORCE', party: 'PUBLIC', decisionSeq: await early(), reason: 'startar direkt' });
  for (const p of ['PUBLIC', ...organisations]) await move({ type: 'SIGN', party: p, signatoryName: `S ${p}`, documentSha256: AGREEMENT_SHA256 });
}

/** The number of the latest decision of a recorded partnership, read by its query. */
const latestDecision = (client: Client, id: string) => async () =>
  (await client.workflow.getHandle(partnershipWorkflowId(id)).query(getStateQuery)).decisions.at(-1)!.seq;

/**
 * `npm run histories:record -- <label> [scenario ...]`: the label names the workflow version the new files record;
 * named scenarios record only those (a new scenario needs no new recording of the others).
 */
runRecorder({
  out: join(PROJECT_ROOT, 'workflows', 'partnership', '__histories__'),
  taskQueue: TASK_QUEUE,
  activities: { syncReadModel: async () => undefined },
  workflowIdOf: partnershipWorkflowId,
  scenarios: (env) => {
    const today = async () => new Date(await env.currentTimeMs()).toISOString().slice(0, 10);
    return {
      // Problem definition to expiry: återremiss, signatures, two yearly follow-ups, an amendment refused, expiry.
      'lifecycle-to-expiry': async () => {
        const move = await start(env.client, 'history-lifecycle', [ORG]);
        const day = await today();
        await toSigned(move, day, [ORG], latestDecision(env.client, 'history-lifecycle'));
        for (const year of [1, 2]) {
          await env.sleep(`${year === 1 ? 366 : 365} days`);
          const dueDate = addYears(day, year);
          await move({ type: 'SUBMIT_FOLLOW_UP_REPORT', party: ORG, dueDate, summary: 'rapport' });
          await move({
            type: 'RECORD_MEETING',
            party: 'PUBLIC',
            date: dueDate,
            minutes: 'uppföljning',
            attendees: [
              { party: 'PUBLIC', names: ['A'] },
              { party: ORG, names: ['B'] },
            ],
            followUpDueDate: dueDate,
          });
        }
        await env.sleep('5 days');
        return 'history-lifecycle';
      },
      // Two organisations, one withdraws at signature, then termination with notice.
      'withdrawal-and-termination': async () => {
        const move = await start(env.client, 'history-withdrawal', [ORG, OTHER]);
        const day = await today();
        await move({ type: 'RESPOND_TO_INVITATION', party: OTHER, accept: true });
        await toSigned(
          async (c) => (c.type === 'SIGN' && c.party === OTHER ? move({ type: 'WITHDRAW_ORGANISATION', party: OTHER, reason: 'avstår' }) : move(c)),
          day,
          [ORG, OTHER],
          latestDecision(env.client, 'history-withdrawal'),
        );
        await move({ type: 'TERMINATE', party: ORG, reason: 'upphör' });
        await env.sleep('100 days');
        return 'history-withdrawal';
      },
      // A start that brings its problem definition: the organisations answer the invitation and agree to it.
      'start-with-problem-definition': async () => {
        const problemDefinition = { challenge: 'c', targetGroup: 't', goals: ['g'], developmentAreas: ['COLLABORATION' as const] };
        const move = await start(env.client, 'history-start-with-problem-definition', [ORG, OTHER], { problemDefinition });
        await move({ type: 'RESPOND_TO_INVITATION', party: OTHER, accept: true });
        await move({ type: 'AGREE_TO_PROBLEM_DEFINITION', party: ORG });
        await move({ type: 'AGREE_TO_PROBLEM_DEFINITION', party: OTHER });
        await move({ type: 'RECORD_MEETING', party: 'PUBLIC', date: await today(), minutes: 'm', attendees: [{ party: 'PUBLIC', names: ['A'] }] });
        return 'history-start-with-problem-definition';
      },
      // Rules version 3: the levels chosen per phase, an organisation's profile, why IOP and the state aid assessed on
      // the way to signature, the decision's justering and anslag recorded after it and its legal force (a timer), then
      // one organisation's own notice (a timer) while the other goes on, and the public party's notice. Since rules
      // version 4 the signed agreement waits for that legal force and enters into force with it.
      'legal-and-democratic-frame': async () => {
        // Opened at the instant its input carries, as the API starts a partnership.
        const openedAt = new Date(await env.currentTimeMs()).toISOString();
        const move = await start(env.client, 'history-legal-frame', [ORG, OTHER], { openedAt });
        const day = await today();
        await move({ type: 'RESPOND_TO_INVITATION', party: OTHER, accept: true });
        await move({
          type: 'PROPOSE_PHASE_LEVELS',
          party: 'PUBLIC',
          levels: [
            { phase: 'DIALOGUE', level: 'DIALOGUE', reason: 'gemensam analys' },
            { phase: 'DRAFTING', level: 'PARTNERSHIP', reason: 'skrivs tillsammans' },
            { phase: 'POLITICAL_APPROVAL', level: null, reason: 'den offentliga partens beslut' },
          ],
        });
        await move({
          type: 'RECORD_ORGANISATION_PROFILE',
          party: ORG,
          organisationNumber: ORG,
          legalForm: 'NON_PROFIT_ASSOCIATION',
          registeredAsIdeburen: true,
          registeredSince: '2023-03-01',
          attachments: [{ kind: 'STATUTES', name: 'Stadgar', date: '2020-05-01' }],
        });
        await move({ type: 'RECORD_STATE_AID_ASSESSMENT', party: 'PUBLIC', conclusion: 'NO_ECONOMIC_ACTIVITY', reasons: 'ingen marknad' });
        await toSigned(
          async (c) => (c.type === 'RECORD_POLITICAL_DECISION' && c.outcome === 'APPROVED' ? move({ ...c, protocolApprovedOn: day }) : move(c)),
          day,
          [ORG, OTHER],
        );
        const decided = (await env.client.workflow.getHandle(partnershipWorkflowId('history-legal-frame')).query(getStateQuery)).decisions;
        await move({ type: 'RECORD_PROTOCOL_ANNOUNCEMENT', party: 'PUBLIC', decisionSeq: decided.at(-1)!.seq, announcedOn: day });
        await env.sleep('30 days');
        await move({ type: 'TERMINATE', party: OTHER, reason: 'lämnar' });
        await env.sleep('100 days');
        await move({ type: 'TERMINATE', party: 'PUBLIC', reason: 'upphör' });
        await env.sleep('100 days');
        return 'history-legal-frame';
      },
      // A long history that continues as new and goes on.
      'continue-as-new': async () => {
        const move = await start(env.client, 'history-continue', [ORG], { continueAsNewAfterEvents: 40 });
        await move({ type: 'PROPOSE_PROBLEM_DEFINITION', party: 'PUBLIC', challenge: 'c', targetGroup: 't', goals: ['g'], developmentAreas: [] });
        await move({ type: 'AGREE_TO_PROBLEM_DEFINITION', party: ORG });
        for (let i = 0; i < 8; i++)
          await move({
            type: 'RECORD_MEETING',
            party: 'PUBLIC',
            date: await today(),
            minutes: `m${i}`,
            attendees: [{ party: 'PUBLIC', names: ['A'] }],
          });
        // Moves are answered before their writes; the workflow continues as new once those are done.
        const handle = env.client.workflow.getHandle(partnershipWorkflowId('history-continue'));
        const first = (await handle.describe()).runId;
        for (let i = 0; i < 100 && (await handle.describe()).runId === first; i++) await new Promise((resolve) => setTimeout(resolve, 100));
        return 'history-continue';
      },
    };
  },
});
