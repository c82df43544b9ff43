import { approvingDecisionOfRound } from './legal-force-gate';
import { addDays } from '../dates';
import { CommandContext, PartyKey, PUBLIC_PARTY, type Refusal } from '../kernel';
import { FORUM_KEYS, type LegalBasisTerms, SKR_CRITERIA } from '../legal-frame';
import {
  activeOrganisations,
  activeParties,
  CommandType,
  decide,
  draftApprovalRefusals,
  latestDraft,
  PartnershipCommand,
  PartnershipState,
  PRINCIPLES,
  ReviewDecision,
  Task,
  TaskType,
} from './index';

/**
 * A move the party can make now, as `decide()` judges it. `taskId` is the open task it answers, `ref` what it is
 * about (a draft version, a follow-up's due date), `decision` which answer of a review it is; `blockedBy` is set
 * only on an approval the draft's content still prevents, so that a client can say why instead of hiding it.
 */
export interface AvailableMove {
  type: CommandType;
  taskId?: string;
  ref?: string;
  decision?: ReviewDecision;
  /** The parties the move may name (a meeting's attendance, a draft's contributions): those still taking part. */
  parties?: PartyKey[];
  blockedBy?: Refusal;
}

/** A probe: a command with valid placeholder values, and what its entry says when `decide()` accepts it. */
interface Probe {
  command: PartnershipCommand;
  move: AvailableMove;
}

/** Placeholder texts: long enough for every rule (the API's length rules are its own, not decide's). */
const TEXT = 'Platshållare / placeholder';

const LEGAL_BASIS_PROBE: LegalBasisTerms = {
  criteria: Object.fromEntries(SKR_CRITERIA.map((c) => [c, { assessment: 'MET', comment: TEXT }])) as LegalBasisTerms['criteria'],
  forumKeys: Object.fromEntries(FORUM_KEYS.map((k) => [k, TEXT])) as LegalBasisTerms['forumKeys'],
  conclusion: TEXT,
};

/**
 * Every move the party could make in this state, each probed with `decide()`, the one source of truth for what is
 * accepted: a rule added there is honoured here unasked. An ended partnership and a party that is not in it get
 * nothing; a party that declined or withdrew gets what the rules still let it do (nothing, today).
 */
export function availableMoves(state: PartnershipState, party: PartyKey, ctx: CommandContext): AvailableMove[] {
  if (state.ended) return [];
  const moves: AvailableMove[] = [];
  for (const probe of probesFor(state, party, ctx)) {
    const outcome = decide(state, probe.command, ctx);
    if (outcome.ok) {
      moves.push(probe.move);
      continue;
    }
    const blockedByContent = contentRefusal(state, probe.command, outcome.refusal, ctx);
    if (blockedByContent) moves.push({ ...probe.move, blockedBy: blockedByContent });
  }
  return moves;
}

/** An approval refused only because of what the latest draft says: a new draft, not another state, would lift it. */
function contentRefusal(state: PartnershipState, command: PartnershipCommand, refusal: Refusal, ctx: CommandContext): Refusal | undefined {
  if (command.type !== 'REVIEW_DRAFT' || command.decision !== 'APPROVED') return undefined;
  const draft = latestDraft(state);
  if (!draft) return undefined;
  // The same command asking for changes must pass: then phase, party and task are fine and only the content is left.
  const changes = decide(state, { ...command, decision: 'CHANGES_REQUESTED' }, ctx);
  if (!changes.ok) return undefined;
  return draftApprovalRefusals(state, draft).some((r) => r.code === refusal.code) ? refusal : undefined;
}

const openTasks = (state: PartnershipState, party: PartyKey, type: TaskType): Task[] =>
  state.tasks.filter((t) => t.status === 'OPEN' && t.addressedTo === party && t.type === type);

