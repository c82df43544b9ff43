import { addDays, addMonths, compareDates, isIsoDate } from '../dates';
import type { StepEvidence, ParticipationLevel } from '../participation-level';
import { deriveReachedLevel } from '../participation-level';
import type { NewPartnership, ResponsibleParty, StepRecord, StepTerms } from '../partnership';
import { canMoveToPhase, Phase } from '../phase';
import { PRINCIPLES } from '../principle';
import { accept, Refusal, RuleResult } from '../refusal';
import type { CommandContext, PartnershipCommand, TimerEvent } from './commands';
import { Refusals } from './refusals';
import { assertKnownRulesVersion, CURRENT_RULES_VERSION, rulesVersionOf } from './rules-version';
import { attendingParties, checkStorable, namedAttendance } from './storable';
import {
  Agreement,
  DraftVersion,
  MeetingAttendance,
  PartnershipState,
  PartyKey,
  PoliticalDecision,
  PUBLIC_PARTY,
  RoundKind,
  Signature,
} from './state';
import { cancelTasks, completeTasks, openTask } from './tasks';

/** The outcome of an accepted move: the new state, the steps to record, and the warnings to show. */
export interface Outcome {
  state: PartnershipState;
  steps: StepRecord[];
  warnings: Refusal[];
}

type Command<T extends PartnershipCommand['type']> = Extract<PartnershipCommand, { type: T }>;

type Check = RuleResult<true>;
const OK: Check = { ok: true, value: true };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * A step's terms as the state is stored (JSON: an absent `reasons` is no key at all), and a copy, so that the
 * step hashed into the chain and the row written from the state hold the same thing.
 */
const asStored = (terms: StepTerms): StepTerms => clone(terms);

/** Builds the steps of one move; keys are unique per partnership because each move raises the revision. */
class StepLog {
  readonly steps: StepRecord[] = [];
  constructor(
    private readonly state: PartnershipState,
    private readonly ctx: CommandContext,
  ) {}

  add(action: string, responsible: ResponsibleParty, levelAimedFor: ParticipationLevel, evidence: StepEvidence, phase?: Phase): StepRecord {
    const step: StepRecord = {
      stepKey: `${this.state.revision}.${this.steps.length + 1}.${action}`,
      phase: phase ?? this.state.phase,
      action,
      responsible,
      levelAimedFor,
      levelReached: deriveReachedLevel(evidence),
      actor: this.ctx.actor,
      occurredAt: this.ctx.now,
      evidence,
    };
    this.steps.push(step);
    return step;
  }
}

const responsibleOf = (party: PartyKey): ResponsibleParty =>
  party === PUBLIC_PARTY ? { kind: 'PUBLIC' } : { kind: 'ORGANISATION', organisationNumber: party };

/** Parties still taking part: the public party and every organisation that has neither declined nor withdrawn. */
export function activeParties(state: PartnershipState): PartyKey[] {
  return [PUBLIC_PARTY, ...activeOrganisations(state)];
}

export function activeOrganisations(state: PartnershipState): PartyKey[] {
  return state.organisations.filter((o) => o.status === 'INVITED' || o.status === 'ACCEPTED').map((o) => o.organisationNumber);
}

const othersThan = (state: PartnershipState, party: PartyKey) => activeParties(state).filter((p) => p !== party);

export function latestDraft(state: PartnershipState): DraftVersion | undefined {
  const inRound = state.drafts.filter((d) => d.round === state.round.number);
  return inRound[inRound.length - 1];
}

/**
 * A new partnership: the public party invites the organisations, each of which gets a task to answer. It keeps the
 * rules version it was opened under for its whole life (the workflow passes 1 when it replays an older history).
 */
