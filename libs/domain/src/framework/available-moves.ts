import type { CommandContext } from '../kernel/context';
import type { PartyKey } from '../kernel/parties';
import { PUBLIC_PARTY } from '../kernel/parties';
import type { Refusal } from '../kernel/refusal';
import { PRINCIPLES } from '../partnership/principle';
import type { FrameworkCommand, FrameworkCommandType } from './commands';
import { decideFramework } from './decide';
import { activeSteeringMembers, joinedOrganisations } from './membership';
import type { FrameworkState } from './state';
import { openTasksOf } from './tasks';
import { pendingDraft, versionInForce } from './versions';
import { JOINING_UNDERTAKINGS, type FrameworkTaskType } from './vocabulary';

/**
 * A move the party can make now, as `decideFramework` judges it. `taskId` is the open task it answers; `ref` the
 * path parameter of its route (an application's organisationsnummer, a meeting id, a member id, a version number,
 * a conference's year); `blockedBy` is set on a move refused only by a rule the party can see and act on (a full
 * sector of the steering group), so that a client can say why instead of hiding it.
 */
export interface AvailableFrameworkMove {
  type: FrameworkCommandType;
  taskId?: string;
  ref?: string;
  blockedBy?: Refusal;
}

/** A probe: a command with valid placeholder values, and what its entry says when the rules accept it. */
interface Probe {
  command: FrameworkCommand;
  move: AvailableFrameworkMove;
}

/** Placeholder texts: long enough for every rule (the API's length rules are its own). */
const TEXT = 'Platshållare / placeholder';

/** Refusals that keep the move on offer, with the reason: the party may act to lift them. */
const SHOWN_WHEN_BLOCKED = new Set(['STEERING_GROUP_UNEQUAL']);

/**
 * Every move the party could make in this state, each probed with `decideFramework`, the one source of truth for
 * what is accepted. An ended framework offers nothing.
 */
export function availableFrameworkMoves(state: FrameworkState, party: PartyKey, ctx: CommandContext): AvailableFrameworkMove[] {
  if (state.status === 'ENDED') return [];
  const moves: AvailableFrameworkMove[] = [];
  for (const probe of probesFor(state, party, ctx)) {
    const outcome = decideFramework(state, probe.command, ctx);
    if (outcome.ok) moves.push(probe.move);
    else if (SHOWN_WHEN_BLOCKED.has(outcome.refusal.code)) moves.push({ ...probe.move, blockedBy: outcome.refusal });
  }
  // One entry per type and ref: the first accepted probe wins over a blocked one of the same move, whichever was
  // probed first (the officer's public seat may be full while a civil-society seat is free).
  const sameMove = (a: AvailableFrameworkMove, b: AvailableFrameworkMove) => a.type === b.type && a.ref === b.ref;
  const winner = (m: AvailableFrameworkMove) => moves.find((o) => sameMove(o, m) && o.blockedBy === undefined) ?? moves.find((o) => sameMove(o, m));
  return moves.filter((m) => winner(m) === m);
}

const clean = (move: AvailableFrameworkMove): AvailableFrameworkMove =>
  Object.fromEntries(Object.entries(move).filter(([, v]) => v !== undefined)) as unknown as AvailableFrameworkMove;

function taskOf(state: FrameworkState, party: PartyKey, type: FrameworkTaskType, ref?: string): string | undefined {
  return openTasksOf(state, type, party).find((t) => ref === undefined || t.ref === ref)?.id;
}

const withTask = <T extends object>(fields: T, taskId: string | undefined): T & { taskId?: string } => (taskId ? { ...fields, taskId } : fields);