/** The open task of this type addressed to the party (about `ref`, where given), for the move to name. */
function taskOf(state: PartnershipState, party: PartyKey, type: TaskType, ref?: string): string | undefined {
  return openTasks(state, party, type).find((t) => ref === undefined || t.ref === ref)?.id;
}

/** `taskId` only when there is one: an absent key, as the API sends a move that names no task. */
const withTask = <T extends object>(fields: T, taskId: string | undefined): T & { taskId?: string } => (taskId ? { ...fields, taskId } : fields);

function probesFor(state: PartnershipState, party: PartyKey, ctx: CommandContext): Probe[] {
  const today = ctx.now.slice(0, 10);
  const probes: Probe[] = [];
  const add = (command: PartnershipCommand, extra: Omit<AvailableMove, 'type'> = {}) =>
    probes.push({ command, move: { type: command.type, ...(dropUndefined(extra) as Omit<AvailableMove, 'type'>) } });

  const invitation = taskOf(state, party, 'RESPOND_TO_INVITATION');
  add(withTask({ type: 'RESPOND_TO_INVITATION', party, accept: true }, invitation), { taskId: invitation });
  add({ type: 'WITHDRAW_ORGANISATION', party, reason: TEXT });
  // Its own profile only: `ref` names the organisation, which the route's path carries.
  const confirmation = taskOf(state, party, 'CONFIRM_ORGANISATION_PROFILE');
  add(
    withTask(
      {
        type: 'RECORD_ORGANISATION_PROFILE',
        party,
        organisationNumber: party,
        legalForm: 'NON_PROFIT_ASSOCIATION',
        registeredAsIdeburen: false,
        attachments: [],
      },
      confirmation,
    ),
    { taskId: confirmation, ref: party },
  );
  if (state.phase !== 'ENDED') add({ type: 'PROPOSE_PHASE_LEVELS', party, levels: [{ phase: state.phase, level: null, reason: TEXT }] });
  add({ type: 'PROPOSE_PROBLEM_DEFINITION', party, challenge: TEXT, targetGroup: TEXT, goals: [TEXT], developmentAreas: [] });
  const agreement = taskOf(state, party, 'AGREE_PROBLEM_DEFINITION');
  add(withTask({ type: 'AGREE_TO_PROBLEM_DEFINITION', party }, agreement), { taskId: agreement });

  // A meeting naming every active party: the widest attendance a meeting may have, so no party's absence refuses it.
  const parties = activeParties(state);
  const attendees = parties.map((p) => ({ party: p, names: [TEXT] }));
  add({ type: 'RECORD_MEETING', party, date: today, attendees, minutes: TEXT }, { parties });
  for (const task of openTasks(state, party, 'HOLD_FOLLOW_UP_MEETING')) {
    add(
      { type: 'RECORD_MEETING', party, date: today, attendees, minutes: TEXT, followUpDueDate: task.ref },
      { taskId: task.id, ref: task.ref, parties },
    );
  }
  const input = taskOf(state, party, 'GIVE_INPUT');
  add(withTask({ type: 'SUBMIT_INPUT', party, text: TEXT }, input), { taskId: input });
  add({ type: 'SET_SHARED_GOAL', party, sharedGoal: TEXT });
  add({ type: 'RECORD_LEGAL_BASIS', party, ...LEGAL_BASIS_PROBE });
  // A conclusion without de minimis aid: the probe asks whether the officer may assess, not what aid fits.
  add({ type: 'RECORD_STATE_AID_ASSESSMENT', party, conclusion: 'NO_ECONOMIC_ACTIVITY', reasons: TEXT });
  const declaration = taskOf(state, party, 'DECLARE_DE_MINIMIS_AID');
  add(withTask({ type: 'DECLARE_DE_MINIMIS_AID', party, none: true, aids: [] }, declaration), { taskId: declaration });
  add({ type: 'CLOSE_DIALOGUE', party });

  add(
    {
      type: 'SUBMIT_DRAFT',
      party,
      purpose: TEXT,
      sharedGoal: TEXT,
      contributions: [
        { party: PUBLIC_PARTY, amountSek: 1 },
        ...activeOrganisations(state).map((o) => ({ party: o, amountSek: 0, ownContribution: TEXT })),
      ],
      startDate: today,
      endDate: addDays(today, 364),
      followUpPlan: TEXT,
      governance: TEXT,
      terminationTerms: TEXT,
      terminationNoticeMonths: 0,
      principles: Object.fromEntries(PRINCIPLES.map((p) => [p, TEXT])),
    },
    { parties },
  );
  const draft = latestDraft(state);
  if (draft) {
    const ref = String(draft.version);
    const review = taskOf(state, party, 'APPROVE_DRAFT', ref);
    for (const decision of ['APPROVED', 'CHANGES_REQUESTED'] as const) {
      add(withTask({ type: 'REVIEW_DRAFT', party, version: draft.version, decision }, review), { taskId: review, ref, decision });
    }
  }
  const decisionTask = taskOf(state, party, 'RECORD_DECISION');
  // Probed as a rejection: an approval may depend on the organisations' de minimis ledgers (rules version 3), which
  // the API reads only when a decision is sent, and the decision may be recorded whichever its outcome.
  add(
    {
      type: 'RECORD_POLITICAL_DECISION',
      party,
      body: TEXT,
      meetingDate: today,
      diarienummer: 'DNR 1',
      paragraph: '§ 1',
      outcome: 'REJECTED',
      reasons: TEXT,
    },
    { taskId: decisionTask, ref: draft ? String(draft.version) : undefined },
  );
  // The latest decision's anslag, when it came after the meeting: `ref` is the decision's number, the route's path.
  const lastDecision = state.decisions[state.decisions.length - 1];
  if (lastDecision?.outcome === 'APPROVED') {
    const ref = String(lastDecision.seq);
    add(
      {
        type: 'RECORD_PROTOCOL_ANNOUNCEMENT',
        party,
        decisionSeq: lastDecision.seq,
        announcedOn: addDays(lastDecision.protocolApprovedOn ?? lastDecision.meetingDate, 1),
      },
      { ref },
    );
    // An appeal lodged on the meeting day is within any window; its outcome probed as upheld, dated the day it came in.
    add({ type: 'RECORD_APPEAL', party, decisionSeq: lastDecision.seq, court: TEXT, caseNumber: TEXT, lodgedOn: lastDecision.meetingDate }, { ref });
    const decidedOn = lastDecision.appeal?.lodgedOn ?? lastDecision.meetingDate;
    add({ type: 'RECORD_APPEAL_OUTCOME', party, decisionSeq: lastDecision.seq, outcome: 'UPHELD', decidedOn }, { ref });
    add({ type: 'RECORD_SIGNING_BEFORE_LEGAL_FORCE', party, decisionSeq: lastDecision.seq, reason: TEXT }, { ref });
  }
  const signature = taskOf(state, party, 'SIGN');
  // Rules version 5: probed on the document the approving decision names, the one the page shows to read.
  const documentSha256 = approvingDecisionOfRound(state)?.agreementDocument?.sha256;
  add(withTask({ type: 'SIGN', party, signatoryName: TEXT, ...(documentSha256 ? { documentSha256 } : {}) }, signature), {
    taskId: signature,
    ref: draft ? String(draft.version) : undefined,
  });
  for (const task of openTasks(state, party, 'SUBMIT_FOLLOW_UP_REPORT')) {
    add({ type: 'SUBMIT_FOLLOW_UP_REPORT', party, dueDate: task.ref ?? '', summary: TEXT, taskId: task.id }, { taskId: task.id, ref: task.ref });
  }
  add({ type: 'PROPOSE_AMENDMENT', party, reason: TEXT });
  add({ type: 'START_RENEWAL', party });
  add({ type: 'TERMINATE', party, reason: TEXT });
  return probes;
}

function dropUndefined(value: object): object {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