export function openPartnership(
  partnershipId: string,
  partnership: NewPartnership,
  ctx: CommandContext,
  rulesVersion: number = CURRENT_RULES_VERSION,
): Outcome {
  assertKnownRulesVersion(rulesVersion);
  const state: PartnershipState = {
    partnershipId,
    rulesVersion,
    revision: 0,
    phase: 'PROBLEM_DEFINITION',
    title: partnership.title,
    publicParty: partnership.publicParty,
    organisations: partnership.organisations.map((o) => ({ ...o, status: 'INVITED' })),
    dialogue: { meetings: [], inputs: [] },
    round: { number: 1, kind: 'INITIAL', openedAt: ctx.now },
    drafts: [],
    decisions: [],
    signatures: [],
    agreements: [],
    followUps: [],
    tasks: [],
    counters: { meeting: 0, input: 0, task: 0, decision: 0 },
  };
  const log = new StepLog(state, ctx);
  for (const organisation of state.organisations) openTask(state, 'RESPOND_TO_INVITATION', organisation.organisationNumber, ctx.now);
  log.add('PARTNERSHIP_OPENED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  return { state, steps: log.steps, warnings: [] };
}

/**
 * Decides one move. Pure: the same state, command and context give the same outcome, so the workflow can run it
 * in the update's validator (to refuse before anything is written) and again in the handler.
 */
export function decide(current: PartnershipState, command: PartnershipCommand, ctx: CommandContext): RuleResult<Outcome> {
  if (current.ended) return Refusals.ended();
  // Before any rule that could echo the command's values in its refusal, which must be storable itself.
  if (rulesVersionOf(current) >= 2) {
    const storable = checkStorable(command);
    if (!storable.ok) return storable;
  }
  const party = checkParty(current, command.party);
  if (!party.ok) return party;
  const state = clone(current);
  state.revision += 1;
  const log = new StepLog(state, ctx);
  const warnings: Refusal[] = [];
  const result = apply(state, command, ctx, log, warnings);
  if (!result.ok) return result;
  assertPhaseChange(current.phase, state.phase);
  return accept({ state, steps: log.steps, warnings });
}

function checkParty(state: PartnershipState, party: PartyKey): RuleResult<PartyKey> {
  if (party === PUBLIC_PARTY) return accept(party);
  const organisation = state.organisations.find((o) => o.organisationNumber === party);
  if (!organisation) return Refusals.unknownParty(party);
  return accept(party);
}

function requirePhase(state: PartnershipState, ...allowed: Phase[]): Check {
  return allowed.includes(state.phase) ? OK : Refusals.wrongPhase(state.phase, allowed);
}

function requireActive(state: PartnershipState, party: PartyKey): Check {
  return activeParties(state).includes(party) ? OK : Refusals.partyNotActive(party);
}

/** Where a move names the task it answers, the task must be open and addressed to the acting party. */
function checkTask(state: PartnershipState, party: PartyKey, taskId: string | undefined): Check {
  if (!taskId) return OK;
  const task = state.tasks.find((t) => t.id === taskId);
  if (task && task.addressedTo !== party) return Refusals.taskOfAnotherParty();
  if (!task || task.status !== 'OPEN') return Refusals.taskNotOpen();
  return OK;
}

/** An organisation's first answer is also its acceptance of the invitation. */
function acceptImplicitly(state: PartnershipState, party: PartyKey, now: string): void {
  const organisation = state.organisations.find((o) => o.organisationNumber === party);
  if (organisation?.status === 'INVITED') {
    organisation.status = 'ACCEPTED';
    completeTasks(state, now, (t) => t.type === 'RESPOND_TO_INVITATION' && t.addressedTo === party);
  }
}

function all(...results: Check[]): Check {
  return results.find((result) => !result.ok) ?? OK;
}

function apply(
  state: PartnershipState,
  command: PartnershipCommand,
  ctx: CommandContext,
  log: StepLog,
  warnings: Refusal[],
): RuleResult<true> {
  switch (command.type) {
    case 'RESPOND_TO_INVITATION':
      return respondToInvitation(state, command, ctx, log);
    case 'WITHDRAW_ORGANISATION':
      return withdraw(state, command, ctx, log);
    case 'PROPOSE_PROBLEM_DEFINITION':
      return proposeProblemDefinition(state, command, ctx, log);
    case 'AGREE_TO_PROBLEM_DEFINITION':
      return agreeToProblemDefinition(state, command, ctx, log);
    case 'RECORD_MEETING':
      return recordMeeting(state, command, ctx, log);
    case 'SUBMIT_INPUT':
      return submitInput(state, command, ctx, log);
    case 'SET_SHARED_GOAL':
      return setSharedGoal(state, command, log);
    case 'CLOSE_DIALOGUE':
      return closeDialogue(state, command, ctx, log);
    case 'SUBMIT_DRAFT':
      return submitDraft(state, command, ctx, log, warnings);
    case 'REVIEW_DRAFT':
      return reviewDraft(state, command, ctx, log);
    case 'RECORD_POLITICAL_DECISION':
      return recordDecision(state, command, ctx, log);
    case 'SIGN':
      return sign(state, command, ctx, log);
    case 'SUBMIT_FOLLOW_UP_REPORT':
      return submitFollowUpReport(state, command, ctx, log);
    case 'PROPOSE_AMENDMENT':
      return openRound(state, command.party, 'AMENDMENT', command.reason, ctx, log);
    case 'START_RENEWAL':
      return openRound(state, command.party, 'RENEWAL', command.reason, ctx, log);
    case 'TERMINATE':
      return terminate(state, command, ctx, log);
  }
}

function respondToInvitation(state: PartnershipState, command: Command<'RESPOND_TO_INVITATION'>, ctx: CommandContext, log: StepLog): Check {
  if (command.party === PUBLIC_PARTY) return Refusals.organisationOnly('answer an invitation', 'besvara en inbjudan');
  // Checked first: naming another party's task is refused whatever the state of one's own invitation. No recorded
  // history carries a taskId on this move (the API refused the field until now), so no rules version is needed.
  const task = checkTask(state, command.party, command.taskId);
  if (!task.ok) return task;
  const organisation = state.organisations.find((o) => o.organisationNumber === command.party)!;
  if (organisation.status !== 'INVITED') return Refusals.invitationAnswered();
  const beforeSignature = requirePhase(state, 'PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'POLITICAL_APPROVAL', 'SIGNATURE');
  if (!beforeSignature.ok || state.agreement) return Refusals.withdrawAfterSignature();
  completeTasks(state, ctx.now, (t) => t.type === 'RESPOND_TO_INVITATION' && t.addressedTo === command.party);
  if (command.accept) {
    organisation.status = 'ACCEPTED';
    log.add('INVITATION_ACCEPTED', responsibleOf(command.party), 'INFORMATION', { informed: [PUBLIC_PARTY] });
    return OK;
  }
  organisation.status = 'DECLINED';
  organisation.statusReason = command.reason;
  log.add('INVITATION_DECLINED', responsibleOf(command.party), 'INFORMATION', { informed: [PUBLIC_PARTY] });
  return leaveProcess(state, command.party, ctx, log);
}

function withdraw(state: PartnershipState, command: Command<'WITHDRAW_ORGANISATION'>, ctx: CommandContext, log: StepLog): Check {
  if (command.party === PUBLIC_PARTY) return Refusals.organisationOnly('withdraw', 'dra sig ur');
  const active = requireActive(state, command.party);
  if (!active.ok) return active;
  if (state.agreement || state.phase === 'IMPLEMENTATION') return Refusals.withdrawAfterSignature();
  const organisation = state.organisations.find((o) => o.organisationNumber === command.party)!;
  organisation.status = 'WITHDRAWN';
  organisation.statusReason = command.reason;
  log.add('ORGANISATION_WITHDRAWN', responsibleOf(command.party), 'INFORMATION', { informed: [PUBLIC_PARTY] });
  return leaveProcess(state, command.party, ctx, log);
}

/**
 * After an organisation declines or withdraws: its tasks go, the process ends if no organisation remains, and
 * otherwise a step waiting only for that organisation is now complete.
 */
function leaveProcess(state: PartnershipState, party: PartyKey, ctx: CommandContext, log: StepLog): RuleResult<true> {
  cancelTasks(state, ctx.now, (t) => t.addressedTo === party);
  if (activeOrganisations(state).length === 0) {
    end(state, 'NO_ORGANISATIONS_LEFT', ctx, log, 'Ingen idéburen organisation återstår / no organisation remains');
    return OK;
  }
  advanceWhenComplete(state, ctx, log);
  return OK;
}

function advanceWhenComplete(state: PartnershipState, ctx: CommandContext, log: StepLog): void {
  const parties = activeParties(state);
  if (state.phase === 'PROBLEM_DEFINITION' && state.problemDefinition) {
    if (parties.every((p) => state.problemDefinition!.agreedBy.includes(p))) adoptProblemDefinition(state, ctx, log);
  } else if (state.phase === 'DRAFTING') {
    const draft = latestDraft(state);
    const approvedByAll = draft && parties.every((p) => draft.reviews.some((r) => r.party === p && r.decision === 'APPROVED'));
    // Since version 2 a party's leaving can also make the approvals it leaves behind insufficient: a draft naming
    // its contribution is not agreed, whoever approved it before.
    const blocked = draft && rulesVersionOf(state) >= 2 && draftApprovalRefusals(state, draft).length > 0;
    if (draft && approvedByAll && !blocked) {
      draftApprovedByAll(state, draft, ctx, log);
    }
  } else if (state.phase === 'SIGNATURE') {
    const signed = state.signatures.filter((s) => s.round === state.round.number).map((s) => s.party);
    if (parties.every((p) => signed.includes(p))) agreementSigned(state, ctx, log);
  }
}

function proposeProblemDefinition(state: PartnershipState, command: Command<'PROPOSE_PROBLEM_DEFINITION'>, ctx: CommandContext, log: StepLog): Check {
  const ok = all(requirePhase(state, 'PROBLEM_DEFINITION'), requireActive(state, command.party));
  if (!ok.ok) return ok;
  acceptImplicitly(state, command.party, ctx.now);
  state.problemDefinition = {
    challenge: command.challenge,
    targetGroup: command.targetGroup,
    goals: command.goals,
    developmentAreas: command.developmentAreas,
    proposedBy: command.party,
    proposedAt: ctx.now,
    // The proposer stands behind its own proposal; a new proposal asks everybody again.
    agreedBy: [command.party],
  };
  cancelTasks(state, ctx.now, (t) => t.type === 'AGREE_PROBLEM_DEFINITION');
  for (const other of othersThan(state, command.party)) openTask(state, 'AGREE_PROBLEM_DEFINITION', other, ctx.now);
  log.add('PROBLEM_DEFINITION_PROPOSED', responsibleOf(command.party), 'DIALOGUE', {
    informed: othersThan(state, command.party),
    initiatedByOrganisation: command.party !== PUBLIC_PARTY,
  });
  advanceWhenComplete(state, ctx, log);
  return OK;
}

function agreeToProblemDefinition(state: PartnershipState, command: Command<'AGREE_TO_PROBLEM_DEFINITION'>, ctx: CommandContext, log: StepLog): Check {
  const ok = all(requirePhase(state, 'PROBLEM_DEFINITION'), requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  const definition = state.problemDefinition;
  if (!definition) return Refusals.noProblemDefinition();
  if (definition.agreedBy.includes(command.party)) return Refusals.alreadyAgreed();
  acceptImplicitly(state, command.party, ctx.now);
  definition.agreedBy.push(command.party);
  completeTasks(state, ctx.now, (t) => t.type === 'AGREE_PROBLEM_DEFINITION' && t.addressedTo === command.party);
  log.add('PROBLEM_DEFINITION_AGREED', responsibleOf(command.party), 'CONSULTATION', {
    informed: othersThan(state, command.party),
    answered: [command.party],
    initiatedByOrganisation: definition.proposedBy !== PUBLIC_PARTY,
  });
  advanceWhenComplete(state, ctx, log);
  return OK;
}

function adoptProblemDefinition(state: PartnershipState, ctx: CommandContext, log: StepLog): void {
  log.add('PROBLEM_DEFINITION_ADOPTED', { kind: 'JOINT' }, 'PARTNERSHIP', { coDecidedBy: [...state.problemDefinition!.agreedBy] });
  state.phase = 'DIALOGUE';
  for (const organisation of activeOrganisations(state)) openTask(state, 'GIVE_INPUT', organisation, ctx.now);
}

function recordMeeting(state: PartnershipState, command: Command<'RECORD_MEETING'>, ctx: CommandContext, log: StepLog): Check {
  const followUp = command.followUpDueDate !== undefined;
  const ok = all(followUp ? requirePhase(state, 'IMPLEMENTATION', 'DRAFTING', 'POLITICAL_APPROVAL', 'SIGNATURE') : requirePhase(state, 'DIALOGUE'));
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record a meeting (it convenes them)', 'föra in ett möte (den kallar till dem)');
  const known = activeParties(state);
  if (command.attendees.some((a) => !known.includes(a.party))) return Refusals.meetingNeedsBothSides();
  const named = rulesVersionOf(state) >= 2 ? namedAttendance(command.attendees) : accept(command.attendees);
  if (!named.ok) return named;
  const attendees = named.value;
  let followUpEntry;
  if (followUp) {
    followUpEntry = state.followUps.find((f) => f.dueDate === command.followUpDueDate);
    if (!followUpEntry || !state.agreement) return Refusals.followUpNotDue(command.followUpDueDate!);
  }
  state.counters.meeting += 1;
  const meeting = {
    id: state.counters.meeting,
    purpose: followUp ? ('FOLLOW_UP' as const) : ('DIALOGUE' as const),
    date: command.date,
    attendees,
    minutes: command.minutes,
    followUpDueDate: command.followUpDueDate,
  };
  state.dialogue.meetings.push(meeting);
  // Version 2 has already dropped the entries without a name, so both versions count the entries left with one.
  const attendedBy = attendees.filter((a) => a.names.length > 0).map((a) => a.party);
  if (followUpEntry) {
    followUpEntry.meetingId = meeting.id;
    completeTasks(state, ctx.now, (t) => t.type === 'HOLD_FOLLOW_UP_MEETING' && t.ref === followUpEntry!.dueDate);
    log.add('FOLLOW_UP_MEETING_HELD', { kind: 'JOINT' }, 'DIALOGUE', { meetings: [{ attendedBy }] }, 'IMPLEMENTATION');
  } else {
    log.add('DIALOGUE_MEETING_HELD', { kind: 'PUBLIC' }, 'DIALOGUE', { meetings: [{ attendedBy }] });
  }
  return OK;
}

function submitInput(state: PartnershipState, command: Command<'SUBMIT_INPUT'>, ctx: CommandContext, log: StepLog): Check {
  const ok = all(requirePhase(state, 'DIALOGUE'), requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  acceptImplicitly(state, command.party, ctx.now);
  state.counters.input += 1;
  state.dialogue.inputs.push({ id: state.counters.input, party: command.party, text: command.text, submittedAt: ctx.now });
  completeTasks(state, ctx.now, (t) => t.type === 'GIVE_INPUT' && t.addressedTo === command.party);
  log.add('WRITTEN_INPUT_SUBMITTED', responsibleOf(command.party), 'CONSULTATION', { answered: [command.party] });
  return OK;
}

function setSharedGoal(state: PartnershipState, command: Command<'SET_SHARED_GOAL'>, log: StepLog): Check {
  const ok = requirePhase(state, 'DIALOGUE');
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record the shared goal', 'föra in det gemensamma målet');
  state.dialogue.sharedGoal = command.sharedGoal;
  log.add('SHARED_GOAL_RECORDED', { kind: 'JOINT' }, 'DIALOGUE', { informed: activeOrganisations(state) });
  return OK;
}

function closeDialogue(state: PartnershipState, command: Command<'CLOSE_DIALOGUE'>, ctx: CommandContext, log: StepLog): Check {
  const ok = requirePhase(state, 'DIALOGUE');
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('close the dialogue', 'avsluta dialogen');
  if (!state.dialogue.sharedGoal) return Refusals.sharedGoalMissing();
  state.dialogue.closedAt = ctx.now;
  cancelTasks(state, ctx.now, (t) => t.type === 'GIVE_INPUT');
  // The phase as a whole reached what its meetings and written inputs show; since version 2 a meeting counts the
  // same attendance as its own step did, where version 1 counted every party listed, named or not.
  const attendedBy = rulesVersionOf(state) >= 2 ? attendingParties : (attendees: MeetingAttendance[]) => attendees.map((a) => a.party);
  log.add('DIALOGUE_CLOSED', { kind: 'PUBLIC' }, 'DIALOGUE', {
    informed: activeOrganisations(state),
    answered: [...new Set(state.dialogue.inputs.map((i) => i.party))],
    meetings: state.dialogue.meetings.filter((m) => m.purpose === 'DIALOGUE').map((m) => ({ attendedBy: attendedBy(m.attendees) })),
  });
  state.phase = 'DRAFTING';
  return OK;
}

/**
 * The rules that refuse an approval: every principle addressed, an own contribution from each organisation, and
 * (since version 2) no contribution of a party that declined or withdrew after the draft was submitted.
 */
export function draftApprovalRefusals(state: PartnershipState, draft: DraftVersion): Refusal[] {
  const refusals: Refusal[] = [];
  if (rulesVersionOf(state) >= 2) {
    const active = activeParties(state);
    const gone = draft.contributions.find((c) => !active.includes(c.party));
    const r = gone && Refusals.contributionPartyNotActive(draft.version, gone.party);
    if (r && !r.ok) refusals.push(r.refusal);
  }
  const unaddressed = PRINCIPLES.filter((p) => !draft.principles[p]?.trim());
  if (unaddressed.length > 0) {
    const r = Refusals.principleUnaddressed(unaddressed);
    if (!r.ok) refusals.push(r.refusal);
  }
  const missing = activeOrganisations(state).filter(
    (o) => !draft.contributions.some((c) => c.party === o && c.ownContribution?.trim()),
  );
  if (missing.length > 0) {
    const r = Refusals.ownContributionMissing(missing);
    if (!r.ok) refusals.push(r.refusal);
  }
  return refusals;
}

/** Rules that only warn: worth a second look, but an IOP may legitimately be written that way. */
function draftWarnings(state: PartnershipState, draft: DraftVersion): Refusal[] {
  const warnings = draftApprovalRefusals(state, draft);
  const grant = draft.contributions.find((c) => c.party === PUBLIC_PARTY)?.amountSek ?? 0;
  if (grant === 0) {
    warnings.push({
      code: 'NO_PUBLIC_GRANT',
      message: { sv: 'Den offentliga parten bidrar inte med pengar.', en: 'The public party contributes no money.' },
      kind: 'INVALID',
    });
  }
  const years = (Date.parse(draft.endDate) - Date.parse(draft.startDate)) / (365.25 * 86400000);
  if (years > 5) {
    warnings.push({
      code: 'LONG_TERM_WITHOUT_REVIEW',
      message: {
        sv: 'Avtalet löper över fem år: planera en översyn minst vart femte år.',
        en: 'The agreement runs over five years: plan a review at least every fifth year.',
      },
      kind: 'INVALID',
    });
  }
  return warnings;
}

function submitDraft(state: PartnershipState, command: Command<'SUBMIT_DRAFT'>, ctx: CommandContext, log: StepLog, warnings: Refusal[]): Check {
  const ok = all(requirePhase(state, 'DRAFTING'), requireActive(state, command.party));
  if (!ok.ok) return ok;
  if (!isIsoDate(command.startDate) || !isIsoDate(command.endDate) || compareDates(command.endDate, command.startDate) <= 0) {
    return Refusals.draftDates();
  }
  const active = activeParties(state);
  const stranger = command.contributions.find((c) => !active.includes(c.party));
  if (stranger) return Refusals.contributionParty(stranger.party);
  acceptImplicitly(state, command.party, ctx.now);
  const { type: _type, party: _party, ...terms } = command;
  const draft: DraftVersion = {
    ...terms,
    version: state.drafts.length + 1,
    round: state.round.number,
    submittedBy: command.party,
    submittedAt: ctx.now,
    warnings: [],
    reviews: [],
  };
  draft.warnings = draftWarnings(state, draft);
  warnings.push(...draft.warnings);
  state.drafts.push(draft);
  cancelTasks(state, ctx.now, (t) => t.type === 'APPROVE_DRAFT');
  for (const p of active) openTask(state, 'APPROVE_DRAFT', p, ctx.now, String(draft.version));
  log.add('DRAFT_VERSION_SUBMITTED', responsibleOf(command.party), 'PARTNERSHIP', { informed: othersThan(state, command.party) });
  return OK;
}

function reviewDraft(state: PartnershipState, command: Command<'REVIEW_DRAFT'>, ctx: CommandContext, log: StepLog): Check {
  const ok = all(requirePhase(state, 'DRAFTING'), requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  const latest = latestDraft(state);
  const draft = state.drafts.find((d) => d.version === command.version && d.round === state.round.number);
  if (!draft || !latest) return Refusals.draftNotFound(command.version);
  if (draft.version !== latest.version) return Refusals.draftNotLatest(command.version, latest.version);
  if (command.decision === 'APPROVED') {
    if (draft.reviews.some((r) => r.party === command.party && r.decision === 'APPROVED')) return Refusals.alreadyReviewed();
    const blocking = draftApprovalRefusals(state, draft);
    if (blocking.length > 0) return { ok: false, refusal: blocking[0] };
  }
  acceptImplicitly(state, command.party, ctx.now);
  draft.reviews.push({ party: command.party, decision: command.decision, comment: command.comment, at: ctx.now });
  completeTasks(state, ctx.now, (t) => t.type === 'APPROVE_DRAFT' && t.addressedTo === command.party);
  const action = command.decision === 'APPROVED' ? 'DRAFT_VERSION_APPROVED' : 'DRAFT_CHANGES_REQUESTED';
  log.add(action, responsibleOf(command.party), 'CONSULTATION', { informed: othersThan(state, command.party), answered: [command.party] });
  advanceWhenComplete(state, ctx, log);
  return OK;
}

function draftApprovedByAll(state: PartnershipState, draft: DraftVersion, ctx: CommandContext, log: StepLog): void {
  log.add('DRAFT_AGREED', { kind: 'JOINT' }, 'PARTNERSHIP', {
    coDecidedBy: draft.reviews.filter((r) => r.decision === 'APPROVED').map((r) => r.party),
  });
  state.phase = 'POLITICAL_APPROVAL';
  openTask(state, 'RECORD_DECISION', PUBLIC_PARTY, ctx.now, String(draft.version));
}

function recordDecision(state: PartnershipState, command: Command<'RECORD_POLITICAL_DECISION'>, ctx: CommandContext, log: StepLog): Check {
  const ok = requirePhase(state, 'POLITICAL_APPROVAL');
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY) return Refusals.publicPartyOnly('record a political decision', 'föra in ett politiskt beslut');
  if (!command.diarienummer?.trim()) return Refusals.diarienummerRequired();
  if (command.outcome !== 'APPROVED' && !command.reasons?.trim()) return Refusals.reasonsRequired();
  const draft = latestDraft(state)!;
  state.counters.decision += 1;
  const recorded: PoliticalDecision = {
    seq: state.counters.decision,
    round: state.round.number,
    draftVersion: draft.version,
    body: command.body,
    meetingDate: command.meetingDate,
    diarienummer: command.diarienummer.trim(),
    paragraph: command.paragraph,
    outcome: command.outcome,
    reasons: command.reasons,
    recordedAt: ctx.now,
  };
  state.decisions.push(recorded);
  completeTasks(state, ctx.now, (t) => t.type === 'RECORD_DECISION');
  const step = log.add(`POLITICAL_DECISION_${command.outcome}`, { kind: 'PUBLIC' }, 'INFORMATION', { informed: activeOrganisations(state) });
  step.record = asStored({ decision: recorded });
  if (command.outcome === 'APPROVED') {
    state.phase = 'SIGNATURE';
    for (const p of activeParties(state)) openTask(state, 'SIGN', p, ctx.now, String(draft.version));
  } else if (command.outcome === 'RETURNED') {
    // Återremiss: a new drafting round; the earlier versions stay on record.
    state.round = { number: state.round.number + 1, kind: state.round.kind === 'INITIAL' ? 'RESUBMISSION' : state.round.kind, openedAt: ctx.now, reasons: command.reasons };
    state.phase = 'DRAFTING';
  } else if (state.agreement) {
    // A rejected amendment or renewal leaves the agreement in force as it was.
    state.phase = 'IMPLEMENTATION';
  } else {
    end(state, 'REJECTED', ctx, log, command.reasons);
  }
  return OK;
}

function sign(state: PartnershipState, command: Command<'SIGN'>, ctx: CommandContext, log: StepLog): Check {
  if (['PROBLEM_DEFINITION', 'DIALOGUE', 'DRAFTING', 'POLITICAL_APPROVAL'].includes(state.phase)) return Refusals.signingBeforeApproval();
  const ok = all(requirePhase(state, 'SIGNATURE'), requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  if (state.signatures.some((s) => s.round === state.round.number && s.party === command.party)) return Refusals.alreadySigned();
  const draft = latestDraft(state)!;
  acceptImplicitly(state, command.party, ctx.now);
  const signature: Signature = { round: state.round.number, draftVersion: draft.version, party: command.party, signatoryName: command.signatoryName, signedAt: ctx.now };
  state.signatures.push(signature);
  completeTasks(state, ctx.now, (t) => t.type === 'SIGN' && t.addressedTo === command.party);
  const step = log.add('SIGNED', responsibleOf(command.party), 'PARTNERSHIP', { informed: othersThan(state, command.party), answered: [command.party] });
  step.record = asStored({ signature });
  advanceWhenComplete(state, ctx, log);
  return OK;
}

function agreementSigned(state: PartnershipState, ctx: CommandContext, log: StepLog): void {
  const draft = latestDraft(state)!;
  const agreement: Agreement = {
    round: state.round.number,
    draftVersion: draft.version,
    startDate: draft.startDate,
    endDate: draft.endDate,
    signedAt: ctx.now,
    // An amendment or a renewal links to the agreement it follows, even one that lapsed meanwhile.
    previousRound: state.agreements[state.agreements.length - 1]?.round,
  };
  state.agreement = agreement;
  state.agreements.push(agreement);
  log.add('AGREEMENT_SIGNED', { kind: 'JOINT' }, 'PARTNERSHIP', {
    coDecidedBy: state.signatures.filter((s) => s.round === state.round.number).map((s) => s.party),
  });
  state.phase = 'IMPLEMENTATION';
}

function submitFollowUpReport(state: PartnershipState, command: Command<'SUBMIT_FOLLOW_UP_REPORT'>, ctx: CommandContext, log: StepLog): Check {
  if (command.party === PUBLIC_PARTY) return Refusals.organisationOnly('submit a follow-up report', 'lämna en uppföljningsrapport');
  const ok = all(requireActive(state, command.party), checkTask(state, command.party, command.taskId));
  if (!ok.ok) return ok;
  const followUp = state.followUps.find((f) => f.dueDate === command.dueDate);
  if (!followUp || !state.agreement) return Refusals.followUpNotDue(command.dueDate);
  if (followUp.reports.some((r) => r.party === command.party)) return Refusals.reportAlreadySubmitted();
  followUp.reports.push({ party: command.party, summary: command.summary, submittedAt: ctx.now });
  completeTasks(state, ctx.now, (t) => t.type === 'SUBMIT_FOLLOW_UP_REPORT' && t.addressedTo === command.party && t.ref === command.dueDate);
  log.add('FOLLOW_UP_REPORT_SUBMITTED', responsibleOf(command.party), 'CONSULTATION', { answered: [command.party] }, 'IMPLEMENTATION');
  return OK;
}

function openRound(state: PartnershipState, party: PartyKey, kind: RoundKind, reason: string | undefined, ctx: CommandContext, log: StepLog): Check {
  const ok = all(requirePhase(state, 'IMPLEMENTATION'), requireActive(state, party));
  if (!ok.ok) return ok;
  if (state.termination) return Refusals.terminationPending();
  state.round = { number: state.round.number + 1, kind, openedAt: ctx.now, reasons: reason };
  state.phase = 'DRAFTING';
  log.add(kind === 'AMENDMENT' ? 'AMENDMENT_PROPOSED' : 'RENEWAL_STARTED', responsibleOf(party), 'DIALOGUE', {
    informed: othersThan(state, party),
    initiatedByOrganisation: party !== PUBLIC_PARTY,
  });
  return OK;
}

function terminate(state: PartnershipState, command: Command<'TERMINATE'>, ctx: CommandContext, log: StepLog): Check {
  const active = requireActive(state, command.party);
  if (!active.ok) return active;
  if (!state.agreement) return Refusals.noAgreementInForce();
  if (state.termination) return Refusals.terminationPending();
  const notice = state.drafts.find((d) => d.version === state.agreement!.draftVersion)?.terminationNoticeMonths ?? 0;
  const byNotice = addMonths(ctx.now.slice(0, 10), notice);
  // The agreement ends at the end of the notice, or at its own end date if that comes first.
  const effectiveDate = compareDates(byNotice, state.agreement.endDate) < 0 ? byNotice : state.agreement.endDate;
  state.termination = { by: command.party, reason: command.reason, noticeGivenAt: ctx.now, effectiveDate };
  log.add('TERMINATION_NOTIFIED', responsibleOf(command.party), 'INFORMATION', { informed: othersThan(state, command.party) });
  if (notice === 0) end(state, 'TERMINATED', ctx, log, command.reason);
  return OK;
}

function end(state: PartnershipState, reason: 'EXPIRED' | 'TERMINATED' | 'REJECTED' | 'NO_ORGANISATIONS_LEFT', ctx: CommandContext, log: StepLog, detail?: string): void {
  cancelTasks(state, ctx.now, () => true);
  if (reason === 'EXPIRED' || reason === 'TERMINATED') state.agreement = undefined;
  const phase = state.phase;
  state.phase = 'ENDED';
  state.ended = { reason, at: ctx.now, detail };
  log.add(`PARTNERSHIP_ENDED_${reason}`, { kind: 'JOINT' }, 'INFORMATION', { informed: activeParties(state) }, phase);
}

/** The next moment a durable timer must wake the process, and what happens then. */
export function nextTimer(state: PartnershipState): { at: string; event: TimerEvent } | undefined {
  if (state.ended) return undefined;
  const candidates: { at: string; event: TimerEvent }[] = [];
  if (state.termination) {
    candidates.push({ at: `${state.termination.effectiveDate}T00:00:00.000Z`, event: { type: 'TERMINATION_TAKES_EFFECT', effectiveDate: state.termination.effectiveDate } });
  }
  const agreement = state.agreement;
  if (agreement) {
    // In force through its end date: it expires when that day is over.
    candidates.push({ at: `${addDays(agreement.endDate, 1)}T00:00:00.000Z`, event: { type: 'EXPIRE', endDate: agreement.endDate } });
    // Yearly from the start date of the agreement in force; keyed by due date, so an amendment that keeps the
    // start date does not raise a year twice.
    for (let year = 1; ; year++) {
      const dueDate = addMonths(agreement.startDate, 12 * year);
      if (compareDates(dueDate, agreement.endDate) > 0) break;
      if (!state.followUps.some((f) => f.dueDate === dueDate)) {
        candidates.push({ at: `${dueDate}T00:00:00.000Z`, event: { type: 'RAISE_FOLLOW_UP', dueDate, year } });
        break;
      }
    }
  }
  candidates.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return candidates[0];
}

export function applyTimerEvent(current: PartnershipState, event: TimerEvent, ctx: CommandContext): Outcome {
  const state = clone(current);
  state.revision += 1;
  const log = new StepLog(state, ctx);
  switch (event.type) {
    case 'RAISE_FOLLOW_UP':
      state.followUps.push({ dueDate: event.dueDate, year: event.year, raisedAt: ctx.now, reports: [] });
      for (const organisation of activeOrganisations(state)) openTask(state, 'SUBMIT_FOLLOW_UP_REPORT', organisation, ctx.now, event.dueDate);
      openTask(state, 'HOLD_FOLLOW_UP_MEETING', PUBLIC_PARTY, ctx.now, event.dueDate);
      log.add('FOLLOW_UP_RAISED', { kind: 'JOINT' }, 'DIALOGUE', { informed: activeParties(state) }, 'IMPLEMENTATION');
      break;
    case 'EXPIRE':
      if (state.round.kind === 'RENEWAL' && state.phase !== 'IMPLEMENTATION') {
        // The old agreement lapses while its renewal is still being drafted or decided.
        state.agreement = undefined;
        log.add('AGREEMENT_EXPIRED', { kind: 'JOINT' }, 'INFORMATION', { informed: activeParties(state) });
      } else {
        end(state, 'EXPIRED', ctx, log);
      }
      break;
    case 'TERMINATION_TAKES_EFFECT':
      end(state, 'TERMINATED', ctx, log, state.termination?.reason);
      break;
  }
  assertPhaseChange(current.phase, state.phase);
  return { state, steps: log.steps, warnings: [] };
}

/** A change of phase outside PHASE_TRANSITIONS is a fault of these rules, never a user's move: fail loudly. */
function assertPhaseChange(from: Phase, to: Phase): void {
  if (from !== to && !canMoveToPhase(from, to)) throw new Error(`The lifecycle moved from ${from} to ${to}, which PHASE_TRANSITIONS does not allow`);
}