function probesFor(state: FrameworkState, party: PartyKey, ctx: CommandContext): Probe[] {
  const today = ctx.now.slice(0, 10);
  const year = Number(today.slice(0, 4));
  const probes: Probe[] = [];
  const add = (command: FrameworkCommand, extra: Omit<AvailableFrameworkMove, 'type'> = {}) =>
    probes.push({ command, move: clean({ type: command.type, ...extra }) });
  const inForce = versionInForce(state);

  add({
    type: 'PROPOSE_VERSION',
    party,
    period: { start: today },
    principles: PRINCIPLES.map((principle) => ({ principle, commitments: [{ id: '', text: TEXT, heldBy: 'BOTH' }] })),
    developmentAreas: [],
    joiningUndertakings: [],
    steeringGroup: { seatsPerSector: 1, meetingsPerYear: 4, reviewIntervalYears: 5 },
    summary: TEXT,
  });
  const draft = pendingDraft(state);
  if (draft) {
    add(
      {
        type: 'RECORD_ADOPTION_DECISION',
        party,
        version: draft.version,
        body: TEXT,
        meetingDate: today,
        diarienummer: 'DNR 1',
        paragraph: '§ 1',
        outcome: 'RETURNED',
        reasons: TEXT,
      },
      { ref: String(draft.version) },
    );
  }
  add({ type: 'APPLY_TO_JOIN', party, organisationName: TEXT, declaration: [...JOINING_UNDERTAKINGS], signatoryName: TEXT });
  for (const member of state.members.filter((m) => m.status === 'APPLIED')) {
    const task = taskOf(state, party, 'DECIDE_ON_APPLICATION', member.organisationNumber);
    add(withTask({ type: 'DECIDE_ON_APPLICATION', party, organisationNumber: member.organisationNumber, confirm: true }, task), {
      taskId: task,
      ref: member.organisationNumber,
    });
  }
  add({ type: 'LEAVE_FRAMEWORK', party });

  const term = { name: TEXT, organisationName: TEXT, termStart: today, termEnd: today };
  if (party === PUBLIC_PARTY) {
    add({ type: 'APPOINT_STEERING_GROUP_MEMBER', party, sector: 'PUBLIC', ...term });
    const organisation = joinedOrganisations(state)[0];
    if (organisation) add({ type: 'APPOINT_STEERING_GROUP_MEMBER', party, sector: 'CIVIL_SOCIETY', organisationNumber: organisation, ...term });
  } else {
    add({ type: 'APPOINT_STEERING_GROUP_MEMBER', party, sector: 'CIVIL_SOCIETY', organisationNumber: party, ...term });
  }
  for (const member of activeSteeringMembers(state, today)) {
    add({ type: 'END_STEERING_GROUP_MEMBERSHIP', party, memberId: member.id, endedOn: today }, { ref: String(member.id) });
  }
  const meetingTask = taskOf(state, party, 'HOLD_STEERING_GROUP_MEETING');
  add(
    withTask(
      { type: 'RECORD_STEERING_GROUP_MEETING', party, date: today, attendance: [{ sector: 'PUBLIC', names: [TEXT] }], minutes: TEXT },
      meetingTask,
    ),
    {
      taskId: meetingTask,
    },
  );
  if (party !== PUBLIC_PARTY) {
    const own = state.steeringGroup.filter((m) => m.organisationNumber === party);
    for (const meeting of state.meetings.filter((m) => own.some((member) => member.termStart <= m.date && m.date <= member.termEnd))) {
      add({ type: 'RECORD_SECTOR_ATTENDANCE', party, meetingId: meeting.id, names: [TEXT] }, { ref: String(meeting.id) });
    }
  }
  const conferenceTasks = openTasksOf(state, 'HOLD_FOLLOW_UP_CONFERENCE', party);
  const conferenceYears =
    conferenceTasks.length > 0
      ? conferenceTasks.map((t) => ({ year: Number(t.ref), taskId: t.id as string | undefined }))
      : [{ year, taskId: undefined }];
  for (const conference of conferenceYears) {
    add(
      withTask(
        {
          type: 'RECORD_FOLLOW_UP_CONFERENCE',
          party,
          year: conference.year,
          date: today,
          commitmentOutcomes: [],
          actionFollowUps: [],
          attendedBy: [PUBLIC_PARTY],
        },
        conference.taskId,
      ),
      { taskId: conference.taskId, ref: String(conference.year) },
    );
  }
  const area = inForce?.developmentAreas[0];
  if (area) {
    add({ type: 'SET_ACTION_PLAN', party, year, actions: [{ developmentArea: area, description: TEXT, responsible: TEXT, dueDate: today }] });
  }
  const reviewTask = taskOf(state, party, 'DECIDE_ON_REVIEW');
  add(
    withTask(
      {
        type: 'RECORD_REVIEW_DECISION',
        party,
        reviewOutcome: 'CONTINUE',
        body: TEXT,
        meetingDate: today,
        diarienummer: 'DNR 1',
        paragraph: '§ 1',
        outcome: 'APPROVED',
      },
      reviewTask,
    ),
    { taskId: reviewTask },
  );
  add({ type: 'END_FRAMEWORK', party, endedOn: today, statement: TEXT });
  return probes;
}
